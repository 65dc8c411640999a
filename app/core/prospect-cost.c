/* prospect-cost.c: the cost calculator.
 *
 * Each year: contributions come in at the start (less any front-end load);
 * the account grows by (1 + return − fund ratio − M&E − administrative −
 * rider on account value), and each of those percentage layers costs its
 * rate times the average of the year's beginning and ending value, the same
 * accrual as the N-1A example.  A rider charged on the benefit base (the
 * purchase payments, without roll-up) and the annual contract fee (unless
 * the value before it exceeds the waiver threshold) come off at the end of
 * the year.  Redeeming pays the fund's deferred charge and the contract's
 * surrender charge on the lesser of the payments and the value, and any
 * redemption fee on the value.  Total cost is the value with no costs at
 * the same gross return minus the value with costs; what the fees would
 * have earned had they stayed invested is the foregone earnings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-cost"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "prospect-cost.h"
#include "prospect-returns.h"

/**
 * prospect_cost_front_load_pct:
 *
 * Returns: the front-end load on a purchase when AMOUNT (with the rights of
 *   accumulation already added) decides the breakpoint: the load of the
 *   highest breakpoint at or below it ("$50,000 or more"), or the
 *   scenario's one load where it has no schedule.
 */
double
prospect_cost_front_load_pct (const ProspectCostScenario *scenario,
                              double                      amount)
{
  double pct;

  g_return_val_if_fail (scenario != NULL, 0);

  if (scenario->n_breakpoints == 0)
    return scenario->front_load_pct;
  pct = scenario->breakpoints[0].load_pct;
  for (guint i = 1; i < scenario->n_breakpoints; i++)
    if (amount >= scenario->breakpoints[i].from_amount)
      pct = scenario->breakpoints[i].load_pct;
  return pct;
}

static const char * const layer_labels[PROSPECT_N_LAYERS] = {
  "Fund expenses", "Contract charges", "Rider", "Contract fee", "Sales loads", "Surrender charges",
};

const char *
prospect_layer_label (ProspectLayer layer)
{
  g_return_val_if_fail (layer < PROSPECT_N_LAYERS, NULL);
  return layer_labels[layer];
}

void
prospect_cost_scenario_init (ProspectCostScenario *scenario)
{
  g_return_if_fail (scenario != NULL);

  memset (scenario, 0, sizeof *scenario);
  scenario->fund_net_pct = NAN;
  scenario->conversion_pct = NAN;
}

void
prospect_cost_scenario_set_fees (ProspectCostScenario   *scenario,
                                 const ProspectFeeTable *fees)
{
  ProspectExpenseInput example;

  g_return_if_fail (scenario != NULL);
  g_return_if_fail (fees != NULL);

  /* The example's reading of a fee table is the one to share. */
  prospect_expense_input_init (&example);
  prospect_expense_input_set_fee_table (&example, fees);
  scenario->fund_gross_pct = example.gross_pct;
  scenario->fund_net_pct = example.net_pct;
  scenario->waiver_years = example.waiver_years;
  scenario->conversion_years = example.conversion_years;
  scenario->conversion_pct = example.conversion_pct;
  scenario->front_load_pct = example.front_load_pct;
  scenario->n_deferred = example.n_deferred;
  memcpy (scenario->deferred_pct, example.deferred_pct, sizeof scenario->deferred_pct);
  scenario->redemption_fee_pct = isnan (fees->redemption_fee_pct) ? 0 : fees->redemption_fee_pct;
}

void
prospect_cost_assumptions_init (ProspectCostAssumptions *assumptions)
{
  g_return_if_fail (assumptions != NULL);

  memset (assumptions, 0, sizeof *assumptions);
  assumptions->amount = 10000;
  assumptions->years = 10;
  assumptions->return_pct = 5;
  assumptions->surrender_at_end = TRUE;
}

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, PROSPECT_EXPENSE_ERROR, PROSPECT_EXPENSE_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
is_pct (double value)
{
  return isfinite (value) && value >= 0 && value <= 100;
}

