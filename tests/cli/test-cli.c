/* test-cli.c: the command line, run as a user runs it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"
#include "test-util.h"

#include <json-glib/json-glib.h>

#include <glib/gstdio.h>

#include <signal.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/stat.h>

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static char *data_home;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* The largest file the child may write, for run_prospect_limited (). */
static rlim_t file_size_limit;

static void
limit_file_size (gpointer data)
{
  struct rlimit limit = { file_size_limit, file_size_limit };

  /* Past the limit a write fails with EFBIG, as on a full disk, instead of
   * killing the process. */
  signal (SIGXFSZ, SIG_IGN);
  setrlimit (RLIMIT_FSIZE, &limit);
}

static void run_prospect_argv (Run        *run,
                               GPtrArray  *argv,
                               gboolean    limited);

/* As run_prospect (), with every file the program writes limited to
 * MAX_BYTES: how a test fills the disk without a disk to fill. */
static void
run_prospect_limited (Run   *run,
                      rlim_t max_bytes,
                      ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (gpointer) g_getenv ("PROSPECT_BINARY"));
  va_start (args, max_bytes);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  file_size_limit = max_bytes;
  run_prospect_argv (run, argv, TRUE);
}

static void
run_prospect (Run *run,
              ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  const char *binary = g_getenv ("PROSPECT_BINARY");
  const char *arg;
  va_list args;

  g_assert_nonnull (binary);
  g_ptr_array_add (argv, (gpointer) binary);
  va_start (args, run);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  run_prospect_argv (run, argv, FALSE);
}

static void
run_prospect_argv (Run       *run,
                   GPtrArray *argv,
                   gboolean   limited)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  int wait_status = 0;

  g_assert_nonnull (g_ptr_array_index (argv, 0));
  /* No display: the command line must not need one. */
  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", data_home, TRUE);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, limited ? limit_file_size : NULL,
                               NULL, &run->out, &run->err, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

/* A failure is exactly one line on stderr, and nothing on stdout. */
static void
assert_failed (const Run  *run,
               int         status,
               const char *fragment)
{
  g_assert_cmpint (run->status, ==, status);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_true (g_str_has_prefix (run->err, "prospect: "));
  g_assert_true (g_str_has_suffix (run->err, "\n"));
  g_assert_true (strchr (run->err, '\n') == run->err + strlen (run->err) - 1);
  if (fragment != NULL && strstr (run->err, fragment) == NULL)
    g_error ("“%s” not in stderr: %s", fragment, run->err);
}

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (node);
  return node;
}

