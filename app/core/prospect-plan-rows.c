/* prospect-plan-rows.c: the comparative chart's rows, from the store.
 *
 * Returns are the document's stated averages (1, 5 and 10 years, or since
 * inception where the class is younger than ten years), as of the plan's
 * date where it has one.  The index beside an option is the first index
 * its document states, or the benchmark the user chose, recomputed from
 * that index's calendar-year returns where the document states none for
 * it.  Expenses are the fee table's total (and net, where a waiver makes
 * it lower); per $1,000 is the ratio × 10.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-plan"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>
#include <string.h>

#include "prospect-cost.h"
#include "prospect-csv.h"
#include "prospect-database-private.h"
#include "prospect-fee-lines.h"
#include "prospect-format.h"
#include "prospect-plan-rows.h"
#include "prospect-returns.h"

void
prospect_plan_row_free (ProspectPlanRow *row)
{
  if (row == NULL)
    return;
  g_free (row->name);
  g_free (row->ticker);
  g_free (row->category);
  g_free (row->fixed_term);
  for (guint p = 0; p < PROSPECT_PLAN_N_PERIODS; p++)
    {
      g_free (row->missing[p]);
      g_free (row->index_missing[p]);
    }
  g_free (row->inception_date);
  g_free (row->as_of);
  g_free (row->index_name);
  g_free (row->shareholder_fees);
  g_free (row->restrictions);
  g_clear_pointer (&row->sources, g_ptr_array_unref);
  g_free (row);
}

/* 0.94% is $9.40 a year on $1,000. */
double
prospect_plan_per_thousand (double ratio_pct)
{
  return isfinite (ratio_pct) ? prospect_round_half_up (ratio_pct * 10.0, 2) : NAN;
}

/**
 * prospect_plan_options_for_classes:
 *
 * Returns: (transfer full) (element-type ProspectPlanOption): a line-up of
 *   the classes given, in that order, with nothing else chosen.
 */
GPtrArray *
prospect_plan_options_for_classes (const gint64 *class_ids,
                                   guint         n)
{
  GPtrArray *options = g_ptr_array_new_with_free_func ((GDestroyNotify) prospect_plan_option_free);

  for (guint i = 0; i < n; i++)
    {
      ProspectPlanOption *option = prospect_plan_option_new ();

      option->class_id = class_ids[i];
      option->position = (int) i + 1;
      g_ptr_array_add (options, option);
    }
  return options;
}

static int
period_slot (ProspectPeriod period)
{
  switch (period)
    {
    case PROSPECT_PERIOD_1Y:
      return 0;
    case PROSPECT_PERIOD_5Y:
      return 1;
    case PROSPECT_PERIOD_10Y:
    case PROSPECT_PERIOD_INCEPTION:
    default:
      return 2;
    }
}

static void
add_source (ProspectPlanRow      *row,
            const char           *what,
            const ProspectSource *source)
{
  g_autofree char *where = prospect_source_describe (source);

  g_ptr_array_add (row->sources, g_strdup_printf ("%s: %s", what, where != NULL ? where : _("the database")));
}

/* The class's own stated figures: 10 years where stated, else since
 * inception with its start date. */
static void
fill_class_returns (ProspectPlanRow *row,
                    GPtrArray       *stated,
                    gint64           own_series,
                    const char      *as_of)
{
  gboolean have_ten = FALSE;

  for (guint i = 0; i < stated->len; i++)
    {
      const ProspectStatedReturn *s = g_ptr_array_index (stated, i);

      have_ten |= s->series_id == own_series && s->period == PROSPECT_PERIOD_10Y;
    }
  for (guint i = 0; i < stated->len; i++)
    {
      const ProspectStatedReturn *s = g_ptr_array_index (stated, i);
      int slot = period_slot (s->period);
      g_autofree char *what = NULL;

      if (s->series_id != own_series || (s->period == PROSPECT_PERIOD_INCEPTION && have_ten))
        continue;
      if (as_of != NULL && g_strcmp0 (s->end_date, as_of) != 0)
        {
          g_autofree char *date = prospect_format_date (s->end_date);

          g_free (row->missing[slot]);
          row->missing[slot] = g_strdup_printf (_("the document's figure runs to %s, not the plan's date"), date);
          continue;
        }
      row->returns[slot] = s->return_pct;
      g_clear_pointer (&row->missing[slot], g_free);
      if (s->period == PROSPECT_PERIOD_INCEPTION)
        {
          g_free (row->inception_date);
          row->inception_date = g_strdup (s->start_date);
        }
      if (row->as_of == NULL)
        row->as_of = g_strdup (s->end_date);
      what = g_strdup_printf (_("%s, %s"), row->name, prospect_period_label (s->period));
      add_source (row, what, &s->source);
    }
}

