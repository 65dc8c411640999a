/* test-filing.c: reading prospectus filings (XBRL) and importing them.
 *
 * Two real filings (tests/data/filings: Delaware Value Fund's 485BPOS and
 * the SEC's own rr sample) and two hand-made ones for the oef taxonomy and
 * the XBRL instance form; every figure asserted here is the one printed in
 * the filing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "prospect-database.h"
#include "prospect-filing-import.h"
#include "prospect-filing.h"
#include "prospect-printed-example.h"
#include "prospect-reconcile.h"

#include <sqlite3.h>
#include "test-util.h"

static char *tmpdir;

static ProspectFiling *
read_filing (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "filings", name, NULL);
  g_autoptr(GError) error = NULL;
  ProspectFiling *filing = prospect_filing_read_file (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (filing);
  return filing;
}

static ProspectFilingClass *
class_at (const ProspectFiling *filing,
          guint                 index)
{
  ProspectFilingSeries *series = g_ptr_array_index (filing->series, 0);

  g_assert_cmpuint (index, <, series->classes->len);
  return g_ptr_array_index (series->classes, index);
}

/* Every printed figure of the class is what its own fee table gives. */
static void
assert_example_reproduced (const ProspectFilingClass *klass)
{
  static const int horizons[] = { 1, 3, 5, 10 };
  guint n = 0;

  for (int redeemed = 1; redeemed >= 0; redeemed--)
    for (guint h = 0; h < G_N_ELEMENTS (horizons); h++)
      {
        ProspectPrintedExample printed = { horizons[h], redeemed, 10000, 5,
                                           redeemed ? klass->example[h] : klass->example_no_redemption[h] };

        if (isnan (printed.cost))
          continue;
        g_assert_cmpfloat (prospect_printed_example_recompute (klass->fees, &printed), ==, printed.cost);
        n++;
      }
  g_assert_cmpuint (n, >=, 4);
}

