/* prospect-chart-catalogue.c: every chart Prospect draws, built from the store
 * and the calculators, and the one table of their names that the command
 * line, the tests, the benchmark and the handout share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-chart-catalogue"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "prospect-chart-catalogue.h"
#include "prospect-format.h"
#include "prospect-returns.h"

static char *
class_subtitle (ProspectDatabase *database,
                gint64            class_id)
{
  g_autoptr(ProspectClassInfo) info = prospect_database_get_class (database, class_id, NULL);

  if (info == NULL)
    return NULL;
  return g_strdup_printf ("%s – %s", info->fund_name, info->name);
}

typedef struct
{
  gint64     series_id;
  char      *name;
  char      *footnote;
  gboolean   is_class;
  GArray    *years;    /* ProspectAnnualReturn */
} YearlySeries;

static void
yearly_series_free (YearlySeries *y)
{
  g_free (y->name);
  g_free (y->footnote);
  g_clear_pointer (&y->years, g_array_unref);
  g_free (y);
}

/* The class's own series first, then each benchmark its table shows, with
 * their yearly returns (possibly none). */
static GPtrArray *
load_yearly_series (ProspectDatabase  *database,
                    gint64             class_id,
                    GError           **error)
{
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func ((GDestroyNotify) yearly_series_free);
  g_autoptr(GPtrArray) stated = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 own = prospect_database_class_series_id (database, class_id, &local_error);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  stated = prospect_database_list_stated_returns (database, class_id, error);
  if (stated == NULL)
    return NULL;

  if (own != 0)
    {
      g_autoptr(ProspectClassInfo) info = prospect_database_get_class (database, class_id, NULL);
      YearlySeries *y = g_new0 (YearlySeries, 1);

      y->series_id = own;
      y->is_class = TRUE;
      y->name = g_strdup (info != NULL ? info->name : "Fund");
      for (guint i = 0; i < stated->len; i++)
        {
          const ProspectStatedReturn *s = g_ptr_array_index (stated, i);

          if (s->series_id == own)
            {
              g_free (y->name);
              y->name = g_strdup (s->series_name);
              break;
            }
        }
      g_ptr_array_add (result, y);
    }
  for (guint i = 0; i < stated->len; i++)
    {
      const ProspectStatedReturn *s = g_ptr_array_index (stated, i);
      gboolean seen = FALSE;

      for (guint j = 0; j < result->len; j++)
        seen |= ((YearlySeries *) g_ptr_array_index (result, j))->series_id == s->series_id;
      if (!seen)
        {
          YearlySeries *y = g_new0 (YearlySeries, 1);

          y->series_id = s->series_id;
          y->name = g_strdup (s->series_name);
          y->footnote = g_strdup (s->footnote);
          y->is_class = s->is_class;
          g_ptr_array_add (result, y);
        }
    }
  for (guint i = 0; i < result->len; i++)
    {
      YearlySeries *y = g_ptr_array_index (result, i);

      y->years = prospect_database_list_annual_returns (database, y->series_id, error);
      if (y->years == NULL)
        return NULL;
    }
  return g_steal_pointer (&result);
}

static void
add_performance_notes (ProspectChartData *data,
                       GPtrArray         *series,
                       gboolean           only_with_years)
{
  gboolean any_index = FALSE;

  prospect_chart_data_add_note (data, PROSPECT_PAST_PERFORMANCE_NOTE);
  for (guint i = 0; i < series->len; i++)
    {
      const YearlySeries *y = g_ptr_array_index (series, i);

      if (y->is_class || (only_with_years && y->years->len == 0))
        continue;
      any_index = TRUE;
      prospect_chart_data_add_note (data, y->footnote);
    }
  if (any_index)
    prospect_chart_data_add_note (data, PROSPECT_INDEX_NOTE);
  prospect_chart_data_add_note (data, PROSPECT_CONTRACT_NOTE);
}