/* The index beside the option: the stated one, or the chosen benchmark
 * recomputed from its calendar years (P(1 + T)^n = ERV) over the same
 * periods. */
static void
fill_index_returns (ProspectDatabase         *database,
                    ProspectPlanRow          *row,
                    GPtrArray                *stated,
                    const ProspectPlanOption *option)
{
  gint64 index_id = option->benchmark_id;
  gboolean from_document = FALSE;

  for (guint i = 0; i < stated->len; i++)
    {
      const ProspectStatedReturn *s = g_ptr_array_index (stated, i);

      if (s->is_class || (index_id > 0 && s->series_id != index_id))
        continue;
      if (index_id == 0)
        index_id = s->series_id;
      if (s->series_id != index_id)
        continue;
      if (row->index_name == NULL)
        row->index_name = g_strdup (s->series_name);
      if ((s->period == PROSPECT_PERIOD_INCEPTION) != (row->inception_date != NULL) && s->period != PROSPECT_PERIOD_1Y
          && s->period != PROSPECT_PERIOD_5Y)
        continue;
      row->index_returns[period_slot (s->period)] = s->return_pct;
      g_clear_pointer (&row->index_missing[period_slot (s->period)], g_free);
      from_document = TRUE;
      {
        g_autofree char *what = g_strdup_printf (_("%s, %s"), s->series_name, prospect_period_label (s->period));

        add_source (row, what, &s->source);
      }
    }
  if (index_id == 0 || from_document || row->as_of == NULL)
    return;

  /* A benchmark of the user's choosing, from its calendar years. */
  {
    g_autoptr(GArray) years = prospect_database_list_annual_returns (database, index_id, NULL);
    g_autoptr(ProspectStatement) stmt = _prospect_database_prepare_with_id (database,
                                                                            "SELECT name FROM series WHERE id = ?1",
                                                                            index_id, NULL);
    gboolean found = FALSE;
    GDate end;
    const int spans[PROSPECT_PLAN_N_PERIODS] = { 1, 5, 10 };

    if (stmt != NULL && _prospect_database_step (database, stmt, &found, NULL) && found)
      row->index_name = _prospect_column_text (stmt, 0);
    if (years == NULL || !prospect_parse_iso_date (row->as_of, &end))
      return;
    for (guint p = 0; p < PROSPECT_PLAN_N_PERIODS; p++)
      {
        ProspectPeriodReturn computed;
        GDate start;

        if (p == 2 && row->inception_date != NULL)
          {
            if (!prospect_parse_iso_date (row->inception_date, &start))
              continue;
          }
        else
          {
            g_date_clear (&start, 1);
            g_date_set_dmy (&start, 1, G_DATE_JANUARY, g_date_get_year (&end) - spans[p] + 1);
          }
        /* An index's years are whole calendar years (see prospect-reconcile.c). */
        if (g_date_get_day (&start) != 1 || g_date_get_month (&start) != G_DATE_JANUARY)
          {
            g_free (row->index_missing[p]);
            row->index_missing[p] = g_strdup_printf (_("not recomputed: the period starts within %d, and an index's "
                                                       "yearly returns cover whole calendar years"),
                                                     g_date_get_year (&start));
            continue;
          }
        if (prospect_period_return_compute ((const ProspectAnnualReturn *) (void *) years->data, years->len, &start, &end,
                                            PROSPECT_DAY_COUNT_DEFAULT, &computed))
          {
            row->index_returns[p] = prospect_round_half_up (computed.average_pct, 2);
            g_clear_pointer (&row->index_missing[p], g_free);
          }
        else
          {
            g_free (row->index_missing[p]);
            row->index_missing[p] = g_strdup_printf (_("not recomputed: %s"), computed.reason);
          }
        prospect_period_return_clear (&computed);
      }
    g_ptr_array_add (row->sources, g_strdup_printf (_("%s: recomputed from its calendar-year returns in the database"),
                                                    row->index_name != NULL ? row->index_name : _("The benchmark")));
  }
}

