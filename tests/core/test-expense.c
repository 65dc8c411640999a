/* test-expense.c: the N-1A expense example, exact to the printed figures,
 * and hand-worked cases for loads, deferred charges, waivers and
 * conversions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "prospect-database.h"
#include "prospect-expense.h"
#include "prospect-printed-example.h"

static ProspectExpenseResult *
compute_ok (const ProspectExpenseInput *input)
{
  g_autoptr(GError) error = NULL;
  ProspectExpenseResult *result = prospect_expense_compute (input, &error);

  g_assert_no_error (error);
  g_assert_nonnull (result);
  return result;
}

static void
assert_row (const ProspectExpenseResult *result,
            int                          years,
            gboolean                     redeemed,
            double                       cost,
            double                       exact)
{
  const ProspectExpenseRow *row = prospect_expense_result_find (result, years, redeemed);

  g_assert_nonnull (row);
  g_assert_cmpfloat (row->cost, ==, cost);
  g_assert_cmpfloat_with_epsilon (row->cost_exact, exact, 5e-5);
}

static void
test_prospectus (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = prospect_database_open_bundled (&error);
  g_autoptr(ProspectFeeTable) fees = prospect_database_get_fee_table (db, 1, &error);
  g_autoptr(GArray) printed = prospect_database_list_expense_example (db, 1, &error);
  g_autoptr(ProspectExpenseResult) result = NULL;
  ProspectExpenseInput input;

  g_assert_no_error (error);
  prospect_expense_input_init (&input);
  prospect_expense_input_set_fee_table (&input, fees);
  result = compute_ok (&input);

  /* Year 1: 10,000 grows by 1.05 − 0.0066 to 10,434; cost 0.0066 ×
   * (10,000 + 10,434) / 2 = 67.4322.  Year 2: 10,434 → 10,886.8356, cost
   * 70.3588; year 3 → 11,359.3243, cost 73.4123; three years 211.2033. */
  assert_row (result, 1, TRUE, 67, 67.4322);
  assert_row (result, 3, TRUE, 211, 211.2033);
  assert_row (result, 5, TRUE, 368, 367.7245);
  assert_row (result, 10, TRUE, 822, 822.4787);
  g_assert_cmpuint (result->rows->len, ==, 4);   /* no deferred charge: one row each */

  /* And every row equals what the database says the prospectus prints. */
  for (guint i = 0; i < printed->len; i++)
    {
      const ProspectPrintedExample *e = &g_array_index (printed, ProspectPrintedExample, i);

      g_assert_cmpfloat (prospect_expense_result_find (result, e->years, e->redeemed)->cost, ==, e->cost);
    }

  g_assert_cmpuint (result->schedule->len, ==, 10);
  g_assert_cmpfloat_with_epsilon (g_array_index (result->schedule, ProspectExpenseYear, 0).end, 10434.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (g_array_index (result->schedule, ProspectExpenseYear, 1).cost, 70.3588, 5e-5);
}

static void
test_front_load (void)
{
  g_autoptr(ProspectExpenseResult) result = NULL;
  ProspectExpenseInput input;

  /* 5.75% load on 10,000 = 575, leaving 9,425; at 1.00%: year 1 ends at
   * 9,425 × 1.04 = 9,802, cost 0.01 × (9,425 + 9,802) / 2 = 96.135;
   * 575 + 96.135 = 671.135 → $671.  Year 2: 9,802 → 10,194.08, cost
   * 99.9804; year 3 → 10,601.8432, cost 103.9796; 875.095 → $875. */
  prospect_expense_input_init (&input);
  input.gross_pct = 1.00;
  input.front_load_pct = 5.75;
  result = compute_ok (&input);
  g_assert_cmpfloat_with_epsilon (result->front_load_cost, 575.0, 1e-9);
  assert_row (result, 1, TRUE, 671, 671.135);
  assert_row (result, 3, TRUE, 875, 875.095);
  assert_row (result, 5, TRUE, 1096, 1095.6982);
  assert_row (result, 10, TRUE, 1729, 1729.2071);
}

