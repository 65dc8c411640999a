/* prospect-expense.c: the expense example of SEC Form N-1A, Item 3.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-expense"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "prospect-expense.h"
#include "prospect-returns.h"

G_DEFINE_QUARK (prospect-expense-error-quark, prospect_expense_error)

const char *
prospect_expense_method (void)
{
  return "Any front-end load comes off the amount first; each year the balance grows by "
         "(1 + return − that year's expense ratio) and that year's cost is the ratio times the average of "
         "the year's beginning and ending balance; a deferred charge on redemption applies to the lesser of "
         "the amount and the ending value; costs are added unrounded and rounded to whole dollars once.";
}

void
prospect_expense_input_init (ProspectExpenseInput *input)
{
  static const int default_horizons[] = { 1, 3, 5, 10 };

  g_return_if_fail (input != NULL);

  memset (input, 0, sizeof *input);
  input->amount = 10000;
  input->return_pct = 5;
  input->net_pct = NAN;
  input->conversion_pct = NAN;
  for (guint i = 0; i < G_N_ELEMENTS (default_horizons); i++)
    input->horizons[i] = default_horizons[i];
  input->n_horizons = G_N_ELEMENTS (default_horizons);
}

static double
zero_if_nan (double value)
{
  return isnan (value) ? 0 : value;
}

void
prospect_expense_input_set_fee_table (ProspectExpenseInput   *input,
                                      const ProspectFeeTable *fees)
{
  g_return_if_fail (input != NULL);
  g_return_if_fail (fees != NULL);

  input->gross_pct = zero_if_nan (fees->total_pct);
  input->net_pct = fees->net_pct;
  input->waiver_years = isnan (fees->net_pct) ? 0 : zero_if_nan (fees->waiver_years);
  input->front_load_pct = zero_if_nan (fees->front_load_pct);
  input->n_deferred = 0;
  if (fees->deferred_schedule != NULL && fees->deferred_schedule->len > 0)
    {
      input->n_deferred = MIN (fees->deferred_schedule->len, PROSPECT_MAX_YEARS);
      for (guint i = 0; i < input->n_deferred; i++)
        input->deferred_pct[i] = g_array_index (fees->deferred_schedule, double, i);
    }
  else if (!isnan (fees->deferred_load_pct) && fees->deferred_load_pct > 0)
    {
      /* Only a maximum is printed: it applies to redemptions in year 1. */
      input->n_deferred = 1;
      input->deferred_pct[0] = fees->deferred_load_pct;
    }
  input->conversion_years = fees->conversion_years;
  input->conversion_pct = fees->conversion_pct;
}

static gboolean
check_range (double       value,
             double       min,
             double       max,
             const char  *what,
             const char  *range,
             GError     **error)
{
  if (!isfinite (value) || value < min || value > max)
    {
      g_set_error (error, PROSPECT_EXPENSE_ERROR, PROSPECT_EXPENSE_ERROR_INVALID,
                   _("%s must be %s."), what, range);
      return FALSE;
    }
  return TRUE;
}

gboolean
prospect_expense_input_validate (const ProspectExpenseInput  *input,
                                 GError                     **error)
{
  g_return_val_if_fail (input != NULL, FALSE);

  if (!isfinite (input->amount) || input->amount <= 0 || input->amount > PROSPECT_MAX_AMOUNT)
    {
      g_set_error_literal (error, PROSPECT_EXPENSE_ERROR, PROSPECT_EXPENSE_ERROR_INVALID,
                           _("Amount must be more than $0 and at most $1,000,000,000,000."));
      return FALSE;
    }
  if (!check_range (input->return_pct, -100, 100, "Annual return", "between −100% and 100%", error) ||
      !check_range (input->gross_pct, 0, 100, "Expense ratio", "between 0% and 100%", error) ||
      !check_range (input->front_load_pct, 0, 100, "Front-end sales load", "between 0% and 100%", error) ||
      !check_range (input->waiver_years, 0, PROSPECT_MAX_YEARS, "Waiver term", "between 0 and 50 years", error))
    return FALSE;
  if (!isnan (input->net_pct) &&
      !check_range (input->net_pct, 0, 100, "Net expense ratio", "between 0% and 100%", error))
    return FALSE;
  if (input->n_deferred > PROSPECT_MAX_YEARS)
    return check_range (NAN, 0, 0, "The deferred sales charge schedule", "at most 50 years long", error);
  for (guint i = 0; i < input->n_deferred; i++)
    if (!check_range (input->deferred_pct[i], 0, 100, "Deferred sales charge", "between 0% and 100%", error))
      return FALSE;
  if (input->conversion_years != 0)
    {
      if (!check_range (input->conversion_years, 1, PROSPECT_MAX_YEARS, "Conversion", "after 1 to 50 years", error) ||
          !check_range (input->conversion_pct, 0, 100, "Expense ratio after conversion", "between 0% and 100%", error))
        return FALSE;
    }
  if (input->n_horizons == 0 || input->n_horizons > PROSPECT_MAX_YEARS)
    return check_range (NAN, 0, 0, "Periods", "from 1 to 50 whole years (at least one)", error);
  for (guint i = 0; i < input->n_horizons; i++)
    if (!check_range (input->horizons[i], 1, PROSPECT_MAX_YEARS, "Each period", "from 1 to 50 whole years", error))
      return FALSE;
  return TRUE;
}