ProspectChartData *
prospect_chart_annual_returns (ProspectDatabase  *database,
                               gint64             class_id,
                               GError           **error)
{
  g_autoptr(GPtrArray) series = load_yearly_series (database, class_id, error);
  g_autoptr(ProspectChartData) data = NULL;
  int first = G_MAXINT, last = G_MININT;

  if (series == NULL)
    return NULL;

  data = prospect_chart_data_new (PROSPECT_CHART_BARS, PROSPECT_VALUE_PERCENT, _("Calendar-year total returns"));
  data->subtitle = class_subtitle (database, class_id);

  /* The prospectus shows up to the last ten calendar years. */
  for (guint i = 0; i < series->len; i++)
    {
      const YearlySeries *y = g_ptr_array_index (series, i);

      if (y->years->len == 0)
        continue;
      first = MIN (first, g_array_index (y->years, ProspectAnnualReturn, 0).year);
      last = MAX (last, g_array_index (y->years, ProspectAnnualReturn, y->years->len - 1).year);
    }
  if (first > last)
    return g_steal_pointer (&data);
  first = MAX (first, last - 9);
  for (int year = first; year <= last; year++)
    {
      g_autofree char *label = g_strdup_printf ("%d", year);

      prospect_chart_data_add_category (data, label);
    }

  for (guint i = 0; i < series->len; i++)
    {
      const YearlySeries *y = g_ptr_array_index (series, i);
      ProspectChartSeries *s;

      if (y->years->len == 0)
        continue;
      s = prospect_chart_data_add_series (data, y->name);
      for (guint r = 0; r < y->years->len; r++)
        {
          const ProspectAnnualReturn *row = &g_array_index (y->years, ProspectAnnualReturn, r);
          g_autofree char *source = NULL;

          if (row->year < first)
            continue;
          source = prospect_database_describe_annual_return (database, y->series_id, row->year, NULL);
          if (source == NULL)
            source = g_strdup_printf (_("Database, yearly returns of %s, %d"), y->name, row->year);
          prospect_chart_series_set (s, (guint) (row->year - first), row->return_pct, source);
        }
    }
  add_performance_notes (data, series, TRUE);
  for (guint i = 0; i < data->series->len; i++)
    {
      const ProspectChartSeries *s = g_ptr_array_index (data->series, i);
      gboolean gap = FALSE;

      for (guint c = 0; c < s->values->len; c++)
        gap |= isnan (g_array_index (s->values, double, c));
      if (gap)
        {
          g_autofree char *note = g_strdup_printf (_("n/a: the database has no return of %s for that year."),
                                                   s->name);

          prospect_chart_data_add_note (data, note);
        }
    }
  {
    g_autoptr(ProspectFeeTable) fees = prospect_database_get_fee_table (database, class_id, NULL);

    /* Form N-1A asks for this beside a bar chart of a class with loads. */
    if (fees != NULL && ((!isnan (fees->front_load_pct) && fees->front_load_pct > 0)
                         || (!isnan (fees->deferred_load_pct) && fees->deferred_load_pct > 0)))
      prospect_chart_data_add_note (data, _("Sales loads are not reflected in the bar chart; if they were, "
                                            "returns would be less than those shown."));
  }
  return g_steal_pointer (&data);
}