static void
fill_expenses (ProspectPlanRow        *row,
               const ProspectFeeTable *fees)
{
  g_autoptr(GString) shareholder = g_string_new (NULL);
  ProspectCostScenario scenario;
  ProspectCostAssumptions a;
  g_autoptr(ProspectCostResult) result = NULL;

  row->gross_pct = fees->total_pct;
  if (!isnan (fees->net_pct) && fees->net_pct < fees->total_pct)
    row->net_pct = fees->net_pct;
  for (guint i = 0; i < prospect_fee_lines_count (); i++)
    {
      const ProspectFeeLine *line = prospect_fee_lines_get (i);
      double value = prospect_fee_line_value (line, fees);
      g_autofree char *text = NULL;
      g_autofree char *name = NULL;

      if (line->group != PROSPECT_FEE_GROUP_SHAREHOLDER || isnan (value) || value <= 0)
        continue;
      /* The short name ("Front load"), its unit left to the figure. */
      text = prospect_fee_line_format (line, fees);
      name = g_strdup (_(line->heading));
      if (g_str_has_suffix (name, " %") || g_str_has_suffix (name, " $"))
        name[strlen (name) - 2] = '\0';
      g_string_append_printf (shareholder, "%s%s %s", shareholder->len > 0 ? "; " : "", name, text);
    }
  row->shareholder_fees = shareholder->len > 0 ? g_strdup (shareholder->str) : g_strdup (_("None"));
  add_source (row, _("Fee table"), &fees->source);

  /* What the option's yearly expenses come to on $10,000 over 20 years at
   * 5%: the value given up to them, the cost calculator's total cost
   * without loads (which a participant may not pay). */
  prospect_cost_scenario_init (&scenario);
  prospect_cost_scenario_set_fees (&scenario, fees);
  scenario.front_load_pct = 0;
  scenario.n_deferred = 0;
  scenario.redemption_fee_pct = 0;
  prospect_cost_assumptions_init (&a);
  a.years = 20;
  a.surrender_at_end = FALSE;
  result = prospect_cost_compute (&scenario, &a, NULL);
  row->expenses_20y = result != NULL ? result->total_cost : NAN;
}

static ProspectPlanRow *
row_new (void)
{
  ProspectPlanRow *row = g_new0 (ProspectPlanRow, 1);

  for (guint p = 0; p < PROSPECT_PLAN_N_PERIODS; p++)
    row->returns[p] = row->index_returns[p] = NAN;
  row->gross_pct = row->net_pct = row->expenses_20y = row->fixed_rate_pct = NAN;
  row->sources = g_ptr_array_new_with_free_func (g_free);
  return row;
}

