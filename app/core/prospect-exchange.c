/* prospect-exchange.c: keep or exchange (IRC section 1035).
 *
 * The values come from the cost calculator (prospect_cost_compute), run
 * without surrender charges; the charges are then taken here, where the
 * two contracts' schedules and the bonus recapture are known:
 * - kept, the old contract's schedule goes on from the year after the
 *   years already held, on the lesser of its purchase payments and the
 *   value;
 * - exchanged today, the old schedule's rate for the current contract year
 *   is paid on the value, the rest (with any bonus credit) starts the new
 *   contract, whose schedule runs from its year 1 on what came in, and
 *   whose bonus is recaptured by the recapture schedule;
 * - exchanged later, the old contract is kept until its schedule ends and
 *   then exchanged with nothing to pay.
 * Both contracts earn the same gross return.  No sales load is taken on
 * the exchange.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-exchange"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>
#include <string.h>

#include "prospect-exchange.h"
#include "prospect-format.h"

void
prospect_exchange_terms_init (ProspectExchangeTerms *terms)
{
  g_return_if_fail (terms != NULL);

  memset (terms, 0, sizeof *terms);
}

void
prospect_exchange_result_free (ProspectExchangeResult *result)
{
  if (result == NULL)
    return;
  g_clear_pointer (&result->keep, g_array_unref);
  g_clear_pointer (&result->exchange, g_array_unref);
  g_clear_pointer (&result->exchange_later, g_array_unref);
  g_free (result);
}

static double
rate (const double *schedule,
      guint         n,
      int           year)
{
  return year >= 1 && (guint) year <= n ? schedule[year - 1] : 0;
}

/* The yearly values of AMOUNT put into CONTRACT for YEARS, no payments
 * after, no load and no surrender: what the charges leave, year by year. */
static GArray *
values_of (const ProspectCostScenario    *contract,
           double                         amount,
           int                            years,
           const ProspectCostAssumptions *assumptions,
           GError                       **error)
{
  ProspectCostScenario s = *contract;
  ProspectCostAssumptions a = *assumptions;
  g_autoptr(ProspectCostResult) result = NULL;
  GArray *values;

  s.front_load_pct = 0;
  s.n_breakpoints = 0;
  s.n_deferred = s.n_surrender = 0;
  s.redemption_fee_pct = 0;
  a.amount = amount;
  a.contribution = a.employer_match = 0;
  a.years = years;
  a.surrender_at_end = FALSE;
  result = prospect_cost_compute (&s, &a, error);
  if (result == NULL)
    return NULL;
  values = g_array_sized_new (FALSE, FALSE, sizeof (double), (guint) years);
  for (guint i = 0; i < result->years->len; i++)
    g_array_append_val (values, g_array_index (result->years, ProspectCostYear, i).value);
  return values;
}

