/* prospect-cli-expense.c: --expense-example: the N-1A example from the class's fee
 * table or typed-in figures, with the printed figures where comparable.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-cli"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "prospect-cli-private.h"
#include "prospect-expense.h"
#include "prospect-format.h"
#include "prospect-printed-example.h"

int
_prospect_cli_run_expense_example (const ProspectCliOptions *o,
                                   FILE          *out,
                                   FILE          *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = NULL;
  g_autoptr(ProspectExpenseResult) result = NULL;
  g_autoptr(GArray) printed = NULL;
  ProspectExpenseInput input;
  gint64 class_id = 0;
  double years[PROSPECT_MAX_YEARS];
  guint n_years = 0;
  double conversion_years = 0;
  gboolean from_fee_table = o->expense_ratio == NULL;
  gboolean comparable = FALSE;
  ProspectExpenseInput printed_for;

  prospect_expense_input_init (&input);
  if (!_prospect_cli_parse_class_id (o, &class_id, err))
    return PROSPECT_CLI_EXIT_USAGE;
  if (o->net_expense_ratio != NULL && o->waiver_years == NULL)
    return _prospect_cli_usage_error (err, _("--net-expense-ratio needs --waiver-years: how long the waiver is in force."));
  if (o->conversion_ratio != NULL && o->conversion_years == NULL)
    return _prospect_cli_usage_error (err, _("--conversion-ratio needs --conversion-years: when the class converts."));

  if (from_fee_table)
    {
      g_autoptr(ProspectFeeTable) fees = NULL;

      db = _prospect_cli_open_class (o, &class_id, &error);
      if (db == NULL)
        return _prospect_cli_data_error (err, error);
      fees = prospect_database_get_fee_table (db, class_id, &error);
      if (fees == NULL)
        {
          fprintf (err, _("prospect: %s Give the ratio with --expense-ratio.\n"), error->message);
          return PROSPECT_CLI_EXIT_DATA;
        }
      prospect_expense_input_set_fee_table (&input, fees);
      printed = prospect_database_list_expense_example (db, class_id, &error);
      if (printed == NULL)
        return _prospect_cli_data_error (err, error);
      printed_for = input;
      if (printed->len > 0)
        {
          printed_for.amount = g_array_index (printed, ProspectPrintedExample, 0).amount;
          printed_for.return_pct = g_array_index (printed, ProspectPrintedExample, 0).return_pct;
        }
    }

  {
    /* Each figure's option, its name in messages and its rules. */
    const ProspectCliFigure figures[] = {
      { o->amount, "--amount", N_("Amount"), PROSPECT_UNIT_DOLLARS, 0.01, PROSPECT_MAX_AMOUNT, FALSE, &input.amount },
      { o->return_pct, "--return", N_("Annual return"), PROSPECT_UNIT_PERCENT, -100, 100, FALSE, &input.return_pct },
      { o->expense_ratio, "--expense-ratio", N_("Expense ratio"), PROSPECT_UNIT_PERCENT, 0, 100, FALSE,
        &input.gross_pct },
      { o->net_expense_ratio, "--net-expense-ratio", N_("Net expense ratio"), PROSPECT_UNIT_PERCENT, 0, 100, FALSE,
        &input.net_pct },
      { o->waiver_years, "--waiver-years", N_("Waiver term"), PROSPECT_UNIT_YEARS, 0, 50, FALSE, &input.waiver_years },
      { o->front_load, "--front-load", N_("Front-end sales load"), PROSPECT_UNIT_PERCENT, 0, 100, FALSE,
        &input.front_load_pct },
      { o->conversion_years, "--conversion-years", N_("Conversion"), PROSPECT_UNIT_YEARS, 1, 50, TRUE,
        &conversion_years },
      { o->conversion_ratio, "--conversion-ratio", N_("Expense ratio after conversion"), PROSPECT_UNIT_PERCENT, 0, 100,
        FALSE, &input.conversion_pct },
    };

    if (!_prospect_cli_parse_figures (figures, G_N_ELEMENTS (figures), err))
      return PROSPECT_CLI_EXIT_USAGE;
  }
  if (o->conversion_years != NULL)
    {
      input.conversion_years = (int) conversion_years;
      if (o->conversion_ratio == NULL && isnan (input.conversion_pct))
        return _prospect_cli_usage_error (err,
                                          _("--conversion-years needs --conversion-ratio: the ratio after conversion."));
    }
  if (o->waiver_years != NULL && o->net_expense_ratio == NULL && isnan (input.net_pct))
    return _prospect_cli_usage_error (
      err, _("--waiver-years needs --net-expense-ratio: the ratio while the waiver is in force."));
  if (o->deferred_load != NULL &&
      !_prospect_cli_parse_list (o->deferred_load, "--deferred-load", _("Deferred sales charge"),
                                 PROSPECT_UNIT_PERCENT, 0, 100, FALSE, input.deferred_pct, &input.n_deferred, err))
    return PROSPECT_CLI_EXIT_USAGE;
  if (o->years != NULL)
    {
      if (!_prospect_cli_parse_list (o->years, "--years", "Each period", PROSPECT_UNIT_YEARS, 1, 50, TRUE, years, &n_years, err))
        return PROSPECT_CLI_EXIT_USAGE;
      input.n_horizons = n_years;
      for (guint i = 0; i < n_years; i++)
        input.horizons[i] = (int) years[i];
    }

  result = prospect_expense_compute (&input, &error);
  if (result == NULL)
    return _prospect_cli_usage_error (err, error->message);

  /* The printed example is only comparable on the terms it was printed for. */
  comparable = printed != NULL && prospect_printed_example_same_terms (&input, &printed_for);

  if (o->json)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (b);
      if (from_fee_table)
        {
          json_builder_set_member_name (b, "class_id");
          json_builder_add_int_value (b, class_id);
        }
      json_builder_set_member_name (b, "amount");
      json_builder_add_double_value (b, input.amount);
      json_builder_set_member_name (b, "annual_return_pct");
      json_builder_add_double_value (b, input.return_pct);
      json_builder_set_member_name (b, "expense_ratio_pct");
      json_builder_add_double_value (b, input.gross_pct);
      json_builder_set_member_name (b, "front_load_cost");
      json_builder_add_double_value (b, result->front_load_cost);
      json_builder_set_member_name (b, "method");
      json_builder_add_string_value (b, prospect_expense_method ());
      json_builder_set_member_name (b, "rows");
      json_builder_begin_array (b);
      for (guint i = 0; i < result->rows->len; i++)
        {
          const ProspectExpenseRow *row = &g_array_index (result->rows, ProspectExpenseRow, i);

          json_builder_begin_object (b);
          json_builder_set_member_name (b, "years");
          json_builder_add_int_value (b, row->years);
          json_builder_set_member_name (b, "cost");
          if (row->cost < 9007199254740992.0)
            json_builder_add_int_value (b, (gint64) row->cost);
          else
            json_builder_add_double_value (b, row->cost);
          json_builder_set_member_name (b, "cost_exact");
          json_builder_add_double_value (b, row->cost_exact);
          json_builder_set_member_name (b, "redeemed");
          json_builder_add_boolean_value (b, row->redeemed);
          if (comparable)
            {
              const ProspectPrintedExample *e = prospect_printed_example_find (printed, row->years, row->redeemed);

              if (e != NULL)
                {
                  json_builder_set_member_name (b, "printed");
                  json_builder_add_double_value (b, e->cost);
                  json_builder_set_member_name (b, "agrees");
                  json_builder_add_boolean_value (b, prospect_printed_example_agrees (e, row));
                }
            }
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_set_member_name (b, "schedule");
      json_builder_begin_array (b);
      for (guint i = 0; i < result->schedule->len; i++)
        {
          const ProspectExpenseYear *y = &g_array_index (result->schedule, ProspectExpenseYear, i);

          json_builder_begin_object (b);
          json_builder_set_member_name (b, "year");
          json_builder_add_int_value (b, y->year);
          json_builder_set_member_name (b, "begin");
          json_builder_add_double_value (b, y->begin);
          json_builder_set_member_name (b, "ratio_pct");
          json_builder_add_double_value (b, y->ratio_pct);
          json_builder_set_member_name (b, "cost");
          json_builder_add_double_value (b, y->cost);
          json_builder_set_member_name (b, "end");
          json_builder_add_double_value (b, y->end);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
      root = json_builder_get_root (b);
      _prospect_cli_print_json (out, root);
      return 0;
    }

  {
    /* Accepted, but not without a word: a waiver lowers the ratio. */
    if (!isnan (input.net_pct) && input.net_pct > input.gross_pct)
      fprintf (err, _("prospect: warning: the net expense ratio is above the gross one; a fee waiver lowers the "
                      "ratio.\n"));
    /* The amount as it was read, cents included: "10,5" shows as $10.50. */
    g_autofree char *amount = prospect_format_money (input.amount, input.amount == floor (input.amount) ? 0 : 2,
                                                     PROSPECT_NEGATIVE_MINUS);
    g_autofree char *ret = prospect_format_percent (input.return_pct, 2, PROSPECT_NEGATIVE_MINUS);
    g_autofree char *ratio = prospect_format_percent (input.gross_pct, 2, PROSPECT_NEGATIVE_MINUS);
    g_autoptr(GString) terms = g_string_new (NULL);

    /* Every input the figures depend on is named in the header. */
    if (input.front_load_pct > 0)
      {
        g_autofree char *load = prospect_format_percent (input.front_load_pct, 2, PROSPECT_NEGATIVE_MINUS);

        g_string_append_printf (terms, ", front-end load %s", load);
      }
    if (!isnan (input.net_pct))
      {
        g_autofree char *net = prospect_format_percent (input.net_pct, 2, PROSPECT_NEGATIVE_MINUS);
        g_autofree char *term = prospect_format_grouped (input.waiver_years, input.waiver_years == floor (
                                                           input.waiver_years) ? 0 : 2);

        g_string_append_printf (terms, ", %s while the fee waiver lasts (%s year%s)", net, term,
                                g_str_equal (term, "1") ? "" : "s");
      }
    if (input.n_deferred > 0)
      {
        g_string_append (terms, ", deferred sales charge ");
        for (guint i = 0; i < input.n_deferred; i++)
          {
            g_autofree char *pct = prospect_format_percent (input.deferred_pct[i], 2, PROSPECT_NEGATIVE_MINUS);

            g_string_append_printf (terms, "%s%s", i > 0 ? "/" : "", pct);
          }
        g_string_append (terms, " by year of redemption");
      }
    if (input.conversion_years > 0)
      {
        g_autofree char *after = prospect_format_percent (input.conversion_pct, 2, PROSPECT_NEGATIVE_MINUS);

        g_string_append_printf (terms, ", converting after %d years to %s", input.conversion_years, after);
      }
    fprintf (out, "Expense example: %s invested, %s a year, expense ratio %s%s\n", amount, ret, ratio, terms->str);
    fprintf (out, "%-8s %-12s %-14s %s\n", "Years", "Redeemed", "Cost", "Exact");
    for (guint i = 0; i < result->rows->len; i++)
      {
        const ProspectExpenseRow *row = &g_array_index (result->rows, ProspectExpenseRow, i);
        g_autofree char *cost = prospect_format_money (row->cost, 0, PROSPECT_NEGATIVE_MINUS);
        g_autofree char *exact = prospect_format_grouped (row->cost_exact, 4);

        fprintf (out, "%-8d %-12s %-14s %s\n", row->years, row->redeemed ? "yes" : "no", cost, exact);
      }
    fprintf (out, "Method: %s\n", prospect_expense_method ());
  }
  return 0;
}
