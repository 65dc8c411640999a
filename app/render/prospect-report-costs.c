/* prospect-report-costs.c: the handout's fee table and expense example, cost
 * comparison and financial highlights.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-report"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "prospect-chart-catalogue.h"
#include "prospect-fee-lines.h"
#include "prospect-format.h"
#include "prospect-printed-example.h"
#include "prospect-highlight-row.h"
#include "prospect-highlights.h"
#include "prospect-reconcile.h"
#include "prospect-report-private.h"
#include "prospect-saved-scenario.h"

/* "$10,000 at 5% a year, expense ratio 1.66%, front-end load 5.75%". */
static char *
describe_terms (const ProspectExpenseInput *input)
{
  g_autofree char *amount = prospect_format_money (input->amount, input->amount == floor (input->amount) ? 0 : 2,
                                                   PROSPECT_NEGATIVE_MINUS);
  g_autofree char *ret = prospect_format_percent (input->return_pct, 2, PROSPECT_NEGATIVE_MINUS);
  g_autofree char *ratio = prospect_format_percent (input->gross_pct, 2, PROSPECT_NEGATIVE_MINUS);
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, _("%s at %s a year, expense ratio %s"), amount, ret, ratio);
  if (input->front_load_pct > 0)
    {
      g_autofree char *load = prospect_format_percent (input->front_load_pct, 2, PROSPECT_NEGATIVE_MINUS);

      g_string_append_printf (text, _(", front-end load %s"), load);
    }
  if (!isnan (input->net_pct))
    {
      g_autofree char *net = prospect_format_percent (input->net_pct, 2, PROSPECT_NEGATIVE_MINUS);

      g_string_append_printf (text, _(", %s while the fee waiver lasts (%g years)"), net, input->waiver_years);
    }
  if (input->n_deferred > 0 && input->deferred_pct[0] > 0)
    {
      g_autofree char *first = prospect_format_percent (input->deferred_pct[0], 2, PROSPECT_NEGATIVE_MINUS);

      g_string_append_printf (text, _(", deferred sales charge from %s"), first);
    }
  return g_string_free (text, FALSE);
}

