/* prospect-report.c: the client handout's content.
 *
 * A report is a list of blocks (headings, text, tables, charts) poured onto
 * pages top to bottom (prospect-report-layout.c); a block that does not fit
 * starts a new page.  Every page carries the required legends and its page
 * number in the footer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-report"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "prospect-chart-catalogue.h"
#include "prospect-format.h"
#include "prospect-printed-example.h"
#include "prospect-highlight-row.h"
#include "prospect-highlights.h"
#include "prospect-reconcile.h"
#include "prospect-report-private.h"
#include "prospect-saved-scenario.h"

void
_prospect_report_block_free (Block *block)
{
  g_free (block->text);
  g_clear_pointer (&block->chart, prospect_chart_data_unref);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  g_free (block);
}

void
prospect_report_free (ProspectReport *report)
{
  if (report == NULL)
    return;
  g_ptr_array_unref (report->blocks);
  g_array_unref (report->page_starts);
  g_free (report->footer);
  g_free (report->prepared);
  g_free (report->title);
  g_clear_pointer (&report->row_heights, g_hash_table_unref);
  g_clear_pointer (&report->layouts, g_hash_table_unref);
  g_free (report);
}

/* A report with no blocks yet, dated PREPARED_DATE (ISO; NULL: today). */
ProspectReport *
_prospect_report_new_empty (const char *prepared_date)
{
  ProspectReport *report = g_new0 (ProspectReport, 1);

  report->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) _prospect_report_block_free);
  report->page_starts = g_array_new (FALSE, FALSE, sizeof (guint));
  report->row_heights = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  report->layouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  if (prepared_date != NULL)
    report->prepared = prospect_format_date (prepared_date);
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *iso = g_date_time_format (now, "%Y-%m-%d");

      report->prepared = prospect_format_date (iso);
    }
  return report;
}

void
_prospect_report_add_text (ProspectReport *report,
                           BlockKind       kind,
                           const char     *text)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  block->text = g_strdup (text != NULL ? text : "");
  g_ptr_array_add (report->blocks, block);
}

void
_prospect_report_add_chart (ProspectReport    *report,
                            ProspectChartData *chart)
{
  Block *block;

  if (chart == NULL || prospect_chart_data_is_empty (chart))
    return;
  block = g_new0 (Block, 1);
  block->kind = BLOCK_CHART;
  block->chart = prospect_chart_data_ref (chart);
  g_ptr_array_add (report->blocks, block);
}

GPtrArray *
_prospect_report_add_table (ProspectReport *report)
{
  Block *block = g_new0 (Block, 1);

  block->kind = BLOCK_TABLE;
  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_ptr_array_add (report->blocks, block);
  return block->rows;
}

void
_prospect_report_add_row (GPtrArray  *rows,
                          const char *first,
                          ...)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *cell;
  va_list args;

  g_strv_builder_add (builder, first);
  va_start (args, first);
  while ((cell = va_arg (args, const char *)) != NULL)
    g_strv_builder_add (builder, cell);
  va_end (args);
  g_ptr_array_add (rows, g_strv_builder_end (builder));
}

/* g_strv_builder_take () is GLib 2.80; this is it for our floor. */
void
_prospect_report_builder_take (GStrvBuilder *builder,
                               char         *text)
{
  g_strv_builder_add (builder, text);
  g_free (text);
}

char *
_prospect_report_pct (double value)
{
  return prospect_format_percent (value, 2, PROSPECT_NEGATIVE_PARENTHESES);
}

/* ----- content ---------------------------------------------------------- */

/* The figures a participant asks about first, on the cover, each as the
 * pages after it give it: the class's stated averages (✓ where the yearly
 * returns reproduce them), its best and worst year, how often it was ahead
 * of each index, its expense ratio and the printed $10,000 example. */
