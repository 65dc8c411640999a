/* test-import.c: CSV reading, import and export of the user's own data.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "prospect-class-item.h"
#include "prospect-csv.h"
#include "prospect-import.h"
#include "prospect-returns.h"
#include "prospect-reconcile.h"
#include "prospect-saved-scenario.h"
#include "test-util.h"

static char *tmp;

static GPtrArray *
read_all (const char *text,
          GError    **error)
{
  g_autoptr(ProspectCsvReader) reader = prospect_csv_reader_new (text, strlen (text), error);
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *fields;
  guint line;

  if (reader == NULL)
    return records;
  while (prospect_csv_reader_next (reader, &fields, &line, error))
    g_ptr_array_add (records, fields);
  return records;
}

static const char *
at (GPtrArray *records,
    guint      record,
    guint      field)
{
  return g_ptr_array_index ((GPtrArray *) g_ptr_array_index (records, record), field);
}

static void
test_csv_reader (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) plain = read_all ("\xEF\xBB\xBF" "a,b,c\r\n1,\"two, too\",\"say \"\"hi\"\"\"\r\n\r\n"
                                                        "x,\"multi\nline\",\n", &error);
  g_autoptr(GPtrArray) semi = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (plain->len, ==, 3);
  g_assert_cmpstr (at (plain, 0, 0), ==, "a");
  g_assert_cmpstr (at (plain, 1, 1), ==, "two, too");
  g_assert_cmpstr (at (plain, 1, 2), ==, "say \"hi\"");
  g_assert_cmpstr (at (plain, 2, 1), ==, "multi\nline");
  g_assert_cmpstr (at (plain, 2, 2), ==, "");

  semi = read_all ("year;return_pct\n2000;-2,27\n", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (semi->len, ==, 2);
  g_assert_cmpstr (at (semi, 1, 1), ==, "-2,27");

  {
    g_autoptr(GPtrArray) bad = read_all ("a,b\n1,\"open\n", &error);

    g_assert_error (error, PROSPECT_CSV_ERROR, PROSPECT_CSV_ERROR_MALFORMED);
    g_clear_error (&error);
  }
  {
    g_autoptr(GPtrArray) bad = read_all ("a,b\n\"x\"y,1\n", &error);

    g_assert_error (error, PROSPECT_CSV_ERROR, PROSPECT_CSV_ERROR_MALFORMED);
    g_clear_error (&error);
  }
  {
    static const char binary[] = "PK\x03\x04\x00\x00garbage";
    g_autoptr(ProspectCsvReader) reader = prospect_csv_reader_new (binary, sizeof binary - 1, &error);

    g_assert_null (reader);
    g_assert_error (error, PROSPECT_CSV_ERROR, PROSPECT_CSV_ERROR_NOT_TEXT);
    g_clear_error (&error);
  }
  {
    g_autoptr(GString) out = g_string_new (NULL);

    prospect_csv_append_field (out, "plain", FALSE);
    prospect_csv_append_field (out, "a, \"b\"", FALSE);
    prospect_csv_append_field (out, "", TRUE);
    g_assert_cmpstr (out->str, ==, "plain,\"a, \"\"b\"\"\",\r\n");
  }
}

static char *
snapshot_all (ProspectDatabase *db)
{
  g_autoptr(GString) all = g_string_new (NULL);

  for (int kind = PROSPECT_DATA_FUNDS; kind <= PROSPECT_DATA_BREAKPOINTS; kind++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = prospect_export_csv (db, (ProspectDataKind) kind, &error);

      g_assert_no_error (error);
      g_string_append (all, text);
    }
  return g_string_free (g_steal_pointer (&all), FALSE);
}

static gboolean
import_text (ProspectDatabase     *db,
             ProspectDataKind      kind,
             const char           *text,
             ProspectImportMode    mode,
             ProspectImportReport *report,
             GError              **error)
{
  return prospect_import_csv (db, kind, text, strlen (text), mode, NULL, NULL, NULL, report, error);
}

#define BREAKPOINTS_CSV \
  "trust,fund,class,from_amount,load_pct,source,as_of\n" \
  "Janus Aspen Series,Balanced Portfolio,Institutional Shares,0,5.75,A test schedule,2001-05-01\n" \
  "Janus Aspen Series,Balanced Portfolio,Institutional Shares,\"50,000\",4.5,A test schedule,2001-05-01\n" \
  "Janus Aspen Series,Balanced Portfolio,Institutional Shares,1000000,0,A test schedule,2001-05-01\n"

/* A class's load schedule by CSV: stored by amount, found by the cost
 * calculator for the class, and bad rows refused with their line. */
