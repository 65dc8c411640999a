/* test-index-names.c: reference index returns (S&P Dow Jones Indices'
 * S&P 500 years, shipped with Prospect) and matching a benchmark's name
 * as a filing prints it to the reference series.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "prospect-database.h"
#include "prospect-filing-import.h"
#include "prospect-filing.h"
#include "prospect-index-names.h"
#include "prospect-reconcile.h"

#include "test-util.h"

static char *tmpdir;

static void
test_keys (void)
{
  static const char *const cases[][2] = {
    { "S&P 500 Index", "sp 500" },
    { "S&P 500® Index (reflects no deduction for fees, expenses, or taxes)", "sp 500" },
    { "SP 500 Index", "sp 500" },
    { "The S&P 500", "sp 500" },
    { "Lehman Brothers Gov't/Credit Index", "lehman brothers govt credit" },
    { "Russell 1000® Value Index [net]", "russell 1000 value" },
    { "Russell 1000 Growth Index", "russell 1000 growth" },
    { "MSCI EAFE Index (net)", "msci eafe" },
    { "Index", "index" },
    { "()", "" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *key = prospect_index_name_key (cases[i][0]);

      g_assert_cmpstr (key, ==, cases[i][1]);
    }
  {
    g_autofree char *key = prospect_index_name_key ("\xff\xfe broken");

    g_assert_cmpstr (key, ==, "");
  }
}

/* The bundled database holds S&P Dow Jones Indices' S&P 500 years, each
 * with its source, and they reproduce the prospectus's 1- and 5-year
 * figures for the index. */
static void
test_reference_returns (void)
{
  g_autoptr(ProspectDatabase) db = prospect_test_new_database (tmpdir, "reference.db");
  g_autoptr(GError) error = NULL;
  gint64 sp500 = prospect_database_find_index (db, "S&P 500 Index", &error);
  g_autoptr(GArray) years = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *source = NULL;
  guint checked = 0;

  g_assert_no_error (error);
  g_assert_cmpint (sp500, >, 0);
  years = prospect_database_list_annual_returns (db, sp500, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (years->len, ==, 8);
  g_assert_cmpint (g_array_index (years, ProspectAnnualReturn, 0).year, ==, 1993);
  g_assert_cmpfloat (g_array_index (years, ProspectAnnualReturn, 3).return_pct, ==, 22.96);
  g_assert_cmpfloat (g_array_index (years, ProspectAnnualReturn, 7).return_pct, ==, -9.10);
  source = prospect_database_describe_annual_return (db, sp500, 1996, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (source, "S&P Dow Jones Indices"));

  rows = prospect_reconcile_class (db, prospect_database_first_class_id (db, NULL), PROSPECT_DAY_COUNT_ANNIVERSARY,
                                   &error);
  g_assert_no_error (error);
  for (guint i = 0; i < rows->len; i++)
    {
      const ProspectReconciliation *r = g_ptr_array_index (rows, i);

      if (r->stated->series_id != sp500)
        continue;
      if (r->stated->period == PROSPECT_PERIOD_1Y || r->stated->period == PROSPECT_PERIOD_5Y)
        {
          g_assert_true (r->computed.available);
          g_assert_true (r->agrees);
          checked++;
        }
      else
        {
          /* 13 September 1993 on: 1993's whole-year return does not cover it. */
          g_assert_false (r->computed.available);
          g_assert_nonnull (strstr (r->computed.reason, "starts within 1993"));
        }
    }
  g_assert_cmpuint (checked, ==, 2);
}

static void
test_find_index (void)
{
  g_autoptr(ProspectDatabase) db = prospect_test_new_database (tmpdir, "find.db");
  g_autoptr(GError) error = NULL;
  gint64 sp500 = prospect_database_find_index (db, "S&P 500 Index", &error);

  g_assert_no_error (error);
  g_assert_cmpint (prospect_database_find_index (db, "S&P 500® Index (reflects no deduction for fees, expenses, or "
                                                     "taxes)", &error), ==, sp500);
  g_assert_cmpint (prospect_database_find_index (db, "Russell 1000 Value Index", &error), ==, 0);
  g_assert_cmpint (prospect_database_find_index (db, "Lehman Brothers Gov't/Credit", &error), >, 0);
  g_assert_cmpint (prospect_database_find_index (db, "Lehman Brothers Gov't/Credit", &error), !=, sp500);
  g_assert_no_error (error);
}

/* A filing's index row, named from its member ("SP500IndexMember"), is
 * linked to the reference S&P 500 rather than added beside it. */
static void
test_filing_links_reference (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "filings", "hand-made-oef-2025.htm", NULL);
  g_autoptr(ProspectDatabase) db = prospect_test_new_database (tmpdir, "link.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectFiling) filing = prospect_filing_read_file (path, &error);
  g_autoptr(GPtrArray) stated = NULL;
  ProspectFilingImportReport report;
  gint64 sp500;
  gboolean linked = FALSE;

  g_assert_no_error (error);
  sp500 = prospect_database_find_index (db, "S&P 500 Index", &error);
  g_assert_true (prospect_filing_import (db, filing, NULL, &report, NULL, &error));
  g_assert_no_error (error);
  stated = prospect_database_list_stated_returns (db, g_array_index (report.class_ids, gint64, 0), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < stated->len; i++)
    {
      const ProspectStatedReturn *s = g_ptr_array_index (stated, i);

      if (!s->is_class)
        {
          g_assert_cmpint (s->series_id, ==, sp500);
          g_assert_cmpstr (s->series_name, ==, "S&P 500 Index");
          linked = TRUE;
        }
    }
  g_assert_true (linked);
  prospect_filing_import_report_clear (&report);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("prospect-index-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);

  g_test_add_func ("/prospect/index/keys", test_keys);
  g_test_add_func ("/prospect/index/reference-returns", test_reference_returns);
  g_test_add_func ("/prospect/index/find", test_find_index);
  g_test_add_func ("/prospect/index/filing-links-reference", test_filing_links_reference);

  status = g_test_run ();
  prospect_test_remove_tree (tmpdir);
  g_free (tmpdir);
  return status;
}
