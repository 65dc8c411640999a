/* prospect-chart-costs.c: the charts of costs: the expense example and its
 * schedule, value with and without costs, fees by layer, and sparklines.
 * Each is built from results, not from the store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-chart"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "prospect-chart-catalogue.h"
#include "prospect-format.h"
#include "prospect-returns.h"

ProspectChartData *
prospect_chart_expense_example (const ProspectExpenseInput  *input,
                                const ProspectExpenseResult *result,
                                const char                  *subtitle)
{
  g_autoptr(ProspectChartData) data = NULL;
  ProspectChartSeries *redeemed = NULL, *kept = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *note = NULL;
  guint n = 0;

  g_return_val_if_fail (input != NULL && result != NULL, NULL);

  data = prospect_chart_data_new (PROSPECT_CHART_BARS, PROSPECT_VALUE_DOLLARS, _("Expense example"));
  data->subtitle = g_strdup (subtitle);
  amount = prospect_format_money (input->amount, 0, PROSPECT_NEGATIVE_MINUS);
  note = g_strdup_printf ("Cost of investing %s for each period, assuming a %g%% return each year and operating "
                          "expenses as shown. Your actual costs may be higher or lower.", amount, input->return_pct);
  for (guint i = 0; i < result->rows->len; i++)
    {
      const ProspectExpenseRow *row = &g_array_index (result->rows, ProspectExpenseRow, i);

      if (row->redeemed)
        {
          g_autofree char *label = g_strdup_printf (row->years == 1 ? "%d year" : "%d years", row->years);

          prospect_chart_data_add_category (data, label);
          n++;
        }
    }
  for (guint i = 0, c = 0; i < result->rows->len; i++)
    {
      const ProspectExpenseRow *row = &g_array_index (result->rows, ProspectExpenseRow, i);
      g_autofree char *source = g_strdup_printf ("Computed: %.4f before rounding", row->cost_exact);

      if (row->redeemed)
        {
          if (redeemed == NULL)
            redeemed = prospect_chart_data_add_series (data, prospect_expense_has_deferred_charge (input)
                                                                 ? "If you redeem" : "Cost");
          prospect_chart_series_set (redeemed, c++, row->cost, source);
        }
      else
        {
          if (kept == NULL)
            kept = prospect_chart_data_add_series (data, _("If you do not redeem"));
          prospect_chart_series_set (kept, (c++) % n, row->cost, source);
        }
    }
  prospect_chart_data_add_note (data, note);
  prospect_chart_data_add_note (data, PROSPECT_CONTRACT_NOTE);
  return g_steal_pointer (&data);
}

ProspectChartData *
prospect_chart_expense_schedule (const ProspectExpenseResult *result,
                                 const char                  *subtitle)
{
  g_autoptr(ProspectChartData) data = NULL;
  ProspectChartSeries *s;

  g_return_val_if_fail (result != NULL, NULL);

  data = prospect_chart_data_new (PROSPECT_CHART_BARS, PROSPECT_VALUE_DOLLARS, _("Expenses year by year"));
  data->subtitle = g_strdup (subtitle);
  data->decimals = 2;
  for (guint i = 0; i < result->schedule->len; i++)
    {
      g_autofree char *label = g_strdup_printf ("%d", g_array_index (result->schedule, ProspectExpenseYear, i).year);

      prospect_chart_data_add_category (data, label);
    }
  s = prospect_chart_data_add_series (data, _("Expenses"));
  for (guint i = 0; i < result->schedule->len; i++)
    {
      const ProspectExpenseYear *y = &g_array_index (result->schedule, ProspectExpenseYear, i);
      g_autofree char *source = g_strdup_printf ("%.2f%% of the average of %.2f and %.2f", y->ratio_pct, y->begin,
                                                 y->end);

      prospect_chart_series_set (s, i, y->cost, source);
    }
  prospect_chart_data_add_note (data, _("Each year's expense ratio times the average of the year's beginning and "
                                        "ending balance."));
  return g_steal_pointer (&data);
}

/**
 * prospect_chart_cost_over_time:
 * @surrender_values: plot what surrendering at the end of each year pays
 *   (after surrender and deferred charges), as the comparison table does
 *   when the assumptions surrender at the end; else the value kept invested
 *
 * The chart and the table beside it show the same quantity, named.
 */