static void
test_filing_delaware (void)
{
  g_autoptr(ProspectFiling) filing = read_filing ("delaware-value-fund-485bpos-2023-11-30.htm");
  static const struct
  {
    const char *ticker;
    const char *sec_id;
    double      front, deferred, management, distribution, other, total;
    double      example[4];
    double      kept_1y;   /* no-redemption example for year 1, NAN when not printed */
    double      average[3];
  } classes[] = {
    { "DDVAX", "C000006333", 5.75, 0, 0.53, 0.25, 0.16, 0.94, { 665, 857, 1065, 1663 }, NAN, { -4.05, 6.20, 6.72 } },
    { "DDVCX", "C000006335", 0, 1.00, 0.53, 1.00, 0.16, 1.69, { 272, 533, 918, 1998 }, 172, { 0.15, 6.65, 6.54 } },
    { "DDVRX", "C000031061", 0, 0, 0.53, 0.50, 0.16, 1.19, { 121, 378, 654, 1443 }, NAN, { 1.56, 7.19, 7.08 } },
    { "DDVIX", "C000006336", 0, 0, 0.53, 0, 0.16, 0.69, { 70, 221, 384, 859 }, NAN, { 2.10, 7.74, 7.61 } },
    { "DDZRX", "C000171459", 0, 0, 0.53, 0, 0.08, 0.61, { 62, 195, 340, 762 }, NAN, { 2.15, 7.84, NAN } },
  };
  static const double yearly[] = { 13.42, -0.54, 14.44, 13.37, -3.12, 19.94, -0.12, 22.11, -3.76, 1.82 };
  ProspectFilingSeries *series;
  ProspectFilingClass *a;
  ProspectFilingRow *index;

  g_assert_cmpstr (filing->registrant, ==, "DELAWARE GROUP EQUITY FUNDS II");
  g_assert_cmpstr (filing->form_type, ==, "485BPOS");
  g_assert_cmpstr (filing->period_end, ==, "2023-11-30");
  g_assert_cmpstr (filing->taxonomy, ==, "rr/2023");
  g_assert_true (filing->inline_xbrl);
  g_assert_cmpuint (filing->n_facts, ==, 92);
  g_assert_cmpuint (filing->n_contexts, ==, 17);
  g_assert_cmpuint (filing->warnings->len, ==, 0);
  g_assert_cmpuint (filing->series->len, ==, 1);
  series = g_ptr_array_index (filing->series, 0);
  g_assert_cmpstr (series->sec_id, ==, "S000002391");
  g_assert_cmpstr (series->name, ==, "Delaware Value Fund");
  g_assert_cmpfloat (series->turnover_pct, ==, 19);
  /* "You may qualify for sales-charge discounts if you … invest … at least
   * $50,000" (rr:ExpenseBreakpointMinimumInvestmentRequiredAmount). */
  g_assert_cmpfloat (series->breakpoint_from, ==, 50000);
  g_assert_true (g_str_has_prefix (series->objective, "Delaware Value Fund seeks long-term capital appreciation."));
  g_assert_nonnull (strstr (series->strategy, "80% policy"));
  g_assert_nonnull (strstr (series->risks, "\n\n"));
  g_assert_cmpuint (series->classes->len, ==, G_N_ELEMENTS (classes));

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    {
      ProspectFilingClass *klass = class_at (filing, i);

      g_assert_cmpstr (klass->ticker, ==, classes[i].ticker);
      g_assert_cmpstr (klass->name, ==, classes[i].ticker);
      g_assert_cmpstr (klass->sec_id, ==, classes[i].sec_id);
      g_assert_cmpfloat (klass->fees->front_load_pct, ==, classes[i].front);
      g_assert_cmpfloat (klass->fees->deferred_load_pct, ==, classes[i].deferred);
      g_assert_cmpfloat (klass->fees->management_fee_pct, ==, classes[i].management);
      g_assert_cmpfloat (klass->fees->distribution_fee_pct, ==, classes[i].distribution);
      g_assert_cmpfloat (klass->fees->other_expenses_pct, ==, classes[i].other);
      g_assert_cmpfloat (klass->fees->total_pct, ==, classes[i].total);
      g_assert_true (isnan (klass->fees->net_pct));
      for (guint h = 0; h < 4; h++)
        g_assert_cmpfloat (klass->example[h], ==, classes[i].example[h]);
      if (isnan (classes[i].kept_1y))
        g_assert_true (isnan (klass->example_no_redemption[0]));
      else
        g_assert_cmpfloat (klass->example_no_redemption[0], ==, classes[i].kept_1y);
      for (guint p = 0; p < 3; p++)
        if (!isnan (classes[i].average[p]))
          g_assert_cmpfloat (klass->average[p], ==, classes[i].average[p]);
      /* All five printed examples follow from the fee tables alone. */
      assert_example_reproduced (klass);
    }

  a = class_at (filing, 0);
  g_assert_cmpuint (a->annual->len, ==, G_N_ELEMENTS (yearly));
  for (guint i = 0; i < G_N_ELEMENTS (yearly); i++)
    {
      g_assert_cmpint (g_array_index (a->annual, ProspectAnnualReturn, i).year, ==, 2014 + (int) i);
      g_assert_cmpfloat (g_array_index (a->annual, ProspectAnnualReturn, i).return_pct, ==, yearly[i]);
    }
  g_assert_cmpfloat (a->best_quarter, ==, 15.32);
  g_assert_cmpstr (a->best_quarter_date, ==, "2020-06-30");
  g_assert_cmpfloat (a->worst_quarter, ==, -26.71);
  g_assert_cmpstr (a->worst_quarter_date, ==, "2020-03-31");
  g_assert_cmpuint (a->after_tax->len, ==, 2);
  g_assert_cmpint (((ProspectFilingRow *) g_ptr_array_index (a->after_tax, 0))->kind, ==,
                   PROSPECT_FILING_ROW_AFTER_TAXES_ON_DISTRIBUTIONS);
  g_assert_cmpfloat (((ProspectFilingRow *) g_ptr_array_index (a->after_tax, 0))->average[0], ==, -6.51);
  g_assert_cmpfloat (((ProspectFilingRow *) g_ptr_array_index (a->after_tax, 1))->average[2], ==, 5.23);
  g_assert_cmpuint (series->indexes->len, ==, 1);
  index = g_ptr_array_index (series->indexes, 0);
  g_assert_cmpstr (index->name, ==, "Russell 1000 Value Index");
  g_assert_cmpfloat (index->average[0], ==, 11.46);
  g_assert_cmpfloat (index->average[1], ==, 10.91);
  g_assert_cmpfloat (index->average[2], ==, 8.40);
}

