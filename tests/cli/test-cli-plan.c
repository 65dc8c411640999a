/* test-cli-plan.c: the comparative chart and the fact sheets, from the
 * command line, with both filings of tests/data/filings imported beside
 * the bundled fund: fourteen classes, one of them without figures.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE

#include "config.h"

#include <math.h>
#include <sqlite3.h>
#include <string.h>

#include "cli-test.h"
#include "prospect-csv.h"
#include "prospect-plan.h"
#include "test-util.h"

static char *db_path;

static void
make_database (void)
{
  static const char *const filings[] = {
    "delaware-value-fund-485bpos-2023-11-30.htm", "sec-rr-sample-rr01-2022-11-03.htm",
  };

  db_path = g_build_filename (data_home, "plan.db", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (filings); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "filings", filings[i], NULL);
      g_auto(Run) run = { 0 };

      run_prospect (&run, "--import-filing", path, "--database", db_path, NULL);
      g_assert_cmpint (run.status, ==, 0);
    }
}

static char *
file_text (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* Every line of a CSV text, each a GPtrArray of its fields. */
static GPtrArray *
csv_lines (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectCsvReader) reader = prospect_csv_reader_new (text, strlen (text), &error);
  GPtrArray *lines = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *fields = NULL;
  guint line = 0;

  g_assert_no_error (error);
  while (prospect_csv_reader_next (reader, &fields, &line, &error) && fields != NULL)
    g_ptr_array_add (lines, fields);
  g_assert_no_error (error);
  return lines;
}

/* Whether the file holds NEEDLE anywhere, binary parts included. */
static gboolean
file_has (const char *path,
          const char *needle)
{
  g_autofree char *bytes = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &bytes, &length, NULL));
  return memmem (bytes, length, needle, strlen (needle)) != NULL;
}

static double
number (const char *text)
{
  return *text != '\0' ? g_ascii_strtod (text, NULL) : NAN;
}

/* Every class's row equals the database: the fee table's total, per
 * $1,000 exactly the ratio × 10, an index beside every option with
 * returns, and the gaps of the class without figures said, not zero. */
static void
test_comparative_csv (void)
{
  g_autofree char *csv = g_build_filename (data_home, "chart.csv", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_auto(Run) run = { 0 };
  g_autoptr(GError) error = NULL;
  sqlite3 *raw = NULL;
  guint with_index = 0;

  run_prospect (&run, "--export-comparative-chart", csv, "--classes", "all", "--database", db_path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  text = file_text (csv);
  lines = csv_lines (text);
  /* The header and fourteen classes. */
  g_assert_cmpuint (lines->len, ==, 15);
  g_assert_cmpint (sqlite3_open_v2 (db_path, &raw, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint i = 1; i < lines->len; i++)
    {
      GPtrArray *fields = g_ptr_array_index (lines, i);
      const char *name = g_ptr_array_index (fields, 0);
      double gross = number (g_ptr_array_index (fields, 12));
      double per_thousand = number (g_ptr_array_index (fields, 14));
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpuint (fields->len, ==, 22);
      g_assert_cmpint (sqlite3_prepare_v2 (raw, "SELECT t.total_pct FROM fee_table t JOIN share_class c "
                                                "ON c.id = t.class_id JOIN fund f ON f.id = c.fund_id "
                                                "WHERE f.name || ' – ' || c.name = ?1", -1, &stmt, NULL), ==, SQLITE_OK);
      sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          g_assert_cmpfloat (gross, ==, sqlite3_column_double (stmt, 0));
          g_assert_cmpint (llround (per_thousand * 100), ==, llround (gross * 1000));
        }
      else
        {
          /* Service Shares: no fee table, no returns, and the reasons. */
          g_assert_cmpstr (name, ==, "Balanced Portfolio – Service Shares");
          g_assert_true (isnan (gross));
          g_assert_nonnull (strstr (g_ptr_array_index (fields, 21), "not available"));
        }
      sqlite3_finalize (stmt);
      if (!isnan (number (g_ptr_array_index (fields, 3))))
        {
          g_assert_cmpstr (g_ptr_array_index (fields, 8), !=, "");
          with_index++;
        }
    }
  sqlite3_close (raw);
  g_assert_cmpuint (with_index, ==, 13);
}

/* The PDF: landscape, every option, the statements, the terms and the
 * sources. */
static void
test_comparative_pdf (void)
{
  g_autofree char *pdf = g_build_filename (data_home, "chart.pdf", NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *raw = NULL;
  g_auto(Run) run = { 0 };

  run_prospect (&run, "--export-comparative-chart", pdf, "--classes", "all", "--database", db_path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  raw = file_text (pdf);
  g_assert_true (g_str_has_prefix (raw, "%PDF-"));
  g_assert_true (file_has (pdf, "/MediaBox [ 0 0 792 612 ]"));
  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed: the chart's text is not checked");
      return;
    }
  {
    g_autofree char *out = NULL;
    g_autofree char *text = NULL;
    g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);
    const char *argv[] = { pdftotext, pdf, "-", NULL };
    static const char *const expected[] = {
      "Part I. Performance of variable-return options", "Part II. Fees and expenses",
      "Past performance does not guarantee how an option will perform in the future.",
      "Fees and expenses are only one of several factors to consider",
      "The cumulative effect of fees and expenses can substantially reduce the growth of your retirement savings.",
      "Terms used", "Sources", "Balanced Portfolio – Institutional Shares", "Delaware Value Fund – DDVAX",
      "XYZ Contrarian Fund – Class R3", "Russell 1000 Value Index", "S&P 500 Index", "$9.40", "$6.60",
      "Balanced Portfolio – Service Shares, 1 year: not available",
    };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, NULL,
                                 NULL));
    text = g_regex_replace_literal (spaces, out, -1, 0, " ", 0, NULL);
    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      if (strstr (text, expected[i]) == NULL)
        g_error ("the comparative chart lacks “%s”", expected[i]);
  }
}