static ProspectPlanRow *
class_row (ProspectDatabase          *database,
           const ProspectPlanOption  *option,
           const char                *as_of,
           GError                   **error)
{
  g_autoptr(ProspectClassInfo) info = prospect_database_get_class (database, option->class_id, error);
  g_autoptr(GPtrArray) stated = NULL;
  g_autoptr(ProspectFeeTable) fees = NULL;
  g_autoptr(GError) fee_error = NULL;
  g_autoptr(ProspectStatement) ticker = NULL;
  ProspectPlanRow *row;
  gint64 own;
  gboolean found = FALSE;

  if (info == NULL || (stated = prospect_database_list_stated_returns (database, option->class_id, error)) == NULL)
    return NULL;
  row = row_new ();
  row->class_id = option->class_id;
  row->name = g_strdup_printf ("%s – %s", info->fund_name, info->name);
  ticker = _prospect_database_prepare_with_id (database, "SELECT ticker FROM share_class WHERE id = ?1",
                                               option->class_id, NULL);
  if (ticker != NULL && _prospect_database_step (database, ticker, &found, NULL) && found)
    row->ticker = _prospect_column_text (ticker, 0);
  row->category = g_strdup (option->category);
  row->restrictions = g_strdup (option->restrictions);
  for (guint p = 0; p < PROSPECT_PLAN_N_PERIODS; p++)
    {
      row->missing[p] = g_strdup (_("the document states no such figure"));
      row->index_missing[p] = g_strdup (_("no index figure in the database"));
    }
  own = prospect_database_class_series_id (database, option->class_id, NULL);
  fill_class_returns (row, stated, own, as_of);
  fill_index_returns (database, row, stated, option);
  fees = prospect_database_get_fee_table (database, option->class_id, &fee_error);
  if (fees != NULL)
    fill_expenses (row, fees);
  else
    row->shareholder_fees = g_strdup (_("not available: no fee table in the database"));
  return row;
}

/**
 * prospect_plan_rows_build:
 * @options: (element-type ProspectPlanOption): the line-up, in order
 * @as_of: (nullable): the ISO date the figures must run to; NULL: each
 *   document's own date
 *
 * Returns: (transfer full) (element-type ProspectPlanRow): a row per
 *   option, or NULL on error (a class that no longer exists).
 */
GPtrArray *
prospect_plan_rows_build (ProspectDatabase  *database,
                          GPtrArray         *options,
                          const char        *as_of,
                          GError           **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) prospect_plan_row_free);

  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  for (guint i = 0; i < options->len; i++)
    {
      const ProspectPlanOption *option = g_ptr_array_index (options, i);
      ProspectPlanRow *row;

      if (option->class_id > 0)
        {
          row = class_row (database, option, as_of, error);
          if (row == NULL)
            return NULL;
        }
      else
        {
          row = row_new ();
          row->fixed = TRUE;
          row->name = g_strdup (option->fixed_name);
          row->category = g_strdup (option->category);
          row->fixed_rate_pct = option->fixed_rate_pct;
          row->fixed_term = g_strdup (option->fixed_term);
          row->restrictions = g_strdup (option->restrictions);
          row->shareholder_fees = g_strdup (_("None"));
          for (guint p = 0; p < PROSPECT_PLAN_N_PERIODS; p++)
            {
              row->missing[p] = g_strdup (_("a fixed-return option: see its rate and term"));
              row->index_missing[p] = g_strdup (_("a fixed-return option has no index"));
            }
          g_ptr_array_add (row->sources, g_strdup_printf (_("%s: the rate and term as entered for the plan"),
                                                          row->name));
        }
      g_ptr_array_add (rows, row);
    }
  return g_steal_pointer (&rows);
}

/* "10 years", or "Since inception (September 13, 1993)". */
char *
prospect_plan_return_label (const ProspectPlanRow *row,
                            guint                  period)
{
  static const char *const labels[] = { N_("1 year"), N_("5 years"), N_("10 years") };

  g_return_val_if_fail (row != NULL && period < PROSPECT_PLAN_N_PERIODS, NULL);

  if (period == 2 && row->inception_date != NULL)
    {
      g_autofree char *date = prospect_format_date (row->inception_date);

      return g_strdup_printf (_("Since inception (%s)"), date);
    }
  return g_strdup (_(labels[period]));
}

