/* prospect-report.c
 *
 * A report is a list of blocks (headings, text, tables, charts) poured onto
 * pages top to bottom; a block that does not fit starts a new page.  Every
 * page carries the required legends and its page number in the footer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-report"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "prospect-chart-catalogue.h"
#include "prospect-format.h"
#include "prospect-printed-example.h"
#include "prospect-highlight-row.h"
#include "prospect-highlights.h"
#include "prospect-reconcile.h"
#include "prospect-report.h"
#include "prospect-saved-scenario.h"

/* US Letter, in points; margins suit both Letter and A4 printers. */
#define PAGE_WIDTH 612.0
#define PAGE_HEIGHT 792.0
#define MARGIN 48.0
#define GAP 8.0

typedef enum
{
  BLOCK_TITLE,
  BLOCK_HEADING,
  BLOCK_TEXT,
  BLOCK_NOTE,
  BLOCK_CHART,
  BLOCK_TABLE,
  BLOCK_PAGE_BREAK,
} BlockKind;

typedef struct
{
  BlockKind          kind;
  char              *text;
  ProspectChartData *chart;
  GPtrArray         *rows;   /* GStrv; the first is the header */
} Block;

struct _ProspectReport
{
  GPtrArray *blocks;
  GArray    *page_starts;    /* guint: first block of each page */
  char      *footer;
  char      *prepared;
  double     laid_width;
  double     laid_height;
};

static void
block_free (Block *block)
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
  g_free (report);
}

static void
add_text (ProspectReport *report,
          BlockKind       kind,
          const char     *text)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  block->text = g_strdup (text != NULL ? text : "");
  g_ptr_array_add (report->blocks, block);
}