static void
test_version (void)
{
  g_auto(Run) run = { 0 };

  run_prospect (&run, "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "prospect " PACKAGE_VERSION "\n");
}

static void
test_help (void)
{
  g_auto(Run) run = { 0 };

  run_prospect (&run, "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "--expense-example"));
  g_assert_nonnull (strstr (run.out, "--database"));
}

static void
test_bad_usage (void)
{
  static const struct
  {
    const char *args[5];
    const char *fragment;
  } cases[] = {
    { { "--bogus" }, "Unknown option --bogus" },
    { { "stray" }, "Unexpected argument" },
    { { "--json" }, "goes with" },
    { { "--list-funds", "--average-returns" }, "one command at a time" },
    /* Each message names the command an option really goes with. */
    { { "--kind", "funds" }, "--kind goes with --import." },
    { { "--scenarios", "x" }, "--scenarios goes with --export-handout." },
    { { "--valid-rows" }, "--valid-rows goes with --import." },
    { { "--output", "x.csv" }, "--output goes with --export-chart or --export-csv." },
    { { "--list-funds", "--amount", "5" }, "--amount does not go with --list-funds; it goes with --expense-example." },
    { { "--import", "f.csv", "--non-unique" }, "--non-unique does not go with --import; it goes with starting" },
    { { "--expense-example", "--class", "abc" }, "not a share class id" },
    { { "--expense-example", "--class", "-1" }, "not a share class id" },
    { { "--expense-example", "--expense-ratio", "150" }, "Expense ratio must be from 0% to 100%" },
    { { "--expense-example", "--expense-ratio", "abc" }, "“abc” is not a number" },
    { { "--expense-example", "--expense-ratio", "" }, "Expense ratio is empty" },
    { { "--expense-example", "--amount", "-5" }, "Amount must be" },
    { { "--expense-example", "--years", "0" }, "Each period must be" },
    { { "--expense-example", "--years", "1,2,x" }, "not a number" },
    { { "--expense-example", "--net-expense-ratio", "0.5" }, "needs --waiver-years" },
    { { "--average-returns", "--day-count", "30/360" }, "--day-count must be" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };
      const char * const *a = cases[i].args;

      g_test_message ("case %u: %s", i, a[0]);
      run_prospect (&run, a[0], a[1], a[2], a[3], a[4], NULL);
      assert_failed (&run, 2, cases[i].fragment);
    }
}

static void
test_list_funds (void)
{
  g_auto(Run) run = { 0 };
  g_auto(Run) text = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonArray *funds, *classes;
  JsonObject *fund;

  run_prospect (&run, "--list-funds", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_json (run.out);
  funds = json_object_get_array_member (json_node_get_object (root), "funds");
  g_assert_cmpuint (json_array_get_length (funds), ==, 1);
  fund = json_array_get_object_element (funds, 0);
  g_assert_cmpstr (json_object_get_string_member (fund, "name"), ==, "Balanced Portfolio");
  g_assert_cmpstr (json_object_get_string_member (fund, "trust"), ==, "Janus Aspen Series");
  classes = json_object_get_array_member (fund, "classes");
  g_assert_cmpuint (json_array_get_length (classes), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (classes, 0), "name"), ==,
                   "Institutional Shares");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (classes, 0), "id"), ==, 1);

  run_prospect (&text, "--list-funds", NULL);
  g_assert_cmpint (text.status, ==, 0);
  g_assert_nonnull (strstr (text.out, "Institutional Shares"));
  g_assert_nonnull (strstr (text.out, "Service Shares"));
}

static void
test_expense_example (void)
{
  static const gint64 costs[] = { 67, 211, 368, 822 };
  static const gint64 years[] = { 1, 3, 5, 10 };
  g_auto(Run) run = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;
  JsonArray *rows;

  run_prospect (&run, "--expense-example", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_json (run.out);
  object = json_node_get_object (root);
  g_assert_cmpfloat (json_object_get_double_member (object, "amount"), ==, 10000);
  g_assert_cmpfloat (json_object_get_double_member (object, "annual_return_pct"), ==, 5);
  g_assert_cmpfloat (json_object_get_double_member (object, "expense_ratio_pct"), ==, 0.66);
  rows = json_object_get_array_member (object, "rows");
  g_assert_cmpuint (json_array_get_length (rows), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);

      g_assert_cmpint (json_object_get_int_member (row, "years"), ==, years[i]);
      g_assert_cmpint (json_object_get_int_member (row, "cost"), ==, costs[i]);
      g_assert_true (json_object_get_boolean_member (row, "redeemed"));
      g_assert_true (json_object_get_boolean_member (row, "agrees"));
      g_assert_cmpfloat (json_object_get_double_member (row, "printed"), ==, (double) costs[i]);
    }
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (json_array_get_object_element (rows, 0), "cost_exact"),
                                  67.4322, 1e-4);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "schedule")), ==, 10);
}