static void
test_filing_sec_sample (void)
{
  g_autoptr(ProspectFiling) filing = read_filing ("sec-rr-sample-rr01-2022-11-03.htm");
  ProspectFilingSeries *series = g_ptr_array_index (filing->series, 0);
  ProspectFilingClass *first = class_at (filing, 0);
  ProspectFilingRow *index;

  g_assert_cmpuint (filing->n_facts, ==, 126);
  g_assert_cmpuint (filing->n_contexts, ==, 20);
  g_assert_cmpstr (filing->registrant, ==, "XYZ Contrarian Fund");
  /* Names from the label linkbase in the schema beside the file. */
  g_assert_cmpstr (series->name, ==, "XYZ Contrarian Fund");
  g_assert_cmpuint (series->classes->len, ==, 7);
  g_assert_cmpstr (first->sec_id, ==, "C000014542");
  g_assert_cmpstr (first->name, ==, "Class B");   /* as the sample's label linkbase names it */
  g_assert_cmpstr (class_at (filing, 6)->name, ==, "Class A");
  g_assert_cmpfloat (first->fees->front_load_pct, ==, 5.75);
  g_assert_cmpfloat (first->fees->total_pct, ==, 1.25);
  g_assert_cmpfloat (first->example[0], ==, 695);
  g_assert_cmpfloat (first->example[3], ==, 1999);
  /* "—" in the zero-dash format is a zero. */
  g_assert_cmpfloat (class_at (filing, 4)->fees->distribution_fee_pct, ==, 0);
  /* The series' bar chart facts belong to the class with yearly returns. */
  g_assert_cmpuint (first->annual->len, ==, 10);
  g_assert_cmpfloat (g_array_index (first->annual, ProspectAnnualReturn, 0).return_pct, ==, 21.73);
  g_assert_cmpfloat (first->year_to_date, ==, -27.29);
  g_assert_cmpstr (first->year_to_date_date, ==, "2022-10-31");
  g_assert_cmpfloat (first->best_quarter, ==, 14.94);
  /* Filed without sign="-", so kept as filed, with a warning. */
  g_assert_cmpfloat (first->worst_quarter, ==, 20.69);
  g_assert_cmpuint (filing->warnings->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (filing->warnings, 0), "minus sign"));
  index = g_ptr_array_index (series->indexes, 0);
  g_assert_cmpstr (index->name, ==, "MSCI EAFE Index");
  g_assert_cmpfloat (index->average[0], ==, 11.26);
  /* Classes whose example the fee table alone determines reproduce it;
   * for the others the preview says which input the filing leaves out. */
  for (guint i = 3; i < 7; i++)
    assert_example_reproduced (class_at (filing, i));
  {
    g_autofree char *missing = NULL;
    g_autoptr(GArray) checks = prospect_filing_check_example (first, &missing);

    g_assert_cmpuint (checks->len, ==, 4);
    g_assert_cmpfloat (g_array_index (checks, ProspectFilingExampleCheck, 0).printed, ==, 695);
    g_assert_nonnull (strstr (missing, "deferred sales charge"));
    g_clear_pointer (&missing, g_free);
    g_clear_pointer (&checks, g_array_unref);
    checks = prospect_filing_check_example (class_at (filing, 6), &missing);
    g_assert_null (missing);
  }
}

