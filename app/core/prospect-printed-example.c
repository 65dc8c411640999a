/* prospect-printed-example.c: whether a recomputed expense example agrees
 * with the printed one.  The command line, the Fees page, the handout and
 * the Data page's check all ask here, so they cannot disagree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-printed-example"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "prospect-fee-lines.h"
#include "prospect-printed-example.h"
#include "prospect-returns.h"

static gboolean
same (double a,
      double b)
{
  return (isnan (a) && isnan (b)) || fabs (a - b) < 1e-9;
}

/**
 * prospect_printed_example_same_terms:
 * @input: the figures being computed
 * @printed_for: the figures the example was printed for (the class's fee
 *   table with the example's amount and return)
 *
 * A printed example can only be compared with a computation on the same
 * terms: every input but the periods must be equal.
 */
gboolean
prospect_printed_example_same_terms (const ProspectExpenseInput *input,
                                     const ProspectExpenseInput *printed_for)
{
  const ProspectExpenseInput *a = input, *b = printed_for;

  g_return_val_if_fail (a != NULL && b != NULL, FALSE);
  if (!same (a->amount, b->amount) || !same (a->return_pct, b->return_pct) || !same (a->gross_pct, b->gross_pct) ||
      !same (a->net_pct, b->net_pct) || !same (a->front_load_pct, b->front_load_pct) ||
      a->n_deferred != b->n_deferred || a->conversion_years != b->conversion_years)
    return FALSE;
  if (!isnan (a->net_pct) && !same (a->waiver_years, b->waiver_years))
    return FALSE;
  if (a->conversion_years > 0 && !same (a->conversion_pct, b->conversion_pct))
    return FALSE;
  for (guint i = 0; i < a->n_deferred; i++)
    if (!same (a->deferred_pct[i], b->deferred_pct[i]))
      return FALSE;
  return TRUE;
}

/* The printed figure for a period, redeemed or not; NULL when none. */
const ProspectPrintedExample *
prospect_printed_example_find (const GArray *printed,
                               int           years,
                               gboolean      redeemed)
{
  for (guint i = 0; printed != NULL && i < printed->len; i++)
    {
      const ProspectPrintedExample *e = &g_array_index (printed, ProspectPrintedExample, i);

      if (e->years == years && e->redeemed == redeemed)
        return e;
    }
  return NULL;
}

/* Prospectuses print whole dollars, so a row agrees when its cost, which
 * is rounded once at the end, equals the printed figure. */
gboolean
prospect_printed_example_agrees (const ProspectPrintedExample *printed,
                                 const ProspectExpenseRow     *row)
{
  g_return_val_if_fail (printed != NULL && row != NULL, FALSE);
  return printed->years == row->years && prospect_round_half_up (printed->cost, 0) == row->cost;
}

/**
 * prospect_printed_example_explain:
 * @short_differs: a figure for under ten years differs
 * @long_differs: the ten-year figure differs
 *
 * Returns: (nullable): which input a fee table leaves out when it does not
 *   reproduce its printed example, in words; NULL when nothing differs
 */
char *
prospect_printed_example_explain (const ProspectFeeTable *fees,
                                  gboolean                short_differs,
                                  gboolean                long_differs)
{
  if (!short_differs && !long_differs)
    return NULL;
  if (fees == NULL || isnan (fees->total_pct))
    return g_strdup (_("There is no total expense ratio, so the example cannot be checked."));
  if (short_differs && !isnan (fees->deferred_load_pct) && fees->deferred_load_pct > 0
      && (fees->deferred_schedule == NULL || fees->deferred_schedule->len == 0))
    return g_strdup (_("The fee table gives the maximum deferred sales charge but not how it declines year by "
                       "year (or which purchases it applies to); enter the schedule on the Fees page."));
  if (long_differs && !short_differs)
    return g_strdup (_("The later years differ: the class probably converts to another class, or a waiver "
                       "ends, on terms stated only in the prospectus's text; enter them on the Fees page."));
  return g_strdup (_("The fee table does not reproduce the printed example: an input stated only in the "
                     "prospectus's text is missing, or the example is out of date."));
}