static void
test_deferred_and_conversion (void)
{
  g_autoptr(ProspectExpenseResult) result = NULL;
  ProspectExpenseInput input;
  static const double schedule[] = { 5, 4, 3, 3, 2, 1 };

  /* A Class B: 1.75% converting to 1.00% after year 8; deferred charge
   * 5-4-3-3-2-1%.  Year 1: 10,000 → 10,325, cost 0.0175 × 10,162.5 =
   * 177.8438; redeemed adds 5% of min(10,000, 10,325) = 500 → 677.8438,
   * $678; kept, $178.  Year 3: costs 551.0589 plus 3% of 10,000 → $851.
   * Year 10 (charges over, ratio 1.00% from year 9): $1,864 either way. */
  prospect_expense_input_init (&input);
  input.gross_pct = 1.75;
  input.n_deferred = G_N_ELEMENTS (schedule);
  memcpy (input.deferred_pct, schedule, sizeof schedule);
  input.conversion_years = 8;
  input.conversion_pct = 1.00;
  result = compute_ok (&input);

  g_assert_cmpuint (result->rows->len, ==, 8);
  assert_row (result, 1, TRUE, 678, 677.8438);
  assert_row (result, 3, TRUE, 851, 851.0589);
  assert_row (result, 5, TRUE, 1149, 1148.9272);
  assert_row (result, 10, TRUE, 1864, 1864.2974);
  assert_row (result, 1, FALSE, 178, 177.8438);
  assert_row (result, 3, FALSE, 551, 551.0589);
  assert_row (result, 5, FALSE, 949, 948.9272);
  assert_row (result, 10, FALSE, 1864, 1864.2974);
  g_assert_cmpfloat (prospect_expense_ratio_for_year (&input, 8), ==, 1.75);
  g_assert_cmpfloat (prospect_expense_ratio_for_year (&input, 9), ==, 1.00);
}

static void
test_deferred_on_lesser_amount (void)
{
  g_autoptr(ProspectExpenseResult) result = NULL;
  ProspectExpenseInput input;

  /* A −20% year: 10,000 → 10,000 × (1 − 0.20 − 0.01) = 7,900, cost 0.01 ×
   * 8,950 = 89.5; the 5% charge is on the ending value, 395 → 484.5 →
   * $485 (half-up). */
  prospect_expense_input_init (&input);
  input.return_pct = -20;
  input.gross_pct = 1.00;
  input.n_deferred = 1;
  input.deferred_pct[0] = 5;
  input.n_horizons = 1;
  input.horizons[0] = 1;
  result = compute_ok (&input);
  assert_row (result, 1, TRUE, 485, 484.5);
  assert_row (result, 1, FALSE, 90, 89.5);
}

static void
test_waiver (void)
{
  g_autoptr(ProspectExpenseResult) whole = NULL;
  g_autoptr(ProspectExpenseResult) fractional = NULL;
  ProspectExpenseInput input;

  /* 0.80% net for one year, 1.00% after: year 1 at 0.80%, 10,000 →
   * 10,420, cost 81.68 → $82; year 2 at 1.00%: 10,836.80, cost 106.284;
   * year 3 → 11,270.272, cost 110.5354; three years 298.4994 → $298. */
  prospect_expense_input_init (&input);
  input.gross_pct = 1.00;
  input.net_pct = 0.80;
  input.waiver_years = 1;
  whole = compute_ok (&input);
  assert_row (whole, 1, TRUE, 82, 81.68);
  assert_row (whole, 3, TRUE, 298, 298.4994);
  assert_row (whole, 5, TRUE, 533, 533.0112);
  assert_row (whole, 10, TRUE, 1206, 1206.4618);

  /* 1.75 years: year 2 is three quarters net, one quarter gross:
   * 0.75 × 0.80 + 0.25 × 1.00 = 0.85%; 10,420 → 10,852.43, cost 90.4078;
   * year 3 at 1.00% → 11,286.5272, cost 110.6948; 282.7826 → $283. */
  input.waiver_years = 1.75;
  fractional = compute_ok (&input);
  g_assert_cmpfloat_with_epsilon (prospect_expense_ratio_for_year (&input, 2), 0.85, 1e-12);
  assert_row (fractional, 1, TRUE, 82, 81.68);
  assert_row (fractional, 3, TRUE, 283, 282.7826);
  assert_row (fractional, 5, TRUE, 518, 517.6327);
  assert_row (fractional, 10, TRUE, 1192, 1192.0546);
}