gboolean
_prospect_report_add_fees (ProspectReport          *report,
                           ProspectDatabase        *db,
                           const ProspectClassInfo *info,
                           GError                 **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(ProspectFeeTable) fees = prospect_database_get_fee_table (db, info->id, &local_error);
  g_autoptr(GArray) printed = NULL;
  g_autoptr(ProspectExpenseResult) result = NULL;
  ProspectExpenseInput input;
  ProspectExpenseInput prospectus;
  gboolean user_terms = FALSE;
  GPtrArray *table;

  _prospect_report_add_text (report, BLOCK_HEADING, _("Fees and expenses"));
  if (fees == NULL)
    {
      if (!g_error_matches (local_error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      _prospect_report_add_text (report, BLOCK_TEXT, _("The database holds no fee table for this class."));
      return TRUE;
    }
  printed = prospect_database_list_expense_example (db, info->id, error);
  if (printed == NULL)
    return FALSE;

  {
    GPtrArray *shareholder = _prospect_report_add_table (report);
    GPtrArray *operating = _prospect_report_add_table (report);

    _prospect_report_add_row (shareholder, _("Shareholder fees (paid directly from your investment)"), info->name, NULL);
    _prospect_report_add_row (operating, _("Annual fund operating expenses (deducted from fund assets)"), info->name,
                              NULL);
    for (guint i = 0; i < prospect_fee_lines_count (); i++)
      {
        const ProspectFeeLine *line = prospect_fee_lines_get (i);
        g_autofree char *value = NULL;

        if (!prospect_fee_line_shown (line, fees))
          continue;
        value = prospect_fee_line_format (line, fees);
        _prospect_report_add_row (line->group == PROSPECT_FEE_GROUP_SHAREHOLDER ? shareholder : operating,
                                  _(line->label), value, NULL);
      }
  }
  _prospect_report_add_text (report, BLOCK_NOTE, fees->footnote);

  prospect_expense_input_init (&input);
  prospect_expense_input_set_fee_table (&input, fees);
  prospectus = input;
  /* What the Fees page shows, when the user changed it: their figures,
   * named as theirs, beside what the prospectus prints. */
  if (report->has_what_if && !prospect_printed_example_same_terms (&report->what_if, &prospectus))
    {
      input = report->what_if;
      user_terms = TRUE;
    }
  result = prospect_expense_compute (&input, error);
  if (result == NULL)
    return FALSE;

  _prospect_report_add_text (report, BLOCK_HEADING, user_terms ? _("Expense example on your assumptions")
                                                               : _("Expense example"));
  if (user_terms)
    {
      g_autofree char *terms = describe_terms (&input);
      g_autofree char *text = g_strdup_printf (_("What investing %s would cost for each period. These are your "
                                                 "assumptions, not the prospectus's: the row “As printed” gives "
                                                 "the prospectus's own example, for $10,000 at 5%% a year on its "
                                                 "fee table."), terms);

      _prospect_report_add_text (report, BLOCK_TEXT, text);
    }
  else
    {
      g_autofree char *amount = prospect_format_money (input.amount, 0, PROSPECT_NEGATIVE_MINUS);
      g_autofree char *text = g_strdup_printf ("What investing %s for each period would cost, with a 5%% return each "
                                               "year and operating expenses as above, redeemed at the end.", amount);

      _prospect_report_add_text (report, BLOCK_TEXT, text);
    }
  table = _prospect_report_add_table (report);
  {
    g_autoptr(GStrvBuilder) header = g_strv_builder_new ();
    g_autoptr(GStrvBuilder) costs = g_strv_builder_new ();
    g_autoptr(GStrvBuilder) printed_row = g_strv_builder_new ();
    gboolean any_printed = FALSE;

    g_strv_builder_add (header, "Period");
    g_strv_builder_add (costs, user_terms ? _("Cost on your assumptions") : _("Cost, computed"));
    g_strv_builder_add (printed_row, user_terms ? _("As printed ($10,000 at 5%)") : _("Cost, as printed"));
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
              /* On the user's own terms the two are not meant to agree:
               * the printed figure is shown as printed, unmarked. */
              in_print = user_terms ? g_strdup (money)
                                    : g_strdup_printf ("%s %s", money, prospect_printed_example_agrees (e, row) ? "✓"
                                                                                                             : "✗");
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
  _prospect_report_add_text (report, BLOCK_NOTE, prospect_expense_method ());

  table = _prospect_report_add_table (report);
  _prospect_report_add_row (table, _("Year"), "Beginning balance", "Expense ratio", "Cost", "Ending balance", NULL);
  for (guint i = 0; i < result->schedule->len; i++)
    {
      const ProspectExpenseYear *y = &g_array_index (result->schedule, ProspectExpenseYear, i);
      g_autofree char *year = g_strdup_printf ("%d", y->year);
      g_autofree char *begin = prospect_format_money (y->begin, 2, PROSPECT_NEGATIVE_MINUS);
      g_autofree char *ratio = _prospect_report_pct (y->ratio_pct);
      g_autofree char *cost = prospect_format_money (y->cost, 2, PROSPECT_NEGATIVE_MINUS);
      g_autofree char *end = prospect_format_money (y->end, 2, PROSPECT_NEGATIVE_MINUS);

      _prospect_report_add_row (table, year, begin, ratio, cost, end, NULL);
    }
  {
    g_autoptr(ProspectChartData) chart = prospect_chart_expense_example (&input, result, info->name);

    _prospect_report_add_chart (report, chart);
  }
  return TRUE;
}

/* The saved scenarios named (all when NAMES is NULL), or, with none saved,
 * the class's fund alone. */
gboolean
_prospect_report_add_costs (ProspectReport           *report,
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
                       _("There is no saved scenario named “%s”."), names[n]);
          return FALSE;
        }
    }
  if (names == NULL)
    for (guint i = 0; i < saved->len && i < PROSPECT_MAX_SCENARIOS; i++)
      g_ptr_array_add (chosen, g_ptr_array_index (saved, i));

  _prospect_report_add_text (report, BLOCK_HEADING, _("Cost comparison"));
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
          _prospect_report_add_text (report, BLOCK_TEXT, _("No saved scenarios, and the database holds no fee table for this class."));
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
    _prospect_report_add_text (report, BLOCK_TEXT, text);
    _prospect_report_add_text (report, BLOCK_NOTE,
                               assumptions.method == PROSPECT_COST_METHOD_SEC
                               ? _("Method: the SEC Mutual Fund Cost Calculator's: each year the value grows by the "
                                   "return, then the percentage charges come off the grown value; fees to the cent.")
                               : _("Method: the prospectus's (Form N-1A): the value grows by the return less the "
                                   "percentage charges, each costing its rate on the value the year began with."));
  }

  table = _prospect_report_add_table (report);
  _prospect_report_add_row (table, _("Scenario"), "Value with costs", "Value without costs", "Fees paid", "Foregone earnings",
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

        _prospect_report_add_row (table, s->name, with, without, paid, foregone, total, NULL);
      }
      g_ptr_array_add (results, result);
    }
  for (guint a = 0; a < results->len; a++)
    for (guint b = a + 1; b < results->len; b++)
      {
        const char *name_a = ((ProspectSavedScenario *) g_ptr_array_index (chosen, a))->name;
        const char *name_b = ((ProspectSavedScenario *) g_ptr_array_index (chosen, b))->name;
        g_autofree char *text = prospect_cost_describe_crossings (g_ptr_array_index (results, a),
                                                                  g_ptr_array_index (results, b), name_a, name_b,
                                                                  assumptions.surrender_at_end);

        _prospect_report_add_text (report, BLOCK_NOTE, text);
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
    chart = prospect_chart_cost_over_time (pointers, labels, results->len, assumptions.surrender_at_end);
    _prospect_report_add_chart (report, chart);
    layers = results->len > 1 ? prospect_chart_fees_by_scenario (pointers, labels, results->len)
                              : prospect_chart_fees_by_layer (pointers[0], labels[0]);
    _prospect_report_add_chart (report, layers);
  }
  return TRUE;
}