gboolean
prospect_expense_has_deferred_charge (const ProspectExpenseInput *input)
{
  for (guint i = 0; i < input->n_deferred; i++)
    if (input->deferred_pct[i] > 0)
      return TRUE;
  return FALSE;
}

/* The expense ratio, as a percent, for year YEAR (1-based): the class's
 * own ratio, or the one it converts to after conversion_years; while a
 * waiver is in force the net ratio, time-weighted in the year it ends. */
double
prospect_expense_ratio_for_year (const ProspectExpenseInput *input,
                                 int                         year)
{
  double gross = input->gross_pct;
  double waived_share;

  /* After conversion the new class's own ratio applies: the old class's
   * waiver was the old class's. */
  if (input->conversion_years > 0 && year > input->conversion_years && !isnan (input->conversion_pct))
    return input->conversion_pct;
  if (isnan (input->net_pct) || input->waiver_years <= 0)
    return gross;

  waived_share = CLAMP (input->waiver_years - (year - 1), 0.0, 1.0);
  return waived_share * input->net_pct + (1.0 - waived_share) * gross;
}

void
prospect_expense_result_free (ProspectExpenseResult *result)
{
  if (result == NULL)
    return;
  g_clear_pointer (&result->schedule, g_array_unref);
  g_clear_pointer (&result->rows, g_array_unref);
  g_free (result);
}

static double
whole_dollars (double cost)
{
  return prospect_round_half_up (cost, 0);
}

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

ProspectExpenseResult *
prospect_expense_compute (const ProspectExpenseInput  *input,
                          GError                     **error)
{
  g_autoptr(ProspectExpenseResult) result = NULL;
  int horizons[PROSPECT_MAX_YEARS];
  guint n_horizons = 0;
  int longest;
  double balance;
  double costs_so_far;
  gboolean deferred;

  g_return_val_if_fail (input != NULL, NULL);

  if (!prospect_expense_input_validate (input, error))
    return NULL;

  /* Periods come sorted and once each, whatever order the user typed. */
  memcpy (horizons, input->horizons, input->n_horizons * sizeof (int));
  qsort (horizons, input->n_horizons, sizeof (int), compare_ints);
  for (guint i = 0; i < input->n_horizons; i++)
    if (n_horizons == 0 || horizons[n_horizons - 1] != horizons[i])
      horizons[n_horizons++] = horizons[i];
  longest = horizons[n_horizons - 1];

  result = g_new0 (ProspectExpenseResult, 1);
  result->schedule = g_array_sized_new (FALSE, FALSE, sizeof (ProspectExpenseYear), (guint) longest);
  result->rows = g_array_new (FALSE, FALSE, sizeof (ProspectExpenseRow));

  result->front_load_cost = input->amount * input->front_load_pct / 100.0;
  balance = input->amount - result->front_load_cost;
  for (int year = 1; year <= longest; year++)
    {
      ProspectExpenseYear y;

      y.year = year;
      y.begin = balance;
      y.ratio_pct = prospect_expense_ratio_for_year (input, year);
      /* A balance cannot go below nothing, whatever return is assumed. */
      y.end = MAX (0.0, balance * (1.0 + (input->return_pct - y.ratio_pct) / 100.0));
      y.cost = y.ratio_pct / 100.0 * (y.begin + y.end) / 2.0;
      g_array_append_val (result->schedule, y);
      balance = y.end;
    }

  deferred = prospect_expense_has_deferred_charge (input);
  for (int pass = 0; pass < (deferred ? 2 : 1); pass++)
    {
      gboolean redeemed = pass == 0;

      costs_so_far = result->front_load_cost;
      for (guint i = 0, year = 1; i < n_horizons; i++)
        {
          ProspectExpenseRow row = { 0 };
          const ProspectExpenseYear *last;

          for (; year <= (guint) horizons[i]; year++)
            costs_so_far += g_array_index (result->schedule, ProspectExpenseYear, year - 1).cost;
          last = &g_array_index (result->schedule, ProspectExpenseYear, horizons[i] - 1);

          row.years = horizons[i];
          row.redeemed = redeemed;
          row.ending_value = last->end;
          if (redeemed && (guint) horizons[i] <= input->n_deferred)
            row.deferred_charge = input->deferred_pct[horizons[i] - 1] / 100.0 * MIN (input->amount, last->end);
          row.cost_exact = costs_so_far + row.deferred_charge;
          row.cost = whole_dollars (row.cost_exact);
          g_array_append_val (result->rows, row);
        }
    }

  return g_steal_pointer (&result);
}

const ProspectExpenseRow *
prospect_expense_result_find (const ProspectExpenseResult *result,
                              int                          years,
                              gboolean                     redeemed)
{
  g_return_val_if_fail (result != NULL, NULL);

  for (guint i = 0; i < result->rows->len; i++)
    {
      const ProspectExpenseRow *row = &g_array_index (result->rows, ProspectExpenseRow, i);

      if (row->years == years && row->redeemed == redeemed)
        return row;
    }
  return NULL;
}