ProspectChartData *
prospect_chart_average_returns (ProspectDatabase  *database,
                                gint64             class_id,
                                GError           **error)
{
  g_autoptr(GPtrArray) stated = prospect_database_list_stated_returns (database, class_id, error);
  g_autoptr(ProspectChartData) data = NULL;
  g_autoptr(GPtrArray) series = NULL;
  gboolean periods[PROSPECT_PERIOD_INCEPTION + 1] = { FALSE };
  int column[PROSPECT_PERIOD_INCEPTION + 1];
  char *end_date = NULL;
  int n = 0;

  if (stated == NULL)
    return NULL;

  data = prospect_chart_data_new (PROSPECT_CHART_BARS, PROSPECT_VALUE_PERCENT, _("Average annual total returns"));
  for (guint i = 0; i < stated->len; i++)
    {
      const ProspectStatedReturn *s = g_ptr_array_index (stated, i);

      periods[s->period] = TRUE;
      end_date = s->end_date;
    }
  {
    g_autofree char *klass = class_subtitle (database, class_id);
    g_autofree char *date = prospect_format_date (end_date);

    data->subtitle = end_date != NULL ? g_strdup_printf ("%s, periods ended %s", klass ? klass : "", date)
                                      : g_steal_pointer (&klass);
  }
  for (int p = 0; p <= PROSPECT_PERIOD_INCEPTION; p++)
    {
      column[p] = -1;
      if (!periods[p])
        continue;
      column[p] = n++;
      if (p == PROSPECT_PERIOD_INCEPTION)
        {
          const char *start = NULL;
          g_autoptr(ProspectClassInfo) info = prospect_database_get_class (database, class_id, NULL);

          if (info != NULL)
            start = info->inception_date;
          if (start != NULL)
            {
              GDate date;
              g_autofree char *label = NULL;

              if (prospect_parse_iso_date (start, &date))
                label = g_strdup_printf ("Since inception (%d/%d/%02d)", g_date_get_month (&date),
                                         g_date_get_day (&date), g_date_get_year (&date) % 100);
              prospect_chart_data_add_category (data, label != NULL ? label : "Since inception");
            }
          else
            prospect_chart_data_add_category (data, _("Since inception"));
        }
      else
        prospect_chart_data_add_category (data, prospect_period_label ((ProspectPeriod) p));
    }

  series = g_ptr_array_new ();
  for (guint i = 0; i < stated->len; i++)
    {
      const ProspectStatedReturn *s = g_ptr_array_index (stated, i);
      ProspectChartSeries *target = NULL;
      g_autofree char *source = prospect_source_describe (&s->source);

      for (guint j = 0; j < data->series->len; j++)
        if (g_str_equal (((ProspectChartSeries *) g_ptr_array_index (data->series, j))->name, s->series_name))
          target = g_ptr_array_index (data->series, j);
      if (target == NULL)
        target = prospect_chart_data_add_series (data, s->series_name);
      prospect_chart_series_set (target, (guint) column[s->period], s->return_pct, source);
      if (!s->is_class)
        prospect_chart_data_add_note (data, s->footnote);
    }
  {
    gboolean any_index = FALSE;

    for (guint i = 0; i < stated->len; i++)
      any_index |= !((ProspectStatedReturn *) g_ptr_array_index (stated, i))->is_class;
    prospect_chart_data_add_note (data, PROSPECT_PAST_PERFORMANCE_NOTE);
    if (any_index)
      prospect_chart_data_add_note (data, PROSPECT_INDEX_NOTE);
    prospect_chart_data_add_note (data, PROSPECT_CONTRACT_NOTE);
  }
  return g_steal_pointer (&data);
}

ProspectChartData *
prospect_chart_growth (ProspectDatabase  *database,
                       gint64             class_id,
                       double             amount,
                       gboolean           log_scale,
                       GError           **error)
{
  g_autoptr(GPtrArray) series = load_yearly_series (database, class_id, error);
  g_autoptr(ProspectChartData) data = NULL;
  g_autofree char *title = NULL;
  g_autofree char *money = prospect_format_money (amount, 0, PROSPECT_NEGATIVE_MINUS);
  int first = G_MAXINT, last = G_MININT;

  if (series == NULL)
    return NULL;

  title = g_strdup_printf ("Growth of %s", money);
  data = prospect_chart_data_new (PROSPECT_CHART_LINES, PROSPECT_VALUE_DOLLARS, title);
  data->subtitle = class_subtitle (database, class_id);
  data->log_scale = log_scale;

  /* All series start together, from the first year every one has. */
  for (guint i = 0; i < series->len; i++)
    {
      const YearlySeries *y = g_ptr_array_index (series, i);

      if (y->years->len == 0)
        continue;
      first = MIN (first, g_array_index (y->years, ProspectAnnualReturn, 0).year);
      last = MAX (last, g_array_index (y->years, ProspectAnnualReturn, y->years->len - 1).year);
    }
  if (first > last)
    return g_steal_pointer (&data);

  {
    g_autofree char *start = g_strdup_printf ("Start %d", first);

    prospect_chart_data_add_category (data, start);
  }
  for (int year = first; year <= last; year++)
    {
      g_autofree char *label = g_strdup_printf ("%d", year);

      prospect_chart_data_add_category (data, label);
    }
  for (guint i = 0; i < series->len; i++)
    {
      const YearlySeries *y = g_ptr_array_index (series, i);
      ProspectChartSeries *s;
      double value = amount;

      if (y->years->len == 0 || g_array_index (y->years, ProspectAnnualReturn, 0).year != first)
        continue;
      s = prospect_chart_data_add_series (data, y->name);
      prospect_chart_series_set (s, 0, amount, "Amount invested");
      for (guint r = 0; r < y->years->len; r++)
        {
          const ProspectAnnualReturn *row = &g_array_index (y->years, ProspectAnnualReturn, r);
          g_autofree char *source = NULL;

          /* A gap in the years ends the line rather than bridging it. */
          if (row->year != first + (int) r)
            break;
          value *= 1.0 + row->return_pct / 100.0;
          {
            g_autofree char *from = prospect_database_describe_annual_return (database, y->series_id, row->year,
                                                                              NULL);

            source = g_strdup_printf (_("Computed from the total return of %d (%s)"), row->year,
                                      from != NULL ? from : _("database"));
          }
          prospect_chart_series_set (s, r + 1, value, source);
        }
    }
  add_performance_notes (data, series, TRUE);
  prospect_chart_data_add_note (data, _("Assumes all dividends and distributions are reinvested."));
  return g_steal_pointer (&data);
}

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
                                         "deferred sales charge (see README, Methods)")
                                     : _("Kept invested, computed by the cost calculator (see README, Methods)"));
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