static void
test_expense_example_options (void)
{
  g_auto(Run) run = { 0 };
  g_auto(Run) text = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonArray *rows;

  /* The hand-worked Class B of test-expense: 1.75%, 5-4-3-3-2-1%, to 1.00% after 8 years. */
  run_prospect (&run, "--expense-example", "--expense-ratio", "1.75%", "--deferred-load", "5,4,3,3,2,1",
                "--conversion-years", "8", "--conversion-ratio", "1", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_json (run.out);
  rows = json_object_get_array_member (json_node_get_object (root), "rows");
  g_assert_cmpuint (json_array_get_length (rows), ==, 8);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (rows, 0), "cost"), ==, 678);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (rows, 4), "cost"), ==, 178);
  g_assert_false (json_object_get_boolean_member (json_array_get_object_element (rows, 4), "redeemed"));
  g_assert_false (json_object_has_member (json_array_get_object_element (rows, 0), "printed"));

  /* A waiver the class does not have: the printed figures were printed for
   * other terms, so none is compared. */
  {
    g_auto(Run) waiver = { 0 };
    g_autoptr(JsonNode) waiver_root = NULL;

    run_prospect (&waiver, "--expense-example", "--class", "1", "--net-expense-ratio", "0.5", "--waiver-years", "2",
                  "--json", NULL);
    g_assert_cmpint (waiver.status, ==, 0);
    waiver_root = parse_json (waiver.out);
    rows = json_object_get_array_member (json_node_get_object (waiver_root), "rows");
    g_assert_cmpuint (json_array_get_length (rows), ==, 4);
    for (guint i = 0; i < 4; i++)
      g_assert_false (json_object_has_member (json_array_get_object_element (rows, i), "agrees"));
  }

  run_prospect (&text, "--expense-example", "--amount", "$10,000", "--front-load", "5.75", "--expense-ratio", "1",
                "--years", "1,3", NULL);
  g_assert_cmpint (text.status, ==, 0);
  g_assert_nonnull (strstr (text.out, "$671"));
  g_assert_nonnull (strstr (text.out, "$875"));
}

static void
test_expense_example_no_fees (void)
{
  g_auto(Run) service = { 0 };
  g_auto(Run) missing = { 0 };

  run_prospect (&service, "--expense-example", "--class", "2", NULL);
  assert_failed (&service, 1, "has no fee table");
  run_prospect (&missing, "--expense-example", "--class", "99", NULL);
  assert_failed (&missing, 1, "no share class with id 99");
}

static void
test_average_returns (void)
{
  g_auto(Run) run = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object, *one, *five, *inception;
  JsonArray *rows;

  run_prospect (&run, "--average-returns", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_json (run.out);
  object = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (object, "day_count"), ==, "anniversary");
  rows = json_object_get_array_member (object, "rows");
  g_assert_cmpuint (json_array_get_length (rows), ==, 9);
  one = json_array_get_object_element (rows, 0);
  five = json_array_get_object_element (rows, 1);
  inception = json_array_get_object_element (rows, 2);
  g_assert_cmpfloat (json_object_get_double_member (one, "stated_pct"), ==, -2.27);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (one, "computed_pct"), -2.27, 1e-9);
  g_assert_true (json_object_get_boolean_member (one, "agree"));
  g_assert_cmpfloat (json_object_get_double_member (five, "stated_pct"), ==, 18.73);
  g_assert_true (json_object_get_boolean_member (five, "agree"));
  g_assert_true (json_object_get_null_member (inception, "computed_pct"));
  g_assert_true (json_object_get_null_member (inception, "agree"));
  g_assert_nonnull (strstr (json_object_get_string_member (inception, "reason"), "1993"));
}