/* A saved plan: its order, its fixed-return option, its date; and what is
 * refused. */
static void
test_plan_and_refusals (void)
{
  g_autofree char *csv = g_build_filename (data_home, "plan.csv", NULL);
  g_autofree char *text = NULL;

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(ProspectDatabase) db = prospect_database_open (db_path, &error);
    g_autoptr(ProspectPlan) plan = prospect_plan_new ("Acme 401(k)");
    const gint64 classes[] = { 3, 1 };

    g_assert_no_error (error);
    plan->web_address = g_strdup ("https://example.com/acme");
    g_assert_true (prospect_database_save_plan (db, plan, &error));
    for (guint i = 0; i <= G_N_ELEMENTS (classes); i++)
      {
        g_autoptr(ProspectPlanOption) option = prospect_plan_option_new ();

        option->plan_id = plan->id;
        if (i < G_N_ELEMENTS (classes))
          {
            option->class_id = classes[i];
            option->category = g_strdup (i == 0 ? "Large-cap value" : "Balanced");
          }
        else
          {
            option->fixed_name = g_strdup ("Acme Stable Value");
            option->fixed_rate_pct = 3.1;
            option->category = g_strdup ("Stable value");
          }
        g_assert_true (prospect_database_save_plan_option (db, option, &error));
        g_assert_no_error (error);
      }
  }
  {
    g_auto(Run) run = { 0 };
    g_auto(GStrv) lines = NULL;

    run_prospect (&run, "--export-comparative-chart", csv, "--plan", "Acme 401(k)", "--database", db_path, NULL);
    g_assert_cmpint (run.status, ==, 0);
    text = file_text (csv);
    lines = g_strsplit (text, "\r\n", -1);
    g_assert_true (g_str_has_prefix (lines[1], "Delaware Value Fund – DDVAX,DDVAX,Large-cap value,"));
    g_assert_true (g_str_has_prefix (lines[2], "Balanced Portfolio – Institutional Shares,,Balanced,"));
    g_assert_true (g_str_has_prefix (lines[3], "Acme Stable Value,,Stable value,"));
    g_assert_nonnull (strstr (lines[3], ",3.10,"));
  }
  {
    /* "DB" stands for the test's database. */
    static const struct
    {
      const char *args[9];
      int         status;
      const char *fragment;
    } cases[] = {
      { { "--export-comparative-chart", "x.pdf", "--plan", "Nope", "--database", "DB" }, 1,
        "There is no plan named “Nope”" },
      { { "--export-comparative-chart", "x.pdf", "--plan", "A", "--classes", "1", "--database", "DB" }, 2,
        "one of them" },
      { { "--export-comparative-chart", "x.pdf", "--database", "DB" }, 2, "needs --plan NAME or --classes" },
      { { "--export-comparative-chart", "x.txt", "--classes", "1", "--database", "DB" }, 2,
        "must name a .pdf or a .csv file" },
      { { "--export-comparative-chart", "x.csv", "--classes", "1,x", "--database", "DB" }, 2,
        "“x” is not a share class id" },
      { { "--export-comparative-chart", "x.csv", "--classes", "1", "--as-of", "2000-13-01", "--database", "DB" }, 2,
        "--as-of must be" },
      { { "--export-fact-sheet", "x.pdf", "--class", "1", "--paper", "legal", "--database", "DB" }, 2,
        "--paper must be letter or a4" },
      { { "--export-fact-sheet", "x.txt", "--class", "1", "--database", "DB" }, 2, "must name a .pdf file" },
      { { "--export-fact-sheet", "x.pdf", "--class", "99", "--database", "DB" }, 1, "99" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_auto(Run) run = { 0 };
        const char *a[9];

        for (guint k = 0; k < G_N_ELEMENTS (a); k++)
          a[k] = g_strcmp0 (cases[i].args[k], "DB") == 0 ? db_path : cases[i].args[k];
        run_prospect (&run, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], NULL);
        assert_failed (&run, cases[i].status, cases[i].fragment);
      }
  }
}