/* ----- the catalogue ---------------------------------------------------- */

static ProspectChartData *
build_annual_returns (ProspectDatabase           *database,
                      gint64                      class_id,
                      const ProspectChartRequest *request,
                      GError                    **error)
{
  return prospect_chart_annual_returns (database, class_id, error);
}

static ProspectChartData *
build_average_returns (ProspectDatabase           *database,
                       gint64                      class_id,
                       const ProspectChartRequest *request,
                       GError                    **error)
{
  return prospect_chart_average_returns (database, class_id, error);
}

static ProspectChartData *
build_growth (ProspectDatabase           *database,
              gint64                      class_id,
              const ProspectChartRequest *request,
              GError                    **error)
{
  return prospect_chart_growth (database, class_id, 10000, FALSE, error);
}

static ProspectChartData *
build_growth_log (ProspectDatabase           *database,
                  gint64                      class_id,
                  const ProspectChartRequest *request,
                  GError                    **error)
{
  return prospect_chart_growth (database, class_id, 10000, TRUE, error);
}

/* The class's fee table, which the example and cost charts start from, and
 * the "Fund – Class" name they are drawn under. */
static ProspectFeeTable *
class_fees (ProspectDatabase  *database,
            gint64             class_id,
            char             **name,
            GError           **error)
{
  g_autoptr(ProspectClassInfo) info = prospect_database_get_class (database, class_id, error);

  if (info == NULL)
    return NULL;
  *name = g_strdup_printf ("%s – %s", info->fund_name, info->name);
  return prospect_database_get_fee_table (database, class_id, error);
}

static ProspectExpenseResult *
class_example (ProspectDatabase      *database,
               gint64                 class_id,
               ProspectExpenseInput  *input,
               char                 **name,
               GError               **error)
{
  g_autoptr(ProspectFeeTable) fees = class_fees (database, class_id, name, error);

  if (fees == NULL)
    return NULL;
  prospect_expense_input_init (input);
  prospect_expense_input_set_fee_table (input, fees);
  return prospect_expense_compute (input, error);
}

static ProspectChartData *
build_expense_example (ProspectDatabase           *database,
                       gint64                      class_id,
                       const ProspectChartRequest *request,
                       GError                    **error)
{
  g_autofree char *name = NULL;
  ProspectExpenseInput input;
  g_autoptr(ProspectExpenseResult) result = class_example (database, class_id, &input, &name, error);

  return result != NULL ? prospect_chart_expense_example (&input, result, name) : NULL;
}