/* A return as printed, or "n/a" (the reason is with the row). */
char *
prospect_plan_format_return (const ProspectPlanRow *row,
                             guint                  period,
                             gboolean               index)
{
  double value;

  g_return_val_if_fail (row != NULL && period < PROSPECT_PLAN_N_PERIODS, NULL);

  value = index ? row->index_returns[period] : row->returns[period];
  if (isnan (value))
    return g_strdup (_("n/a"));
  return prospect_format_percent (value, 2, PROSPECT_NEGATIVE_PARENTHESES);
}

/* Text a spreadsheet would run as a formula gets its apostrophe. */
static void
append_text (GString    *out,
             const char *text,
             gboolean    last)
{
  g_autofree char *guarded = prospect_csv_guard (text != NULL ? text : "");

  prospect_csv_append_field (out, guarded, last);
}

static void
append_number (GString *out,
               double   value,
               int      decimals)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char format[8];

  if (!isfinite (value))
    return;
  /* A file's numbers are the same in every locale. */
  g_snprintf (format, sizeof format, "%%.%df", decimals);
  g_string_append (out, g_ascii_formatd (buffer, sizeof buffer, format, value));
}

/**
 * prospect_plan_rows_to_csv:
 *
 * Returns: the comparative chart as CSV: figures as plain numbers (an empty
 *   cell where there is none, with the reason in the notes column), text
 *   guarded against spreadsheet formulas.
 */
char *
prospect_plan_rows_to_csv (GPtrArray *rows)
{
  GString *out = g_string_new ("option,ticker,type,return_1y_pct,return_5y_pct,return_10y_or_inception_pct,"
                               "inception_date,as_of,index,index_1y_pct,index_5y_pct,index_10y_or_inception_pct,"
                               "gross_expense_pct,net_expense_pct,gross_per_1000,net_per_1000,fixed_rate_pct,"
                               "fixed_term,shareholder_fees,restrictions,expenses_20y_on_10000,notes\r\n");

  g_return_val_if_fail (rows != NULL, NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      const ProspectPlanRow *row = g_ptr_array_index (rows, i);
      g_autoptr(GString) notes = g_string_new (NULL);
      g_autoptr(GString) line = g_string_new (NULL);

      for (guint p = 0; p < PROSPECT_PLAN_N_PERIODS; p++)
        if (isnan (row->returns[p]) && row->missing[p] != NULL && !row->fixed)
          {
            g_autofree char *label = prospect_plan_return_label (row, p);

            g_string_append_printf (notes, "%s%s: not available, %s", notes->len > 0 ? "; " : "", label,
                                    row->missing[p]);
          }
      append_text (line, row->name, FALSE);
      append_text (line, row->ticker, FALSE);
      append_text (line, row->category, FALSE);
      for (guint p = 0; p < PROSPECT_PLAN_N_PERIODS; p++)
        {
          append_number (line, row->returns[p], 2);
          g_string_append_c (line, ',');
        }
      append_text (line, row->inception_date, FALSE);
      append_text (line, row->as_of, FALSE);
      append_text (line, row->index_name, FALSE);
      for (guint p = 0; p < PROSPECT_PLAN_N_PERIODS; p++)
        {
          append_number (line, row->index_returns[p], 2);
          g_string_append_c (line, ',');
        }
      append_number (line, row->gross_pct, 2);
      g_string_append_c (line, ',');
      append_number (line, row->net_pct, 2);
      g_string_append_c (line, ',');
      append_number (line, prospect_plan_per_thousand (row->gross_pct), 2);
      g_string_append_c (line, ',');
      append_number (line, prospect_plan_per_thousand (row->net_pct), 2);
      g_string_append_c (line, ',');
      append_number (line, row->fixed_rate_pct, 2);
      g_string_append_c (line, ',');
      append_text (line, row->fixed_term, FALSE);
      append_text (line, row->shareholder_fees, FALSE);
      append_text (line, row->restrictions, FALSE);
      append_number (line, row->expenses_20y, 2);
      g_string_append_c (line, ',');
      append_text (line, notes->str, TRUE);
      g_string_append (out, line->str);
    }
  return g_string_free (out, FALSE);
}