gboolean
prospect_cost_validate (const ProspectCostScenario     *s,
                        const ProspectCostAssumptions  *a,
                        GError                        **error)
{
  g_return_val_if_fail (s != NULL && a != NULL, FALSE);

  if (!isfinite (a->amount) || a->amount < 0 || a->amount > PROSPECT_MAX_AMOUNT)
    return invalid (error, "Amount must be between $0 and $1,000,000,000,000.");
  if (!isfinite (a->contribution) || a->contribution < 0 || a->contribution > PROSPECT_MAX_AMOUNT)
    return invalid (error, "Yearly contribution must be between $0 and $1,000,000,000,000.");
  if (!isfinite (a->employer_match) || a->employer_match < 0 || a->employer_match > PROSPECT_MAX_AMOUNT)
    return invalid (error, "Employer match must be between $0 and $1,000,000,000,000.");
  if (a->amount + a->contribution + a->employer_match <= 0)
    return invalid (error, "Enter an amount or a yearly contribution above $0.");
  if (a->years < 1 || a->years > PROSPECT_MAX_YEARS)
    return invalid (error, "Years must be from 1 to 50.");
  if (!isfinite (a->return_pct) || a->return_pct < -100 || a->return_pct > 100)
    return invalid (error, "Annual return must be between −100% and 100%.");
  if (!is_pct (s->fund_gross_pct) || (!isnan (s->fund_net_pct) && !is_pct (s->fund_net_pct)))
    return invalid (error, "Fund expense ratio must be between 0% and 100%.");
  if (!isfinite (s->waiver_years) || s->waiver_years < 0 || s->waiver_years > PROSPECT_MAX_YEARS)
    return invalid (error, "Waiver term must be between 0 and 50 years.");
  if (s->conversion_years < 0 || s->conversion_years > PROSPECT_MAX_YEARS ||
      (s->conversion_years > 0 && !is_pct (s->conversion_pct)))
    return invalid (error, "Conversion must come after 1 to 50 years, to a ratio between 0% and 100%.");
  if (!is_pct (s->front_load_pct) || !is_pct (s->redemption_fee_pct))
    return invalid (error, "Sales loads and redemption fees must be between 0% and 100%.");
  if (!is_pct (s->mortality_expense_pct) || !is_pct (s->administrative_pct) || !is_pct (s->rider_pct))
    return invalid (error, "Contract charges must be between 0% and 100%.");
  if (!isfinite (s->contract_fee) || s->contract_fee < 0 || s->contract_fee > PROSPECT_MAX_AMOUNT ||
      !isfinite (s->contract_fee_waived_above) || s->contract_fee_waived_above < 0)
    return invalid (error, "The annual contract fee and its waiver threshold must be $0 or more.");
  if (s->n_deferred > PROSPECT_MAX_YEARS || s->n_surrender > PROSPECT_MAX_YEARS)
    return invalid (error, "Charge schedules can be at most 50 years long.");
  for (guint i = 0; i < s->n_deferred; i++)
    if (!is_pct (s->deferred_pct[i]))
      return invalid (error, "Deferred sales charges must be between 0% and 100%.");
  for (guint i = 0; i < s->n_surrender; i++)
    if (!is_pct (s->surrender_pct[i]))
      return invalid (error, "Surrender charges must be between 0% and 100%.");
  if (!is_pct (s->free_withdrawal_pct))
    return invalid (error, "The free withdrawal must be between 0% and 100% of the value.");
  if (!isfinite (s->other_holdings) || s->other_holdings < 0 || s->other_holdings > PROSPECT_MAX_AMOUNT)
    return invalid (error, "Other holdings must be between $0 and $1,000,000,000,000.");
  if (s->n_breakpoints > PROSPECT_MAX_BREAKPOINTS)
    return invalid (error, "A load schedule can have at most 20 breakpoints.");
  for (guint i = 0; i < s->n_breakpoints; i++)
    if (!is_pct (s->breakpoints[i].load_pct) || !isfinite (s->breakpoints[i].from_amount) ||
        s->breakpoints[i].from_amount < 0 || (i > 0 && s->breakpoints[i].from_amount <= s->breakpoints[i - 1].from_amount))
      return invalid (error, "A load schedule's amounts must rise from $0 and its loads be between 0% and 100%.");
  return TRUE;
}

static double
fund_ratio_for_year (const ProspectCostScenario *s,
                     int                         year)
{
  ProspectExpenseInput example;

  prospect_expense_input_init (&example);
  example.gross_pct = s->fund_gross_pct;
  example.net_pct = s->fund_net_pct;
  example.waiver_years = s->waiver_years;
  example.conversion_years = s->conversion_years;
  example.conversion_pct = s->conversion_pct;
  return prospect_expense_ratio_for_year (&example, year);
}

void
prospect_cost_result_free (ProspectCostResult *result)
{
  if (result == NULL)
    return;
  g_clear_pointer (&result->years, g_array_unref);
  g_free (result);
}