/**
 * prospect_printed_example_recompute:
 *
 * Returns: what the fee table gives for a printed figure, in whole dollars
 *   as printed, on the figure's own amount, return and period; NAN when the
 *   fee table cannot be computed.
 */
double
prospect_printed_example_recompute (const ProspectFeeTable       *fees,
                                    const ProspectPrintedExample *printed)
{
  g_autoptr(ProspectExpenseResult) result = NULL;
  const ProspectExpenseRow *row;
  ProspectExpenseInput input;

  g_return_val_if_fail (fees != NULL && printed != NULL, NAN);
  prospect_expense_input_init (&input);
  prospect_expense_input_set_fee_table (&input, fees);
  input.amount = printed->amount;
  input.return_pct = printed->return_pct;
  input.n_horizons = 1;
  input.horizons[0] = printed->years;
  result = prospect_expense_compute (&input, NULL);
  /* Without a deferred charge the two examples are one. */
  row = result != NULL ? prospect_expense_result_find (result, printed->years,
                                                       printed->redeemed || !prospect_expense_has_deferred_charge (&input))
                       : NULL;
  return row != NULL ? row->cost : NAN;
}

/**
 * prospect_check_printed_examples:
 *
 * Recomputes every printed expense example from its class's fee table.
 *
 * Returns: (transfer full): one line of text for each printed figure that
 *   the fee table does not reproduce (for example a waiver that has
 *   expired but is still printed); empty when all agree
 */
GPtrArray *
prospect_check_printed_examples (ProspectDatabase  *database,
                                 GError           **error)
{
  g_autoptr(GPtrArray) classes = prospect_database_list_classes (database, error);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

  if (classes == NULL)
    return NULL;
  for (guint i = 0; i < classes->len; i++)
    {
      const ProspectClassInfo *info = g_ptr_array_index (classes, i);
      g_autoptr(GArray) printed = prospect_database_list_expense_example (database, info->id, error);
      g_autoptr(ProspectFeeTable) fees = NULL;

      if (printed == NULL)
        return NULL;
      if (printed->len == 0)
        continue;
      fees = prospect_database_get_fee_table (database, info->id, NULL);
      if (fees == NULL)
        {
          g_ptr_array_add (problems, g_strdup_printf ("%s – %s: a printed example, but no fee table to check it "
                                                      "against.", info->fund_name, info->name));
          continue;
        }
      for (guint p = 0; p < printed->len; p++)
        {
          const ProspectPrintedExample *e = &g_array_index (printed, ProspectPrintedExample, p);
          double cost = prospect_printed_example_recompute (fees, e);

          if (isnan (cost) || prospect_round_half_up (e->cost, 0) != cost)
            g_ptr_array_add (problems,
                             g_strdup_printf ("%s – %s: the example prints $%.0f for %d year%s, but the fee table "
                                              "gives $%.0f.", info->fund_name, info->name, e->cost, e->years,
                                              e->years == 1 ? "" : "s", cost));
        }
    }
  return g_steal_pointer (&problems);
}

/**
 * prospect_check_fee_tables:
 *
 * Returns: (transfer full): a line of text for each fee table whose
 *   figures do not add up (see prospect_fee_table_check ()), named by its
 *   class; empty when all do
 */
GPtrArray *
prospect_check_fee_tables (ProspectDatabase  *database,
                           GError           **error)
{
  g_autoptr(GPtrArray) classes = prospect_database_list_classes (database, error);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

  if (classes == NULL)
    return NULL;
  for (guint i = 0; i < classes->len; i++)
    {
      const ProspectClassInfo *info = g_ptr_array_index (classes, i);
      g_autoptr(ProspectFeeTable) fees = prospect_database_get_fee_table (database, info->id, NULL);
      g_autoptr(GPtrArray) found = NULL;

      if (fees == NULL)
        continue;
      found = prospect_fee_table_check (fees);
      for (guint p = 0; p < found->len; p++)
        g_ptr_array_add (problems, g_strdup_printf ("%s – %s: %s", info->fund_name, info->name,
                                                    (const char *) g_ptr_array_index (found, p)));
    }
  return g_steal_pointer (&problems);
}