static gboolean
invalid (GError    **error,
         const char *message)
{
  g_set_error_literal (error, PROSPECT_EXPENSE_ERROR, PROSPECT_EXPENSE_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
validate (const ProspectExchangeTerms   *t,
          const ProspectCostAssumptions *a,
          GError                       **error)
{
  if (t->years_held < 0 || t->years_held > PROSPECT_MAX_YEARS)
    return invalid (error, _("Years held must be from 0 to 50."));
  if (!isfinite (t->value) || t->value <= 0 || t->value > 1e12)
    return invalid (error, _("The contract's value must be above $0 and at most $1,000,000,000,000."));
  if (!isfinite (t->payments) || t->payments < 0 || t->payments > 1e12)
    return invalid (error, _("Purchase payments must be $0 or more."));
  if (!isfinite (t->bonus_pct) || t->bonus_pct < 0 || t->bonus_pct > 100)
    return invalid (error, _("The bonus credit must be between 0% and 100%."));
  if (t->n_recapture > PROSPECT_MAX_YEARS)
    return invalid (error, _("The recapture schedule can be at most 50 years long."));
  for (guint i = 0; i < t->n_recapture; i++)
    if (!isfinite (t->recapture_pct[i]) || t->recapture_pct[i] < 0 || t->recapture_pct[i] > 100)
      return invalid (error, _("Bonus recapture must be between 0% and 100% of the bonus."));
  if (a->years < 1 || a->years > PROSPECT_MAX_YEARS)
    return invalid (error, _("Years must be from 1 to 50."));
  return TRUE;
}

/* What surrendering the new contract at the end of its year YEAR pays,
 * after AMOUNT came in with BONUS on top and the value is VALUE. */
static double
new_surrender_value (const ProspectCostScenario  *new_contract,
                     const ProspectExchangeTerms *t,
                     double                       amount,
                     double                       bonus,
                     int                          year,
                     double                       value)
{
  double charge = MIN (amount, value) * rate (new_contract->surrender_pct, new_contract->n_surrender, year) / 100.0;
  double recapture = bonus * rate (t->recapture_pct, t->n_recapture, year) / 100.0;

  return MAX (0.0, value - charge - recapture);
}

/**
 * prospect_exchange_compute:
 *
 * Returns: (transfer full): the surrender value at the end of each year of
 *   the horizon, kept, exchanged today and exchanged once the old schedule
 *   ends; the year from which exchanging today is ahead; and what
 *   exchanging today rather than later costs at the horizon.
 */
ProspectExchangeResult *
prospect_exchange_compute (const ProspectCostScenario    *old_contract,
                           const ProspectCostScenario    *new_contract,
                           const ProspectExchangeTerms   *t,
                           const ProspectCostAssumptions *a,
                           GError                       **error)
{
  g_autoptr(ProspectExchangeResult) result = NULL;
  g_autoptr(GArray) kept = NULL;
  g_autoptr(GArray) moved = NULL;
  double base, in_now;
  int horizon;

  g_return_val_if_fail (old_contract != NULL && new_contract != NULL && t != NULL && a != NULL, NULL);

  if (!validate (t, a, error))
    return NULL;
  horizon = a->years;
  base = t->payments > 0 ? t->payments : t->value;
  result = g_new0 (ProspectExchangeResult, 1);
  result->keep = g_array_new (FALSE, FALSE, sizeof (double));
  result->exchange = g_array_new (FALSE, FALSE, sizeof (double));
  result->exchange_later = g_array_new (FALSE, FALSE, sizeof (double));

  /* Today is the start of contract year years_held + 1. */
  result->surrender_now = MIN (base, t->value) *
                          rate (old_contract->surrender_pct, old_contract->n_surrender, t->years_held + 1) / 100.0;
  in_now = t->value - result->surrender_now;
  result->bonus_now = in_now * t->bonus_pct / 100.0;
  result->old_schedule_years = MAX (0, (int) old_contract->n_surrender - t->years_held);

  if ((kept = values_of (old_contract, t->value, horizon, a, error)) == NULL ||
      (moved = values_of (new_contract, in_now + result->bonus_now, horizon, a, error)) == NULL)
    return NULL;
  for (int year = 1; year <= horizon; year++)
    {
      double value = g_array_index (kept, double, year - 1);
      double keep = MAX (0.0, value - MIN (base, value) *
                         rate (old_contract->surrender_pct, old_contract->n_surrender, t->years_held + year) / 100.0);
      double now = new_surrender_value (new_contract, t, in_now, result->bonus_now, year,
                                        g_array_index (moved, double, year - 1));

      g_array_append_val (result->keep, keep);
      g_array_append_val (result->exchange, now);
    }

  /* Later: kept until the old schedule ends, then moved with nothing to
   * pay; until then it is the kept contract. */
  {
    int wait = MIN (result->old_schedule_years, horizon);
    double at_switch = wait > 0 ? g_array_index (kept, double, wait - 1) : t->value;
    double bonus_later = at_switch * t->bonus_pct / 100.0;
    g_autoptr(GArray) after = NULL;

    for (int year = 1; year <= wait; year++)
      g_array_append_val (result->exchange_later, g_array_index (result->keep, double, year - 1));
    if (wait < horizon)
      {
        if ((after = values_of (new_contract, at_switch + bonus_later, horizon - wait, a, error)) == NULL)
          return NULL;
        for (int year = 1; year <= horizon - wait; year++)
          {
            double later = new_surrender_value (new_contract, t, at_switch, bonus_later, year,
                                                g_array_index (after, double, year - 1));

            g_array_append_val (result->exchange_later, later);
          }
      }
  }

  /* Ahead for good: from the last year it was not ahead, the next one. */
  result->ahead_from = 0;
  for (int year = horizon; year >= 1; year--)
    {
      if (g_array_index (result->exchange, double, year - 1) < g_array_index (result->keep, double, year - 1))
        break;
      result->ahead_from = year;
    }
  result->cost_of_now = g_array_index (result->exchange_later, double, horizon - 1) -
                        g_array_index (result->exchange, double, horizon - 1);
  return g_steal_pointer (&result);
}

/**
 * prospect_exchange_describe:
 *
 * Returns: what the exchange comes to, in two sentences.
 */
char *
prospect_exchange_describe (const ProspectExchangeResult *result,
                            const char                   *old_name,
                            const char                   *new_name)
{
  g_autofree char *charge = NULL;
  g_autofree char *cost = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  guint horizon;

  g_return_val_if_fail (result != NULL, NULL);

  horizon = result->keep->len;
  charge = prospect_format_money (result->surrender_now, 2, PROSPECT_NEGATIVE_MINUS);
  g_string_append_printf (text, _("Exchanging “%s” for “%s” today pays %s of surrender charge. "), old_name, new_name,
                          charge);
  if (result->ahead_from == 1)
    g_string_append_printf (text, _("The exchange is ahead from the first year on."));
  else if (result->ahead_from > 1)
    g_string_append_printf (text, _("Keeping is ahead at first; the exchange is ahead from year %d on."),
                            result->ahead_from);
  else
    g_string_append_printf (text, _("Keeping stays ahead for all %u years."), horizon);
  if (result->old_schedule_years > 0 && (guint) result->old_schedule_years < horizon)
    {
      cost = prospect_format_money (fabs (result->cost_of_now), 2, PROSPECT_NEGATIVE_MINUS);
      g_string_append_printf (text, result->cost_of_now >= 0
                              ? _(" Waiting %d years, until the old schedule ends, and then exchanging would leave "
                                  "%s more after %u years.")
                              : _(" Waiting %d years, until the old schedule ends, and then exchanging would leave "
                                  "%s less after %u years."),
                              result->old_schedule_years, cost, horizon);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}