static void
test_breakpoints (void)
{
  g_autoptr(ProspectDatabase) db = prospect_test_new_database (tmp, "breakpoints.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) schedule = NULL;
  g_autoptr(ProspectSavedScenario) scenario = prospect_saved_scenario_new ("A");
  ProspectImportReport report;

  g_assert_true (import_text (db, PROSPECT_DATA_BREAKPOINTS, BREAKPOINTS_CSV, PROSPECT_IMPORT_ALL_OR_NOTHING, &report,
                              &error));
  g_assert_no_error (error);
  prospect_import_report_clear (&report);
  schedule = prospect_database_list_breakpoints (db, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (schedule->len, ==, 3);
  g_assert_cmpfloat (g_array_index (schedule, ProspectBreakpoint, 1).from_amount, ==, 50000);
  g_assert_cmpfloat (g_array_index (schedule, ProspectBreakpoint, 1).load_pct, ==, 4.5);

  /* The class's scenario takes the schedule: $60,000 at 4.50%. */
  scenario->class_id = 1;
  g_assert_true (prospect_saved_scenario_resolve (scenario, db, &error));
  g_assert_cmpuint (scenario->scenario.n_breakpoints, ==, 3);
  g_assert_cmpfloat (prospect_cost_front_load_pct (&scenario->scenario, 60000), ==, 4.5);
  /* A load typed into the scenario wins over the schedule. */
  scenario->scenario.front_load_pct = 2;
  g_assert_true (prospect_saved_scenario_resolve (scenario, db, &error));
  g_assert_cmpuint (scenario->scenario.n_breakpoints, ==, 0);
  g_assert_cmpfloat (prospect_cost_front_load_pct (&scenario->scenario, 60000), ==, 2);

  g_assert_false (import_text (db, PROSPECT_DATA_BREAKPOINTS,
                               "fund,class,from_amount,load_pct\n"
                               "Balanced Portfolio,Institutional Shares,100000,101\n"
                               "Balanced Portfolio,Nope Shares,100000,3\n"
                               "Balanced Portfolio,Institutional Shares,-5,3\n",
                               PROSPECT_IMPORT_ALL_OR_NOTHING, &report, &error));
  g_assert_cmpuint (report.problems->len, ==, 3);
  prospect_import_report_clear (&report);
  g_clear_error (&error);
  g_clear_pointer (&schedule, g_array_unref);
  schedule = prospect_database_list_breakpoints (db, 1, &error);
  g_assert_cmpuint (schedule->len, ==, 3);
}

static void
test_round_trip (void)
{
  g_autoptr(ProspectDatabase) source = prospect_test_new_database (tmp, "source.db");
  g_autoptr(ProspectDatabase) target = prospect_test_new_database (tmp, "target.db");
  g_autoptr(GError) error = NULL;

  /* A load schedule, so that every kind has rows to carry. */
  {
    ProspectImportReport report;

    g_assert_true (import_text (source, PROSPECT_DATA_BREAKPOINTS, BREAKPOINTS_CSV, PROSPECT_IMPORT_ALL_OR_NOTHING,
                                &report, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (report.rows_imported, ==, 3);
    prospect_import_report_clear (&report);
  }

  for (int kind = PROSPECT_DATA_FUNDS; kind <= PROSPECT_DATA_BREAKPOINTS; kind++)
    {
      g_autofree char *exported = prospect_export_csv (source, (ProspectDataKind) kind, &error);
      g_autofree char *again = NULL;
      g_autofree char *path = g_build_filename (tmp, "roundtrip.db", NULL);
      g_autoptr(ProspectDatabase) empty = NULL;
      ProspectImportReport report;
      sqlite3 *raw = NULL;

      g_assert_no_error (error);
      /* A database holding none of these figures. */
      g_clear_object (&empty);
      g_unlink (path);
      empty = prospect_database_open (path, &error);
      g_assert_no_error (error);
      g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (raw, kind == PROSPECT_DATA_RETURNS ? "DELETE FROM annual_return"
                                          : kind == PROSPECT_DATA_FEES ? "DELETE FROM fee_table"
                                          : kind == PROSPECT_DATA_HIGHLIGHTS ? "DELETE FROM highlight_value"
                                          : kind == PROSPECT_DATA_BREAKPOINTS ? "DELETE FROM load_breakpoint"
                                          : "UPDATE share_class SET inception_date = NULL",
                                     NULL, NULL, NULL), ==, SQLITE_OK);
      sqlite3_close (raw);

      g_assert_true (import_text (empty, (ProspectDataKind) kind, exported, PROSPECT_IMPORT_ALL_OR_NOTHING, &report,
                                  &error));
      g_assert_no_error (error);
      g_assert_cmpuint (report.problems->len, ==, 0);
      g_assert_cmpuint (report.rows_imported, ==, report.rows_read);
      prospect_import_report_clear (&report);
      again = prospect_export_csv (empty, (ProspectDataKind) kind, &error);
      g_assert_cmpstr (again, ==, exported);
    }
  (void) target;
}

static void
test_benchmark_returns (void)
{
  g_autoptr(ProspectDatabase) db = prospect_test_new_database (tmp, "bench.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  ProspectImportReport report;
  /* Made-up yearly index returns whose 5-year average is 18.33%:
   * 1.2 × 1.2 × 1.2 × 1.2 × x = 1.1833^5 → x = 1.0776…  Only the arithmetic
   * is tested here, not market history. */
  double last = (pow (1.1833, 5) / pow (1.2, 4) - 1) * 100;
  g_autofree char *csv = g_strdup_printf ("fund;class;benchmark;year;return_pct\n"
                                          ";;S&P 500 Index;1996;20\n;;S&P 500 Index;1997;20\n"
                                          ";;S&P 500 Index;1998;20\n;;S&P 500 Index;1999;20\n"
                                          ";;S&P 500 Index;2000;%s\n", "LAST");
  g_autofree char *number = g_strdup_printf ("%.6f", last);
  g_autoptr(GString) text = g_string_new (csv);

  /* Semicolon files use a decimal comma. */
  g_strdelimit (number, ".", ',');
  g_string_replace (text, "LAST", number, 1);
  g_assert_true (import_text (db, PROSPECT_DATA_RETURNS, text->str, PROSPECT_IMPORT_ALL_OR_NOTHING, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.rows_imported, ==, 5);
  prospect_import_report_clear (&report);

  rows = prospect_reconcile_class (db, 1, PROSPECT_DAY_COUNT_DEFAULT, &error);
  g_assert_no_error (error);
  {
    const ProspectReconciliation *sp5 = g_ptr_array_index (rows, 4);

    g_assert_cmpstr (sp5->stated->series_name, ==, "S&P 500 Index");
    g_assert_cmpint (sp5->stated->period, ==, PROSPECT_PERIOD_5Y);
    g_assert_true (sp5->computed.available);
    g_assert_true (sp5->agrees);
  }
}

static void
test_malformed_changes_nothing (void)
{
  static const struct
  {
    ProspectDataKind kind;
    const char      *text;
    const char      *problem;
  } cases[] = {
    { PROSPECT_DATA_RETURNS, "fund,class,year\nBalanced Portfolio,Institutional Shares,2001\n", "lacks" },
    { PROSPECT_DATA_RETURNS, "", "empty" },
    { PROSPECT_DATA_RETURNS, "fund,class,benchmark,year,return_pct\nBalanced Portfolio,Institutional Shares,,2001,1.5\n"
                             "Balanced Portfolio,Institutional Shares,,2002,lots\n", "not a number" },
    { PROSPECT_DATA_RETURNS, "fund,class,benchmark,year,return_pct\nBalanced Portfolio,Institutional Shares,,2001,1.5\n"
                             "Balanced Portfolio,Institutional Shares,,2001,1.6\n", "given on line 2 already" },
    { PROSPECT_DATA_RETURNS, "fund,class,benchmark,year,return_pct\nBalanced Portfolio,Retail Shares,,2001,1.5\n",
      "no class “Retail Shares”" },
    { PROSPECT_DATA_RETURNS, "fund,class,benchmark,year,return_pct\n,,Index,20001,1.5\n", "outside" },
    { PROSPECT_DATA_FEES, "fund,class,total_pct,front_load_pct,deferred_load_pct,redemption_fee_pct,exchange_fee_pct,"
                          "management_fee_pct,distribution_fee_pct,other_expenses_pct,waiver_pct,net_pct,waiver_years,"
                          "conversion_years,conversion_pct\nBalanced Portfolio,Institutional Shares,150,,,,,,,,,,,,\n",
      "outside" },
    { PROSPECT_DATA_HIGHLIGHTS, "fund,class,year,line,value\nBalanced Portfolio,Institutional Shares,2001,19,1\n",
      "outside" },
    { PROSPECT_DATA_FUNDS, "trust,fund,class,inception_date\nT,F,C,13/09/1993\n", "YYYY-MM-DD" },
  };
  g_autoptr(ProspectDatabase) db = prospect_test_new_database (tmp, "malformed.db");
  g_autofree char *before = snapshot_all (db);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;
      ProspectImportReport report;
      gboolean found = FALSE;

      g_test_message ("case %u", i);
      g_assert_false (import_text (db, cases[i].kind, cases[i].text, PROSPECT_IMPORT_ALL_OR_NOTHING, &report, &error));
      g_assert_nonnull (error);
      found = strstr (error->message, cases[i].problem) != NULL;
      for (guint p = 0; p < report.problems->len; p++)
        {
          const ProspectImportProblem *problem = g_ptr_array_index (report.problems, p);

          g_assert_cmpuint (problem->line, >=, 2);
          found |= strstr (problem->message, cases[i].problem) != NULL;
        }
      if (!found)
        g_error ("case %u: “%s” not reported (%s)", i, cases[i].problem, error->message);
      g_assert_cmpuint (report.rows_imported, ==, 0);
      prospect_import_report_clear (&report);
      after = snapshot_all (db);
      g_assert_cmpstr (before, ==, after);
    }
}

/* Names as users and files may write them: stored literally, or refused
 * with a reason. */
static void
test_hostile_text (void)
{
  g_autoptr(ProspectDatabase) db = prospect_test_new_database (tmp, "hostile.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *long_name = g_strnfill (1000 * 1000, 'x');
  g_autofree char *csv = g_strdup_printf ("trust,fund,class\n"
                                          "T,%s,A\n"
                                          "T,\"صندوق متوازن\",\"الفئة أ\"\n"
                                          "T,Cafe\u0301 Fund,Z\u0338 Shares\n"
                                          "T,\"'; DELETE FROM fund; --\",B\n", long_name);
  g_autofree char *exported = NULL;
  ProspectImportReport report;

  g_assert_true (import_text (db, PROSPECT_DATA_FUNDS, csv, PROSPECT_IMPORT_ALL_OR_NOTHING, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.rows_imported, ==, 4);
  prospect_import_report_clear (&report);
  exported = prospect_export_csv (db, PROSPECT_DATA_FUNDS, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (exported, long_name));
  g_assert_nonnull (strstr (exported, "صندوق متوازن"));
  g_assert_nonnull (strstr (exported, "Cafe\u0301 Fund"));
  g_assert_nonnull (strstr (exported, "'; DELETE FROM fund; --"));
  g_assert_nonnull (strstr (exported, "Janus Aspen Series,Balanced Portfolio,Institutional Shares"));

  /* Not UTF-8: refused as a whole, nothing changed. */
  {
    static const char latin1[] = "trust,fund,class\nT,Caf\xe9,A\n";

    g_assert_false (import_text (db, PROSPECT_DATA_FUNDS, latin1, PROSPECT_IMPORT_ALL_OR_NOTHING, &report, &error));
    g_assert_error (error, PROSPECT_CSV_ERROR, PROSPECT_CSV_ERROR_NOT_TEXT);
    g_clear_error (&error);
    prospect_import_report_clear (&report);
  }
  /* A field over 1 MiB is not a name. */
  {
    g_autofree char *huge = g_strnfill (2 * 1024 * 1024, 'y');
    g_autofree char *text = g_strdup_printf ("trust,fund,class\nT,%s,A\n", huge);

    g_assert_false (import_text (db, PROSPECT_DATA_FUNDS, text, PROSPECT_IMPORT_ALL_OR_NOTHING, &report, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
    prospect_import_report_clear (&report);
  }
}

static void
test_preview_and_copy (void)
{
  g_autoptr(ProspectDatabase) db = prospect_test_new_database (tmp, "preview.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = snapshot_all (db);
  g_autofree char *after = NULL;
  g_autofree char *copy_path = g_build_filename (tmp, "copy.db", NULL);
  g_autoptr(ProspectDatabase) copy = NULL;
  g_autofree char *copied = NULL;
  ProspectImportReport report;

  /* A preview checks every row and changes nothing. */
  g_assert_true (import_text (db, PROSPECT_DATA_RETURNS, "fund,class,benchmark,year,return_pct\n,,New,2000,1\n"
                                                         ",,New,2001,bad\n", PROSPECT_IMPORT_PREVIEW, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.rows_read, ==, 2);
  g_assert_cmpuint (report.problems->len, ==, 1);
  prospect_import_report_clear (&report);
  after = snapshot_all (db);
  g_assert_cmpstr (before, ==, after);

  /* A copy of the whole database opens as the same data. */
  g_assert_true (prospect_database_save_copy (db, copy_path, &error));
  g_assert_no_error (error);
  copy = prospect_database_open (copy_path, &error);
  g_assert_no_error (error);
  copied = snapshot_all (copy);
  g_assert_cmpstr (copied, ==, before);
}

static void
test_valid_rows_mode (void)
{
  g_autoptr(ProspectDatabase) db = prospect_test_new_database (tmp, "valid.db");
  g_autoptr(GError) error = NULL;
  ProspectImportReport report;
  g_autofree char *after = NULL;
  static const char text[] =
    "trust,fund,class,inception_date\n"
    "Trust,\"Robert'); DROP TABLE fund;--\",A Shares,2001-01-02\n"
    "Trust,Another,,2001-01-02\n"
    "Trust,Another,B Shares,not a date\n"
    "Trust,Another,B Shares,2002-03-04\n";

  g_assert_true (import_text (db, PROSPECT_DATA_FUNDS, text, PROSPECT_IMPORT_VALID_ROWS, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.rows_read, ==, 4);
  g_assert_cmpuint (report.rows_imported, ==, 2);
  g_assert_cmpuint (report.problems->len, ==, 2);
  g_assert_cmpuint (((ProspectImportProblem *) g_ptr_array_index (report.problems, 0))->line, ==, 3);
  g_assert_cmpuint (((ProspectImportProblem *) g_ptr_array_index (report.problems, 1))->line, ==, 4);
  prospect_import_report_clear (&report);
  /* The hostile name is a name, and the fund table is still there. */
  after = prospect_export_csv (db, PROSPECT_DATA_FUNDS, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (after, "\"Robert'); DROP TABLE fund;--\",A Shares,2001-01-02"));
  g_assert_nonnull (strstr (after, "Trust,Another,B Shares,2002-03-04"));
}

static char *
write_big_returns (guint rows)
{
  g_autoptr(GString) text = g_string_new ("fund,class,benchmark,year,return_pct\n");
  char *path = g_build_filename (tmp, "big.csv", NULL);

  for (guint i = 0; i < rows; i++)
    g_string_append_printf (text, ",,Index %u,%u,%u.5\n", i / 400, 1800 + i % 400, i % 50);
  g_assert_true (g_file_set_contents (path, text->str, (gssize) text->len, NULL));
  return path;
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  double *last = user_data;

  g_assert_cmpfloat (fraction, >=, *last);
  g_assert_cmpfloat (fraction, <=, 1.0);
  *last = fraction;
}

static void
test_large_and_cancel (void)
{
  g_autoptr(ProspectDatabase) db = prospect_test_new_database (tmp, "large.db");
  g_autofree char *path = write_big_returns (100000);
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *before = snapshot_all (db);
  g_autofree char *after = NULL;
  ProspectImportReport report;
  double last = 0;

  /* Cancelled: nothing. */
  g_cancellable_cancel (cancellable);
  g_assert_false (prospect_import_csv_file (db, PROSPECT_DATA_RETURNS, path, PROSPECT_IMPORT_ALL_OR_NOTHING, cancellable,
                                            NULL, NULL, &report, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  prospect_import_report_clear (&report);
  after = snapshot_all (db);
  g_assert_cmpstr (before, ==, after);

  /* 100,000 rows, with progress reported as it goes. */
  g_assert_true (prospect_import_csv_file (db, PROSPECT_DATA_RETURNS, path, PROSPECT_IMPORT_ALL_OR_NOTHING, NULL,
                                           progress_cb, &last, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.rows_imported, ==, 100000);
  g_assert_cmpfloat (last, ==, 1.0);
  prospect_import_report_clear (&report);
  g_unlink (path);
}

static void
test_too_big_file (void)
{
  g_autoptr(ProspectDatabase) db = prospect_test_new_database (tmp, "huge.db");
  g_autofree char *path = g_build_filename (tmp, "huge.csv", NULL);
  g_autoptr(GError) error = NULL;
  ProspectImportReport report;
  FILE *f;

  /* A sparse 300 MiB file: refused by size, without reading it. */
  f = fopen (path, "w");
  g_assert_nonnull (f);
  g_assert_cmpint (fseek (f, 300L * 1024 * 1024, SEEK_SET), ==, 0);
  fputc ('\n', f);
  fclose (f);
  g_assert_false (prospect_import_csv_file (db, PROSPECT_DATA_RETURNS, path, PROSPECT_IMPORT_ALL_OR_NOTHING, NULL, NULL,
                                            NULL, &report, &error));
  g_assert_nonnull (strstr (error->message, "larger than 256 MiB"));
  prospect_import_report_clear (&report);
  g_unlink (path);
}

/* SIGKILL in the middle of an import leaves the file whole: either
 * unchanged or with the whole import, never half of it. */
static void
test_killed_import (void)
{
  g_autofree char *db_path = g_build_filename (tmp, "killed.db", NULL);
  g_autofree char *csv = write_big_returns (200000);
  const char *binary = g_getenv ("PROSPECT_BINARY");
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) child = NULL;
  sqlite3 *raw = NULL;
  sqlite3_stmt *stmt = NULL;
  int count;

  if (binary == NULL)
    {
      g_test_skip ("PROSPECT_BINARY is not set");
      return;
    }
  g_unlink (db_path);
  {
    g_autoptr(ProspectDatabase) db = prospect_database_open (db_path, &error);

    g_assert_no_error (error);
  }
  child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error, binary,
                            "--import", csv, "--kind", "returns", "--database", db_path, NULL);
  g_assert_no_error (error);
  g_usleep (150000);
  g_subprocess_send_signal (child, SIGKILL);
  g_subprocess_wait (child, NULL, NULL);

  g_assert_cmpint (sqlite3_open (db_path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (raw, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_prepare_v2 (raw, "SELECT count(*) FROM annual_return", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  count = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (raw);
  g_test_message ("annual_return rows after the kill: %d", count);
  g_assert_true (count == 13 || count == 13 + 200000);
  g_unlink (csv);
}

/* Text a spreadsheet would run as a formula is exported with a leading
 * apostrophe (OWASP's CSV injection guidance); numbers, negative ones too,
 * are left alone; and Prospect reads back exactly what was there. */
static void
test_formula_cells (void)
{
  static const char *const names[] = { "=HYPERLINK(\"http://x\")", "+1 Fund", "-Fund", "@SUM(A1)", "'=Quoted",
                                       "Plain" };
  g_autoptr(ProspectDatabase) first = prospect_test_new_database (tmp, "formula-1.db");
  g_autoptr(ProspectDatabase) second = prospect_test_new_database (tmp, "formula-2.db");
  g_autoptr(GString) csv = g_string_new ("trust,fund,class\r\n");
  g_autoptr(GError) error = NULL;
  g_autofree char *exported = NULL;
  g_autofree char *again = NULL;
  g_autofree char *returns = NULL;
  ProspectImportReport report;

  /* Written as a spreadsheet following the same guidance writes them. */
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *guarded = prospect_csv_guard (names[i]);

      prospect_csv_append_field (csv, "Trust", FALSE);
      prospect_csv_append_field (csv, guarded, FALSE);
      prospect_csv_append_field (csv, "Class", TRUE);
    }
  g_assert_true (import_text (first, PROSPECT_DATA_FUNDS, csv->str, PROSPECT_IMPORT_ALL_OR_NOTHING, &report, &error));
  g_assert_no_error (error);
  prospect_import_report_clear (&report);
  exported = prospect_export_csv (first, PROSPECT_DATA_FUNDS, &error);
  g_assert_nonnull (strstr (exported, "\"'=HYPERLINK(\"\"http://x\"\")\""));
  g_assert_nonnull (strstr (exported, ",'+1 Fund,"));
  g_assert_nonnull (strstr (exported, ",'-Fund,"));
  g_assert_nonnull (strstr (exported, ",'@SUM(A1),"));
  g_assert_nonnull (strstr (exported, ",''=Quoted,"));
  g_assert_nonnull (strstr (exported, ",Plain,"));
  g_assert_null (strstr (exported, ",=HYPERLINK"));

  /* Negative returns stay numbers. */
  returns = prospect_export_csv (first, PROSPECT_DATA_RETURNS, &error);
  g_assert_nonnull (strstr (returns, ",2000,-2.27,"));

  /* Read back into another database: the same names, the same file. */
  g_assert_true (import_text (second, PROSPECT_DATA_FUNDS, exported, PROSPECT_IMPORT_ALL_OR_NOTHING, &report, &error));
  g_assert_no_error (error);
  prospect_import_report_clear (&report);
  again = prospect_export_csv (second, PROSPECT_DATA_FUNDS, &error);
  g_assert_cmpstr (again, ==, exported);
  {
    g_autoptr(GPtrArray) classes = prospect_database_list_classes (second, &error);
    guint found = 0;

    for (guint c = 0; c < classes->len; c++)
      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        found += g_strcmp0 (((ProspectClassInfo *) g_ptr_array_index (classes, c))->fund_name, names[i]) == 0;
    g_assert_cmpuint (found, ==, G_N_ELEMENTS (names));
  }
}

/* Dates are exactly YYYY-MM-DD, and a class cannot start in the future. */
static void
test_dates_strict (void)
{
  g_autoptr(ProspectDatabase) db = prospect_test_new_database (tmp, "dates.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *future = NULL;
  g_autofree char *csv = NULL;
  ProspectImportReport report;
  GDate date;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) later = g_date_time_add_years (now, 1);

  g_assert_false (prospect_parse_iso_date ("2001-1-5", &date));
  g_assert_false (prospect_parse_iso_date ("2001-01-5", &date));
  g_assert_false (prospect_parse_iso_date (" 2001-01-05", &date));
  g_assert_true (prospect_parse_iso_date ("2001-01-05", &date));

  future = g_date_time_format (later, "%Y-%m-%d");
  csv = g_strdup_printf ("trust,fund,class,inception_date\nT,F,A,2001-1-5\nT,F,B,%s\nT,F,C,2001-01-05\n", future);
  g_assert_true (import_text (db, PROSPECT_DATA_FUNDS, csv, PROSPECT_IMPORT_VALID_ROWS, &report, &error));
  g_assert_cmpuint (report.rows_imported, ==, 1);
  g_assert_cmpuint (report.problems->len, ==, 2);
  g_assert_nonnull (strstr (((ProspectImportProblem *) g_ptr_array_index (report.problems, 0))->message, "YYYY-MM-DD"));
  g_assert_nonnull (strstr (((ProspectImportProblem *) g_ptr_array_index (report.problems, 1))->message,
                            "in the future"));
  prospect_import_report_clear (&report);
}

/* Two trusts with a fund of the same name: a row without the trust is
 * refused with its line, a row with it goes to that trust's class, and the
 * export (with the trust) reads back the same. */
static void
test_same_name_two_trusts (void)
{
  g_autoptr(ProspectDatabase) db = prospect_test_new_database (tmp, "two-trusts.db");
  g_autoptr(ProspectDatabase) again = prospect_test_new_database (tmp, "two-trusts-again.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *exported = NULL;
  g_autofree char *funds = NULL;
  g_autofree char *reexported = NULL;
  ProspectImportReport report;

  g_assert_true (import_text (db, PROSPECT_DATA_FUNDS, "trust,fund,class\nOther Trust,Balanced Portfolio,"
                                                       "Institutional Shares\n", PROSPECT_IMPORT_ALL_OR_NOTHING,
                              &report, &error));
  prospect_import_report_clear (&report);

  g_assert_false (import_text (db, PROSPECT_DATA_RETURNS, "fund,class,benchmark,year,return_pct\n"
                                                          "Balanced Portfolio,Institutional Shares,,2001,1.5\n",
                               PROSPECT_IMPORT_ALL_OR_NOTHING, &report, &error));
  g_assert_cmpuint (report.problems->len, ==, 1);
  g_assert_cmpuint (((ProspectImportProblem *) g_ptr_array_index (report.problems, 0))->line, ==, 2);
  g_assert_nonnull (strstr (((ProspectImportProblem *) g_ptr_array_index (report.problems, 0))->message,
                            "give the trust column"));
  prospect_import_report_clear (&report);
  g_clear_error (&error);

  g_assert_true (import_text (db, PROSPECT_DATA_RETURNS, "trust,fund,class,benchmark,year,return_pct\n"
                                                         "Other Trust,Balanced Portfolio,Institutional Shares,,2001,1.5\n",
                              PROSPECT_IMPORT_ALL_OR_NOTHING, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.rows_imported, ==, 1);
  prospect_import_report_clear (&report);

  /* The class selector names the trust where the names collide. */
  {
    g_autoptr(GListModel) items = prospect_class_items_new (db, &error);
    guint with_trust = 0;

    for (guint i = 0; i < g_list_model_get_n_items (items); i++)
      {
        g_autoptr(ProspectClassItem) item = g_list_model_get_item (items, i);
        const char *label = prospect_class_item_get_label (item);

        with_trust += g_str_equal (label, "Balanced Portfolio (Other Trust) – Institutional Shares")
                      || g_str_equal (label, "Balanced Portfolio (Janus Aspen Series) – Institutional Shares");
        if (g_str_has_suffix (label, "Service Shares"))
          g_assert_cmpstr (label, ==, "Balanced Portfolio – Service Shares");
      }
    g_assert_cmpuint (with_trust, ==, 2);
  }

  exported = prospect_export_csv (db, PROSPECT_DATA_RETURNS, &error);
  g_assert_nonnull (strstr (exported, "Other Trust,Balanced Portfolio,Institutional Shares,,2001,1.5"));
  g_assert_nonnull (strstr (exported, "Janus Aspen Series,Balanced Portfolio,Institutional Shares,,2000,-2.27"));

  /* Into a database with both trusts: every row goes where it came from. */
  funds = prospect_export_csv (db, PROSPECT_DATA_FUNDS, &error);
  g_assert_true (import_text (again, PROSPECT_DATA_FUNDS, funds, PROSPECT_IMPORT_ALL_OR_NOTHING, &report, &error));
  prospect_import_report_clear (&report);
  g_assert_true (import_text (again, PROSPECT_DATA_RETURNS, exported, PROSPECT_IMPORT_ALL_OR_NOTHING, &report,
                              &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.problems->len, ==, 0);
  prospect_import_report_clear (&report);
  reexported = prospect_export_csv (again, PROSPECT_DATA_RETURNS, &error);
  g_assert_cmpstr (reexported, ==, exported);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmp = g_dir_make_tmp ("prospect-import-XXXXXX", NULL);

  g_test_add_func ("/prospect/import/csv-reader", test_csv_reader);
  g_test_add_func ("/prospect/import/round-trip", test_round_trip);
  g_test_add_func ("/prospect/import/breakpoints", test_breakpoints);
  g_test_add_func ("/prospect/import/formula-cells", test_formula_cells);
  g_test_add_func ("/prospect/import/dates-strict", test_dates_strict);
  g_test_add_func ("/prospect/import/same-name-two-trusts", test_same_name_two_trusts);
  g_test_add_func ("/prospect/import/benchmark-returns", test_benchmark_returns);
  g_test_add_func ("/prospect/import/malformed-changes-nothing", test_malformed_changes_nothing);
  g_test_add_func ("/prospect/import/valid-rows-mode", test_valid_rows_mode);
  g_test_add_func ("/prospect/import/preview-and-copy", test_preview_and_copy);
  g_test_add_func ("/prospect/import/hostile-text", test_hostile_text);
  g_test_add_func ("/prospect/import/large-and-cancel", test_large_and_cancel);
  g_test_add_func ("/prospect/import/too-big-file", test_too_big_file);
  g_test_add_func ("/prospect/import/killed-import", test_killed_import);

  status = g_test_run ();
  prospect_test_remove_tree (tmp);
  g_free (tmp);
  return status;
}
