/* prospect-fact-sheet.c: one page per share class, as an advisor hands out
 * per option: what it is, what it costs, how it did against its index,
 * and its main risks.  Exactly one page: what does not fit is dropped in
 * this order: the risks, the expense example, the objective, the chart.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE

#define G_LOG_DOMAIN "prospect-report"

#include "config.h"

#include <glib/gi18n.h>

#include <langinfo.h>
#include <math.h>
#include <string.h>

#include "prospect-chart-catalogue.h"
#include "prospect-expense.h"
#include "prospect-fact-sheet.h"
#include "prospect-format.h"
#include "prospect-plan-rows.h"
#include "prospect-printed-example.h"
#include "prospect-reconcile.h"
#include "prospect-report-private.h"

enum
{
  DROP_CHART = 1,
  DROP_OBJECTIVE,
  DROP_EXAMPLE,
  DROP_RISKS,
};

/* The locale's paper: A4 where it is 297 mm tall, else Letter. */
ProspectPaper
prospect_paper_from_locale (void)
{
#ifdef _NL_PAPER_HEIGHT
  union
  {
    const char *text;
    guintptr    number;
  } height;

  height.text = nl_langinfo (_NL_PAPER_HEIGHT);
  if ((guint) height.number == 297)
    return PROSPECT_PAPER_A4;
#endif
  return PROSPECT_PAPER_LETTER;
}

gboolean
prospect_paper_from_string (const char    *text,
                            ProspectPaper *paper)
{
  if (g_strcmp0 (text, "letter") == 0)
    *paper = PROSPECT_PAPER_LETTER;
  else if (g_strcmp0 (text, "a4") == 0)
    *paper = PROSPECT_PAPER_A4;
  else
    return FALSE;
  return TRUE;
}

static void
add (ProspectReport *report,
     BlockKind       kind,
     const char     *text,
     int             drop_rank)
{
  _prospect_report_add_text (report, kind, text);
  ((Block *) g_ptr_array_index (report->blocks, report->blocks->len - 1))->drop_rank = drop_rank;
}

/* The first paragraph, and of it no more than about LIMIT characters,
 * cut at the end of a sentence. */
static char *
first_paragraph (const char *text,
                 gsize       limit)
{
  const char *end = strstr (text, "\n\n");
  g_autofree char *paragraph = end != NULL ? g_strndup (text, end - text) : g_strdup (text);
  const char *stop;

  g_strstrip (paragraph);
  if (strlen (paragraph) <= limit)
    return g_steal_pointer (&paragraph);
  for (stop = paragraph + limit; stop > paragraph && !(stop[-1] == '.' && (*stop == ' ' || *stop == '\n')); stop--)
    ;
  if (stop == paragraph)
    {
      /* No sentence ends early enough: cut at a word, and say so. */
      g_autofree char *cut = g_utf8_substring (paragraph, 0, (glong) limit);
      char *space = strrchr (cut, ' ');

      if (space != NULL)
        *space = '\0';
      return g_strconcat (cut, "…", NULL);
    }
  return g_strndup (paragraph, stop - paragraph);
}

static void
add_key_figures (ProspectReport         *report,
                 const ProspectFeeTable *fees)
{
  GPtrArray *table;

  add (report, BLOCK_HEADING, _("Key figures"), 0);
  table = _prospect_report_add_table (report);
  _prospect_report_add_row (table, _("Figure"), _("Value"), NULL);
  if (fees == NULL)
    {
      _prospect_report_add_row (table, _("Expenses and sales charges"), _("not available: no fee table in the database"),
                                NULL);
      return;
    }
  {
    g_autofree char *gross = prospect_format_percent (fees->total_pct, 2, PROSPECT_NEGATIVE_MINUS);
    g_autofree char *per = prospect_format_money (prospect_plan_per_thousand (fees->total_pct), 2,
                                                  PROSPECT_NEGATIVE_MINUS);

    _prospect_report_add_row (table, _("Total annual operating expenses"), gross, NULL);
    _prospect_report_add_row (table, _("Per $1,000 invested, a year"), per, NULL);
  }
  if (!isnan (fees->net_pct) && fees->net_pct < fees->total_pct)
    {
      g_autofree char *net = prospect_format_percent (fees->net_pct, 2, PROSPECT_NEGATIVE_MINUS);
      g_autofree char *per = prospect_format_money (prospect_plan_per_thousand (fees->net_pct), 2,
                                                    PROSPECT_NEGATIVE_MINUS);
      g_autofree char *text = g_strdup_printf (_("%s (%s per $1,000)"), net, per);

      _prospect_report_add_row (table, _("Net of the fee waiver"), text, NULL);
    }
  {
    const struct
    {
      const char *label;
      double      value;
    } loads[] = {
      { N_("Maximum sales charge (load) on purchases"), fees->front_load_pct },
      { N_("Maximum deferred sales charge (load)"), fees->deferred_load_pct },
      { N_("Redemption fee"), fees->redemption_fee_pct },
    };

    for (guint i = 0; i < G_N_ELEMENTS (loads); i++)
      {
        g_autofree char *value = isnan (loads[i].value) || loads[i].value == 0
                                 ? g_strdup (_("None"))
                                 : prospect_format_percent (loads[i].value, 2, PROSPECT_NEGATIVE_MINUS);

        _prospect_report_add_row (table, _(loads[i].label), value, NULL);
      }
  }
}