static void
test_filing_oef (void)
{
  g_autoptr(ProspectFiling) filing = read_filing ("hand-made-oef-2025.htm");
  ProspectFilingSeries *series = g_ptr_array_index (filing->series, 0);
  ProspectFilingClass *a = class_at (filing, 0);
  ProspectFilingRow *index = g_ptr_array_index (series->indexes, 0);

  g_assert_cmpstr (filing->taxonomy, ==, "oef/2025");
  g_assert_cmpstr (filing->period_end, ==, "2025-03-01");
  g_assert_cmpstr (series->name, ==, "Example Growth Fund");
  /* The text block and its continuation, the unrelated paragraph left out. */
  g_assert_cmpstr (series->objective, ==, "Example Growth Fund seeks growth of capital.\n\nIt may also seek income.");
  g_assert_cmpstr (a->name, ==, "Class A");
  g_assert_cmpstr (a->ticker, ==, "EXFAX");
  g_assert_cmpfloat (a->fees->management_fee_pct, ==, 0.75);
  g_assert_cmpfloat (a->fees->distribution_fee_pct, ==, 0);
  g_assert_cmpfloat (a->fees->total_pct, ==, 1.00);
  g_assert_cmpfloat (a->example[2], ==, 1072);
  g_assert_cmpuint (a->annual->len, ==, 2);
  g_assert_cmpfloat (g_array_index (a->annual, ProspectAnnualReturn, 0).return_pct, ==, 12.40);
  g_assert_cmpfloat (g_array_index (a->annual, ProspectAnnualReturn, 1).return_pct, ==, -3.10);
  g_assert_cmpfloat (a->average[PROSPECT_PERIOD_1Y], ==, -8.43);
  g_assert_cmpfloat (a->average[PROSPECT_PERIOD_5Y], ==, 5.12);
  g_assert_true (isnan (a->average[PROSPECT_PERIOD_10Y]));
  g_assert_cmpfloat (a->average[PROSPECT_PERIOD_INCEPTION], ==, 6.01);
  g_assert_cmpstr (a->inception_date, ==, "2019-03-15");
  g_assert_cmpstr (index->name, ==, "SP 500 Index");
  g_assert_cmpfloat (index->average[PROSPECT_PERIOD_1Y], ==, 25.02);
  assert_example_reproduced (a);
}

static void
test_filing_instance (void)
{
  g_autoptr(ProspectFiling) filing = read_filing ("hand-made-rr-instance.xml");
  ProspectFilingClass *a = class_at (filing, 0);

  g_assert_false (filing->inline_xbrl);
  g_assert_cmpstr (filing->taxonomy, ==, "rr/2012");
  g_assert_cmpstr (a->ticker, ==, "EXMPX");
  /* 0.0066 as an instance writes it is exactly the 0.66 a prospectus prints. */
  g_assert_cmpfloat (a->fees->total_pct, ==, 0.66);
  g_assert_cmpfloat (g_array_index (a->annual, ProspectAnnualReturn, 1).return_pct, ==, -2.27);
  assert_example_reproduced (a);

  /* A byte-order mark and a blank line before the XML declaration, as
   * some filers' tools write them, are read past. */
  {
    g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "filings", "hand-made-rr-instance.xml", NULL);
    g_autofree char *text = NULL;
    g_autofree char *marked = NULL;
    g_autoptr(GError) error = NULL;
    g_autoptr(ProspectFiling) again = NULL;

    g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
    marked = g_strconcat ("\xef\xbb\xbf\r\n", text, NULL);
    again = prospect_filing_read (marked, strlen (marked), NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpfloat (class_at (again, 0)->fees->total_pct, ==, 0.66);
  }
}