static gboolean
add_key_figures (ProspectReport          *report,
                 ProspectDatabase        *db,
                 const ProspectClassInfo *info,
                 GError                 **error)
{
  g_autoptr(GPtrArray) rows = prospect_reconcile_class (db, info->id, PROSPECT_DAY_COUNT_DEFAULT, error);
  g_autoptr(ProspectChartData) annual = NULL;
  g_autoptr(ProspectFeeTable) fees = NULL;
  g_autoptr(GArray) printed = NULL;
  GPtrArray *table;
  guint before;

  if (rows == NULL || (annual = prospect_chart_annual_returns (db, info->id, error)) == NULL)
    return FALSE;
  fees = prospect_database_get_fee_table (db, info->id, NULL);
  printed = prospect_database_list_expense_example (db, info->id, NULL);

  _prospect_report_add_text (report, BLOCK_HEADING, _("Key figures"));
  table = _prospect_report_add_table (report);
  _prospect_report_add_row (table, _("Figure"), _("Value"), NULL);
  before = table->len;
  for (guint i = 0; i < rows->len; i++)
    {
      const ProspectReconciliation *r = g_ptr_array_index (rows, i);
      g_autofree char *label = NULL;
      g_autofree char *value = NULL;
      g_autofree char *end = prospect_format_date (r->stated->end_date);
      g_autofree char *period = NULL;

      if (!r->stated->is_class)
        continue;
      period = g_utf8_strdown (prospect_period_label (r->stated->period), -1);
      label = g_strdup_printf (_("Average annual total return, %s, to %s"), period, end);
      value = _prospect_report_pct (r->stated->return_pct);
      if (r->agrees)
        {
          g_autofree char *marked = g_strdup_printf ("%s ✓", value);

          _prospect_report_add_row (table, label, marked, NULL);
        }
      else
        _prospect_report_add_row (table, label, value, NULL);
    }
  if (annual->versus_series >= 0)
    {
      const ProspectChartSeries *fund = g_ptr_array_index (annual->series, annual->versus_series);
      ProspectReturnStats stats;
      g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (ProspectAnnualReturn));

      for (guint c = 0; c < annual->categories->len; c++)
        {
          double v = prospect_chart_data_get_value (annual, annual->versus_series, c);
          ProspectAnnualReturn year = { atoi (g_ptr_array_index (annual->categories, c)), v };

          if (isfinite (v))
            g_array_append_val (years, year);
        }
      if (prospect_return_stats ((const ProspectAnnualReturn *) (void *) years->data, years->len, &stats))
        {
          g_autofree char *best = _prospect_report_pct (stats.best_pct);
          g_autofree char *worst = _prospect_report_pct (stats.worst_pct);
          g_autofree char *text = g_strdup_printf (_("%s (%d); %s (%d)"), best, stats.best_year, worst,
                                                   stats.worst_year);

          _prospect_report_add_row (table, _("Best and worst calendar year"), text, NULL);
        }
      for (guint i = 0; i < annual->series->len; i++)
        {
          const ProspectChartSeries *index = g_ptr_array_index (annual->series, i);
          ProspectVersusCount count;
          g_autofree char *label = NULL;
          g_autofree char *text = NULL;

          if ((int) i == annual->versus_series)
            continue;
          prospect_returns_versus ((const double *) (void *) fund->values->data,
                                   (const double *) (void *) index->values->data, fund->values->len, &count);
          if (count.n_compared == 0)
            continue;
          label = g_strdup_printf (_("Calendar years ahead of the %s"), index->name);
          text = g_strdup_printf (_("%u of %u"), count.n_beaten, count.n_compared);
          _prospect_report_add_row (table, label, text, NULL);
        }
    }
  if (fees != NULL)
    {
      gboolean waived = !isnan (fees->net_pct) && fees->net_pct < fees->total_pct;
      g_autofree char *total = _prospect_report_pct (fees->total_pct);
      g_autofree char *net = waived ? _prospect_report_pct (fees->net_pct) : NULL;
      g_autofree char *text = waived ? g_strdup_printf (_("%s (%s after the fee waiver)"), total, net) : g_strdup (total);

      _prospect_report_add_row (table, _("Total annual fund operating expenses"), text, NULL);
    }
  if (printed != NULL)
    {
      const ProspectPrintedExample *one = prospect_printed_example_find (printed, 1, TRUE);
      const ProspectPrintedExample *ten = prospect_printed_example_find (printed, 10, TRUE);

      if (one != NULL && ten != NULL)
        {
          g_autofree char *a = prospect_format_money (one->cost, 0, PROSPECT_NEGATIVE_PARENTHESES);
          g_autofree char *b = prospect_format_money (ten->cost, 0, PROSPECT_NEGATIVE_PARENTHESES);
          g_autofree char *amount = prospect_format_money (one->amount, 0, PROSPECT_NEGATIVE_PARENTHESES);
          g_autofree char *label = g_strdup_printf (_("Expenses on %s at 5%% a year, 1 and 10 years (printed example)"),
                                                    amount);
          g_autofree char *text = g_strdup_printf ("%s; %s", a, b);

          _prospect_report_add_row (table, label, text, NULL);
        }
    }
  if (table->len == before)
    _prospect_report_add_row (table, _("The database holds no figures for this class."), "—", NULL);
  return TRUE;
}

