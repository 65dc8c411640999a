/* test-report.c: the client handout as a PDF.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include <string.h>

#include "prospect-chart-data.h"
#include "prospect-report.h"
#include "prospect-saved-scenario.h"

static char *
pdf_text (const char *path)
{
  g_autofree char *quoted = g_shell_quote (path);
  g_autofree char *command = g_strdup_printf ("pdftotext -layout %s -", quoted);
  g_autoptr(GError) error = NULL;
  char *text = NULL;
  int status = 0;

  g_assert_true (g_spawn_command_line_sync (command, &text, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return text;
}

static guint
count (const char *haystack,
       const char *needle)
{
  g_auto(GStrv) parts = g_strsplit (haystack, needle, -1);

  return g_strv_length (parts) - 1;
}

static void
test_handout (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = prospect_database_open_bundled (&error);
  g_autoptr(ProspectReport) report = NULL;
  g_autofree char *dir = g_dir_make_tmp ("prospect-report-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "handout.pdf", NULL);
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  guint pages;

  g_assert_no_error (error);
  report = prospect_report_new (db, 1, PROSPECT_REPORT_ALL, NULL, "2026-11-28", &error);
  g_assert_no_error (error);
  g_assert_true (prospect_report_export_pdf (report, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed: the handout's text is not checked");
      g_unlink (path);
      g_rmdir (dir);
      return;
    }
  raw = pdf_text (path);
  /* Every page ends with a form feed in pdftotext's output. */
  pages = count (raw, "\f");
  /* Laid out densely: sections follow on rather than each starting a page
   * (the bundled class filled eight mostly empty pages before). */
  g_assert_cmpuint (pages, >=, 4);
  g_assert_cmpuint (pages, <=, 6);
  {
    g_auto(GStrv) page_texts = g_strsplit (raw, "\f", -1);
    g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);
    g_autofree char *cover = g_regex_replace_literal (spaces, page_texts[0], -1, 0, " ", 0, NULL);

    /* The cover: the key figures, and the performance starting below them. */
    g_assert_nonnull (strstr (cover, "Key figures"));
    g_assert_nonnull (strstr (cover, "Average annual total return, 5 years, to December 31, 2000 18.73% ✓"));
    g_assert_nonnull (strstr (cover, "Average annual total return, since inception, to December 31, 2000 17.19%"));
    g_assert_nonnull (strstr (cover, "Best and worst calendar year 34.28% (1998); (2.27%) (2000)"));
    g_assert_nonnull (strstr (cover, "Calendar years ahead of the S&P 500 Index 3 of 5"));
    g_assert_nonnull (strstr (cover, "Total annual fund operating expenses 0.66%"));
    g_assert_nonnull (strstr (cover, "(printed example) $67; $822"));
    g_assert_nonnull (strstr (cover, "Average annual total returns"));
  }
  /* Wrapped lines: compare sentences with single spaces. */
  {
    g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);

    text = g_regex_replace_literal (spaces, raw, -1, 0, " ", 0, NULL);
  }

  /* The cover. */
  g_assert_nonnull (strstr (text, "Balanced Portfolio – Institutional Shares"));
  g_assert_nonnull (strstr (text, "Client handout prepared November 28, 2026."));
  /* Performance, with the stated figures. */
  g_assert_nonnull (strstr (text, "18.73%"));
  g_assert_nonnull (strstr (text, "17.19%"));
  g_assert_nonnull (strstr (text, "(2.27%)"));
  /* An agreeing figure is marked, not repeated. */
  g_assert_nonnull (strstr (text, "(2.27%) ✓"));
  g_assert_null (strstr (text, "recomputed (2.27%)"));
  /* Fees and the example, as printed. */
  g_assert_nonnull (strstr (text, "0.65%"));
  g_assert_nonnull (strstr (text, "0.66%"));
  g_assert_nonnull (strstr (text, "$67"));
  g_assert_nonnull (strstr (text, "$211"));
  g_assert_nonnull (strstr (text, "$368"));
  g_assert_nonnull (strstr (text, "$822"));
  /* Financial highlights. */
  g_assert_nonnull (strstr (text, "$24.31"));
  g_assert_nonnull (strstr (text, "$3,352,381"));
  /* The legends, on every page. */
  g_assert_cmpuint (count (text, "Past performance does not necessarily indicate future results."), ==, pages);
  g_assert_cmpuint (count (text, "Index returns reflect no fees or expenses."), >=, pages);
  g_assert_cmpuint (count (text, "Figures do not reflect contract-level charges unless stated."), >=, pages);
  g_assert_nonnull (strstr (text, "Page 1 of"));

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_handout_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = prospect_database_open_bundled (&error);
  g_autoptr(ProspectReport) report = prospect_report_new (db, 1, PROSPECT_REPORT_ALL, NULL, NULL, &error);
  g_autofree char *dir = g_dir_make_tmp ("prospect-report-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "none", "handout.pdf", NULL);
  g_autofree char *text = g_build_filename (dir, "handout.txt", NULL);
  g_autoptr(GDir) listing = NULL;

  g_assert_no_error (error);
  g_assert_false (prospect_report_export_pdf (report, missing, &error));
  g_assert_error (error, PROSPECT_CHART_ERROR, PROSPECT_CHART_ERROR_WRITE);
  g_clear_error (&error);
  g_assert_false (prospect_report_export_pdf (report, text, &error));
  g_assert_error (error, PROSPECT_CHART_ERROR, PROSPECT_CHART_ERROR_INVALID);
  g_clear_error (&error);

  /* A class with no figures still makes a handout that says so. */
  {
    g_autoptr(ProspectReport) empty = prospect_report_new (db, 2, PROSPECT_REPORT_ALL, NULL, NULL, &error);
    g_autofree char *path = g_build_filename (dir, "service.pdf", NULL);

    g_assert_no_error (error);
    g_assert_true (prospect_report_export_pdf (empty, path, &error));
    g_assert_no_error (error);
    g_unlink (path);
  }
  g_assert_null (prospect_report_new (db, 99, PROSPECT_REPORT_ALL, NULL, NULL, &error));
  g_assert_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_NOT_FOUND);

  listing = g_dir_open (dir, 0, NULL);
  g_assert_null (g_dir_read_name (listing));
  g_rmdir (dir);
}