static void
test_horizons (void)
{
  g_autoptr(ProspectExpenseResult) result = NULL;
  ProspectExpenseInput input;

  /* Any order and repeats come back sorted, once each. */
  prospect_expense_input_init (&input);
  input.gross_pct = 0.66;
  input.n_horizons = 4;
  input.horizons[0] = 10;
  input.horizons[1] = 1;
  input.horizons[2] = 10;
  input.horizons[3] = 50;
  result = compute_ok (&input);
  g_assert_cmpuint (result->rows->len, ==, 3);
  g_assert_cmpint (g_array_index (result->rows, ProspectExpenseRow, 0).years, ==, 1);
  g_assert_cmpint (g_array_index (result->rows, ProspectExpenseRow, 2).years, ==, 50);
  g_assert_cmpuint (result->schedule->len, ==, 50);
  assert_row (result, 10, TRUE, 822, 822.4787);
}

static void
test_invalid (void)
{
  static const struct
  {
    const char *what;
    double      amount, return_pct, gross, net, waiver, load;
    int         horizon;
  } cases[] = {
    { "Amount", 0, 5, 1, NAN, 0, 0, 1 },
    { "Amount", -5, 5, 1, NAN, 0, 0, 1 },
    { "Amount", 2e12, 5, 1, NAN, 0, 0, 1 },
    { "Amount", NAN, 5, 1, NAN, 0, 0, 1 },
    { "Annual return", 10000, INFINITY, 1, NAN, 0, 0, 1 },
    { "Annual return", 10000, -150, 1, NAN, 0, 0, 1 },
    { "Expense ratio", 10000, 5, -0.1, NAN, 0, 0, 1 },
    { "Expense ratio", 10000, 5, 101, NAN, 0, 0, 1 },
    { "Net expense ratio", 10000, 5, 1, 120, 1, 0, 1 },
    { "Waiver term", 10000, 5, 1, 0.5, 51, 0, 1 },
    { "Front-end sales load", 10000, 5, 1, NAN, 0, -1, 1 },
    { "Each period", 10000, 5, 1, NAN, 0, 0, 0 },
    { "Each period", 10000, 5, 1, NAN, 0, 0, 51 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ProspectExpenseResult) result = NULL;
      ProspectExpenseInput input;

      prospect_expense_input_init (&input);
      input.amount = cases[i].amount;
      input.return_pct = cases[i].return_pct;
      input.gross_pct = cases[i].gross;
      input.net_pct = cases[i].net;
      input.waiver_years = cases[i].waiver;
      input.front_load_pct = cases[i].load;
      input.n_horizons = 1;
      input.horizons[0] = cases[i].horizon;
      result = prospect_expense_compute (&input, &error);
      g_assert_null (result);
      g_assert_error (error, PROSPECT_EXPENSE_ERROR, PROSPECT_EXPENSE_ERROR_INVALID);
      g_assert_true (g_str_has_prefix (error->message, cases[i].what));
    }
}

/* Property: on any valid input, costs are finite, never negative, and never
 * fall as the horizon grows. */
static void
test_property_monotonic (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20011231);

  for (int trial = 0; trial < 2000; trial++)
    {
      g_autoptr(ProspectExpenseResult) result = NULL;
      ProspectExpenseInput input;

      prospect_expense_input_init (&input);
      input.amount = g_rand_double_range (rand, 0.01, 1e9);
      input.return_pct = g_rand_double_range (rand, -100, 100);
      input.gross_pct = g_rand_double_range (rand, 0, 100);
      if (g_rand_boolean (rand))
        {
          input.net_pct = g_rand_double_range (rand, 0, input.gross_pct);
          input.waiver_years = g_rand_double_range (rand, 0, 50);
        }
      input.front_load_pct = g_rand_boolean (rand) ? g_rand_double_range (rand, 0, 100) : 0;
      input.n_deferred = (guint) g_rand_int_range (rand, 0, 8);
      for (guint i = 0; i < input.n_deferred; i++)
        input.deferred_pct[i] = g_rand_double_range (rand, 0, 10);
      input.n_horizons = 50;
      for (int i = 0; i < 50; i++)
        input.horizons[i] = i + 1;

      result = compute_ok (&input);
      for (guint i = 0; i < result->rows->len; i++)
        {
          const ProspectExpenseRow *row = &g_array_index (result->rows, ProspectExpenseRow, i);

          g_assert_true (isfinite (row->cost_exact));
          g_assert_cmpfloat (row->cost_exact, >=, 0);
          g_assert_cmpfloat (row->cost, >=, 0);
        }
      /* Kept invested (not redeemed): the running total can only grow. */
      {
        gboolean deferred = prospect_expense_has_deferred_charge (&input);
        double previous = 0;

        for (int years = 1; years <= 50; years++)
          {
            const ProspectExpenseRow *row = prospect_expense_result_find (result, years, !deferred);

            g_assert_cmpfloat (row->cost_exact, >=, previous);
            previous = row->cost_exact;
          }
      }
    }
}