gboolean
_prospect_report_add_cover (ProspectReport          *report,
                            ProspectDatabase        *db,
                            const ProspectClassInfo *info,
                            GError                 **error)
{
  g_autoptr(ProspectFundInfo) fund = prospect_database_get_fund (db, info->fund_id, error);
  g_autofree char *title = NULL;
  g_autofree char *prepared = NULL;
  g_autofree char *inception = NULL;

  if (fund == NULL)
    return FALSE;
  title = g_strdup_printf ("%s – %s", info->fund_name, info->name);
  _prospect_report_add_text (report, BLOCK_TITLE, title);
  _prospect_report_add_text (report, BLOCK_TEXT, info->trust);
  prepared = g_strdup_printf ("Client handout prepared %s.", report->prepared);
  _prospect_report_add_text (report, BLOCK_TEXT, prepared);
  if (fund->source.document != NULL)
    {
      g_autofree char *dated = prospect_format_date (fund->source.as_of);
      g_autofree char *from = g_strdup_printf ("Figures from the %s, dated %s. Performance figures are as of the "
                                               "dates shown beside them.", fund->source.document, dated);

      _prospect_report_add_text (report, BLOCK_TEXT, from);
    }
  if (info->inception_date != NULL)
    {
      g_autofree char *date = prospect_format_date (info->inception_date);

      inception = g_strdup_printf ("Class inception: %s. Adviser: %s. Portfolio manager: %s.", date,
                                   fund->adviser != NULL ? fund->adviser : "—",
                                   fund->portfolio_manager != NULL ? fund->portfolio_manager : "—");
      _prospect_report_add_text (report, BLOCK_TEXT, inception);
    }
  _prospect_report_add_text (report, BLOCK_HEADING, _("Investment objective"));
  _prospect_report_add_text (report, BLOCK_TEXT, fund->objective);
  /* No page break: the performance pages follow on, so that no page is
   * left mostly empty. */
  return add_key_figures (report, db, info, error);
}