/* What redeeming everything at the end of YEAR costs in deferred sales
 * charges and surrender charges.  By contract year, each schedule's rate
 * for YEAR applies to the lesser of the payments and the value.  By
 * payment, the value comes out oldest money first: the free withdrawal,
 * then each payment (paid at the start of year k, so YEAR − k + 1
 * complete years old) at its own age's rate, then the earnings, which
 * bear no charge. */
static void
charges_at (const ProspectCostScenario *s,
            const double               *payments,
            int                         year,
            double                      value,
            double                     *deferred,
            double                     *surrender)
{
  double free_amount = value * s->free_withdrawal_pct / 100.0;
  double remaining = MAX (0.0, value - free_amount);

  *deferred = *surrender = 0;
  if (!s->charges_by_payment)
    {
      double paid_in = 0;
      double base;

      for (int k = 0; k < year; k++)
        paid_in += payments[k];
      base = MIN (paid_in, remaining);
      if ((guint) year <= s->n_deferred)
        *deferred = base * s->deferred_pct[year - 1] / 100.0;
      if ((guint) year <= s->n_surrender)
        *surrender = base * s->surrender_pct[year - 1] / 100.0;
      return;
    }
  for (int k = 1; k <= year && remaining > 0; k++)
    {
      guint age = (guint) (year - k + 1);
      double portion = MIN (payments[k - 1], remaining);

      remaining -= portion;
      if (age <= s->n_deferred)
        *deferred += portion * s->deferred_pct[age - 1] / 100.0;
      if (age <= s->n_surrender)
        *surrender += portion * s->surrender_pct[age - 1] / 100.0;
    }
}

