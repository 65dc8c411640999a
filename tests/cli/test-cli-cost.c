/* test-cli-cost.c: --total-cost, the cost calculator without the window:
 * the SEC calculator's own example, a class from the database, saved
 * scenarios and where they cross, and what is refused.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cli-test.h"
#include "prospect-saved-scenario.h"
#include "test-util.h"

static JsonObject *
first_scenario (JsonNode *root)
{
  JsonArray *scenarios = json_object_get_array_member (json_node_get_object (root), "scenarios");

  g_assert_cmpuint (json_array_get_length (scenarios), >=, 1);
  return json_array_get_object_element (scenarios, 0);
}

/* The SEC's example for its Mutual Fund Cost Calculator: $1,000, 30 years,
 * 15%, 0.77%: fees $3,231.46, foregone $10,472.38, $52,507.94 at the end. */
static void
test_sec_example (void)
{
  g_auto(Run) run = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonObject *s;

  run_prospect (&run, "--total-cost", "--expense-ratio", "0.77", "--amount", "1000", "--years", "30", "--return", "15",
                "--method", "sec", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_json (run.out);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (root), "method"), ==, "sec");
  s = first_scenario (root);
  g_assert_cmpfloat (json_object_get_double_member (s, "value_with_costs"), ==, 52507.94);
  g_assert_cmpfloat (json_object_get_double_member (s, "fees_paid"), ==, 3231.46);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (s, "foregone_earnings"), 10472.38, 1e-9);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (s, "by_year")), ==, 30);

  {
    g_auto(Run) text = { 0 };

    run_prospect (&text, "--total-cost", "--expense-ratio", "0.77", "--amount", "1000", "--years", "30", "--return",
                  "15", "--method", "sec", NULL);
    g_assert_cmpint (text.status, ==, 0);
    g_assert_nonnull (strstr (text.out, "method: sec"));
    g_assert_nonnull (strstr (text.out, "fees paid $3,231.46, earnings foregone $10,472.38, total cost $13,703.84"));
  }
}

/* The bundled class from its fee table, inside a contract: 10,000 at 5%
 * for a year, fund 0.66% and M&E 1.25% of the 10,000 the year began with:
 * 66 + 125 = 191 of fees; 10,000 × (1.05 − 0.0191) = 10,309. */
static void
test_class_in_contract (void)
{
  g_auto(Run) run = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonObject *s, *layers;

  run_prospect (&run, "--total-cost", "--class", "1", "--years", "1", "--m-and-e", "1.25", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_json (run.out);
  s = first_scenario (root);
  g_assert_cmpstr (json_object_get_string_member (s, "name"), ==, "Balanced Portfolio – Institutional Shares");
  layers = json_object_get_object_member (s, "fees_by_layer");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (layers, "fund"), 66, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (layers, "contract"), 125, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (s, "value_with_costs"), 10309, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (s, "fees_paid") +
                                  json_object_get_double_member (s, "foregone_earnings"),
                                  json_object_get_double_member (s, "total_cost"), 1e-9);
}

/* Saved scenarios from a database, with every year two of them cross:
 * Class A (5.75% load, 0.90%) against Class C (1.65%), 10,000 at 5% for
 * 20 years, kept: A overtakes C in year 9 (see test-cost). */