gboolean
_prospect_report_add_performance (ProspectReport          *report,
                                  ProspectDatabase        *db,
                                  const ProspectClassInfo *info,
                                  GError                 **error)
{
  g_autoptr(GPtrArray) rows = prospect_reconcile_class (db, info->id, PROSPECT_DAY_COUNT_DEFAULT, error);
  g_autoptr(ProspectChartData) average = NULL;
  g_autoptr(ProspectChartData) annual = NULL;
  g_autoptr(ProspectChartData) growth = NULL;

  if (rows == NULL || (average = prospect_chart_average_returns (db, info->id, error)) == NULL ||
      (annual = prospect_chart_annual_returns (db, info->id, error)) == NULL ||
      (growth = prospect_chart_growth (db, info->id, 10000, FALSE, error)) == NULL)
    return FALSE;

  _prospect_report_add_text (report, BLOCK_HEADING, _("Performance"));
  if (rows->len == 0 && prospect_chart_data_is_empty (annual))
    {
      _prospect_report_add_text (report, BLOCK_TEXT, _("The database holds no performance figures for this class."));
      return TRUE;
    }
  _prospect_report_add_chart (report, average);
  if (rows->len > 0)
    {
      GPtrArray *table = _prospect_report_add_table (report);
      const char *cells[4] = { NULL };
      g_autofree char *series = NULL;
      gint64 last = -1;
      char *owned[3] = { NULL };

      _prospect_report_add_row (table, _("Average annual total return"), "1 year", "5 years", "Since inception", NULL);
      for (guint i = 0; i <= rows->len; i++)
        {
          const ProspectReconciliation *r = i < rows->len ? g_ptr_array_index (rows, i) : NULL;

          if (r == NULL || r->stated->series_id != last)
            {
              if (last != -1)
                _prospect_report_add_row (table, series, cells[1] ? cells[1] : "—", cells[2] ? cells[2] : "—",
                                          cells[3] ? cells[3] : "—", NULL);
              for (int c = 0; c < 3; c++)
                g_clear_pointer (&owned[c], g_free);
              memset (cells, 0, sizeof cells);
              if (r == NULL)
                break;
              g_free (series);
              series = g_strdup (r->stated->series_name);
              last = r->stated->series_id;
            }
          {
            int column = r->stated->period == PROSPECT_PERIOD_1Y ? 1 : r->stated->period == PROSPECT_PERIOD_5Y ? 2 : 3;
            g_autofree char *stated = _prospect_report_pct (r->stated->return_pct);
            g_autofree char *computed = r->computed.available ? _prospect_report_pct (r->computed.average_pct) : NULL;

            g_free (owned[column - 1]);
            /* Agreeing, the figure is not repeated: "(2.27%) ✓"; otherwise
             * both are given: "(2.27%) ✗ recomputed (2.50%)". */
            owned[column - 1] = computed == NULL ? g_strdup (stated)
                                : r->agrees ? g_strdup_printf ("%s ✓", stated)
                                : g_strdup_printf (_("%s ✗ recomputed %s"), stated, computed);
            cells[column] = owned[column - 1];
          }
        }
      {
        g_autofree char *method = g_strdup_printf (
          "Stated figures are the document's. Recomputed figures use P(1 + T)^n = ERV on the calendar-year returns; "
          "day count: %s. ✓: the recomputed figure agrees to the hundredth of a percent; ✗: it does not, and is "
          "given. Periods under one year are not annualized.",
          prospect_day_count_to_string (PROSPECT_DAY_COUNT_DEFAULT));

        _prospect_report_add_text (report, BLOCK_NOTE, method);
      }
    }
  _prospect_report_add_chart (report, annual);
  _prospect_report_add_chart (report, growth);
  return TRUE;
}


gboolean
_prospect_report_add_portfolio (ProspectReport          *report,
                                ProspectDatabase        *db,
                                const ProspectClassInfo *info,
                                GError                 **error)
{
  static const struct { const char *topic, *title; } topics[] = {
    { "objective", "Investment objective" }, { "strategies", "Principal investment strategies" },
    { "policies", "General portfolio policies" }, { "risks", "Risks" },
    { "management", "Management" }, { "distributions", "Distributions and taxes" },
    { "guide", "Shareholder's guide" },
  };
  g_autoptr(GPtrArray) limits = prospect_database_list_policy_limits (db, info->fund_id, error);
  GPtrArray *table;

  if (limits == NULL)
    return FALSE;
  _prospect_report_add_text (report, BLOCK_HEADING, _("Investment limits"));
  table = _prospect_report_add_table (report);
  _prospect_report_add_row (table, _("Holding"), "Limit", NULL);
  for (guint i = 0; i < limits->len; i++)
    {
      const ProspectPolicyLimit *l = g_ptr_array_index (limits, i);

      _prospect_report_add_row (table, l->label, l->wording, NULL);
    }
  for (guint t = 0; t < G_N_ELEMENTS (topics); t++)
    {
      g_autoptr(GPtrArray) blocks = prospect_database_list_text_blocks (db, info->fund_id, topics[t].topic, error);

      if (blocks == NULL)
        return FALSE;
      if (blocks->len == 0)
        continue;
      _prospect_report_add_text (report, BLOCK_HEADING, topics[t].title);
      for (guint b = 0; b < blocks->len; b++)
        {
          const ProspectTextBlock *block = g_ptr_array_index (blocks, b);
          g_autofree char *text = block->heading != NULL ? g_strdup_printf ("%s\n%s", block->heading, block->body)
                                                         : g_strdup (block->body);

          _prospect_report_add_text (report, BLOCK_TEXT, text);
        }
    }
  return TRUE;
}