static void
test_filing_refused (void)
{
  static const struct
  {
    const char *text;
    int         code;
    const char *fragment;
  } cases[] = {
    { "", PROSPECT_FILING_ERROR_NOT_XML, "empty" },
    { "hello, world", PROSPECT_FILING_ERROR_NOT_XML, "not well-formed" },
    { "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>", PROSPECT_FILING_ERROR_NOT_XML,
      "not well-formed" },
    { "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><x>&b;</x>",
      PROSPECT_FILING_ERROR_UNSAFE, "entities" },
    { "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
      PROSPECT_FILING_ERROR_UNSAFE, "entities" },
    { "<?xml version=\"1.0\"?><rss/>", PROSPECT_FILING_ERROR_NOT_FILING, "found <rss>" },
    /* Found by fuzzing: libxml2 quotes a broken tag's bytes in its message. */
    { "<?xml version=\"1.0\"?><x><ab\xff\xfe></ab\xff></x>", PROSPECT_FILING_ERROR_NOT_XML, "not well-formed" },
    { "<xbrl xmlns=\"http://www.xbrl.org/2003/instance\" xmlns:g=\"http://fasb.org/us-gaap/2023\">"
      "<context id=\"c\"><entity><identifier scheme=\"s\">1</identifier></entity><period><instant>2023-12-31</instant>"
      "</period></context><unit id=\"u\"><measure>USD</measure></unit>"
      "<g:Assets contextRef=\"c\" unitRef=\"u\" decimals=\"0\">100</g:Assets></xbrl>",
      PROSPECT_FILING_ERROR_NOT_FILING, "no risk/return summary" },
    { "<xbrl xmlns=\"http://www.xbrl.org/2003/instance\" xmlns:rr=\"http://xbrl.sec.gov/rr/2012\">"
      "<rr:ExpensesOverAssets contextRef=\"nowhere\">0.01</rr:ExpensesOverAssets></xbrl>",
      PROSPECT_FILING_ERROR_INVALID, "does not define" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ProspectFiling) filing = prospect_filing_read (cases[i].text, strlen (cases[i].text), NULL, &error);

      g_assert_null (filing);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));

      g_assert_null (filing);
      g_assert_error (error, PROSPECT_FILING_ERROR, cases[i].code);
      if (strstr (error->message, cases[i].fragment) == NULL)
        g_error ("case %u: “%s” not in “%s”", i, cases[i].fragment, error->message);
    }
}

/* The same hand-made instance with one change, to check what is refused. */
static void
test_filing_refused_values (void)
{
  static const struct
  {
    const char *from;
    const char *to;
    const char *fragment;
  } cases[] = {
    { ">0.0066<", ">1.0066<", "outside 0% to 100%" },
    { "unitRef=\"USD\" decimals=\"0\">67<", "unitRef=\"EUR\" decimals=\"0\">67<", "the unit “EUR”" },
    { "<rr:ExpenseExampleYear03", "<rr:ExpenseExampleYear01 contextRef=\"classA\" unitRef=\"USD\">68"
                                  "</rr:ExpenseExampleYear01><rr:ExpenseExampleYear03", "two different values" },
    { ">211<", ">2x1<", "is not a number" },
  };
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "filings", "hand-made-rr-instance.xml",
                                                 NULL);
  g_autofree char *original = NULL;

  g_assert_true (g_file_get_contents (path, &original, NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GString) text = g_string_new (original);
      g_autoptr(ProspectFiling) filing = NULL;

      g_assert_cmpuint (g_string_replace (text, cases[i].from, cases[i].to, 1), ==, 1);
      filing = prospect_filing_read (text->str, text->len, NULL, &error);
      g_assert_null (filing);
      g_assert_error (error, PROSPECT_FILING_ERROR, PROSPECT_FILING_ERROR_INVALID);
      if (strstr (error->message, cases[i].fragment) == NULL)
        g_error ("case %u: “%s” not in “%s”", i, cases[i].fragment, error->message);
    }
}