static void
add_chart (ProspectReport    *report,
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

static GPtrArray *
add_table (ProspectReport *report)
{
  Block *block = g_new0 (Block, 1);

  block->kind = BLOCK_TABLE;
  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_ptr_array_add (report->blocks, block);
  return block->rows;
}

static void
add_row (GPtrArray  *rows,
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
static void
builder_take (GStrvBuilder *builder,
              char         *text)
{
  g_strv_builder_add (builder, text);
  g_free (text);
}

static void
page_break (ProspectReport *report)
{
  Block *block = g_new0 (Block, 1);

  block->kind = BLOCK_PAGE_BREAK;
  g_ptr_array_add (report->blocks, block);
}

static char *
pct (double value)
{
  return prospect_format_percent (value, 2, PROSPECT_NEGATIVE_PARENTHESES);
}

static char *
pct_or_none (double value)
{
  return isnan (value) || value == 0 ? g_strdup ("None") : pct (value);
}

/* ----- content ---------------------------------------------------------- */

static gboolean
add_cover (ProspectReport          *report,
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
  add_text (report, BLOCK_TITLE, title);
  add_text (report, BLOCK_TEXT, info->trust);
  prepared = g_strdup_printf ("Client handout prepared %s.", report->prepared);
  add_text (report, BLOCK_TEXT, prepared);
  if (fund->source.document != NULL)
    {
      g_autofree char *dated = prospect_format_date (fund->source.as_of);
      g_autofree char *from = g_strdup_printf ("Figures from the %s, dated %s. Performance figures are as of the "
                                               "dates shown beside them.", fund->source.document, dated);

      add_text (report, BLOCK_TEXT, from);
    }
  if (info->inception_date != NULL)
    {
      g_autofree char *date = prospect_format_date (info->inception_date);

      inception = g_strdup_printf ("Class inception: %s. Adviser: %s. Portfolio manager: %s.", date,
                                   fund->adviser != NULL ? fund->adviser : "—",
                                   fund->portfolio_manager != NULL ? fund->portfolio_manager : "—");
      add_text (report, BLOCK_TEXT, inception);
    }
  add_text (report, BLOCK_HEADING, "Investment objective");
  add_text (report, BLOCK_TEXT, fund->objective);
  page_break (report);
  return TRUE;
}

static gboolean
add_performance (ProspectReport          *report,
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

  add_text (report, BLOCK_HEADING, "Performance");
  if (rows->len == 0 && prospect_chart_data_is_empty (annual))
    {
      add_text (report, BLOCK_TEXT, "The database holds no performance figures for this class.");
      page_break (report);
      return TRUE;
    }
  add_chart (report, average);
  if (rows->len > 0)
    {
      GPtrArray *table = add_table (report);
      const char *cells[4] = { NULL };
      g_autofree char *series = NULL;
      gint64 last = -1;
      char *owned[3] = { NULL };

      add_row (table, "Average annual total return", "1 year", "5 years", "Since inception", NULL);
      for (guint i = 0; i <= rows->len; i++)
        {
          const ProspectReconciliation *r = i < rows->len ? g_ptr_array_index (rows, i) : NULL;

          if (r == NULL || r->stated->series_id != last)
            {
              if (last != -1)
                add_row (table, series, cells[1] ? cells[1] : "—", cells[2] ? cells[2] : "—",
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
            g_autofree char *stated = pct (r->stated->return_pct);
            g_autofree char *computed = r->computed.available ? pct (r->computed.average_pct) : NULL;

            g_free (owned[column - 1]);
            owned[column - 1] = computed != NULL
              ? g_strdup_printf ("%s (%s recomputed %s)", stated, r->agrees ? "✓" : "✗", computed)
              : g_strdup (stated);
            cells[column] = owned[column - 1];
          }
        }
      {
        g_autofree char *method = g_strdup_printf (
          "Stated figures are the document's. Recomputed figures use P(1 + T)^n = ERV on the calendar-year returns; "
          "day count: %s. ✓: agrees to the hundredth of a percent. Periods under one year are not annualized.",
          prospect_day_count_to_string (PROSPECT_DAY_COUNT_DEFAULT));

        add_text (report, BLOCK_NOTE, method);
      }
    }
  add_chart (report, annual);
  add_chart (report, growth);
  page_break (report);
  return TRUE;
}

static gboolean
add_fees (ProspectReport          *report,
          ProspectDatabase        *db,
          const ProspectClassInfo *info,
          GError                 **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(ProspectFeeTable) fees = prospect_database_get_fee_table (db, info->id, &local_error);
  g_autoptr(GArray) printed = NULL;
  g_autoptr(ProspectExpenseResult) result = NULL;
  ProspectExpenseInput input;
  GPtrArray *table;

  add_text (report, BLOCK_HEADING, "Fees and expenses");
  if (fees == NULL)
    {
      if (!g_error_matches (local_error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      add_text (report, BLOCK_TEXT, "The database holds no fee table for this class.");
      page_break (report);
      return TRUE;
    }
  printed = prospect_database_list_expense_example (db, info->id, error);
  if (printed == NULL)
    return FALSE;

  {
    g_autofree char *front = pct_or_none (fees->front_load_pct);
    g_autofree char *deferred = pct_or_none (fees->deferred_load_pct);
    g_autofree char *redemption = pct_or_none (fees->redemption_fee_pct);
    g_autofree char *exchange = pct_or_none (fees->exchange_fee_pct);

    table = add_table (report);
    add_row (table, "Shareholder fees (paid directly from your investment)", info->name, NULL);
    add_row (table, "Maximum sales charge (load) on purchases", front, NULL);
    add_row (table, "Maximum deferred sales charge (load)", deferred, NULL);
    add_row (table, "Redemption fee", redemption, NULL);
    add_row (table, "Exchange fee", exchange, NULL);
  }
  {
    g_autofree char *management = pct_or_none (fees->management_fee_pct);
    g_autofree char *distribution = pct_or_none (fees->distribution_fee_pct);
    g_autofree char *other = pct_or_none (fees->other_expenses_pct);
    g_autofree char *total = pct (fees->total_pct);

    table = add_table (report);
    add_row (table, "Annual fund operating expenses (deducted from fund assets)", info->name, NULL);
    add_row (table, "Management fee", management, NULL);
    add_row (table, "Distribution (12b-1) fees", distribution, NULL);
    add_row (table, "Other expenses", other, NULL);
    add_row (table, "Total annual fund operating expenses", total, NULL);
    if (!isnan (fees->net_pct))
      {
        g_autofree char *waiver = pct_or_none (fees->waiver_pct);
        g_autofree char *net = pct (fees->net_pct);

        add_row (table, "Fee waiver", waiver, NULL);
        add_row (table, "Net expenses", net, NULL);
      }
  }
  add_text (report, BLOCK_NOTE, fees->footnote);

  prospect_expense_input_init (&input);
  prospect_expense_input_set_fee_table (&input, fees);
  result = prospect_expense_compute (&input, error);
  if (result == NULL)
    return FALSE;

  add_text (report, BLOCK_HEADING, "Expense example");
  {
    g_autofree char *amount = prospect_format_money (input.amount, 0, PROSPECT_NEGATIVE_MINUS);
    g_autofree char *text = g_strdup_printf ("What investing %s for each period would cost, with a 5%% return each "
                                             "year and operating expenses as above, redeemed at the end.", amount);

    add_text (report, BLOCK_TEXT, text);
  }
  table = add_table (report);
  {
    g_autoptr(GStrvBuilder) header = g_strv_builder_new ();
    g_autoptr(GStrvBuilder) costs = g_strv_builder_new ();
    g_autoptr(GStrvBuilder) printed_row = g_strv_builder_new ();
    gboolean any_printed = FALSE;

    g_strv_builder_add (header, "Period");
    g_strv_builder_add (costs, "Cost, computed");
    g_strv_builder_add (printed_row, "Cost, as printed");
    for (guint i = 0; i < result->rows->len; i++)
      {
        const ProspectExpenseRow *row = &g_array_index (result->rows, ProspectExpenseRow, i);
        g_autofree char *label = NULL;
        g_autofree char *cost = NULL;
        g_autofree char *in_print = g_strdup ("—");

        if (!row->redeemed)
          continue;
        label = g_strdup_printf (row->years == 1 ? "%d year" : "%d years", row->years);
        cost = prospect_format_money (row->cost, 0, PROSPECT_NEGATIVE_MINUS);
        {
          const ProspectPrintedExample *e = prospect_printed_example_find (printed, row->years, TRUE);

          if (e != NULL)
            {
              g_autofree char *money = prospect_format_money (e->cost, 0, PROSPECT_NEGATIVE_MINUS);

              g_free (in_print);
              in_print = g_strdup_printf ("%s %s", money, prospect_printed_example_agrees (e, row) ? "✓" : "✗");
              any_printed = TRUE;
            }
        }
        g_strv_builder_add (header, label);
        g_strv_builder_add (costs, cost);
        g_strv_builder_add (printed_row, in_print);
      }
    g_ptr_array_add (table, g_strv_builder_end (header));
    g_ptr_array_add (table, g_strv_builder_end (costs));
    if (any_printed)
      g_ptr_array_add (table, g_strv_builder_end (printed_row));
  }
  add_text (report, BLOCK_NOTE, prospect_expense_method ());

  table = add_table (report);
  add_row (table, "Year", "Beginning balance", "Expense ratio", "Cost", "Ending balance", NULL);
  for (guint i = 0; i < result->schedule->len; i++)
    {
      const ProspectExpenseYear *y = &g_array_index (result->schedule, ProspectExpenseYear, i);
      g_autofree char *year = g_strdup_printf ("%d", y->year);
      g_autofree char *begin = prospect_format_money (y->begin, 2, PROSPECT_NEGATIVE_MINUS);
      g_autofree char *ratio = pct (y->ratio_pct);
      g_autofree char *cost = prospect_format_money (y->cost, 2, PROSPECT_NEGATIVE_MINUS);
      g_autofree char *end = prospect_format_money (y->end, 2, PROSPECT_NEGATIVE_MINUS);

      add_row (table, year, begin, ratio, cost, end, NULL);
    }
  {
    g_autoptr(ProspectChartData) chart = prospect_chart_expense_example (&input, result, info->name);

    add_chart (report, chart);
  }
  page_break (report);
  return TRUE;
}

/* The saved scenarios named (all when NAMES is NULL), or, with none saved,
 * the class's fund alone. */
static gboolean
add_costs (ProspectReport           *report,
           ProspectDatabase         *db,
           const ProspectClassInfo  *info,
           const char * const       *names,
           GError                  **error)
{
  g_autoptr(GPtrArray) saved = prospect_database_list_scenarios (db, error);
  g_autoptr(GPtrArray) chosen = g_ptr_array_new ();
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func ((GDestroyNotify) prospect_cost_result_free);
  g_autoptr(ProspectSavedScenario) own = NULL;
  ProspectCostAssumptions assumptions;
  GPtrArray *table;

  if (saved == NULL || !prospect_database_get_assumptions (db, &assumptions, error))
    return FALSE;
  for (guint n = 0; names != NULL && names[n] != NULL; n++)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < saved->len; i++)
        if (g_str_equal (((ProspectSavedScenario *) g_ptr_array_index (saved, i))->name, names[n]))
          {
            g_ptr_array_add (chosen, g_ptr_array_index (saved, i));
            found = TRUE;
          }
      if (!found)
        {
          g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_NOT_FOUND,
                       "There is no saved scenario named “%s”.", names[n]);
          return FALSE;
        }
    }
  if (names == NULL)
    for (guint i = 0; i < saved->len && i < PROSPECT_MAX_SCENARIOS; i++)
      g_ptr_array_add (chosen, g_ptr_array_index (saved, i));

  add_text (report, BLOCK_HEADING, "Cost comparison");
  if (chosen->len == 0)
    {
      g_autoptr(GError) local_error = NULL;

      own = prospect_saved_scenario_new (info->name);
      own->class_id = info->id;
      if (!prospect_saved_scenario_resolve (own, db, &local_error))
        {
          if (!g_error_matches (local_error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_NOT_FOUND))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          add_text (report, BLOCK_TEXT, "No saved scenarios, and the database holds no fee table for this class.");
          page_break (report);
          return TRUE;
        }
      g_ptr_array_add (chosen, own);
    }

  {
    g_autofree char *amount = prospect_format_money (assumptions.amount, 0, PROSPECT_NEGATIVE_MINUS);
    g_autofree char *contribution = prospect_format_money (assumptions.contribution + assumptions.employer_match, 0,
                                                           PROSPECT_NEGATIVE_MINUS);
    g_autofree char *ret = prospect_format_percent (assumptions.return_pct, 2, PROSPECT_NEGATIVE_MINUS);
    g_autofree char *text = g_strdup_printf ("%s invested%s%s a year, a %s return a year before costs, over %d years, "
                                             "redeemed or surrendered at the end. Contract charges are included "
                                             "where a scenario states them.", amount,
                                             assumptions.contribution + assumptions.employer_match > 0 ? ", plus " : "",
                                             assumptions.contribution + assumptions.employer_match > 0 ? contribution : "",
                                             ret, assumptions.years);

    /* The sentence reads "… invested a year" without contributions; mend it. */
    if (assumptions.contribution + assumptions.employer_match <= 0)
      {
        g_free (text);
        text = g_strdup_printf ("%s invested, a %s return a year before costs, over %d years, redeemed or surrendered "
                                "at the end. Contract charges are included where a scenario states them.", amount, ret,
                                assumptions.years);
      }
    add_text (report, BLOCK_TEXT, text);
  }

  table = add_table (report);
  add_row (table, "Scenario", "Value with costs", "Value without costs", "Fees paid", "Foregone earnings",
           "Total cost", NULL);
  for (guint i = 0; i < chosen->len; i++)
    {
      const ProspectSavedScenario *s = g_ptr_array_index (chosen, i);
      ProspectCostResult *result = prospect_cost_compute (&s->scenario, &assumptions, error);

      if (result == NULL)
        return FALSE;
      {
        g_autofree char *with = prospect_format_money (result->value_with_costs, 0, PROSPECT_NEGATIVE_MINUS);
        g_autofree char *without = prospect_format_money (result->value_without_costs, 0, PROSPECT_NEGATIVE_MINUS);
        g_autofree char *paid = prospect_format_money (result->fees_paid, 0, PROSPECT_NEGATIVE_MINUS);
        g_autofree char *foregone = prospect_format_money (result->foregone_earnings, 0, PROSPECT_NEGATIVE_MINUS);
        g_autofree char *total = prospect_format_money (result->total_cost, 0, PROSPECT_NEGATIVE_MINUS);

        add_row (table, s->name, with, without, paid, foregone, total, NULL);
      }
      g_ptr_array_add (results, result);
    }
  for (guint a = 0; a < results->len; a++)
    for (guint b = a + 1; b < results->len; b++)
      {
        int year = prospect_cost_breakeven_year (g_ptr_array_index (results, a), g_ptr_array_index (results, b), TRUE);
        const char *name_a = ((ProspectSavedScenario *) g_ptr_array_index (chosen, a))->name;
        const char *name_b = ((ProspectSavedScenario *) g_ptr_array_index (chosen, b))->name;
        g_autofree char *text = year > 0
          ? g_strdup_printf ("Breakeven: %s and %s change places in year %d.", name_a, name_b, year)
          : g_strdup_printf ("%s and %s do not change places within %d years.", name_a, name_b, assumptions.years);

        add_text (report, BLOCK_NOTE, text);
      }
  {
    g_autofree const ProspectCostResult **pointers = g_new0 (const ProspectCostResult *, results->len + 1);
    g_autofree const char **labels = g_new0 (const char *, results->len + 1);
    g_autoptr(ProspectChartData) chart = NULL;
    g_autoptr(ProspectChartData) layers = NULL;

    for (guint i = 0; i < results->len; i++)
      {
        pointers[i] = g_ptr_array_index (results, i);
        labels[i] = ((ProspectSavedScenario *) g_ptr_array_index (chosen, i))->name;
      }
    chart = prospect_chart_cost_over_time (pointers, labels, results->len);
    add_chart (report, chart);
    layers = prospect_chart_fees_by_layer (pointers[0], labels[0]);
    add_chart (report, layers);
  }
  page_break (report);
  return TRUE;
}

static gboolean
add_highlights (ProspectReport          *report,
                ProspectDatabase        *db,
                const ProspectClassInfo *info,
                GError                 **error)
{
  g_autoptr(ProspectHighlights) h = prospect_database_get_highlights (db, info->id, error);
  g_autoptr(GListModel) rows = NULL;
  g_autoptr(GArray) checks = NULL;
  g_autoptr(GString) notes = g_string_new (NULL);
  GPtrArray *table;

  if (h == NULL)
    return FALSE;
  add_text (report, BLOCK_HEADING, "Financial highlights");
  if (h->years->len == 0)
    {
      add_text (report, BLOCK_TEXT, "The database holds no financial highlights for this class.");
      return TRUE;
    }
  rows = prospect_highlight_rows_new (h);
  table = add_table (report);
  {
    g_autoptr(GStrvBuilder) header = g_strv_builder_new ();

    g_strv_builder_add (header, "Periods ending December 31");
    for (guint y = 0; y < h->years->len; y++)
      builder_take (header, g_strdup_printf ("%d", g_array_index (h->years, int, y)));
    g_ptr_array_add (table, g_strv_builder_end (header));
  }
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(ProspectHighlightRow) row = g_list_model_get_item (rows, i);
      g_autoptr(GStrvBuilder) cells = g_strv_builder_new ();

      g_strv_builder_add (cells, prospect_highlight_row_get_label (row));
      for (guint y = 0; y < h->years->len; y++)
        builder_take (cells, prospect_highlight_row_format_value (row, y));
      g_ptr_array_add (table, g_strv_builder_end (cells));
    }
  for (guint i = 0; i < h->footnotes->len; i++)
    {
      const ProspectFootnote *note = g_ptr_array_index (h->footnotes, i);
      g_autofree char *mark = prospect_format_marks (note->mark);

      g_string_append_printf (notes, "%s%s %s", notes->len > 0 ? "\n" : "", mark, note->text);
    }
  add_text (report, BLOCK_NOTE, notes->str);

  checks = prospect_highlights_check (h);
  table = add_table (report);
  {
    g_autoptr(GStrvBuilder) header = g_strv_builder_new ();

    g_strv_builder_add (header, "Each year adds up (to the cent)");
    for (guint y = 0; y < h->years->len; y++)
      builder_take (header, g_strdup_printf ("%d", g_array_index (h->years, int, y)));
    g_ptr_array_add (table, g_strv_builder_end (header));
  }
  for (int k = 0; k < PROSPECT_N_HIGHLIGHT_CHECKS; k++)
    {
      g_autoptr(GStrvBuilder) cells = g_strv_builder_new ();

      g_strv_builder_add (cells, prospect_highlight_check_describe ((ProspectHighlightCheckKind) k));
      for (guint i = (guint) k; i < checks->len; i += PROSPECT_N_HIGHLIGHT_CHECKS)
        {
          const ProspectHighlightCheck *c = &g_array_index (checks, ProspectHighlightCheck, i);

          builder_take (cells, c->agrees ? g_strdup ("✓") : g_strdup_printf ("off by %+.2f", c->difference));
        }
      g_ptr_array_add (table, g_strv_builder_end (cells));
    }
  return TRUE;
}

static gboolean
add_portfolio (ProspectReport          *report,
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
  add_text (report, BLOCK_HEADING, "Investment limits");
  table = add_table (report);
  add_row (table, "Holding", "Limit", NULL);
  for (guint i = 0; i < limits->len; i++)
    {
      const ProspectPolicyLimit *l = g_ptr_array_index (limits, i);

      add_row (table, l->label, l->wording, NULL);
    }
  for (guint t = 0; t < G_N_ELEMENTS (topics); t++)
    {
      g_autoptr(GPtrArray) blocks = prospect_database_list_text_blocks (db, info->fund_id, topics[t].topic, error);

      if (blocks == NULL)
        return FALSE;
      if (blocks->len == 0)
        continue;
      add_text (report, BLOCK_HEADING, topics[t].title);
      for (guint b = 0; b < blocks->len; b++)
        {
          const ProspectTextBlock *block = g_ptr_array_index (blocks, b);
          g_autofree char *text = block->heading != NULL ? g_strdup_printf ("%s\n%s", block->heading, block->body)
                                                         : g_strdup (block->body);

          add_text (report, BLOCK_TEXT, text);
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
  g_autoptr(ProspectReport) report = g_new0 (ProspectReport, 1);
  g_autoptr(ProspectClassInfo) info = NULL;
  g_autoptr(ProspectFundInfo) fund = NULL;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), NULL);

  report->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  report->page_starts = g_array_new (FALSE, FALSE, sizeof (guint));
  if (prepared_date != NULL)
    report->prepared = prospect_format_date (prepared_date);
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *iso = g_date_time_format (now, "%Y-%m-%d");

      report->prepared = prospect_format_date (iso);
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

  if (((content & PROSPECT_REPORT_COVER) && !add_cover (report, database, info, error)) ||
      ((content & PROSPECT_REPORT_PERFORMANCE) && !add_performance (report, database, info, error)) ||
      ((content & PROSPECT_REPORT_FEES) && !add_fees (report, database, info, error)) ||
      ((content & PROSPECT_REPORT_COSTS) && !add_costs (report, database, info, scenario_names, error)) ||
      ((content & PROSPECT_REPORT_HIGHLIGHTS) && !add_highlights (report, database, info, error)) ||
      ((content & PROSPECT_REPORT_PORTFOLIO) && !add_portfolio (report, database, info, error)))
    return NULL;
  return g_steal_pointer (&report);
}

/* ----- layout ----------------------------------------------------------- */

static PangoLayout *
make_layout (cairo_t    *cr,
             const char *text,
             double      size,
             gboolean    bold,
             double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();

  pango_font_description_set_family (font, "Sans");
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (MAX (width, 1) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double) h / PANGO_SCALE;
}

static void
text_style (BlockKind  kind,
            double    *size,
            gboolean  *bold)
{
  *bold = kind == BLOCK_TITLE || kind == BLOCK_HEADING;
  switch (kind)
    {
    case BLOCK_TITLE:
      *size = 22;
      break;
    case BLOCK_HEADING:
      *size = 14;
      break;
    case BLOCK_NOTE:
      *size = 7.5;
      break;
    default:
      *size = 10;
      break;
    }
}

static double
column_width (guint  n_columns,
              guint  column,
              double width)
{
  double first = n_columns <= 2 ? width * 0.6 : width * 0.36;

  if (n_columns <= 1)
    return width;
  return column == 0 ? first : (width - first) / (n_columns - 1);
}

/* Draws the table when DRAW, and returns its height. */
static double
table_height (cairo_t   *cr,
              GPtrArray *rows,
              double     x,
              double     y,
              double     width,
              gboolean   draw)
{
  double top = y;

  for (guint r = 0; r < rows->len; r++)
    {
      GStrv cells = g_ptr_array_index (rows, r);
      guint n = g_strv_length (cells);
      double row_h = 0, cx = x;

      for (guint c = 0; c < n; c++)
        {
          g_autoptr(PangoLayout) l = make_layout (cr, cells[c], 8.5, r == 0, column_width (n, c, width) - 6);

          if (c > 0)
            pango_layout_set_alignment (l, PANGO_ALIGN_RIGHT);
          row_h = MAX (row_h, layout_height (l));
        }
      row_h += 5;
      if (draw)
        {
          for (guint c = 0; c < n; c++)
            {
              g_autoptr(PangoLayout) l = make_layout (cr, cells[c], 8.5, r == 0, column_width (n, c, width) - 6);

              if (c > 0)
                pango_layout_set_alignment (l, PANGO_ALIGN_RIGHT);
              cairo_set_source_rgb (cr, 0, 0, 0);
              cairo_move_to (cr, cx + (c > 0 ? 3 : 0), y + 2.5);
              pango_cairo_show_layout (cr, l);
              cx += column_width (n, c, width);
            }
          cairo_set_source_rgba (cr, 0, 0, 0, r == 0 ? 0.8 : 0.2);
          cairo_set_line_width (cr, r == 0 ? 0.8 : 0.4);
          cairo_move_to (cr, x, y + row_h);
          cairo_line_to (cr, x + width, y + row_h);
          cairo_stroke (cr);
        }
      y += row_h;
    }
  return y - top;
}

static double
block_height (ProspectReport *report,
              cairo_t        *cr,
              const Block    *block,
              double          width,
              double          content_height)
{
  switch (block->kind)
    {
    case BLOCK_CHART:
      return MIN (width * 0.56, content_height * 0.48);
    case BLOCK_TABLE:
      return table_height (cr, block->rows, 0, 0, width, FALSE);
    case BLOCK_PAGE_BREAK:
      return 0;
    default:
      {
        double size;
        gboolean bold;
        g_autoptr(PangoLayout) l = NULL;

        text_style (block->kind, &size, &bold);
        l = make_layout (cr, block->text, size, bold, width);
        return layout_height (l) + (block->kind == BLOCK_HEADING ? 4 : 0);
      }
    }
}

static double
footer_height (ProspectReport *report,
               cairo_t        *cr,
               double          width)
{
  g_autoptr(PangoLayout) l = make_layout (cr, report->footer, 7, FALSE, width);

  return layout_height (l) + 14;
}

/**
 * prospect_report_paginate:
 *
 * Lays the report out on pages of WIDTH × HEIGHT points.
 *
 * Returns: the number of pages
 */
guint
prospect_report_paginate (ProspectReport *report,
                          cairo_t        *cr,
                          double          width,
                          double          height)
{
  double content_w = width - 2 * MARGIN;
  double bottom, y;
  guint first = 0;

  g_return_val_if_fail (report != NULL, 0);

  g_array_set_size (report->page_starts, 0);
  g_array_append_val (report->page_starts, first);
  report->laid_width = width;
  report->laid_height = height;
  bottom = height - MARGIN - footer_height (report, cr, content_w);
  y = MARGIN;
  for (guint i = 0; i < report->blocks->len; i++)
    {
      const Block *block = g_ptr_array_index (report->blocks, i);
      double h;

      if (block->kind == BLOCK_PAGE_BREAK)
        {
          if (i + 1 < report->blocks->len && y > MARGIN)
            {
              guint next = i + 1;

              g_array_append_val (report->page_starts, next);
              y = MARGIN;
            }
          continue;
        }
      h = block_height (report, cr, block, content_w, bottom - MARGIN);
      /* A heading stays with what follows it. */
      if (block->kind == BLOCK_HEADING && i + 1 < report->blocks->len)
        h += block_height (report, cr, g_ptr_array_index (report->blocks, i + 1), content_w, bottom - MARGIN);
      if (y + h > bottom && y > MARGIN)
        {
          g_array_append_val (report->page_starts, i);
          y = MARGIN;
        }
      y += block_height (report, cr, block, content_w, bottom - MARGIN) + GAP;
    }
  return report->page_starts->len;
}

void
prospect_report_draw_page (ProspectReport *report,
                           cairo_t        *cr,
                           double          width,
                           double          height,
                           guint           page)
{
  double content_w = width - 2 * MARGIN;
  double bottom, y = MARGIN;
  guint first, last;
  ProspectChartTheme theme;

  g_return_if_fail (report != NULL);

  if (report->page_starts->len == 0 || report->laid_width != width || report->laid_height != height)
    prospect_report_paginate (report, cr, width, height);
  if (page >= report->page_starts->len)
    return;

  prospect_chart_theme_init (&theme, PROSPECT_CHART_THEME_PRINT);
  theme.background.a = 0;
  bottom = height - MARGIN - footer_height (report, cr, content_w);
  first = g_array_index (report->page_starts, guint, page);
  last = page + 1 < report->page_starts->len ? g_array_index (report->page_starts, guint, page + 1)
                                              : report->blocks->len;

  for (guint i = first; i < last; i++)
    {
      const Block *block = g_ptr_array_index (report->blocks, i);
      double h = block_height (report, cr, block, content_w, bottom - MARGIN);

      switch (block->kind)
        {
        case BLOCK_PAGE_BREAK:
          continue;
        case BLOCK_CHART:
          cairo_save (cr);
          cairo_translate (cr, MARGIN, y);
          prospect_chart_draw (cr, block->chart, content_w, h, &theme, -1, -1, NULL);
          cairo_restore (cr);
          break;
        case BLOCK_TABLE:
          table_height (cr, block->rows, MARGIN, y, content_w, TRUE);
          break;
        default:
          {
            double size;
            gboolean bold;
            g_autoptr(PangoLayout) l = NULL;

            text_style (block->kind, &size, &bold);
            l = make_layout (cr, block->text, size, bold, content_w);
            cairo_set_source_rgba (cr, 0, 0, 0, block->kind == BLOCK_NOTE ? 0.75 : 1);
            cairo_move_to (cr, MARGIN, y + (block->kind == BLOCK_HEADING ? 4 : 0));
            pango_cairo_show_layout (cr, l);
          }
          break;
        }
      y += h + GAP;
    }

  {
    g_autoptr(PangoLayout) footer = make_layout (cr, report->footer, 7, FALSE, content_w);
    g_autofree char *number = g_strdup_printf ("Page %u of %u · Prepared %s with Prospect", page + 1,
                                               report->page_starts->len, report->prepared);
    g_autoptr(PangoLayout) page_line = make_layout (cr, number, 7, FALSE, content_w);

    cairo_set_source_rgba (cr, 0, 0, 0, 0.4);
    cairo_set_line_width (cr, 0.5);
    cairo_move_to (cr, MARGIN, bottom + 4);
    cairo_line_to (cr, MARGIN + content_w, bottom + 4);
    cairo_stroke (cr);
    cairo_set_source_rgba (cr, 0, 0, 0, 0.8);
    cairo_move_to (cr, MARGIN, bottom + 8);
    pango_cairo_show_layout (cr, footer);
    cairo_move_to (cr, MARGIN, height - MARGIN + 4);
    pango_cairo_show_layout (cr, page_line);
  }
}

/**
 * prospect_report_export_pdf:
 *
 * Writes the report as a PDF, under a temporary name beside PATH that is
 * renamed when complete: a failure never leaves a half-written file.
 */
gboolean
prospect_report_export_pdf (ProspectReport  *report,
                            const char      *path,
                            GError         **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *lower = NULL;
  g_autofree char *shown = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  guint n_pages;
  int fd;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  shown = g_filename_display_name (path);
  lower = g_ascii_strdown (path, -1);
  if (!g_str_has_suffix (lower, ".pdf"))
    {
      g_set_error (error, PROSPECT_CHART_ERROR, PROSPECT_CHART_ERROR_INVALID, "“%s” must end in .pdf.", shown);
      return FALSE;
    }
  dir = g_path_get_dirname (path);
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, PROSPECT_CHART_ERROR, PROSPECT_CHART_ERROR_WRITE,
                   "Could not write “%s”: the folder does not exist.", shown);
      return FALSE;
    }
  tmp = g_strdup_printf ("%s.XXXXXX", path);
  fd = g_mkstemp_full (tmp, O_WRONLY, 0644);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, PROSPECT_CHART_ERROR, PROSPECT_CHART_ERROR_WRITE, "Could not write “%s”: %s.", shown,
                   g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  surface = cairo_pdf_surface_create (tmp, PAGE_WIDTH, PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, "Prospect handout");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Prospect " PACKAGE_VERSION);
  cr = cairo_create (surface);
  n_pages = prospect_report_paginate (report, cr, PAGE_WIDTH, PAGE_HEIGHT);
  for (guint page = 0; page < n_pages; page++)
    {
      prospect_report_draw_page (report, cr, PAGE_WIDTH, PAGE_HEIGHT, page);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS || g_rename (tmp, path) != 0)
    {
      const char *reason = status != CAIRO_STATUS_SUCCESS ? cairo_status_to_string (status) : g_strerror (errno);

      g_unlink (tmp);
      g_set_error (error, PROSPECT_CHART_ERROR, PROSPECT_CHART_ERROR_WRITE, "Could not write “%s”: %s.", shown, reason);
      return FALSE;
    }
  return TRUE;
}