ProspectChartData *
prospect_chart_cost_over_time (const ProspectCostResult **results,
                               const char * const        *names,
                               guint                      n,
                               gboolean                   surrender_values)
{
  g_autoptr(ProspectChartData) data = NULL;
  guint years = 0;

  g_return_val_if_fail (results != NULL && names != NULL, NULL);

  data = prospect_chart_data_new (PROSPECT_CHART_LINES, PROSPECT_VALUE_DOLLARS,
                                  surrender_values ? _("Value if surrendered, with and without costs")
                                                   : _("Value with and without costs"));
  for (guint i = 0; i < n; i++)
    years = MAX (years, results[i]->years->len);
  for (guint y = 0; y < years; y++)
    {
      g_autofree char *label = g_strdup_printf ("%u", y + 1);

      prospect_chart_data_add_category (data, label);
    }
  if (n > 0)
    {
      ProspectChartSeries *s = prospect_chart_data_add_series (data, _("Without costs"));

      for (guint y = 0; y < results[0]->years->len; y++)
        prospect_chart_series_set (s, y, g_array_index (results[0]->years, ProspectCostYear, y).value_no_costs,
                                   "The same payments and gross return, with no costs");
    }
  for (guint i = 0; i < n; i++)
    {
      ProspectChartSeries *s = prospect_chart_data_add_series (data, names[i]);

      for (guint y = 0; y < results[i]->years->len; y++)
        {
          const ProspectCostYear *year = &g_array_index (results[i]->years, ProspectCostYear, y);

          prospect_chart_series_set (s, y, surrender_values ? year->surrender_value : year->value,
                                     surrender_values
                                     ? _("What surrendering at the end of that year pays, after any surrender or "
                                         "deferred sales charge, by the cost calculator's method shown under Compare")
                                     : _("Kept invested, by the cost calculator's method shown under Compare"));
        }
    }
  if (surrender_values)
    prospect_chart_data_add_note (data, _("Each year's value is what surrendering then would pay, after any "
                                          "surrender or deferred sales charge, as in the table."));
  prospect_chart_data_add_note (data, _("Hypothetical: a constant return each year, before taxes. Not a forecast."));
  return g_steal_pointer (&data);
}

ProspectChartData *
prospect_chart_fees_by_layer (const ProspectCostResult *result,
                              const char               *name)
{
  g_autoptr(ProspectChartData) data = NULL;

  g_return_val_if_fail (result != NULL, NULL);

  data = prospect_chart_data_new (PROSPECT_CHART_STACKED, PROSPECT_VALUE_DOLLARS, _("Fees by layer, year by year"));
  data->subtitle = g_strdup (name);
  for (guint y = 0; y < result->years->len; y++)
    {
      g_autofree char *label = g_strdup_printf ("%u", y + 1);

      prospect_chart_data_add_category (data, label);
    }
  for (int l = 0; l < PROSPECT_N_LAYERS; l++)
    {
      ProspectChartSeries *s;
      double yearly_sum = 0;

      if (result->fees[l] <= 0)
        continue;
      s = prospect_chart_data_add_series (data, prospect_layer_label ((ProspectLayer) l));
      for (guint y = 0; y < result->years->len; y++)
        {
          double fee = g_array_index (result->years, ProspectCostYear, y).fees[l];

          yearly_sum += fee;
          /* Charges on redemption are in the total only: they fall in the last year. */
          if (y + 1 == result->years->len)
            fee += result->fees[l] - yearly_sum;
          prospect_chart_series_set (s, y, fee, prospect_layer_label ((ProspectLayer) l));
        }
    }
  return g_steal_pointer (&data);
}

ProspectChartData *
prospect_chart_sparkline (const double *values,
                          guint         n)
{
  ProspectChartData *data = prospect_chart_data_new (PROSPECT_CHART_SPARKLINE, PROSPECT_VALUE_DOLLARS, NULL);
  ProspectChartSeries *s;

  for (guint i = 0; i < n; i++)
    prospect_chart_data_add_category (data, "");
  s = prospect_chart_data_add_series (data, "");
  for (guint i = 0; i < n; i++)
    prospect_chart_series_set (s, i, values[i], NULL);
  return data;
}


/**
 * prospect_chart_fees_by_scenario:
 *
 * Every scenario's fees over the whole horizon, stacked by layer, side by
 * side: the comparison of where each one's money goes.
 */
ProspectChartData *
prospect_chart_fees_by_scenario (const ProspectCostResult **results,
                                 const char * const        *names,
                                 guint                      n)
{
  g_autoptr(ProspectChartData) data = NULL;

  g_return_val_if_fail (results != NULL && names != NULL, NULL);

  data = prospect_chart_data_new (PROSPECT_CHART_STACKED, PROSPECT_VALUE_DOLLARS, _("Fees by layer, each scenario"));
  if (n > 0)
    data->subtitle = g_strdup_printf (ngettext ("Over %u year", "Over %u years", results[0]->years->len),
                                      results[0]->years->len);
  for (guint i = 0; i < n; i++)
    prospect_chart_data_add_category (data, names[i]);
  for (int l = 0; l < PROSPECT_N_LAYERS; l++)
    {
      ProspectChartSeries *s = NULL;

      for (guint i = 0; i < n; i++)
        if (results[i]->fees[l] > 0.005)
          {
            if (s == NULL)
              s = prospect_chart_data_add_series (data, prospect_layer_label ((ProspectLayer) l));
            prospect_chart_series_set (s, i, results[i]->fees[l], prospect_layer_label ((ProspectLayer) l));
          }
    }
  return g_steal_pointer (&data);
}
