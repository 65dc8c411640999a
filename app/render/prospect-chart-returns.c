/* prospect-chart-returns.c: the performance charts: calendar-year returns
 * beside the indices (and after a contract's charges), the fund minus each
 * index, the average annual returns, and growth of $10,000.
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

/* The years a chart shows: the class's own when it has any (an index's
 * earlier or later years are not the fund's story), else every series'. */
static gboolean
chart_years (GPtrArray *series,
             int       *first,
             int       *last)
{
  *first = G_MAXINT;
  *last = G_MININT;
  for (int pass = 0; pass < 2 && *first > *last; pass++)
    for (guint i = 0; i < series->len; i++)
      {
        const YearlySeries *y = g_ptr_array_index (series, i);

        if (y->years->len == 0 || (pass == 0 && !y->is_class))
          continue;
        *first = MIN (*first, g_array_index (y->years, ProspectAnnualReturn, 0).year);
        *last = MAX (*last, g_array_index (y->years, ProspectAnnualReturn, y->years->len - 1).year);
      }
  return *first <= *last;
}

static const ProspectAnnualReturn *
year_row (const YearlySeries *y,
          int                 year)
{
  for (guint r = 0; r < y->years->len; r++)
    if (g_array_index (y->years, ProspectAnnualReturn, r).year == year)
      return &g_array_index (y->years, ProspectAnnualReturn, r);
  return NULL;
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

/* Under the bars, in words: how often the fund beat each index shown, and
 * which stated indices have no sourced yearly figures (nothing is
 * estimated for them). */
static void
add_versus_notes (ProspectChartData *data,
                  GPtrArray         *series,
                  int                first,
                  int                last)
{
  const ProspectChartSeries *fund = NULL;

  if (data->versus_series >= 0)
    fund = g_ptr_array_index (data->series, data->versus_series);
  for (guint i = 0; fund != NULL && i < data->series->len; i++)
    {
      const ProspectChartSeries *index = g_ptr_array_index (data->series, i);
      ProspectVersusCount count;
      g_autofree char *note = NULL;

      if ((int) i == data->versus_series)
        continue;
      prospect_returns_versus ((const double *) (void *) fund->values->data,
                               (const double *) (void *) index->values->data, fund->values->len, &count);
      if (count.n_compared == 0)
        continue;
      if (count.n_tied > 0)
        note = g_strdup_printf (_("%s beat the %s in %u of %u years (equal in %u)."), fund->name, index->name,
                                count.n_beaten, count.n_compared, count.n_tied);
      else
        note = g_strdup_printf (_("%s beat the %s in %u of %u years."), fund->name, index->name, count.n_beaten,
                                count.n_compared);
      prospect_chart_data_add_note (data, note);
    }
  for (guint i = 0; i < series->len; i++)
    {
      const YearlySeries *y = g_ptr_array_index (series, i);
      gboolean any = FALSE;
      g_autofree char *note = NULL;

      for (int year = first; year <= last && !any; year++)
        any = year_row (y, year) != NULL;
      if (y->is_class || any)
        continue;
      note = g_strdup_printf (_("%s: no sourced calendar-year returns for %d–%d; its stated averages are in the "
                                "average annual returns table."), y->name, first, last);
      prospect_chart_data_add_note (data, note);
    }
}

ProspectChartData *
prospect_chart_annual_returns (ProspectDatabase  *database,
                               gint64             class_id,
                               GError           **error)
{
  return prospect_chart_annual_returns_after (database, class_id, NULL, NULL, error);
}

/* A subaccount's years after a contract's asset charges, with the cost
 * calculator's arithmetic (the account grows by 1 + return − charges), so
 * a year of R becomes R − c, as the Compare page restates returns too.  A rider charged on the benefit base is not a fixed
 * share of the value, so it is left out and the note says so. */
static void
add_contract_note (ProspectChartData          *data,
                   const ProspectCostScenario *contract,
                   double                      charge_pct)
{
  g_autofree char *total = prospect_format_percent (charge_pct, 2, PROSPECT_NEGATIVE_MINUS);
  g_autofree char *me = prospect_format_percent (contract->mortality_expense_pct, 2, PROSPECT_NEGATIVE_MINUS);
  g_autofree char *admin = prospect_format_percent (contract->administrative_pct, 2, PROSPECT_NEGATIVE_MINUS);
  g_autofree char *rider = prospect_format_percent (contract->rider_pct, 2, PROSPECT_NEGATIVE_MINUS);
  g_autofree char *note = NULL;

  note = g_strdup_printf (_("The fund's bars are after the contract charges of “%s”: %s a year (mortality and expense "
                            "%s, administrative %s, rider %s), taken from each year's return as the cost calculator takes "
                            "them: R − c. Index returns bear no charges."),
                          contract->name, total, me, admin,
                          contract->rider_on_benefit_base ? _("on the benefit base, not included") : rider);
  prospect_chart_data_add_note (data, note);
}

/**
 * prospect_chart_annual_returns_after:
 * @contract: (nullable): a contract whose asset charges the fund's bars
 *   are shown after, or NULL for the fund as the prospectus prints it
 * @hidden: (nullable): names of index series to leave out
 */
ProspectChartData *
prospect_chart_annual_returns_after (ProspectDatabase           *database,
                                     gint64                      class_id,
                                     const ProspectCostScenario *contract,
                                     const char * const         *hidden,
                                     GError                    **error)
{
  g_autoptr(GPtrArray) series = load_yearly_series (database, class_id, error);
  g_autoptr(ProspectChartData) data = NULL;
  int first = G_MAXINT, last = G_MININT;
  double charge_pct = contract != NULL ? prospect_contract_charge_pct (contract) : 0;

  if (series == NULL)
    return NULL;
  /* An index the user switched off leaves no bar, footnote or count. */
  for (guint i = series->len; hidden != NULL && i > 0; i--)
    {
      const YearlySeries *y = g_ptr_array_index (series, i - 1);

      if (!y->is_class && g_strv_contains (hidden, y->name))
        g_ptr_array_remove_index (series, i - 1);
    }

  data = prospect_chart_data_new (PROSPECT_CHART_BARS, PROSPECT_VALUE_PERCENT, _("Calendar-year total returns"));
  data->subtitle = class_subtitle (database, class_id);

  /* The prospectus shows up to the last ten calendar years: the fund's,
   * with each benchmark's same years beside them. */
  if (!chart_years (series, &first, &last))
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
      gboolean any = FALSE;

      for (int year = first; year <= last && !any; year++)
        any = year_row (y, year) != NULL;
      if (!any)
        continue;
      if (y->is_class && data->versus_series < 0)
        data->versus_series = (int) data->series->len;
      if (y->is_class && charge_pct > 0)
        {
          g_autofree char *name = g_strdup_printf (_("%s after contract charges"), y->name);

          s = prospect_chart_data_add_series (data, name);
        }
      else
        s = prospect_chart_data_add_series (data, y->name);
      for (guint r = 0; r < y->years->len; r++)
        {
          const ProspectAnnualReturn *row = &g_array_index (y->years, ProspectAnnualReturn, r);
          g_autofree char *source = NULL;
          double value = row->return_pct;

          if (row->year < first || row->year > last)
            continue;
          source = prospect_database_describe_annual_return (database, y->series_id, row->year, NULL);
          if (source == NULL)
            source = g_strdup_printf (_("Database, yearly returns of %s, %d"), y->name, row->year);
          if (y->is_class && charge_pct > 0)
            {
              g_autofree char *printed = prospect_format_percent (row->return_pct, 2, PROSPECT_NEGATIVE_PARENTHESES);
              g_autofree char *restated = g_strdup_printf (_("%s (%s before contract charges of %.2f%% a year)"),
                                                           source, printed, charge_pct);

              g_free (source);
              source = g_steal_pointer (&restated);
              value = prospect_net_of_charges (row->return_pct, charge_pct);
            }
          prospect_chart_series_set (s, (guint) (row->year - first), value, source);
        }
    }
  add_performance_notes (data, series, TRUE);
  if (charge_pct > 0 && data->versus_series >= 0)
    add_contract_note (data, contract, charge_pct);
  add_versus_notes (data, series, first, last);
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

  /* All series start together, from the fund's first year. */
  if (!chart_years (series, &first, &last))
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

      if (year_row (y, first) == NULL)
        continue;
      s = prospect_chart_data_add_series (data, y->name);
      prospect_chart_series_set (s, 0, amount, "Amount invested");
      for (int year = first; year <= last; year++)
        {
          const ProspectAnnualReturn *row = year_row (y, year);
          guint r = (guint) (year - first);
          g_autofree char *source = NULL;

          /* A gap in the years ends the line rather than bridging it. */
          if (row == NULL)
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

/**
 * prospect_chart_relative_returns:
 * @annual: a calendar-year chart of a fund and its indices
 *
 * The relative view of @annual: for each index and year, the fund's return
 * minus the index's, in percentage points, with the count of years ahead.
 */
ProspectChartData *
prospect_chart_relative_returns (const ProspectChartData *annual)
{
  g_autoptr(ProspectChartData) data = prospect_chart_data_new (PROSPECT_CHART_BARS, PROSPECT_VALUE_POINTS,
                                                               _("Fund minus index, by calendar year"));
  const ProspectChartSeries *fund;

  g_return_val_if_fail (annual != NULL, NULL);

  data->subtitle = g_strdup (annual->subtitle);
  if (annual->versus_series < 0 || annual->series->len < 2)
    return g_steal_pointer (&data);
  fund = g_ptr_array_index (annual->series, annual->versus_series);
  /* One index has no legend: the subtitle names it. */
  if (annual->series->len == 2)
    {
      const ProspectChartSeries *index = g_ptr_array_index (annual->series, annual->versus_series == 0 ? 1 : 0);

      g_free (data->subtitle);
      data->subtitle = g_strdup_printf (_("%s, against the %s"), fund->name, index->name);
    }
  for (guint c = 0; c < annual->categories->len; c++)
    prospect_chart_data_add_category (data, g_ptr_array_index (annual->categories, c));
  for (guint i = 0; i < annual->series->len; i++)
    {
      const ProspectChartSeries *index = g_ptr_array_index (annual->series, i);
      g_autofree char *name = NULL;
      ProspectChartSeries *s;

      if ((int) i == annual->versus_series)
        continue;
      name = g_strdup_printf (_("Fund − %s"), index->name);
      s = prospect_chart_data_add_series (data, name);
      for (guint c = 0; c < annual->categories->len; c++)
        {
          double a = prospect_chart_data_get_value (annual, annual->versus_series, c);
          double b = prospect_chart_data_get_value (annual, i, c);
          double difference = prospect_return_difference (a, b);
          g_autofree char *fa = NULL, *fb = NULL, *source = NULL;

          if (isnan (difference))
            continue;
          fa = prospect_chart_format_value (annual, a);
          fb = prospect_chart_format_value (annual, b);
          source = g_strdup_printf (_("%s %s minus %s %s"), fund->name, fa, index->name, fb);
          prospect_chart_series_set (s, c, difference, source);
        }
    }
  prospect_chart_data_add_note (data, _("In percentage points: the fund's calendar-year total return minus the "
                                        "index's; above zero, the fund did better that year."));
  for (guint i = 0; i < annual->notes->len; i++)
    prospect_chart_data_add_note (data, g_ptr_array_index (annual->notes, i));
  return g_steal_pointer (&data);
}
