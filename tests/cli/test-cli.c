/* test-cli.c: the command line, run as a user runs it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"
#include "test-util.h"

#include <glib/gstdio.h>

#include <string.h>

#include "cli-test.h"

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
    { { "--scenarios", "x" }, "--scenarios goes with --total-cost, --exchange or --export-handout." },
    { { "--contract", "x" }, "--contract goes with --export-chart." },
    { { "--export-chart", "growth", "--output", "-" }, "“-” (standard output) is for --export-csv only" },
    { { "--valid-rows" }, "--valid-rows goes with --import." },
    { { "--output", "x.csv" }, "--output goes with --export-chart or --export-csv." },
    { { "--list-funds", "--amount", "5" }, "--amount does not go with --list-funds; it goes with --expense-example or --total-cost." },
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

  /* The S&P 500's rows, recomputed from its reference years. */
  one = json_array_get_object_element (rows, 3);
  five = json_array_get_object_element (rows, 4);
  g_assert_cmpstr (json_object_get_string_member (one, "series"), ==, "S&P 500 Index");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (one, "computed_pct"), -9.10, 1e-9);
  g_assert_true (json_object_get_boolean_member (one, "agree"));
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (five, "computed_pct"), 18.329, 1e-3);
  g_assert_true (json_object_get_boolean_member (five, "agree"));
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
  {
    g_auto(Run) run = { 0 };
    g_autofree char *png = g_build_filename (data_home, "after.png", NULL);

    run_prospect (&run, "--export-chart", "annual-returns", "--contract", "Nope", "--output", png, NULL);
    assert_failed (&run, 1, "no saved scenario named “Nope”; save one on the Compare page.");
    g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
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
    g_assert_nonnull (strstr (run.out, "Imported 13 of 13 rows"));
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
    assert_failed (&run, 2, "--kind funds, returns, fees, highlights or breakpoints");
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

static void
restore_env (const char *name,
             const char *value)
{
  if (value != NULL)
    g_setenv (name, value, TRUE);
  else
    g_unsetenv (name);
}

/* Without a display the window cannot open: one line says so and points
 * at the options that need none. */
static void
test_no_display (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *old_display = g_strdup (g_getenv ("DISPLAY"));
  g_autofree char *old_wayland = g_strdup (g_getenv ("WAYLAND_DISPLAY"));

  g_unsetenv ("DISPLAY");
  g_unsetenv ("WAYLAND_DISPLAY");
  run_prospect (&run, "--non-unique", NULL);
  restore_env ("DISPLAY", old_display);
  restore_env ("WAYLAND_DISPLAY", old_wayland);
  assert_failed (&run, 1, "There is no display to open the window on");
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
  g_test_add_func ("/prospect/cli/no-display", test_no_display);

  status = g_test_run ();

  prospect_test_remove_tree (data_home);
  g_free (data_home);
  return status;
}