gboolean
_prospect_report_add_highlights (ProspectReport          *report,
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
  _prospect_report_add_text (report, BLOCK_HEADING, _("Financial highlights"));
  if (h->years->len == 0)
    {
      _prospect_report_add_text (report, BLOCK_TEXT, _("The database holds no financial highlights for this class."));
      return TRUE;
    }
  rows = prospect_highlight_rows_new (h);
  table = _prospect_report_add_table (report);
  {
    g_autoptr(GStrvBuilder) header = g_strv_builder_new ();

    g_strv_builder_add (header, "Periods ending December 31");
    for (guint y = 0; y < h->years->len; y++)
      _prospect_report_builder_take (header, g_strdup_printf ("%d", g_array_index (h->years, int, y)));
    g_ptr_array_add (table, g_strv_builder_end (header));
  }
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(ProspectHighlightRow) row = g_list_model_get_item (rows, i);
      g_autoptr(GStrvBuilder) cells = g_strv_builder_new ();

      g_strv_builder_add (cells, prospect_highlight_row_get_label (row));
      for (guint y = 0; y < h->years->len; y++)
        _prospect_report_builder_take (cells, prospect_highlight_row_format_value (row, y));
      g_ptr_array_add (table, g_strv_builder_end (cells));
    }
  for (guint i = 0; i < h->footnotes->len; i++)
    {
      const ProspectFootnote *note = g_ptr_array_index (h->footnotes, i);
      g_autofree char *mark = prospect_format_marks (note->mark);

      g_string_append_printf (notes, "%s%s %s", notes->len > 0 ? "\n" : "", mark, note->text);
    }
  _prospect_report_add_text (report, BLOCK_NOTE, notes->str);

  checks = prospect_highlights_check (h);
  table = _prospect_report_add_table (report);
  {
    g_autoptr(GStrvBuilder) header = g_strv_builder_new ();

    g_strv_builder_add (header, "Each year adds up (to the cent)");
    for (guint y = 0; y < h->years->len; y++)
      _prospect_report_builder_take (header, g_strdup_printf ("%d", g_array_index (h->years, int, y)));
    g_ptr_array_add (table, g_strv_builder_end (header));
  }
  for (int k = 0; k < PROSPECT_N_HIGHLIGHT_CHECKS; k++)
    {
      g_autoptr(GStrvBuilder) cells = g_strv_builder_new ();

      g_strv_builder_add (cells, prospect_highlight_check_describe ((ProspectHighlightCheckKind) k));
      for (guint i = (guint) k; i < checks->len; i += PROSPECT_N_HIGHLIGHT_CHECKS)
        {
          const ProspectHighlightCheck *c = &g_array_index (checks, ProspectHighlightCheck, i);

          _prospect_report_builder_take (cells, c->agrees ? g_strdup ("✓") : g_strdup_printf ("off by %+.2f", c->difference));
        }
      g_ptr_array_add (table, g_strv_builder_end (cells));
    }
  return TRUE;
}