/* One page for every class, a long name and a class without figures
 * included, on Letter and on A4. */
static void
test_fact_sheets (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  {
    sqlite3 *raw = NULL;
    g_autofree char *long_name = NULL;
    g_autoptr(GString) name = g_string_new ("Institutional Shares");

    while (name->len < 240)
      g_string_append (name, " with a very long class name");
    long_name = g_strdup_printf ("UPDATE share_class SET name = '%s' WHERE id = 13", name->str);
    g_assert_cmpint (sqlite3_open (db_path, &raw), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (raw, long_name, NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (raw);
  }
  for (int id = 1; id <= 14; id++)
    {
      g_autofree char *pdf = g_strdup_printf ("%s/fact-%d.pdf", data_home, id);
      g_autofree char *class_id = g_strdup_printf ("%d", id);
      g_autofree char *raw = NULL;
      g_auto(Run) run = { 0 };

      run_prospect (&run, "--export-fact-sheet", pdf, "--class", class_id, "--paper", id % 2 ? "letter" : "a4",
                    "--database", db_path, NULL);
      g_assert_cmpint (run.status, ==, 0);
      raw = file_text (pdf);
      g_assert_true (file_has (pdf, id % 2 ? "/MediaBox [ 0 0 612 792 ]" : "/MediaBox [ 0 0 595.28 841.89 ]"));
      if (pdftotext != NULL)
        {
          g_autofree char *out = NULL;
          const char *argv[] = { pdftotext, pdf, "-", NULL };
          guint pages = 0;

          g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                                       NULL, NULL));
          for (const char *p = out; (p = strchr (p, '\f')) != NULL; p++)
            pages++;
          g_test_message ("class %d: %u page(s)", id, pages);
          g_assert_cmpuint (pages, ==, 1);
          g_assert_nonnull (strstr (out, "Key figures"));
          g_assert_nonnull (strstr (out, "Page 1 of 1"));
          if (id == 2)
            g_assert_nonnull (strstr (out, "not available: no fee table in the database"));
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  data_home = g_dir_make_tmp ("prospect-cli-plan-XXXXXX", NULL);
  make_database ();

  g_test_add_func ("/prospect/cli/plan/comparative-csv", test_comparative_csv);
  g_test_add_func ("/prospect/cli/plan/comparative-pdf", test_comparative_pdf);
  g_test_add_func ("/prospect/cli/plan/plan-and-refusals", test_plan_and_refusals);
  g_test_add_func ("/prospect/cli/plan/fact-sheets", test_fact_sheets);

  status = g_test_run ();
  prospect_test_remove_tree (data_home);
  g_free (data_home);
  g_free (db_path);
  return status;
}