static void
test_bad_database (void)
{
  g_autofree char *random = g_build_filename (data_home, "random.db", NULL);
  g_autofree char *missing = g_build_filename (data_home, "nope", "x.db", NULL);
  g_auto(Run) run1 = { 0 };
  g_auto(Run) run2 = { 0 };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (g_file_set_contents (random, "\x01\x02garbage that is not SQLite at all, not even close", -1, NULL));
  g_assert_true (g_file_get_contents (random, &before, NULL, NULL));
  run_prospect (&run1, "--list-funds", "--database", random, NULL);
  assert_failed (&run1, 1, "is not a Prospect database");
  g_assert_true (g_file_get_contents (random, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);

  run_prospect (&run2, "--list-funds", "--database", missing, NULL);
  assert_failed (&run2, 1, "does not exist");
}

static void
test_export_chart (void)
{
  g_autofree char *png = g_build_filename (data_home, "annual.png", NULL);
  g_autofree char *pdf = g_build_filename (data_home, "average.pdf", NULL);
  g_autofree char *bad = g_build_filename (data_home, "none", "x.png", NULL);
  g_autofree char *wrong = g_build_filename (data_home, "wrong.gif", NULL);
  static const struct
  {
    const char *args[6];
    const char *fragment;
  } errors[] = {
    { { "--export-chart", "pie", "--output", "x.png" }, "--export-chart must be" },
    { { "--export-chart", "growth" }, "needs --output" },
    { { "--export-chart", "growth", "--output", "x.png", "--width", "0" }, "not a size" },
    { { "--export-chart", "growth", "--output", "x.png", "--height", "20001" }, "not a size" },
    { { "--export-chart", "growth", "--output", "x.png", "--width", "-4" }, "not a size" },
    { { "--export-chart", "growth", "--output", "x.png", "--theme", "neon" }, "--theme must be" },
  };

  {
    g_auto(Run) run = { 0 };

    run_prospect (&run, "--export-chart", "annual-returns", "--output", png, "--width", "800", "--height", "500", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));
  }
  {
    g_auto(Run) run = { 0 };

    run_prospect (&run, "--export-chart", "average-returns", "--output", pdf, "--theme", "print", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  }
  for (guint i = 0; i < G_N_ELEMENTS (errors); i++)
    {
      g_auto(Run) run = { 0 };
      const char * const *a = errors[i].args;

      run_prospect (&run, a[0], a[1], a[2], a[3], a[4], a[5], NULL);
      assert_failed (&run, 2, errors[i].fragment);
    }
  {
    g_auto(Run) run = { 0 };

    run_prospect (&run, "--export-chart", "growth", "--output", bad, NULL);
    assert_failed (&run, 2, "the folder does not exist");
    g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
  }
  {
    g_auto(Run) run = { 0 };

    run_prospect (&run, "--export-chart", "growth", "--output", wrong, NULL);
    assert_failed (&run, 2, "must end in .png, .svg or .pdf");
    g_assert_false (g_file_test (wrong, G_FILE_TEST_EXISTS));
  }
  {
    g_auto(Run) run = { 0 };

    /* Service Shares have no returns: nothing to draw, said plainly. */
    run_prospect (&run, "--export-chart", "annual-returns", "--class", "2", "--output", png, NULL);
    assert_failed (&run, 1, "has no data");
  }
}

static void
test_export_handout (void)
{
  g_autofree char *pdf = g_build_filename (data_home, "handout.pdf", NULL);
  g_autofree char *missing = g_build_filename (data_home, "none", "handout.pdf", NULL);

  {
    g_auto(Run) run = { 0 };
    g_autofree char *contents = NULL;

    run_prospect (&run, "--export-handout", pdf, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
    g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  }
  {
    g_auto(Run) run = { 0 };

    run_prospect (&run, "--export-handout", missing, NULL);
    assert_failed (&run, 2, "the folder does not exist");
  }
  {
    g_auto(Run) run = { 0 };

    run_prospect (&run, "--export-handout", "handout.txt", NULL);
    assert_failed (&run, 2, "must name a .pdf file");
  }
  {
    g_auto(Run) run = { 0 };

    run_prospect (&run, "--export-handout", pdf, "--scenarios", "Nope", NULL);
    assert_failed (&run, 1, "no saved scenario named “Nope”");
  }
}

static void
test_import_export_csv (void)
{
  g_autofree char *first = g_build_filename (data_home, "returns-1.csv", NULL);
  g_autofree char *second = g_build_filename (data_home, "returns-2.csv", NULL);
  g_autofree char *other_db = g_build_filename (data_home, "other.db", NULL);
  g_autofree char *bad = g_build_filename (data_home, "bad.csv", NULL);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  /* Export the bundled returns, import them into a new database, and
   * export again: the same file. */
  {
    g_auto(Run) run = { 0 };

    run_prospect (&run, "--export-csv", "returns", "--output", first, NULL);
    g_assert_cmpint (run.status, ==, 0);
  }
  {
    g_auto(Run) run = { 0 };

    run_prospect (&run, "--import", first, "--kind", "returns", "--database", other_db, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "Imported 5 of 5 rows"));
  }
  {
    g_auto(Run) run = { 0 };

    run_prospect (&run, "--export-csv", "returns", "--output", second, "--database", other_db, NULL);
    g_assert_cmpint (run.status, ==, 0);
  }
  g_assert_true (g_file_get_contents (first, &a, NULL, NULL));
  g_assert_true (g_file_get_contents (second, &b, NULL, NULL));
  g_assert_cmpstr (a, ==, b);

  /* Bad rows: each reported with its line, exit 2, nothing imported. */
  g_assert_true (g_file_set_contents (bad, "fund,class,benchmark,year,return_pct\n,,Index,2000,1\n,,Index,2001,oops\n"
                                           "Nope,X,,2000,1\n", -1, NULL));
  {
    g_auto(Run) run = { 0 };

    run_prospect (&run, "--import", bad, "--kind", "returns", "--database", other_db, NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "bad.csv:3: return_pct: “oops” is not a number."));
    g_assert_nonnull (strstr (run.err, "bad.csv:4: there is no class"));
    g_assert_nonnull (strstr (run.err, "Nothing was imported"));
  }
  {
    g_auto(Run) run = { 0 };

    run_prospect (&run, "--import", bad, "--kind", "pies", NULL);
    assert_failed (&run, 2, "--kind funds, returns, fees or highlights");
  }
  {
    g_auto(Run) run = { 0 };

    run_prospect (&run, "--export-csv", "pies", "--output", second, NULL);
    assert_failed (&run, 2, "--export-csv must be");
  }
}