static void
add_returns (ProspectReport *report,
             GPtrArray      *rows)
{
  const ProspectPlanRow *row = g_ptr_array_index (rows, 0);
  GPtrArray *table;
  g_autofree char *third = prospect_plan_return_label (row, 2);
  g_autofree char *name = g_strdup (row->name);

  add (report, BLOCK_HEADING, _("Average annual total returns"), 0);
  table = _prospect_report_add_table (report);
  _prospect_report_add_row (table, row->as_of != NULL ? _("Periods ended as stated") : _("Periods"), _("1 year"),
                            _("5 years"), third, NULL);
  for (int index = 0; index <= 1; index++)
    {
      g_autofree char *a = prospect_plan_format_return (row, 0, index);
      g_autofree char *b = prospect_plan_format_return (row, 1, index);
      g_autofree char *c = prospect_plan_format_return (row, 2, index);

      if (index && row->index_name == NULL)
        break;
      _prospect_report_add_row (table, index ? row->index_name : name, a, b, c, NULL);
    }
  if (row->as_of != NULL)
    {
      g_autofree char *date = prospect_format_date (row->as_of);
      g_autofree char *text = g_strdup_printf (_("As stated in the prospectus, for periods ended %s; n/a: the database "
                                                 "holds no such figure."), date);

      add (report, BLOCK_NOTE, text, 0);
    }
  else
    add (report, BLOCK_NOTE, _("The database holds no average annual returns for this class."), 0);
}

static void
add_example (ProspectReport         *report,
             const ProspectFeeTable *fees)
{
  ProspectExpenseInput input;
  g_autoptr(ProspectExpenseResult) result = NULL;
  GPtrArray *table;
  g_autoptr(GStrvBuilder) years = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) costs = g_strv_builder_new ();
  g_auto(GStrv) header = NULL;
  g_auto(GStrv) values = NULL;

  if (fees == NULL)
    return;
  prospect_expense_input_init (&input);
  prospect_expense_input_set_fee_table (&input, fees);
  result = prospect_expense_compute (&input, NULL);
  if (result == NULL)
    return;
  add (report, BLOCK_HEADING, _("Expense example: $10,000, 5% a year, redeemed at the end"), DROP_EXAMPLE);
  table = _prospect_report_add_table (report);
  ((Block *) g_ptr_array_index (report->blocks, report->blocks->len - 1))->drop_rank = DROP_EXAMPLE;
  g_strv_builder_add (years, _("Period"));
  g_strv_builder_add (costs, _("Cost"));
  for (guint i = 0; i < result->rows->len; i++)
    {
      const ProspectExpenseRow *row = &g_array_index (result->rows, ProspectExpenseRow, i);

      if (!row->redeemed)
        continue;
      _prospect_report_builder_take (years, g_strdup_printf (g_dngettext (NULL, "%d year", "%d years", row->years),
                                                             row->years));
      _prospect_report_builder_take (costs, prospect_format_money (row->cost, 0, PROSPECT_NEGATIVE_MINUS));
    }
  header = g_strv_builder_end (years);
  values = g_strv_builder_end (costs);
  g_ptr_array_add (table, g_steal_pointer (&header));
  g_ptr_array_add (table, g_steal_pointer (&values));
}

static void
add_risks (ProspectReport *report,
           gint64          fund_id,
           ProspectDatabase *database)
{
  g_autoptr(GPtrArray) blocks = prospect_database_list_text_blocks (database, fund_id, "risks", NULL);
  g_autofree char *text = NULL;

  if (blocks == NULL || blocks->len == 0)
    return;
  text = first_paragraph (((ProspectTextBlock *) g_ptr_array_index (blocks, 0))->body, 420);
  add (report, BLOCK_HEADING, _("Main risks"), DROP_RISKS);
  add (report, BLOCK_TEXT, text, DROP_RISKS);
}