static ProspectChartData *
build_expense_schedule (ProspectDatabase           *database,
                        gint64                      class_id,
                        const ProspectChartRequest *request,
                        GError                    **error)
{
  g_autofree char *name = NULL;
  ProspectExpenseInput input;
  g_autoptr(ProspectExpenseResult) result = class_example (database, class_id, &input, &name, error);

  return result != NULL ? prospect_chart_expense_schedule (result, name) : NULL;
}

static ProspectCostResult *
class_cost (ProspectDatabase            *database,
            gint64                       class_id,
            const ProspectChartRequest  *request,
            char                       **name,
            GError                     **error)
{
  g_autoptr(ProspectFeeTable) fees = class_fees (database, class_id, name, error);
  ProspectCostScenario scenario;
  ProspectCostAssumptions assumptions;

  if (fees == NULL)
    return NULL;
  if (request != NULL && request->contract != NULL)
    scenario = *request->contract;
  else
    prospect_cost_scenario_init (&scenario);
  prospect_cost_scenario_set_fees (&scenario, fees);
  prospect_cost_assumptions_init (&assumptions);
  assumptions.years = request != NULL && request->years > 0 ? request->years : 20;
  return prospect_cost_compute (&scenario, &assumptions, error);
}

static ProspectChartData *
build_cost_over_time (ProspectDatabase           *database,
                      gint64                      class_id,
                      const ProspectChartRequest *request,
                      GError                    **error)
{
  g_autofree char *name = NULL;
  g_autoptr(ProspectCostResult) result = class_cost (database, class_id, request, &name, error);
  const ProspectCostResult *results[1] = { result };
  const char *names[1] = { name };

  return result != NULL ? prospect_chart_cost_over_time (results, names, 1, TRUE) : NULL;
}

static ProspectChartData *
build_fees_by_layer (ProspectDatabase           *database,
                     gint64                      class_id,
                     const ProspectChartRequest *request,
                     GError                    **error)
{
  g_autofree char *name = NULL;
  g_autoptr(ProspectCostResult) result = class_cost (database, class_id, request, &name, error);

  return result != NULL ? prospect_chart_fees_by_layer (result, name) : NULL;
}

static const ProspectChartEntry catalogue[] = {
  { "annual-returns", "Calendar-year total returns", build_annual_returns },
  { "average-returns", "Average annual total returns", build_average_returns },
  { "growth", "Growth of $10,000", build_growth },
  { "growth-log", "Growth of $10,000 (logarithmic scale)", build_growth_log },
  { "expense-example", "Expense example", build_expense_example },
  { "expense-schedule", "Expense example, year by year", build_expense_schedule },
  { "cost-over-time", "Cost over time", build_cost_over_time },
  { "fees-by-layer", "Fees by layer", build_fees_by_layer },
};

guint
prospect_chart_catalogue_size (void)
{
  return G_N_ELEMENTS (catalogue);
}

const ProspectChartEntry *
prospect_chart_catalogue_get (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (catalogue), NULL);
  return &catalogue[index];
}

const ProspectChartEntry *
prospect_chart_catalogue_find (const char *name)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (catalogue); i++)
    if (g_str_equal (catalogue[i].name, name))
      return &catalogue[i];
  return NULL;
}

/* "a, b, … or z", for messages and help. */
char *
prospect_chart_catalogue_names (void)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (catalogue); i++)
    {
      if (i > 0)
        g_string_append (text, i + 1 == G_N_ELEMENTS (catalogue) ? " or " : ", ");
      g_string_append (text, catalogue[i].name);
    }
  return g_string_free (text, FALSE);
}

ProspectChartData *
prospect_chart_catalogue_build (ProspectDatabase           *database,
                                const char                 *name,
                                gint64                      class_id,
                                const ProspectChartRequest *request,
                                GError                    **error)
{
  const ProspectChartEntry *entry = prospect_chart_catalogue_find (name);

  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), NULL);
  if (entry == NULL)
    {
      g_autofree char *names = prospect_chart_catalogue_names ();

      g_set_error (error, PROSPECT_CHART_ERROR, PROSPECT_CHART_ERROR_INVALID,
                   _("There is no chart named “%s”; the charts are %s."), name, names);
      return NULL;
    }
  return entry->build (database, class_id, request, error);
}