ProspectCostResult *
prospect_cost_compute (const ProspectCostScenario     *s,
                       const ProspectCostAssumptions  *a,
                       GError                        **error)
{
  g_autoptr(ProspectCostResult) result = NULL;
  double value = 0, value_no_costs = 0, paid_in = 0;
  double account_rate = 0;
  double payments[PROSPECT_MAX_YEARS] = { 0 };

  g_return_val_if_fail (s != NULL && a != NULL, NULL);

  if (!prospect_cost_validate (s, a, error))
    return NULL;

  result = g_new0 (ProspectCostResult, 1);
  result->years = g_array_sized_new (FALSE, TRUE, sizeof (ProspectCostYear), (guint) a->years);

  account_rate = s->mortality_expense_pct + s->administrative_pct;
  for (int year = 1; year <= a->years; year++)
    {
      ProspectCostYear y = { 0 };
      double payment = (year == 1 ? a->amount : 0) + a->contribution + a->employer_match;
      /* Rights of accumulation: the breakpoint is found on the payment,
       * what the account holds and the other holdings together. */
      double load = payment * prospect_cost_front_load_pct (s, s->other_holdings + value + payment) / 100.0;
      double fund_pct = fund_ratio_for_year (s, year);
      double rider_av_pct = s->rider_on_benefit_base ? 0 : s->rider_pct;
      double begin, end;

      y.year = year;
      y.fees[PROSPECT_LAYER_LOADS] = load;
      paid_in += payment;
      payments[year - 1] = payment;
      value += payment - load;
      value_no_costs += payment;

      begin = value;
      if (a->method == PROSPECT_COST_METHOD_SEC)
        {
          /* The SEC calculator: a year's growth, then the charges off the
           * grown balance; each year's fee is counted to the cent. */
          double grown = MAX (0.0, begin * (1.0 + a->return_pct / 100.0));

          y.fees[PROSPECT_LAYER_FUND] = prospect_round_half_up (grown * fund_pct / 100.0, 2);
          y.fees[PROSPECT_LAYER_CONTRACT] = prospect_round_half_up (grown * account_rate / 100.0, 2);
          y.fees[PROSPECT_LAYER_RIDER] = prospect_round_half_up (grown * rider_av_pct / 100.0, 2);
          end = MAX (0.0, grown * (1.0 - (fund_pct + account_rate + rider_av_pct) / 100.0));
        }
      else
        {
          /* The balance grows by 1 + return − charges: what each charge
           * takes is its rate times the balance the year began with. */
          end = MAX (0.0, begin * (1.0 + (a->return_pct - fund_pct - account_rate - rider_av_pct) / 100.0));
          y.fees[PROSPECT_LAYER_FUND] = fund_pct / 100.0 * begin;
          y.fees[PROSPECT_LAYER_CONTRACT] = account_rate / 100.0 * begin;
          y.fees[PROSPECT_LAYER_RIDER] = rider_av_pct / 100.0 * begin;
          /* A balance taken to nothing cannot pay more than it held. */
          if (end == 0.0)
            {
              double grown = MAX (0.0, begin * (1.0 + a->return_pct / 100.0));
              double charged = y.fees[PROSPECT_LAYER_FUND] + y.fees[PROSPECT_LAYER_CONTRACT] + y.fees[PROSPECT_LAYER_RIDER];

              if (charged > grown)
                for (int l = PROSPECT_LAYER_FUND; l <= PROSPECT_LAYER_RIDER; l++)
                  y.fees[l] *= grown / charged;
            }
        }

      if (s->rider_on_benefit_base && s->rider_pct > 0)
        {
          double fee = MIN (end, s->rider_pct / 100.0 * paid_in);

          y.fees[PROSPECT_LAYER_RIDER] += fee;
          end -= fee;
        }
      /* Contracts waive the fee when the value is at or above the threshold
       * ("$50,000 or more"). */
      if (s->contract_fee > 0 && !(s->contract_fee_waived_above > 0 && end >= s->contract_fee_waived_above))
        {
          double fee = MIN (end, s->contract_fee);

          y.fees[PROSPECT_LAYER_FLAT_FEE] = fee;
          end -= fee;
        }

      value = end;
      value_no_costs *= 1.0 + a->return_pct / 100.0;
      value_no_costs = MAX (0.0, value_no_costs);

      {
        double deferred, surrender;

        charges_at (s, payments, year, value, &deferred, &surrender);
        y.surrender_value = MAX (0.0, value - deferred - surrender - value * s->redemption_fee_pct / 100.0);
      }
      y.paid_in = paid_in;
      y.value = value;
      y.value_no_costs = value_no_costs;
      for (int l = 0; l < PROSPECT_N_LAYERS; l++)
        result->fees[l] += y.fees[l];
      g_array_append_val (result->years, y);
    }

  result->value_with_costs = value;
  if (a->surrender_at_end)
    {
      double deferred, surrender_charge, loads;

      charges_at (s, payments, a->years, value, &deferred, &surrender_charge);
      loads = deferred + value * s->redemption_fee_pct / 100.0;

      loads = MIN (loads, value);
      surrender_charge = MIN (surrender_charge, value - loads);
      result->fees[PROSPECT_LAYER_LOADS] += loads;
      result->fees[PROSPECT_LAYER_SURRENDER] += surrender_charge;
      result->value_with_costs = value - loads - surrender_charge;
    }

  result->value_without_costs = value_no_costs;
  for (int l = 0; l < PROSPECT_N_LAYERS; l++)
    result->fees_paid += result->fees[l];
  result->total_cost = result->value_without_costs - result->value_with_costs;
  /* The SEC calculator states every figure to the cent and takes foregone
   * earnings as what the total cost leaves once the fees are counted. */
  if (a->method == PROSPECT_COST_METHOD_SEC)
    {
      result->value_with_costs = prospect_round_half_up (result->value_with_costs, 2);
      result->value_without_costs = prospect_round_half_up (result->value_without_costs, 2);
      result->fees_paid = prospect_round_half_up (result->fees_paid, 2);
      result->total_cost = prospect_round_half_up (result->total_cost, 2);
      /* Cents rounded year by year can come to a cent more than the
       * total rounded once: nothing foregone is then nothing, not −$0.01. */
      if (a->return_pct >= 0 && result->total_cost < result->fees_paid)
        result->total_cost = result->fees_paid;
    }
  result->foregone_earnings = result->total_cost - result->fees_paid;
  return g_steal_pointer (&result);
}

static int
sign_of (double value)
{
  /* Differences under a cent are a tie, not a lead. */
  if (value > 0.005)
    return 1;
  if (value < -0.005)
    return -1;
  return 0;
}

/* The first year at which the scenario behind at the start draws level with
 * or overtakes the other, comparing values kept invested or, with
 * SURRENDER_VALUES, what redeeming would pay; 0 when neither overtakes. */
int
prospect_cost_breakeven_year (const ProspectCostResult *a,
                              const ProspectCostResult *b,
                              gboolean                  surrender_values)
{
  guint n;
  int first_sign = 0;

  g_return_val_if_fail (a != NULL && b != NULL, 0);

  n = MIN (a->years->len, b->years->len);
  for (guint i = 0; i < n; i++)
    {
      const ProspectCostYear *ya = &g_array_index (a->years, ProspectCostYear, i);
      const ProspectCostYear *yb = &g_array_index (b->years, ProspectCostYear, i);
      double diff = surrender_values ? ya->surrender_value - yb->surrender_value : ya->value - yb->value;
      int sign = sign_of (diff);

      if (first_sign == 0)
        {
          first_sign = sign;
          continue;
        }
      if (sign != first_sign)
        return ya->year;
    }
  return 0;
}