static void
test_filing_readable_member (void)
{
  static const char *const cases[][2] = {
    { "Russell1000ValueIndexMember", "Russell 1000 Value Index" },
    { "MSCIEAFEIndexMember", "MSCIEAFE Index" },   /* runs of capitals cannot be split without a dictionary */
    { "C000006333Member", "C000006333" },
    { "BloombergUSAggregateBondIndexMember", "Bloomberg US Aggregate Bond Index" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = prospect_filing_readable_member (cases[i][0]);

      g_assert_cmpstr (name, ==, cases[i][1]);
    }
}

static void
test_filing_import (void)
{
  g_autoptr(ProspectFiling) filing = read_filing ("delaware-value-fund-485bpos-2023-11-30.htm");
  g_autoptr(ProspectDatabase) db = prospect_test_new_database (tmpdir, "import.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(ProspectFeeTable) fees = NULL;
  g_autoptr(GArray) printed = NULL;
  g_autoptr(GPtrArray) stated = NULL;
  g_autoptr(GArray) first_ids = NULL;
  ProspectFilingImportReport report;
  const char *only_c[] = { "DDVCX", NULL };
  gint64 a;

  g_assert_true (prospect_filing_import (db, filing, NULL, &report, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.classes_added, ==, 5);
  g_assert_cmpuint (report.classes_replaced, ==, 0);
  first_ids = g_array_ref (report.class_ids);
  prospect_filing_import_report_clear (&report);
  a = g_array_index (first_ids, gint64, 0);

  fees = prospect_database_get_fee_table (db, a, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (fees->front_load_pct, ==, 5.75);
  g_assert_cmpfloat (fees->total_pct, ==, 0.94);
  {
    g_autoptr(ProspectClassInfo) info = prospect_database_get_class (db, a, &error);
    g_autoptr(ProspectFundInfo) fund = prospect_database_get_fund (db, info->fund_id, &error);

    g_assert_no_error (error);
    g_assert_cmpfloat (fund->breakpoint_from, ==, 50000);
  }
  g_assert_nonnull (strstr (fees->source.document, "delaware-value-fund-485bpos-2023-11-30.htm"));
  printed = prospect_database_list_expense_example (db, a, &error);
  g_assert_cmpuint (printed->len, ==, 4);
  g_assert_cmpfloat (g_array_index (printed, ProspectPrintedExample, 3).cost, ==, 1663);
  stated = prospect_database_list_stated_returns (db, a, &error);
  g_assert_no_error (error);
  /* The class, its two after-tax rows and the index, 1/5/10 years each. */
  g_assert_cmpuint (stated->len, ==, 12);
  g_assert_cmpstr (((ProspectStatedReturn *) g_ptr_array_index (stated, 0))->end_date, ==, "2023-12-31");

  /* The stated averages reflect the 5.75% load, the bar chart does not:
   * recomputed with the load taken off the start, 5 and 10 years agree. */
  {
    g_autoptr(GPtrArray) checked = prospect_reconcile_class (db, a, PROSPECT_DAY_COUNT_DEFAULT, &error);
    const ProspectReconciliation *five = g_ptr_array_index (checked, 1);
    const ProspectReconciliation *ten = g_ptr_array_index (checked, 2);

    g_assert_no_error (error);
    g_assert_cmpint (five->stated->period, ==, PROSPECT_PERIOD_5Y);
    g_assert_cmpfloat (five->sales_load_pct, ==, 5.75);
    g_assert_true (five->agrees);
    g_assert_cmpint (ten->stated->period, ==, PROSPECT_PERIOD_10Y);
    g_assert_true (ten->agrees);
    g_assert_cmpfloat_with_epsilon (ten->computed.average_pct, 6.72, 0.005);
  }

  /* Every imported class's printed example agrees with its fee table. */
  problems = prospect_check_printed_examples (db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);

  /* Importing again replaces each class in place, keeping its id. */
  g_assert_true (prospect_filing_import (db, filing, only_c, &report, NULL, &error));
  g_assert_cmpuint (report.classes_added, ==, 0);
  g_assert_cmpuint (report.classes_replaced, ==, 1);
  g_assert_cmpint (g_array_index (report.class_ids, gint64, 0), ==, g_array_index (first_ids, gint64, 1));
  prospect_filing_import_report_clear (&report);
}

/* Nothing chosen that the filing has: refused, the file untouched. */
static void
test_filing_import_nothing (void)
{
  g_autoptr(ProspectFiling) filing = read_filing ("hand-made-rr-instance.xml");
  g_autoptr(ProspectDatabase) db = prospect_test_new_database (tmpdir, "nothing.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) classes = NULL;
  ProspectFilingImportReport report;
  const char *chosen[] = { "NOSUCH", NULL };

  g_assert_false (prospect_filing_import (db, filing, chosen, &report, NULL, &error));
  g_assert_error (error, PROSPECT_FILING_ERROR, PROSPECT_FILING_ERROR_INVALID);
  prospect_filing_import_report_clear (&report);
  g_clear_error (&error);
  classes = prospect_database_list_classes (db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (classes->len, ==, 2);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Every row of every table, as text, to compare a whole file. */
static char *
dump_database (const char *path)
{
  static const char *const tables[] = {
    "document", "fund", "share_class", "series", "annual_return", "stated_return", "fee_table", "deferred_charge",
    "expense_example", "quarter_return", "text_block", "scenario",
  };
  GString *text = g_string_new (NULL);
  sqlite3 *handle = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY rowid", tables[t]);
      sqlite3_stmt *stmt = NULL;

      g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);

      g_assert_cmpint (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      g_string_append_printf (text, "[%s]\n", tables[t]);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          GString *row = g_string_new (NULL);

          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            g_string_append_printf (row, "%s|", sqlite3_column_type (stmt, c) == SQLITE_NULL ? "NULL"
                                    : (const char *) sqlite3_column_text (stmt, c));
          g_ptr_array_add (rows, g_string_free (row, FALSE));
        }
      sqlite3_finalize (stmt);
      /* Rows put back get new row ids in tables keyed by their columns:
       * the same rows in another order are the same data. */
      g_ptr_array_sort (rows, (GCompareFunc) compare_strings);
      for (guint r = 0; r < rows->len; r++)
        g_string_append_printf (text, "%s\n", (const char *) g_ptr_array_index (rows, r));
    }
  sqlite3_close (handle);
  return g_string_free (text, FALSE);
}

/* Undo takes an import back exactly: a first import (everything added)
 * and a second (every class replaced in place). */
static void
test_filing_undo (void)
{
  g_autoptr(ProspectFiling) filing = read_filing ("delaware-value-fund-485bpos-2023-11-30.htm");
  g_autoptr(ProspectDatabase) db = prospect_test_new_database (tmpdir, "undo.db");
  g_autofree char *path = g_build_filename (tmpdir, "undo.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *empty = dump_database (path);
  g_autofree char *once = NULL;
  g_autofree char *twice = NULL;
  g_autofree char *undone = NULL;
  ProspectFilingImportReport report;

  for (int round = 0; round < 2; round++)
    {
      g_autoptr(ProspectFilingUndo) undo = NULL;

      g_assert_true (prospect_filing_import (db, filing, NULL, &report, &undo, &error));
      g_assert_no_error (error);
      g_assert_nonnull (undo);
      g_assert_cmpuint (round == 0 ? report.classes_added : report.classes_replaced, ==, 5);
      prospect_filing_import_report_clear (&report);
      g_free (twice);
      twice = dump_database (path);
      g_assert_cmpstr (twice, !=, round == 0 ? empty : once);
      g_assert_true (prospect_filing_undo_apply (db, undo, &error));
      g_assert_no_error (error);
      g_free (undone);
      undone = dump_database (path);
      g_assert_cmpstr (undone, ==, round == 0 ? empty : once);
      if (round == 0)
        {
          g_assert_true (prospect_filing_import (db, filing, NULL, &report, NULL, &error));
          prospect_filing_import_report_clear (&report);
          once = dump_database (path);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("prospect-filing-XXXXXX", NULL);
  g_test_add_func ("/prospect/filing/delaware", test_filing_delaware);
  g_test_add_func ("/prospect/filing/sec-sample", test_filing_sec_sample);
  g_test_add_func ("/prospect/filing/oef", test_filing_oef);
  g_test_add_func ("/prospect/filing/instance", test_filing_instance);
  g_test_add_func ("/prospect/filing/refused", test_filing_refused);
  g_test_add_func ("/prospect/filing/refused-values", test_filing_refused_values);
  g_test_add_func ("/prospect/filing/readable-member", test_filing_readable_member);
  g_test_add_func ("/prospect/filing/import", test_filing_import);
  g_test_add_func ("/prospect/filing/import-nothing", test_filing_import_nothing);
  g_test_add_func ("/prospect/filing/undo", test_filing_undo);
  status = g_test_run ();
  prospect_test_remove_tree (tmpdir);
  g_free (tmpdir);
  return status;
}