/* A printed example is compared only on the terms it was printed for:
 * every input but the periods. */
static void
test_same_terms (void)
{
  ProspectExpenseInput printed_for, input;
  ProspectPrintedExample printed = { 10, TRUE, 10000, 5, 822 };
  ProspectExpenseRow row = { 10, TRUE, 822.4, 822, 0, 0 };

  prospect_expense_input_init (&printed_for);
  printed_for.gross_pct = 1.75;
  printed_for.net_pct = 1.25;
  printed_for.waiver_years = 1;
  input = printed_for;
  input.n_horizons = 1;
  input.horizons[0] = 10;
  g_assert_true (prospect_printed_example_same_terms (&input, &printed_for));

  input.waiver_years = 3.5;
  g_assert_false (prospect_printed_example_same_terms (&input, &printed_for));
  input = printed_for;
  input.conversion_years = 2;
  input.conversion_pct = 0.9;
  g_assert_false (prospect_printed_example_same_terms (&input, &printed_for));
  input = printed_for;
  input.deferred_pct[0] = 1;
  input.n_deferred = 1;
  g_assert_false (prospect_printed_example_same_terms (&input, &printed_for));
  input = printed_for;
  input.amount = 10001;
  g_assert_false (prospect_printed_example_same_terms (&input, &printed_for));

  /* Whole dollars: $822.40 computed is the printed $822; $823 is not. */
  g_assert_true (prospect_printed_example_agrees (&printed, &row));
  row.cost = 823;
  g_assert_false (prospect_printed_example_agrees (&printed, &row));
}

/* A waiver is the old class's: after conversion the new class's own ratio
 * applies, even while the waiver's term runs (#15: it kept charging the
 * old net ratio, above the new class's). */
static void
test_waiver_ends_at_conversion (void)
{
  ProspectExpenseInput input;

  prospect_expense_input_init (&input);
  input.gross_pct = 1.75;
  input.net_pct = 1.25;
  input.waiver_years = 3.5;
  input.conversion_years = 2;
  input.conversion_pct = 0.9;
  g_assert_cmpfloat (prospect_expense_ratio_for_year (&input, 1), ==, 1.25);
  g_assert_cmpfloat (prospect_expense_ratio_for_year (&input, 2), ==, 1.25);
  g_assert_cmpfloat (prospect_expense_ratio_for_year (&input, 3), ==, 0.9);
  g_assert_cmpfloat (prospect_expense_ratio_for_year (&input, 4), ==, 0.9);
  g_assert_cmpfloat (prospect_expense_ratio_for_year (&input, 5), ==, 0.9);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/prospect/expense/prospectus", test_prospectus);
  g_test_add_func ("/prospect/expense/front-load", test_front_load);
  g_test_add_func ("/prospect/expense/deferred-and-conversion", test_deferred_and_conversion);
  g_test_add_func ("/prospect/expense/deferred-on-lesser-amount", test_deferred_on_lesser_amount);
  g_test_add_func ("/prospect/expense/waiver", test_waiver);
  g_test_add_func ("/prospect/expense/horizons", test_horizons);
  g_test_add_func ("/prospect/expense/invalid", test_invalid);
  g_test_add_func ("/prospect/expense/property-monotonic", test_property_monotonic);
  g_test_add_func ("/prospect/expense/same-terms", test_same_terms);
  g_test_add_func ("/prospect/expense/waiver-ends-at-conversion", test_waiver_ends_at_conversion);

  return g_test_run ();
}