double
prospect_contract_charge_pct (const ProspectCostScenario *scenario)
{
  g_return_val_if_fail (scenario != NULL, 0);

  return scenario->mortality_expense_pct + scenario->administrative_pct +
         (scenario->rider_on_benefit_base ? 0 : scenario->rider_pct);
}

/* A year's return restated after contract charges of CHARGE_PCT a year,
 * with the cost calculator's own arithmetic: the account grows by
 * 1 + return − charges, so a fund year of R becomes R − c.  (An average
 * annual return is restated the same way, a year's charges off a year's
 * return.) */
double
prospect_net_of_charges (double return_pct,
                         double charge_pct)
{
  return return_pct - charge_pct;
}

const char *
prospect_cost_method_to_string (ProspectCostMethod method)
{
  return method == PROSPECT_COST_METHOD_SEC ? "sec" : "prospectus";
}

gboolean
prospect_cost_method_from_string (const char         *text,
                                  ProspectCostMethod *method)
{
  g_return_val_if_fail (method != NULL, FALSE);

  if (g_strcmp0 (text, "prospectus") == 0)
    *method = PROSPECT_COST_METHOD_PROSPECTUS;
  else if (g_strcmp0 (text, "sec") == 0)
    *method = PROSPECT_COST_METHOD_SEC;
  else
    return FALSE;
  return TRUE;
}

/**
 * prospect_cost_crossings:
 *
 * Returns: (element-type int): every year in which B draws level with or
 *   changes places with A (two scenarios can cross more than once: a
 *   surrender schedule ends, a fee is waived); empty when they never do.
 */
GArray *
prospect_cost_crossings (const ProspectCostResult *a,
                         const ProspectCostResult *b,
                         gboolean                  surrender_values)
{
  GArray *years = g_array_new (FALSE, FALSE, sizeof (int));
  int last_sign = 0;
  guint n;

  g_return_val_if_fail (a != NULL && b != NULL, years);

  n = MIN (a->years->len, b->years->len);
  for (guint i = 0; i < n; i++)
    {
      const ProspectCostYear *ya = &g_array_index (a->years, ProspectCostYear, i);
      const ProspectCostYear *yb = &g_array_index (b->years, ProspectCostYear, i);
      int sign = sign_of (surrender_values ? ya->surrender_value - yb->surrender_value : ya->value - yb->value);

      if (last_sign != 0 && sign != last_sign)
        g_array_append_val (years, ya->year);
      if (sign != 0)
        last_sign = sign;
    }
  return years;
}

/**
 * prospect_cost_describe_crossings:
 *
 * Returns: one sentence: who is ahead first and every year the two change
 *   places, or that they do not within the horizon.
 */
char *
prospect_cost_describe_crossings (const ProspectCostResult *a,
                                  const ProspectCostResult *b,
                                  const char               *name_a,
                                  const char               *name_b,
                                  gboolean                  surrender_values)
{
  g_autoptr(GArray) years = prospect_cost_crossings (a, b, surrender_values);
  g_autoptr(GString) list = g_string_new (NULL);
  const char *ahead = NULL;
  const char *behind = NULL;
  guint n = MIN (a->years->len, b->years->len);

  for (guint i = 0; i < n && ahead == NULL; i++)
    {
      const ProspectCostYear *ya = &g_array_index (a->years, ProspectCostYear, i);
      const ProspectCostYear *yb = &g_array_index (b->years, ProspectCostYear, i);
      int sign = sign_of (surrender_values ? ya->surrender_value - yb->surrender_value : ya->value - yb->value);

      if (sign != 0)
        {
          ahead = sign > 0 ? name_a : name_b;
          behind = sign > 0 ? name_b : name_a;
        }
    }
  if (ahead == NULL)
    return g_strdup_printf (_("%s and %s stay level for %u years."), name_a, name_b, n);
  if (years->len == 0)
    return g_strdup_printf (_("%s stays ahead of %s for all %u years."), ahead, behind, n);
  for (guint i = 0; i < years->len; i++)
    g_string_append_printf (list, "%s%d", i == 0 ? "" : i + 1 == years->len ? _(" and ") : ", ",
                            g_array_index (years, int, i));
  return g_strdup_printf (ngettext ("%s is ahead of %s at first; they draw level or change places in year %s.",
                                    "%s is ahead of %s at first; they draw level or change places in years %s.",
                                    years->len), ahead, behind, list->str);
}