/**
 * prospect_fact_sheet_new:
 *
 * Returns: (transfer full): the class's one-page fact sheet, or NULL with
 *   @error set when the class is not in the database.
 */
ProspectReport *
prospect_fact_sheet_new (ProspectDatabase  *database,
                         gint64             class_id,
                         ProspectPaper      paper,
                         const char        *prepared_date,
                         GError           **error)
{
  g_autoptr(ProspectReport) report = NULL;
  g_autoptr(ProspectClassInfo) info = NULL;
  g_autoptr(ProspectFundInfo) fund = NULL;
  g_autoptr(ProspectFeeTable) fees = NULL;
  g_autoptr(GPtrArray) options = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(ProspectChartData) annual = NULL;
  const ProspectPlanRow *row;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), NULL);

  if ((info = prospect_database_get_class (database, class_id, error)) == NULL ||
      (fund = prospect_database_get_fund (database, info->fund_id, error)) == NULL)
    return NULL;
  options = prospect_plan_options_for_classes (&class_id, 1);
  if ((rows = prospect_plan_rows_build (database, options, NULL, error)) == NULL ||
      (annual = prospect_chart_annual_returns (database, class_id, error)) == NULL)
    return NULL;
  fees = prospect_database_get_fee_table (database, class_id, NULL);
  row = g_ptr_array_index (rows, 0);

  report = _prospect_report_new_empty (prepared_date);
  report->page_width = paper == PROSPECT_PAPER_A4 ? 595.28 : 612;
  report->page_height = paper == PROSPECT_PAPER_A4 ? 841.89 : 792;
  report->title = g_strdup_printf (_("Fact sheet: %s"), row->name);
  {
    g_autofree char *dated = prospect_format_date (fund->source.as_of);

    report->footer = g_strdup_printf (_("Past performance does not necessarily indicate future results. Index returns "
                                        "reflect no fees or expenses. Figures do not reflect contract-level charges "
                                        "unless stated. Source: %s%s%s."),
                                      fund->source.document != NULL ? fund->source.document : _("the Prospect database"),
                                      fund->source.as_of != NULL ? _(", dated ") : "",
                                      fund->source.as_of != NULL ? dated : "");
  }

  add (report, BLOCK_TITLE, row->name, 0);
  {
    g_autoptr(GString) line = g_string_new (info->trust);

    if (row->ticker != NULL)
      g_string_append_printf (line, _(" · Ticker %s"), row->ticker);
    if (info->inception_date != NULL)
      {
        g_autofree char *date = prospect_format_date (info->inception_date);

        g_string_append_printf (line, _(" · Class inception %s"), date);
      }
    g_string_append_printf (line, _(" · Prepared %s"), report->prepared);
    add (report, BLOCK_TEXT, line->str, 0);
  }
  if (fund->objective != NULL && *fund->objective != '\0')
    {
      g_autofree char *objective = first_paragraph (fund->objective, 480);

      add (report, BLOCK_HEADING, _("Objective"), DROP_OBJECTIVE);
      add (report, BLOCK_TEXT, objective, DROP_OBJECTIVE);
    }
  add_key_figures (report, fees);
  /* The page's footer states the legends every page carries; the chart
   * keeps its own notes (the index, the years ahead, the loads). */
  for (guint i = annual->notes->len; i > 0; i--)
    {
      const char *note = g_ptr_array_index (annual->notes, i - 1);

      if (g_str_equal (note, PROSPECT_PAST_PERFORMANCE_NOTE) || g_str_equal (note, PROSPECT_INDEX_NOTE) ||
          g_str_equal (note, PROSPECT_CONTRACT_NOTE))
        g_ptr_array_remove_index (annual->notes, i - 1);
    }
  if (!prospect_chart_data_is_empty (annual))
    {
      _prospect_report_add_chart (report, annual);
      Block *chart = g_ptr_array_index (report->blocks, report->blocks->len - 1);

      /* A third of the page leaves room for the tables around it. */
      chart->drop_rank = DROP_CHART;
      chart->share = 0.34;
    }
  add_returns (report, rows);
  add_example (report, fees);
  add_risks (report, info->fund_id, database);

  _prospect_report_fit_one_page (report);
  return g_steal_pointer (&report);
}
