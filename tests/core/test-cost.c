/* test-cost.c: the cost calculator on hand-worked cases.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "prospect-cost.h"

static ProspectCostResult *
compute_ok (const ProspectCostScenario    *s,
            const ProspectCostAssumptions *a)
{
  g_autoptr(GError) error = NULL;
  ProspectCostResult *result = prospect_cost_compute (s, a, &error);

  g_assert_no_error (error);
  g_assert_nonnull (result);
  return result;
}

static void
test_fund_only (void)
{
  g_autoptr(ProspectCostResult) r = NULL;
  ProspectCostScenario s;
  ProspectCostAssumptions a;

  /* 1.00% fund, 10,000 at 5% for a year: 10,000 × 1.04 = 10,400 with
   * costs, 10,500 without; total cost 100.  The fee is what the account
   * lost to it, 1% of the 10,000 the year began with: 100, so nothing is
   * foregone yet (it was never invested to grow). */
  prospect_cost_scenario_init (&s);
  s.fund_gross_pct = 1.00;
  prospect_cost_assumptions_init (&a);
  a.years = 1;
  r = compute_ok (&s, &a);
  g_assert_cmpfloat_with_epsilon (r->value_with_costs, 10400, 1e-9);
  g_assert_cmpfloat_with_epsilon (r->value_without_costs, 10500, 1e-9);
  g_assert_cmpfloat_with_epsilon (r->total_cost, 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (r->fees[PROSPECT_LAYER_FUND], 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (r->fees_paid, 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (r->foregone_earnings, 0, 1e-9);
}

static void
test_fees_are_deductions (void)
{
  g_autoptr(ProspectCostResult) r = NULL;
  ProspectCostScenario s;
  ProspectCostAssumptions a;

  /* The prospectus's fund (0.66%) alone over ten years.  The fees are
   * what is deducted, 0.66% of each year's opening balance 10,000 ×
   * 1.0434^(k−1): 66 × (1.0434^10 − 1) / 0.0434 = 805.0100, a little under
   * the Example's $822.48, which accrues on the average balance.  Without
   * costs 10,000 × 1.05^10 = 16,288.9463; with 10,000 × 1.0434^10 =
   * 15,293.5506; total cost 995.3957, so 190.3857 of earnings foregone. */
  prospect_cost_scenario_init (&s);
  s.fund_gross_pct = 0.66;
  prospect_cost_assumptions_init (&a);
  a.years = 10;
  a.surrender_at_end = FALSE;
  r = compute_ok (&s, &a);
  g_assert_cmpfloat_with_epsilon (r->fees[PROSPECT_LAYER_FUND], 805.0100, 5e-5);
  g_assert_cmpfloat_with_epsilon (r->value_with_costs, 15293.5506, 5e-5);
  g_assert_cmpfloat_with_epsilon (r->total_cost, 995.3957, 5e-5);
  g_assert_cmpfloat_with_epsilon (r->foregone_earnings, 190.3857, 5e-5);
  g_assert_cmpuint (r->years->len, ==, 10);
}

static void
test_variable_annuity (void)
{
  g_autoptr(ProspectCostResult) r = NULL;
  ProspectCostScenario s;
  ProspectCostAssumptions a;
  static const double surrender[] = { 7, 6, 5, 4, 3, 2, 1 };

  /* Fund 0.66%, M&E 1.25%, administrative 0.15%, $30 fee waived above
   * $50,000, surrender 7% in year 1; 10,000 at 5% for a year, surrendered.
   * 10,000 × (1.05 − 0.0206) = 10,294: fund 0.66% of 10,000 = 66,
   * contract 1.40% of 10,000 = 140; the fee (10,294 < 50,000) leaves
   * 10,264; surrender 7% of min(10,000, 10,264) = 700 → 9,564.  Without
   * costs 10,500; total cost 936, every dollar of it a fee. */
  prospect_cost_scenario_init (&s);
  s.fund_gross_pct = 0.66;
  s.mortality_expense_pct = 1.25;
  s.administrative_pct = 0.15;
  s.contract_fee = 30;
  s.contract_fee_waived_above = 50000;
  s.n_surrender = G_N_ELEMENTS (surrender);
  memcpy (s.surrender_pct, surrender, sizeof surrender);
  prospect_cost_assumptions_init (&a);
  a.years = 1;
  r = compute_ok (&s, &a);
  g_assert_cmpfloat_with_epsilon (r->fees[PROSPECT_LAYER_FUND], 66, 1e-9);
  g_assert_cmpfloat_with_epsilon (r->fees[PROSPECT_LAYER_CONTRACT], 140, 1e-9);
  g_assert_cmpfloat_with_epsilon (r->fees[PROSPECT_LAYER_FLAT_FEE], 30, 1e-9);
  g_assert_cmpfloat_with_epsilon (r->fees[PROSPECT_LAYER_SURRENDER], 700, 1e-9);
  g_assert_cmpfloat_with_epsilon (r->value_with_costs, 9564, 1e-9);
  g_assert_cmpfloat_with_epsilon (r->total_cost, 936, 1e-9);
  g_assert_cmpfloat_with_epsilon (r->foregone_earnings, 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (g_array_index (r->years, ProspectCostYear, 0).value, 10264, 1e-9);
  g_assert_cmpfloat_with_epsilon (g_array_index (r->years, ProspectCostYear, 0).surrender_value, 9564, 1e-9);

  /* Above the threshold the fee is waived: 100,000 → 102,940, no fee. */
  g_clear_pointer (&r, prospect_cost_result_free);
  a.amount = 100000;
  a.surrender_at_end = FALSE;
  r = compute_ok (&s, &a);
  g_assert_cmpfloat (r->fees[PROSPECT_LAYER_FLAT_FEE], ==, 0);
  g_assert_cmpfloat (r->fees[PROSPECT_LAYER_SURRENDER], ==, 0);
  g_assert_cmpfloat_with_epsilon (r->value_with_costs, 102940, 1e-6);

  /* At the threshold itself the fee is waived too, as contracts word it
   * ("$50,000 or more"): 50,000 at 0% with no other charge stays 50,000. */
  g_clear_pointer (&r, prospect_cost_result_free);
  prospect_cost_scenario_init (&s);
  s.fund_gross_pct = 0;
  s.contract_fee = 30;
  s.contract_fee_waived_above = 50000;
  a.amount = 50000;
  a.return_pct = 0;
  r = compute_ok (&s, &a);
  g_assert_cmpfloat (r->fees[PROSPECT_LAYER_FLAT_FEE], ==, 0);
  g_assert_cmpfloat (r->value_with_costs, ==, 50000);
}

static void
test_rider_on_benefit_base (void)
{
  g_autoptr(ProspectCostResult) r = NULL;
  ProspectCostScenario s;
  ProspectCostAssumptions a;

  /* 1% rider on the payments, 0% return: year 1 pays in 10,000 + 1,000 +
   * 500 = 11,500, rider 115 → 11,385; year 2 pays 1,500 more (13,000 in
   * all), 12,885, rider 130 → 12,755.  Without costs 13,000; 245 of cost,
   * all of it fees. */
  prospect_cost_scenario_init (&s);
  s.rider_pct = 1;
  s.rider_on_benefit_base = TRUE;
  prospect_cost_assumptions_init (&a);
  a.contribution = 1000;
  a.employer_match = 500;
  a.years = 2;
  a.return_pct = 0;
  a.surrender_at_end = FALSE;
  r = compute_ok (&s, &a);
  g_assert_cmpfloat_with_epsilon (r->fees[PROSPECT_LAYER_RIDER], 245, 1e-9);
  g_assert_cmpfloat_with_epsilon (r->value_with_costs, 12755, 1e-9);
  g_assert_cmpfloat_with_epsilon (r->value_without_costs, 13000, 1e-9);
  g_assert_cmpfloat_with_epsilon (r->foregone_earnings, 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (g_array_index (r->years, ProspectCostYear, 1).paid_in, 13000, 1e-9);
}

static void
test_breakeven (void)
{
  g_autoptr(ProspectCostResult) a_result = NULL;
  g_autoptr(ProspectCostResult) c_result = NULL;
  ProspectCostScenario a_share, c_share;
  ProspectCostAssumptions a;

  /* Class A: 5.75% load, 0.90%: 9,425 × 1.041^y.  Class C: 1.65%:
   * 10,000 × 1.0335^y.  A trails by 17.87 after year 8 and leads by 79.02
   * after year 9 (ln(10,000 / 9,425) / ln(1.041 / 1.0335) = 8.19). */
  prospect_cost_scenario_init (&a_share);
  a_share.front_load_pct = 5.75;
  a_share.fund_gross_pct = 0.90;
  prospect_cost_scenario_init (&c_share);
  c_share.fund_gross_pct = 1.65;
  prospect_cost_assumptions_init (&a);
  a.years = 20;
  a.surrender_at_end = FALSE;
  a_result = compute_ok (&a_share, &a);
  c_result = compute_ok (&c_share, &a);
  g_assert_cmpint (prospect_cost_breakeven_year (a_result, c_result, FALSE), ==, 9);
  g_assert_cmpint (prospect_cost_breakeven_year (c_result, a_result, FALSE), ==, 9);
  g_assert_cmpfloat_with_epsilon (g_array_index (a_result->years, ProspectCostYear, 8).value -
                                  g_array_index (c_result->years, ProspectCostYear, 8).value, 79.0188, 1e-3);

  /* Identical scenarios never cross. */
  g_assert_cmpint (prospect_cost_breakeven_year (a_result, a_result, FALSE), ==, 0);
}

static void
test_net_of_charges (void)
{
  ProspectCostScenario s;

  prospect_cost_scenario_init (&s);
  s.mortality_expense_pct = 1.25;
  s.administrative_pct = 0.15;
  s.rider_pct = 0.5;
  s.rider_on_benefit_base = TRUE;   /* not a percentage of the value: not in returns */
  g_assert_cmpfloat_with_epsilon (prospect_contract_charge_pct (&s), 1.40, 1e-12);

  /* The calculator's arithmetic: a year's charges off a year's return,
   * (2.27%) − 1.40% = (3.67%), 18.73% − 1.40% = 17.33%. */
  g_assert_cmpfloat_with_epsilon (prospect_net_of_charges (-2.27, 1.40), -3.67, 1e-12);
  g_assert_cmpfloat_with_epsilon (prospect_net_of_charges (18.73, 1.40), 17.33, 1e-12);
  g_assert_cmpfloat_with_epsilon (prospect_net_of_charges (5.0, 0), 5.0, 1e-12);
}

/* The SEC Mutual Fund Cost Calculator's example as the SEC gave it when it
 * opened the calculator: $1,000 for 30 years in a no-load fund returning
 * 15% with 0.77% expenses pays $3,231.46 in fees, foregoes $10,472.38,
 * and ends at $52,507.94.  Each year grows by 15% and then pays 0.77% of
 * the grown balance, 1,000 × (1.15 × 0.9923)^30 = 52,507.9365; the
 * thirty fees, each to the cent, sum to 3,231.46; without costs
 * 1,000 × 1.15^30 = 66,211.7720, so the total cost is 13,703.84 and the
 * earnings foregone 13,703.84 − 3,231.46 = 10,472.38. */
static void
test_sec_method (void)
{
  g_autoptr(ProspectCostResult) r = NULL;
  g_autoptr(ProspectCostResult) prospectus = NULL;
  ProspectCostScenario s;
  ProspectCostAssumptions a;
  ProspectCostMethod method;

  prospect_cost_scenario_init (&s);
  s.fund_gross_pct = 0.77;
  prospect_cost_assumptions_init (&a);
  a.amount = 1000;
  a.years = 30;
  a.return_pct = 15;
  a.surrender_at_end = FALSE;
  a.method = PROSPECT_COST_METHOD_SEC;
  r = compute_ok (&s, &a);
  g_assert_cmpfloat (r->value_with_costs, ==, 52507.94);
  g_assert_cmpfloat (r->fees_paid, ==, 3231.46);
  g_assert_cmpfloat (r->total_cost, ==, 13703.84);
  g_assert_cmpfloat_with_epsilon (r->foregone_earnings, 10472.38, 1e-9);
  g_assert_cmpfloat (r->value_without_costs, ==, 66211.77);

  /* The prospectus's way takes the charge before the growth on it:
   * 1,000 × 1.1423^30, a different (and named) figure. */
  a.method = PROSPECT_COST_METHOD_PROSPECTUS;
  prospectus = compute_ok (&s, &a);
  g_assert_cmpfloat_with_epsilon (prospectus->value_with_costs, 1000 * pow (1.1423, 30), 1e-6);

  g_assert_true (prospect_cost_method_from_string ("sec", &method));
  g_assert_cmpint (method, ==, PROSPECT_COST_METHOD_SEC);
  g_assert_cmpstr (prospect_cost_method_to_string (method), ==, "sec");
  g_assert_true (prospect_cost_method_from_string ("prospectus", &method));
  g_assert_cmpint (method, ==, PROSPECT_COST_METHOD_PROSPECTUS);
  g_assert_false (prospect_cost_method_from_string ("SEC ", &method));
}

/* Surrender charges by the age of each payment.  $6,000 at the start of
 * each year, 0% return (so the value is the payments), a 7-6-5-4-3-2-1%
 * schedule, surrendered at the end of year 8:
 * - by contract year: year 8 is past the schedule, $0;
 * - by payment: the payment of year k is 9 − k complete years old, so the
 *   eight payments bear 0, 1, 2, 3, 4, 5, 6 and 7%: 6,000 × 28% = 1,680;
 * - by payment with 10% of the value free: 4,800 of the 48,000 comes out
 *   first, then the payments oldest first up to the 43,200 left: years
 *   1–7 whole (0 + 6,000 × 21% = 1,260) and 1,200 of year 8's at 7% (84):
 *   1,344.
 * By contract year with 10% free, surrendered in year 3: the 18,000 less
 * 1,800 free, at 5%: 810. */
static void
test_charges_by_payment (void)
{
  static const double schedule[] = { 7, 6, 5, 4, 3, 2, 1 };
  ProspectCostScenario s;
  ProspectCostAssumptions a;

  prospect_cost_scenario_init (&s);
  s.n_surrender = G_N_ELEMENTS (schedule);
  memcpy (s.surrender_pct, schedule, sizeof schedule);
  prospect_cost_assumptions_init (&a);
  a.amount = 0;
  a.contribution = 6000;
  a.return_pct = 0;
  a.years = 8;

  {
    g_autoptr(ProspectCostResult) r = compute_ok (&s, &a);

    g_assert_cmpfloat (r->fees[PROSPECT_LAYER_SURRENDER], ==, 0);
    g_assert_cmpfloat (r->value_with_costs, ==, 48000);
  }
  s.charges_by_payment = TRUE;
  {
    g_autoptr(ProspectCostResult) r = compute_ok (&s, &a);

    g_assert_cmpfloat_with_epsilon (r->fees[PROSPECT_LAYER_SURRENDER], 1680, 1e-9);
    g_assert_cmpfloat_with_epsilon (r->value_with_costs, 46320, 1e-9);
    /* Year by year too: surrendered at the end of year 1, the one payment
     * is a year old, 7%. */
    g_assert_cmpfloat_with_epsilon (g_array_index (r->years, ProspectCostYear, 0).surrender_value, 5580, 1e-9);
  }
  s.free_withdrawal_pct = 10;
  {
    g_autoptr(ProspectCostResult) r = compute_ok (&s, &a);

    g_assert_cmpfloat_with_epsilon (r->fees[PROSPECT_LAYER_SURRENDER], 1344, 1e-9);
  }
  s.charges_by_payment = FALSE;
  a.years = 3;
  {
    g_autoptr(ProspectCostResult) r = compute_ok (&s, &a);

    g_assert_cmpfloat_with_epsilon (r->fees[PROSPECT_LAYER_SURRENDER], 810, 1e-9);
  }
  s.free_withdrawal_pct = 101;
  {
    g_autoptr(GError) error = NULL;

    g_assert_null (prospect_cost_compute (&s, &a, &error));
    g_assert_nonnull (strstr (error->message, "free withdrawal"));
  }
}

/* A front-end load by amount: 5.75% under $50,000, 4.50% from $50,000,
 * 3.50% from $100,000, 2.50% from $250,000, 2.00% from $500,000, none from
 * $1,000,000; at 0% return so every figure is the arithmetic of the load.
 * - $40,000 alone: 5.75%, 2,300;
 * - with $20,000 held elsewhere (rights of accumulation, 60,000): 4.50%,
 *   1,800;
 * - exactly $50,000: "from $50,000", 4.50%, 2,250;
 * - $1,000,000: no load;
 * - $30,000 a year for two years: year 1 at 5.75% (1,725, leaving 28,275);
 *   year 2 on 28,275 + 30,000 = 58,275, at 4.50% (1,350): 3,075 in all. */
static void
test_breakpoints (void)
{
  static const ProspectBreakpoint schedule[] = {
    { 0, 5.75 }, { 50000, 4.50 }, { 100000, 3.50 }, { 250000, 2.50 }, { 500000, 2.00 }, { 1000000, 0 },
  };
  static const struct
  {
    double amount, contribution, other;
    int    years;
    double loads;
  } cases[] = {
    { 40000, 0, 0, 1, 2300 },
    { 40000, 0, 20000, 1, 1800 },
    { 50000, 0, 0, 1, 2250 },
    { 1000000, 0, 0, 1, 0 },
    { 0, 30000, 0, 2, 3075 },
  };
  ProspectCostScenario s;

  prospect_cost_scenario_init (&s);
  s.front_load_pct = 5.75;
  s.n_breakpoints = G_N_ELEMENTS (schedule);
  memcpy (s.breakpoints, schedule, sizeof schedule);
  g_assert_cmpfloat (prospect_cost_front_load_pct (&s, 49999.99), ==, 5.75);
  g_assert_cmpfloat (prospect_cost_front_load_pct (&s, 50000), ==, 4.50);
  g_assert_cmpfloat (prospect_cost_front_load_pct (&s, 2e6), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ProspectCostResult) r = NULL;
      ProspectCostAssumptions a;

      prospect_cost_assumptions_init (&a);
      a.amount = cases[i].amount;
      a.contribution = cases[i].contribution;
      a.years = cases[i].years;
      a.return_pct = 0;
      s.other_holdings = cases[i].other;
      r = compute_ok (&s, &a);
      g_assert_cmpfloat_with_epsilon (r->fees[PROSPECT_LAYER_LOADS], cases[i].loads, 1e-9);
    }

  /* A schedule out of order is refused. */
  {
    g_autoptr(GError) error = NULL;
    ProspectCostAssumptions a;

    prospect_cost_assumptions_init (&a);
    s.breakpoints[2].from_amount = 10;
    g_assert_null (prospect_cost_compute (&s, &a, &error));
    g_assert_nonnull (strstr (error->message, "load schedule"));
  }
}

/* Fees are what was deducted, so with a return of zero or more the
 * earnings foregone are never negative, whatever the mix of charges and
 * payments, in either method, at every horizon. */
static void
test_foregone_never_negative (void)
{
  static const double returns[] = { 0, 0.5, 5, 12 };
  static const double surrender[] = { 7, 6, 5, 4, 3, 2, 1 };

  for (int method = 0; method <= 1; method++)
    for (guint i = 0; i < G_N_ELEMENTS (returns); i++)
      for (int years = 1; years <= 25; years += 3)
        {
          g_autoptr(ProspectCostResult) r = NULL;
          ProspectCostScenario s;
          ProspectCostAssumptions a;

          prospect_cost_scenario_init (&s);
          s.fund_gross_pct = 1.10;
          s.fund_net_pct = 0.85;
          s.waiver_years = 2;
          s.front_load_pct = 3.5;
          s.mortality_expense_pct = 1.25;
          s.administrative_pct = 0.15;
          s.rider_pct = 0.6;
          s.rider_on_benefit_base = years % 2 == 0;
          s.contract_fee = 30;
          s.contract_fee_waived_above = 50000;
          s.charges_by_payment = years % 3 == 1;
          s.free_withdrawal_pct = i % 2 == 0 ? 10 : 0;
          s.n_surrender = G_N_ELEMENTS (surrender);
          memcpy (s.surrender_pct, surrender, sizeof surrender);
          prospect_cost_assumptions_init (&a);
          a.contribution = 2000;
          a.employer_match = 500;
          a.years = years;
          a.return_pct = returns[i];
          a.method = method;
          r = compute_ok (&s, &a);
          g_test_message ("method %d, %g%%, %d years: foregone %.4f", method, returns[i], years,
                          r->foregone_earnings);
          g_assert_cmpfloat (r->foregone_earnings, >=, -0.005);
          g_assert_cmpfloat_with_epsilon (r->fees_paid + r->foregone_earnings, r->total_cost, 1e-6);
        }
}

static void
test_invalid (void)
{
  ProspectCostScenario s;
  ProspectCostAssumptions a;
  g_autoptr(GError) error = NULL;

  prospect_cost_scenario_init (&s);
  prospect_cost_assumptions_init (&a);
  a.years = 0;
  g_assert_null (prospect_cost_compute (&s, &a, &error));
  g_assert_error (error, PROSPECT_EXPENSE_ERROR, PROSPECT_EXPENSE_ERROR_INVALID);
  g_clear_error (&error);

  a.years = 10;
  a.amount = 0;
  g_assert_null (prospect_cost_compute (&s, &a, &error));
  g_assert_error (error, PROSPECT_EXPENSE_ERROR, PROSPECT_EXPENSE_ERROR_INVALID);
  g_clear_error (&error);

  a.amount = 1000;
  s.mortality_expense_pct = NAN;
  g_assert_null (prospect_cost_compute (&s, &a, &error));
  g_assert_error (error, PROSPECT_EXPENSE_ERROR, PROSPECT_EXPENSE_ERROR_INVALID);
}

/* Property: on random valid inputs nothing is NaN or negative. */
static void
test_property (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (4);

  for (int trial = 0; trial < 1000; trial++)
    {
      g_autoptr(ProspectCostResult) r = NULL;
      ProspectCostScenario s;
      ProspectCostAssumptions a;

      prospect_cost_scenario_init (&s);
      s.fund_gross_pct = g_rand_double_range (rand, 0, 100);
      s.front_load_pct = g_rand_double_range (rand, 0, 10);
      s.mortality_expense_pct = g_rand_double_range (rand, 0, 5);
      s.administrative_pct = g_rand_double_range (rand, 0, 1);
      s.rider_pct = g_rand_double_range (rand, 0, 3);
      s.rider_on_benefit_base = g_rand_boolean (rand);
      s.contract_fee = g_rand_double_range (rand, 0, 100);
      s.contract_fee_waived_above = g_rand_double_range (rand, 0, 1e5);
      s.n_surrender = (guint) g_rand_int_range (rand, 0, 10);
      for (guint i = 0; i < s.n_surrender; i++)
        s.surrender_pct[i] = g_rand_double_range (rand, 0, 10);
      s.redemption_fee_pct = g_rand_double_range (rand, 0, 2);
      prospect_cost_assumptions_init (&a);
      a.amount = g_rand_double_range (rand, 1, 1e9);
      a.contribution = g_rand_double_range (rand, 0, 1e5);
      a.years = g_rand_int_range (rand, 1, 51);
      a.return_pct = g_rand_double_range (rand, -100, 100);
      a.surrender_at_end = g_rand_boolean (rand);
      r = compute_ok (&s, &a);
      g_assert_true (isfinite (r->value_with_costs) && r->value_with_costs >= 0);
      g_assert_true (isfinite (r->value_without_costs) && r->value_without_costs >= 0);
      for (int l = 0; l < PROSPECT_N_LAYERS; l++)
        g_assert_true (isfinite (r->fees[l]) && r->fees[l] >= 0);
      g_assert_true (isfinite (r->total_cost) && isfinite (r->foregone_earnings));
    }
}

static ProspectCostResult *
values_result (const double *values,
               guint         n)
{
  ProspectCostResult *r = g_new0 (ProspectCostResult, 1);

  r->years = g_array_new (FALSE, TRUE, sizeof (ProspectCostYear));
  for (guint i = 0; i < n; i++)
    {
      ProspectCostYear y = { 0 };

      y.year = (int) i + 1;
      y.value = y.surrender_value = values[i];
      g_array_append_val (r->years, y);
    }
  return r;
}

/* Every crossing is reported.  A is ahead in years 1–2 (100 > 90,
 * 105 > 104), B in 3–5 (a surrender schedule ends, say: 110 < 115), A again
 * from 6 (a fee is waived: 130 > 125): they change places in years 3
 * and 6.  A tie (year 2 of the second pair, within a cent) draws level. */
static void
test_all_crossings (void)
{
  static const double a[] = { 100, 105, 110, 115, 120, 130, 140 };
  static const double b[] = { 90, 104, 115, 118, 122, 125, 126 };
  static const double c[] = { 100, 100, 101, 102 };
  static const double d[] = { 99, 100.004, 100, 103 };
  g_autoptr(ProspectCostResult) ra = values_result (a, G_N_ELEMENTS (a));
  g_autoptr(ProspectCostResult) rb = values_result (b, G_N_ELEMENTS (b));
  g_autoptr(ProspectCostResult) rc = values_result (c, G_N_ELEMENTS (c));
  g_autoptr(ProspectCostResult) rd = values_result (d, G_N_ELEMENTS (d));
  g_autoptr(GArray) years = prospect_cost_crossings (ra, rb, TRUE);
  g_autoptr(GArray) tie = prospect_cost_crossings (rc, rd, TRUE);
  g_autofree char *text = prospect_cost_describe_crossings (ra, rb, "A", "B", TRUE);

  g_assert_cmpuint (years->len, ==, 2);
  g_assert_cmpint (g_array_index (years, int, 0), ==, 3);
  g_assert_cmpint (g_array_index (years, int, 1), ==, 6);
  g_assert_cmpstr (text, ==, "A is ahead of B at first; they draw level or change places in years 3 and 6.");
  /* C leads by 1, then level (within a cent) in year 2, C ahead again in
   * year 3, D in year 4: level in 2, places changed in 4. */
  g_assert_cmpuint (tie->len, ==, 2);
  g_assert_cmpint (g_array_index (tie, int, 0), ==, 2);
  g_assert_cmpint (g_array_index (tie, int, 1), ==, 4);
  /* The first crossing is the breakeven year, as before. */
  g_assert_cmpint (prospect_cost_breakeven_year (ra, rb, TRUE), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/prospect/cost/fund-only", test_fund_only);
  g_test_add_func ("/prospect/cost/fees-are-deductions", test_fees_are_deductions);
  g_test_add_func ("/prospect/cost/variable-annuity", test_variable_annuity);
  g_test_add_func ("/prospect/cost/rider-on-benefit-base", test_rider_on_benefit_base);
  g_test_add_func ("/prospect/cost/breakeven", test_breakeven);
  g_test_add_func ("/prospect/cost/net-of-charges", test_net_of_charges);
  g_test_add_func ("/prospect/cost/sec-method", test_sec_method);
  g_test_add_func ("/prospect/cost/charges-by-payment", test_charges_by_payment);
  g_test_add_func ("/prospect/cost/breakpoints", test_breakpoints);
  g_test_add_func ("/prospect/cost/foregone-never-negative", test_foregone_never_negative);
  g_test_add_func ("/prospect/cost/invalid", test_invalid);
  g_test_add_func ("/prospect/cost/property", test_property);
  g_test_add_func ("/prospect/cost/all-crossings", test_all_crossings);

  return g_test_run ();
}