static void
test_saved_scenarios (void)
{
  g_autoptr(ProspectDatabase) db = prospect_test_new_database (data_home, "costs.db");
  g_autofree char *path = g_build_filename (data_home, "costs.db", NULL);
  g_auto(Run) run = { 0 };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  ProspectCostAssumptions a;
  JsonArray *crossings;
  const char *names[] = { "Class A", "Class C" };
  const double ratios[] = { 0.90, 1.65 };
  const double loads[] = { 5.75, 0 };

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(ProspectSavedScenario) s = prospect_saved_scenario_new (names[i]);

      s->fund_ratio_pct = ratios[i];
      s->scenario.front_load_pct = loads[i];
      g_assert_true (prospect_saved_scenario_resolve (s, db, &error));
      g_assert_true (prospect_database_save_scenario (db, s, &error));
      g_assert_no_error (error);
    }
  g_assert_true (prospect_database_get_assumptions (db, &a, &error));
  a.years = 20;
  a.surrender_at_end = FALSE;
  g_assert_true (prospect_database_save_assumptions (db, &a, &error));
  g_assert_no_error (error);
  g_clear_object (&db);

  run_prospect (&run, "--total-cost", "--scenarios", "Class A, Class C", "--database", path, "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_json (run.out);
  crossings = json_object_get_array_member (json_node_get_object (root), "crossings");
  g_assert_cmpuint (json_array_get_length (crossings), ==, 1);
  {
    JsonArray *years = json_object_get_array_member (json_array_get_object_element (crossings, 0), "years");

    g_assert_cmpuint (json_array_get_length (years), ==, 1);
    g_assert_cmpint (json_array_get_int_element (years, 0), ==, 9);
  }
  {
    JsonArray *scenarios = json_object_get_array_member (json_node_get_object (root), "scenarios");
    JsonObject *c = json_array_get_object_element (scenarios, 1);

    /* 10,000 × 1.0335^20 = 19,329.01. */
    g_assert_cmpfloat_with_epsilon (json_object_get_double_member (c, "value_with_costs"), 19329.01, 0.005);
  }
  {
    g_auto(Run) text = { 0 };

    run_prospect (&text, "--total-cost", "--scenarios", "Class A,Class C", "--database", path, NULL);
    g_assert_cmpint (text.status, ==, 0);
    g_assert_nonnull (strstr (text.out, "year 9"));
  }
  {
    g_auto(Run) missing = { 0 };

    run_prospect (&missing, "--total-cost", "--scenarios", "Class B", "--database", path, NULL);
    assert_failed (&missing, 1, "no saved scenario named “Class B”");
  }
  /* The annual-returns chart after a saved contract's charges. */
  {
    g_auto(Run) chart = { 0 };
    g_autofree char *png = g_build_filename (data_home, "after.png", NULL);

    run_prospect (&chart, "--export-chart", "cost-over-time", "--contract", "Class C", "--database", path,
                  "--output", png, NULL);
    g_assert_cmpint (chart.status, ==, 0);
    g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));
  }
}

/* The example: $6,000 a year into a 7-6-5-4-3-2-1% schedule,
 * surrendered in year 8 (0% return, so the value is the payments): by
 * contract year nothing; by payment 6,000 × (1 + … + 7)% = 1,680. */
static void
test_surrender_by_payment (void)
{
  const char *basis[] = { "year", "payment" };
  const double expected[] = { 0, 1680 };

  for (guint i = 0; i < G_N_ELEMENTS (basis); i++)
    {
      g_auto(Run) run = { 0 };
      g_autoptr(JsonNode) root = NULL;
      JsonObject *layers;

      run_prospect (&run, "--total-cost", "--expense-ratio", "0", "--amount", "0", "--contribution", "6000", "--return",
                    "0", "--years", "8", "--surrender", "7,6,5,4,3,2,1", "--surrender-by", basis[i], "--json", NULL);
      g_assert_cmpint (run.status, ==, 0);
      root = parse_json (run.out);
      layers = json_object_get_object_member (first_scenario (root), "fees_by_layer");
      g_assert_cmpfloat_with_epsilon (json_object_get_double_member (layers, "surrender"), expected[i], 1e-9);
    }
}

/* A load schedule on the command line, with other holdings reaching the
 * 4.50% step: $40,000 + $20,000 held elsewhere, 0% return: 4.5% of
 * 40,000 = 1,800. */
static void
test_breakpoints (void)
{
  g_auto(Run) run = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonObject *layers;

  run_prospect (&run, "--total-cost", "--expense-ratio", "0", "--amount", "40000", "--return", "0", "--years", "1",
                "--breakpoints", "0:5.75,50000:4.5,1000000:0", "--other-holdings", "20000", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_json (run.out);
  layers = json_object_get_object_member (first_scenario (root), "fees_by_layer");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (layers, "loads"), 1800, 1e-9);
}

/* --exchange with the hand-worked case of test-exchange: held 3 years on
 * 7-6-5-4-3-2-1%, into 8-7-…-1% with a 5% bonus recaptured in years 1–3,
 * at 0%: 4,000 to pay today, ahead from year 9, and waiting until the old
 * schedule ends would leave 1,200 more after 10 years. */