/* Run from a build that is not installed, the window says how to start
 * it instead of aborting in GLib. */
static void
test_schema_missing (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *old_dirs = g_strdup (g_getenv ("XDG_DATA_DIRS"));
  g_autofree char *old_schemas = g_strdup (g_getenv ("GSETTINGS_SCHEMA_DIR"));

  g_setenv ("XDG_DATA_DIRS", "/nonexistent", TRUE);
  g_unsetenv ("GSETTINGS_SCHEMA_DIR");
  run_prospect (&run, "--non-unique", NULL);
  if (old_dirs != NULL)
    g_setenv ("XDG_DATA_DIRS", old_dirs, TRUE);
  else
    g_unsetenv ("XDG_DATA_DIRS");
  if (old_schemas != NULL)
    g_setenv ("GSETTINGS_SCHEMA_DIR", old_schemas, TRUE);
  assert_failed (&run, 1, "meson devenv");
}

static char *
filing_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "filings", name, NULL);
}

/* A real filing: previewed without writing, then imported; each class's
 * printed example agrees, and its averages list the filing's index. */
static void
test_import_filing (void)
{
  g_autofree char *db = g_build_filename (data_home, "filing.db", NULL);
  g_autofree char *delaware = filing_path ("delaware-value-fund-485bpos-2023-11-30.htm");
  g_autofree char *junk = g_build_filename (data_home, "junk.htm", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length = 0, after_length = 0;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

  {
    g_auto(Run) run = { 0 };

    run_prospect (&run, "--list-funds", "--database", db, NULL);
    g_assert_cmpint (run.status, ==, 0);
  }
  g_assert_true (g_file_get_contents (db, &before, &before_length, NULL));

  /* Not a filing, a class the filing lacks, a dry run: exit 2 or 0, and
   * the database byte for byte as it was. */
  {
    /* Junk and hostile files: each refused in one line, exit 2. */
    static const struct
    {
      const char *text;
      const char *fragment;
    } hostile[] = {
      { "<html><body>Not XBRL</body></html>", "not an XBRL filing" },
      { "", "empty" },
      { "\x89PNG\r\n\x1a\n", "not well-formed" },
      { "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>", "entities" },
      { "<xbrl xmlns=\"http://www.xbrl.org/2003/instance\" xmlns:g=\"http://fasb.org/us-gaap/2023\">"
        "<context id=\"c\"><entity><identifier scheme=\"s\">1</identifier></entity><period>"
        "<instant>2023-12-31</instant></period></context><g:Assets contextRef=\"c\">1</g:Assets></xbrl>",
        "no risk/return summary" },
      { "<xbrl xmlns=\"http://www.xbrl.org/2003/instance\" xmlns:rr=\"http://xbrl.sec.gov/rr/2012\">"
        "<rr:ExpensesOverAssets contextRef=\"x\">0.01</rr:ExpensesOverAssets></xbrl>", "does not define" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
      {
        g_auto(Run) run = { 0 };

        g_assert_true (g_file_set_contents (junk, hostile[i].text, -1, NULL));
        run_prospect (&run, "--import-filing", junk, "--database", db, NULL);
        assert_failed (&run, 2, hostile[i].fragment);
      }
  }
  {
    g_auto(Run) run = { 0 };

    run_prospect (&run, "--import-filing", delaware, "--classes", "NOSUCH", "--database", db, NULL);
    assert_failed (&run, 2, "no class “NOSUCH”");
  }
  {
    g_auto(Run) run = { 0 };
    g_autoptr(JsonNode) root = NULL;
    JsonArray *classes;

    run_prospect (&run, "--import-filing", delaware, "--dry-run", "--json", "--database", db, NULL);
    g_assert_cmpint (run.status, ==, 0);
    root = parse_json (run.out);
    g_assert_cmpint (json_object_get_int_member (json_node_get_object (root), "numeric_facts"), ==, 92);
    classes = json_object_get_array_member (
      json_array_get_object_element (json_object_get_array_member (json_node_get_object (root), "series"), 0),
      "classes");
    g_assert_cmpuint (json_array_get_length (classes), ==, 5);
    for (guint i = 0; i < 5; i++)
      g_assert_true (json_object_get_boolean_member (json_array_get_object_element (classes, i), "agrees"));
    g_assert_false (json_object_has_member (json_node_get_object (root), "imported"));
  }
  g_assert_true (g_file_get_contents (db, &after, &after_length, NULL));
  g_assert_cmpuint (before_length, ==, after_length);
  g_assert_true (memcmp (before, after, before_length) == 0);

  {
    g_auto(Run) run = { 0 };
    g_autoptr(JsonNode) root = NULL;
    JsonObject *imported;
    JsonArray *class_ids;

    run_prospect (&run, "--import-filing", delaware, "--json", "--database", db, NULL);
    g_assert_cmpint (run.status, ==, 0);
    root = parse_json (run.out);
    imported = json_object_get_object_member (json_node_get_object (root), "imported");
    g_assert_cmpint (json_object_get_int_member (imported, "classes_added"), ==, 5);
    class_ids = json_object_get_array_member (imported, "class_ids");
    for (guint i = 0; i < json_array_get_length (class_ids); i++)
      g_ptr_array_add (ids, g_strdup_printf ("%" G_GINT64_FORMAT, json_array_get_int_element (class_ids, i)));
  }
  for (guint i = 0; i < ids->len; i++)
    {
      g_auto(Run) run = { 0 };
      g_autoptr(JsonNode) root = NULL;
      JsonArray *rows;

      run_prospect (&run, "--expense-example", "--class", g_ptr_array_index (ids, i), "--json", "--database", db,
                    NULL);
      g_assert_cmpint (run.status, ==, 0);
      root = parse_json (run.out);
      rows = json_object_get_array_member (json_node_get_object (root), "rows");
      g_assert_cmpuint (json_array_get_length (rows), >=, 4);
      for (guint r = 0; r < json_array_get_length (rows); r++)
        g_assert_true (json_object_get_boolean_member (json_array_get_object_element (rows, r), "agrees"));
    }
  {
    g_auto(Run) run = { 0 };

    run_prospect (&run, "--average-returns", "--class", g_ptr_array_index (ids, 0), "--json", "--database", db, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "\"Russell 1000 Value Index\""));
    g_assert_nonnull (strstr (run.out, "Return after taxes on distributions"));
  }
}

/* Outputs are written whole or not at all: a full disk (a file size limit
 * here) fails the export and keeps the good file; a link is written
 * through; a pipe is refused; "-" is standard output. */
static void
test_output_files (void)
{
  g_autofree char *dir = g_build_filename (data_home, "outputs", NULL);
  g_autofree char *pdf = g_build_filename (dir, "growth.pdf", NULL);
  g_autofree char *png = g_build_filename (dir, "growth.png", NULL);
  g_autofree char *handout = g_build_filename (dir, "handout.pdf", NULL);
  g_autofree char *real = g_build_filename (dir, "real.csv", NULL);
  g_autofree char *link = g_build_filename (dir, "link.csv", NULL);
  g_autofree char *fifo = g_build_filename (dir, "pipe.csv", NULL);
  const char *good = "a good file that must survive";
  GStatBuf st;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  for (guint i = 0; i < 2; i++)
    {
      const char *target = i == 0 ? png : handout;
      g_autofree char *after = NULL;
      g_auto(Run) run = { 0 };

      g_assert_true (g_file_set_contents (target, good, -1, NULL));
      /* Room for the database's shared-memory file (32 KiB), not for the
       * output: a 2400-pixel chart, a handout of several pages. */
      if (i == 0)
        run_prospect_limited (&run, 40000, "--export-chart", "growth", "--output", png, "--width", "2400", "--height",
                              "1600", NULL);
      else
        run_prospect_limited (&run, 40000, "--export-handout", handout, NULL);
      g_assert_cmpint (run.status, !=, 0);
      g_assert_nonnull (strstr (run.err, "Could not write"));
      g_assert_true (g_file_get_contents (target, &after, NULL, NULL));
      g_assert_cmpstr (after, ==, good);
    }
  {
    g_auto(Run) run = { 0 };

    /* The same exports with room to write succeed. */
    run_prospect (&run, "--export-chart", "growth", "--output", pdf, NULL);
    g_assert_cmpint (run.status, ==, 0);
  }

  g_assert_cmpint (symlink ("real.csv", link), ==, 0);
  {
    g_auto(Run) run = { 0 };
    g_autofree char *written = NULL;

    run_prospect (&run, "--export-csv", "returns", "--output", link, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
    g_assert_true (g_file_get_contents (real, &written, NULL, NULL));
    g_assert_true (g_str_has_prefix (written, "fund,class,benchmark,year,return_pct"));
  }

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  {
    g_auto(Run) run = { 0 };

    run_prospect (&run, "--export-csv", "returns", "--output", fifo, NULL);
    assert_failed (&run, 2, "not a regular file");
    g_assert_cmpint (g_lstat (fifo, &st), ==, 0);
    g_assert_true (S_ISFIFO (st.st_mode));
  }

  {
    g_auto(Run) run = { 0 };
    g_autofree char *dash = g_build_filename (dir, "-", NULL);
    g_autofree char *cwd = g_get_current_dir ();

    g_assert_cmpint (g_chdir (dir), ==, 0);
    run_prospect (&run, "--export-csv", "returns", "--output", "-", NULL);
    g_assert_cmpint (g_chdir (cwd), ==, 0);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_str_has_prefix (run.out, "fund,class,benchmark,year,return_pct"));
    g_assert_false (g_file_test (dash, G_FILE_TEST_EXISTS));
  }
}

/* Messages say what happened, in words that fit it, with the exit status
 * the README gives. */
static void
test_messages (void)
{
  g_autofree char *empty_db = g_build_filename (data_home, "empty-funds.db", NULL);
  g_autofree char *handout = g_build_filename (data_home, "service.pdf", NULL);
  g_autofree char *csv = g_build_filename (data_home, "messages.csv", NULL);
  static const struct
  {
    const char *text;
    const char *fragment;
  } csv_cases[] = {
    { "fund,class,benchmark,year,return_pct,return_pct\n,,I,2001,1,2\n", "the column “return_pct” is given twice" },
    { "fund,class,benchmark,year,return_pct,colour\n,,I,2001,1,red\n", "there is no column “colour”" },
    { "fund,class,benchmark,year,return_pct\n,,I,2001,\"25,51\"\n", "“25,51” is ambiguous" },
    { "fund,class,benchmark,year,return_pct\n,,I,2001,oops\n", "1 row of 1 has a problem" },
    { "fund,class,benchmark,year,return_pct\n,,I,2001,\"1\n", "a quoted field is never closed" },
  };

  {
    g_auto(Run) run = { 0 };

    run_prospect (&run, "--expense-example", "--amount", "0", NULL);
    assert_failed (&run, 2, "from $0.01 to");
  }
  {
    g_auto(Run) run = { 0 };

    /* What was read is what the header says: cents, the load, the waiver. */
    run_prospect (&run, "--expense-example", "--amount", "10,5", "--expense-ratio", "1", "--front-load", "5.75",
                  "--net-expense-ratio", "0.8", "--waiver-years", "1", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_str_has_prefix (run.out, "Expense example: $10.50 invested, 5.00% a year, expense ratio 1.00%, "
                                              "front-end load 5.75%, 0.80% while the fee waiver lasts (1 year)\n"));
  }
  {
    g_auto(Run) run = { 0 };
    sqlite3 *raw = NULL;

    run_prospect (&run, "--list-funds", "--database", empty_db, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpint (sqlite3_open (empty_db, &raw), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (raw, "DELETE FROM fund", NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (raw);
  }
  {
    g_auto(Run) run = { 0 };

    run_prospect (&run, "--list-funds", "--database", empty_db, NULL);
    assert_failed (&run, 1, "holds no funds");
  }
  {
    g_auto(Run) run = { 0 };

    run_prospect (&run, "--export-handout", handout, "--class", "2", NULL);
    assert_failed (&run, 1, "Service Shares has no figures for a handout");
    g_assert_false (g_file_test (handout, G_FILE_TEST_EXISTS));
  }
  for (guint i = 0; i < G_N_ELEMENTS (csv_cases); i++)
    {
      g_auto(Run) run = { 0 };

      g_assert_true (g_file_set_contents (csv, csv_cases[i].text, -1, NULL));
      run_prospect (&run, "--import", csv, "--kind", "returns", "--database", empty_db, NULL);
      g_assert_cmpint (run.status, ==, 2);
      if (strstr (run.err, csv_cases[i].fragment) == NULL)
        g_error ("case %u: “%s” not in: %s", i, csv_cases[i].fragment, run.err);
      /* A problem names its line once. */
      g_assert_null (strstr (run.err, ".csv:2: Line "));
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  data_home = g_dir_make_tmp ("prospect-cli-XXXXXX", NULL);

  g_test_add_func ("/prospect/cli/version", test_version);
  g_test_add_func ("/prospect/cli/help", test_help);
  g_test_add_func ("/prospect/cli/bad-usage", test_bad_usage);
  g_test_add_func ("/prospect/cli/list-funds", test_list_funds);
  g_test_add_func ("/prospect/cli/expense-example", test_expense_example);
  g_test_add_func ("/prospect/cli/expense-example-options", test_expense_example_options);
  g_test_add_func ("/prospect/cli/expense-example-no-fees", test_expense_example_no_fees);
  g_test_add_func ("/prospect/cli/average-returns", test_average_returns);
  g_test_add_func ("/prospect/cli/bad-database", test_bad_database);
  g_test_add_func ("/prospect/cli/export-chart", test_export_chart);
  g_test_add_func ("/prospect/cli/export-handout", test_export_handout);
  g_test_add_func ("/prospect/cli/import-export-csv", test_import_export_csv);
  g_test_add_func ("/prospect/cli/schema-missing", test_schema_missing);
  g_test_add_func ("/prospect/cli/import-filing", test_import_filing);
  g_test_add_func ("/prospect/cli/output-files", test_output_files);
  g_test_add_func ("/prospect/cli/messages", test_messages);

  status = g_test_run ();

  prospect_test_remove_tree (data_home);
  g_free (data_home);
  return status;
}