/**
 * prospect_report_new:
 * @scenario_names: (nullable): saved scenarios for the cost comparison;
 *   NULL for all of them
 * @prepared_date: (nullable): the date to print as prepared, ISO; today
 *   when NULL
 */
ProspectReport *
prospect_report_new (ProspectDatabase       *database,
                     gint64                  class_id,
                     ProspectReportContent   content,
                     const char * const     *scenario_names,
                     const char             *prepared_date,
                     GError                **error)
{
  return prospect_report_new_with_example (database, class_id, content, scenario_names, prepared_date, NULL, error);
}

/**
 * prospect_report_new_with_example:
 * @what_if: (nullable): the expense example's inputs as the user set them
 *   on the Fees page; shown, labelled as the user's assumptions, beside the
 *   printed figures when they differ from the prospectus's own
 *
 * As prospect_report_new (), for printing and handouts made from the
 * window: they show what is on screen.
 */
ProspectReport *
prospect_report_new_with_example (ProspectDatabase           *database,
                                  gint64                      class_id,
                                  ProspectReportContent       content,
                                  const char * const         *scenario_names,
                                  const char                 *prepared_date,
                                  const ProspectExpenseInput *what_if,
                                  GError                    **error)
{
  g_autoptr(ProspectReport) report = _prospect_report_new_empty (prepared_date);
  g_autoptr(ProspectClassInfo) info = NULL;
  g_autoptr(ProspectFundInfo) fund = NULL;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), NULL);

  if (what_if != NULL)
    {
      report->what_if = *what_if;
      report->has_what_if = TRUE;
    }

  if ((info = prospect_database_get_class (database, class_id, error)) == NULL ||
      (fund = prospect_database_get_fund (database, info->fund_id, error)) == NULL)
    return NULL;
  {
    g_autofree char *dated = prospect_format_date (fund->source.as_of);

    report->footer = g_strdup_printf (
      "Past performance does not necessarily indicate future results. Index returns reflect no fees or expenses. "
      "Figures do not reflect contract-level charges unless stated. Source: %s%s%s; each figure's section is named "
      "in Prospect.", fund->source.document != NULL ? fund->source.document : "the Prospect database",
      fund->source.as_of != NULL ? ", dated " : "", fund->source.as_of != NULL ? dated : "");
  }

  if (((content & PROSPECT_REPORT_COVER) && !_prospect_report_add_cover (report, database, info, error)) ||
      ((content & PROSPECT_REPORT_PERFORMANCE) && !_prospect_report_add_performance (report, database, info, error)) ||
      ((content & PROSPECT_REPORT_FEES) && !_prospect_report_add_fees (report, database, info, error)) ||
      ((content & PROSPECT_REPORT_COSTS) && !_prospect_report_add_costs (report, database, info, scenario_names, error)) ||
      ((content & PROSPECT_REPORT_HIGHLIGHTS) && !_prospect_report_add_highlights (report, database, info, error)) ||
      ((content & PROSPECT_REPORT_PORTFOLIO) && !_prospect_report_add_portfolio (report, database, info, error)))
    return NULL;
  return g_steal_pointer (&report);
}