static void
test_exchange (void)
{
  static const double old_schedule[] = { 7, 6, 5, 4, 3, 2, 1 };
  static const double new_schedule[] = { 8, 7, 6, 5, 4, 3, 2, 1 };
  g_autoptr(ProspectDatabase) db = prospect_test_new_database (data_home, "exchange.db");
  g_autofree char *path = g_build_filename (data_home, "exchange.db", NULL);
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;

  {
    g_autoptr(ProspectSavedScenario) old_one = prospect_saved_scenario_new ("Old VA");
    g_autoptr(ProspectSavedScenario) new_one = prospect_saved_scenario_new ("New VA");

    old_one->fund_ratio_pct = new_one->fund_ratio_pct = 0;
    old_one->scenario.n_surrender = G_N_ELEMENTS (old_schedule);
    memcpy (old_one->scenario.surrender_pct, old_schedule, sizeof old_schedule);
    new_one->scenario.n_surrender = G_N_ELEMENTS (new_schedule);
    memcpy (new_one->scenario.surrender_pct, new_schedule, sizeof new_schedule);
    g_assert_true (prospect_database_save_scenario (db, old_one, &error));
    g_assert_true (prospect_database_save_scenario (db, new_one, &error));
    g_assert_no_error (error);
  }
  g_clear_object (&db);

  run_prospect (&run, "--exchange", "--scenarios", "Old VA,New VA", "--years-held", "3", "--value", "100000",
                "--payments", "100000", "--bonus", "5", "--recapture", "100,100,100", "--return", "0", "--years", "10",
                "--json", "--database", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_json (run.out);
  object = json_node_get_object (root);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (object, "surrender_charge_now"), 4000, 1e-9);
  g_assert_cmpint (json_object_get_int_member (object, "exchange_ahead_from"), ==, 9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (object, "cost_of_exchanging_now"), 1200, 1e-6);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "by_year")), ==, 10);
  {
    g_auto(Run) text = { 0 };

    run_prospect (&text, "--exchange", "--scenarios", "Old VA,New VA", "--years-held", "3", "--value", "100000",
                  "--return", "0", "--years", "10", "--database", path, NULL);
    g_assert_cmpint (text.status, ==, 0);
    g_assert_nonnull (strstr (text.out, "today pays $4,000.00 of surrender charge"));
  }
  {
    g_auto(Run) one = { 0 };

    run_prospect (&one, "--exchange", "--scenarios", "Old VA", "--database", path, NULL);
    assert_failed (&one, 2, "two saved scenarios");
  }
}

static void
test_refused (void)
{
  static const struct
  {
    const char *args[6];
    int         status;
    const char *fragment;
  } cases[] = {
    { { "--total-cost", "--expense-ratio", "1", "--method", "SEC" }, 2, "--method must be prospectus or sec." },
    { { "--total-cost", "--expense-ratio", "1", "--rider-base", "value" }, 2, "--rider-base must be account or payments." },
    { { "--total-cost", "--expense-ratio", "1", "--years", "51" }, 2, "Years" },
    { { "--total-cost", "--expense-ratio", "1", "--surrender", "7,x" }, 2, "“x” is not a number" },
    { { "--total-cost", "--expense-ratio", "1", "--conversion-years", "8" }, 2, "go together" },
    { { "--total-cost", "--scenarios", "A", "--m-and-e", "1" }, 2, "--m-and-e describes one fund" },
    { { "--total-cost", "--expense-ratio", "1", "--surrender-by", "age" }, 2, "--surrender-by must be year or payment." },
    { { "--total-cost", "--expense-ratio", "1", "--free-withdrawal", "110" }, 2, "Free withdrawal" },
    { { "--total-cost", "--expense-ratio", "1", "--breakpoints", "0:5,50000" }, 2, "is not AMOUNT:PCT" },
    { { "--total-cost", "--expense-ratio", "1", "--breakpoints", "50000:4,0:5" }, 2, "the amounts must rise" },
    { { "--contribution", "5" }, 2, "--contribution goes with --total-cost." },
    { { "--total-cost", "--class", "2" }, 1, "Give the ratio with --expense-ratio." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };

      run_prospect (&run, cases[i].args[0], cases[i].args[1], cases[i].args[2], cases[i].args[3], cases[i].args[4],
                    cases[i].args[5], NULL);
      g_test_message ("case %u: %s", i, run.err);
      assert_failed (&run, cases[i].status, cases[i].fragment);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  data_home = g_dir_make_tmp ("prospect-cli-cost-XXXXXX", NULL);

  g_test_add_func ("/prospect/cli/total-cost/sec-example", test_sec_example);
  g_test_add_func ("/prospect/cli/total-cost/class-in-contract", test_class_in_contract);
  g_test_add_func ("/prospect/cli/total-cost/saved-scenarios", test_saved_scenarios);
  g_test_add_func ("/prospect/cli/total-cost/surrender-by-payment", test_surrender_by_payment);
  g_test_add_func ("/prospect/cli/total-cost/breakpoints", test_breakpoints);
  g_test_add_func ("/prospect/cli/total-cost/refused", test_refused);
  g_test_add_func ("/prospect/cli/exchange", test_exchange);

  status = g_test_run ();
  prospect_test_remove_tree (data_home);
  g_free (data_home);
  return status;
}