/* Printed as on screen: the Fees page's what-if (a 5.75% load, 1.66%) is
 * what the page prints, named as the user's assumptions, beside the
 * prospectus's printed example. */
static void
test_print_what_if (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = prospect_database_open_bundled (&error);
  g_autoptr(ProspectReport) report = NULL;
  g_autofree char *dir = g_dir_make_tmp ("prospect-report-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "fees.pdf", NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *text = NULL;
  ProspectExpenseInput what_if;
  static const int horizons[] = { 1, 3, 5, 10 };

  prospect_expense_input_init (&what_if);
  what_if.gross_pct = 1.66;
  what_if.front_load_pct = 5.75;
  what_if.n_horizons = G_N_ELEMENTS (horizons);
  memcpy (what_if.horizons, horizons, sizeof horizons);
  report = prospect_report_new_with_example (db, 1, PROSPECT_REPORT_FEES, NULL, "2026-11-28", &what_if, &error);
  g_assert_no_error (error);
  g_assert_true (prospect_report_export_pdf (report, path, &error));
  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed: the printed text is not checked");
      g_unlink (path);
      g_rmdir (dir);
      return;
    }
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "Expense example on your assumptions"));
  g_assert_nonnull (strstr (text, "front-end load 5.75%"));
  /* The user's figures, and the prospectus's, each named. */
  g_assert_nonnull (strstr (text, "$734"));
  g_assert_nonnull (strstr (text, "$2,427"));
  g_assert_nonnull (strstr (text, "$67"));
  g_assert_nonnull (strstr (text, "$822"));
  g_assert_nonnull (strstr (text, "As printed"));
  g_unlink (path);
  g_rmdir (dir);
}

/* Figures of eleven digits and more are never broken across lines in the
 * handout's tables. */
static void
test_handout_large_figures (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = prospect_database_open_bundled (&error);
  g_autoptr(ProspectReport) report = NULL;
  g_autoptr(ProspectSavedScenario) scenario = prospect_saved_scenario_new ("Big");
  g_autofree char *dir = g_dir_make_tmp ("prospect-report-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "big.pdf", NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *text = NULL;
  g_autoptr(GRegex) broken = g_regex_new ("\\$[0-9,]*,\\s*\\n", 0, 0, NULL);
  ProspectCostAssumptions assumptions;

  g_assert_no_error (error);
  g_assert_true (prospect_database_get_assumptions (db, &assumptions, &error));
  assumptions.amount = 900000000000.0;
  g_assert_true (prospect_database_save_assumptions (db, &assumptions, &error));
  scenario->class_id = 1;
  g_assert_true (prospect_saved_scenario_resolve (scenario, db, &error));
  g_assert_true (prospect_database_save_scenario (db, scenario, &error));
  report = prospect_report_new (db, 1, PROSPECT_REPORT_COSTS, NULL, "2026-11-28", &error);
  g_assert_no_error (error);
  g_assert_true (prospect_report_export_pdf (report, path, &error));
  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed: the printed text is not checked");
      g_unlink (path);
      g_rmdir (dir);
      return;
    }
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "$900,000,000,000"));
  g_assert_false (g_regex_match (broken, text, 0, NULL));
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/prospect/report/handout", test_handout);
  g_test_add_func ("/prospect/report/handout-errors", test_handout_errors);
  g_test_add_func ("/prospect/report/print-what-if", test_print_what_if);
  g_test_add_func ("/prospect/report/handout-large-figures", test_handout_large_figures);

  return g_test_run ();
}
