/* prospect-plan-report.c: the plan's comparative chart as a landscape PDF
 * (29 CFR 2550.404a-5 and its model chart): performance beside each
 * option's index, fees and expenses, the statements the rule requires, the
 * terms used, and where every figure comes from.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-report"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "prospect-format.h"
#include "prospect-plan-report.h"
#include "prospect-report-private.h"

#define LANDSCAPE_WIDTH 792.0
#define LANDSCAPE_HEIGHT 612.0

/* The terms the chart uses, for participants who meet them here first. */
static const struct
{
  const char *term;
  const char *definition;
} glossary[] = {
  { N_("Average annual total return"),
    N_("The yearly rate that, compounded over the period, gives the option's total return with dividends and "
       "distributions reinvested, after its operating expenses.") },
  { N_("Benchmark index"),
    N_("A broad measure of a market (for example the S&P 500) to compare an option with. An index has no fees or "
       "expenses and cannot be invested in directly.") },
  { N_("Total annual operating expenses"),
    N_("What the option costs each year as a percentage of the amount invested (the expense ratio), taken from the "
       "option's assets; per $1,000 is the same in dollars.") },
  { N_("Net expenses"), N_("The expense ratio after a fee waiver or reimbursement, for as long as it lasts.") },
  { N_("Sales charge (load)"),
    N_("A charge on purchases or on redemptions, as a percentage; paid by the investor, not from the fund's assets.") },
  { N_("Redemption fee"), N_("A charge on shares sold or exchanged soon after they were bought.") },
  { N_("Fixed-return option"), N_("An option that pays a stated rate for a stated term, such as a stable-value fund.") },
};

static char *
percent_or (double      value,
            const char *otherwise)
{
  return isnan (value) ? g_strdup (otherwise) : prospect_format_percent (value, 2, PROSPECT_NEGATIVE_PARENTHESES);
}

static char *
money_or (double      value,
          const char *otherwise)
{
  return isnan (value) ? g_strdup (otherwise) : prospect_format_money (value, 2, PROSPECT_NEGATIVE_MINUS);
}

/* With its ticker, unless the name already ends with it (a class a filing
 * names by its ticker). */
static char *
option_name (const ProspectPlanRow *row)
{
  if (row->ticker == NULL || g_str_has_suffix (row->name, row->ticker))
    return g_strdup (row->name);
  return g_strdup_printf ("%s (%s)", row->name, row->ticker);
}

/* The third column: ten years, or since inception with its date. */
static char *
third_cell (const ProspectPlanRow *row,
            gboolean               index)
{
  g_autofree char *value = prospect_plan_format_return (row, 2, index);

  if (isnan (index ? row->index_returns[2] : row->returns[2]))
    return g_strdup (_("not available"));
  if (row->inception_date != NULL)
    return g_strdup_printf (_("%s (from %s)"), value, row->inception_date);
  return g_steal_pointer (&value);
}

static void
add_performance (ProspectReport *report,
                 GPtrArray      *rows)
{
  GPtrArray *table;
  g_autoptr(GString) gaps = g_string_new (NULL);
  gboolean any = FALSE;

  _prospect_report_add_text (report, BLOCK_HEADING, _("Part I. Performance of variable-return options"));
  table = _prospect_report_add_table (report);
  _prospect_report_add_row (table, _("Option, and its benchmark index"), _("Type"), _("1 year"), _("5 years"),
                            _("10 years, or since inception"), _("As of"), NULL);
  for (guint i = 0; i < rows->len; i++)
    {
      const ProspectPlanRow *row = g_ptr_array_index (rows, i);
      g_autofree char *name = NULL;
      char *cells[3][2] = { { NULL } };

      if (row->fixed)
        continue;
      any = TRUE;
      name = option_name (row);
      for (guint p = 0; p < 2; p++)
        {
          cells[p][0] = isnan (row->returns[p]) ? g_strdup (_("not available")) : prospect_plan_format_return (row, p, FALSE);
          cells[p][1] = isnan (row->index_returns[p]) ? g_strdup (_("not available"))
                                                      : prospect_plan_format_return (row, p, TRUE);
        }
      cells[2][0] = third_cell (row, FALSE);
      cells[2][1] = third_cell (row, TRUE);
      {
        g_autofree char *as_of = row->as_of != NULL ? prospect_format_date (row->as_of) : g_strdup ("—");
        g_autofree char *index = g_strdup_printf (_("    %s"), row->index_name != NULL ? row->index_name
                                                                                      : _("Index: not available"));

        _prospect_report_add_row (table, name, row->category != NULL ? row->category : "—", cells[0][0], cells[1][0],
                                  cells[2][0], as_of, NULL);
        _prospect_report_add_row (table, index, "", cells[0][1], cells[1][1], cells[2][1], "", NULL);
      }
      for (guint p = 0; p < 3; p++)
        {
          if (isnan (row->returns[p]) && row->missing[p] != NULL)
            {
              g_autofree char *label = prospect_plan_return_label (row, p);

              g_string_append_printf (gaps, "%s%s, %s: not available (%s).", gaps->len > 0 ? " " : "", row->name, label,
                                      row->missing[p]);
            }
          g_free (cells[p][0]);
          g_free (cells[p][1]);
        }
    }
  if (!any)
    _prospect_report_add_row (table, _("The plan has no variable-return options."), "", "", "", "", "", NULL);
  _prospect_report_add_text (report, BLOCK_NOTE,
                             _("Average annual total returns of each option as its prospectus states them, after its "
                               "operating expenses, and of the index its prospectus compares it with (an index has no "
                               "expenses). Past performance does not guarantee how an option will perform in the "
                               "future."));
  if (gaps->len > 0)
    _prospect_report_add_text (report, BLOCK_NOTE, gaps->str);
}

static void
add_fixed (ProspectReport *report,
           GPtrArray      *rows)
{
  GPtrArray *table = NULL;

  for (guint i = 0; i < rows->len; i++)
    {
      const ProspectPlanRow *row = g_ptr_array_index (rows, i);
      g_autofree char *rate = NULL;

      if (!row->fixed)
        continue;
      if (table == NULL)
        {
          _prospect_report_add_text (report, BLOCK_HEADING, _("Fixed-return options"));
          table = _prospect_report_add_table (report);
          _prospect_report_add_row (table, _("Option"), _("Type"), _("Rate"), _("Term"), NULL);
        }
      rate = percent_or (row->fixed_rate_pct, _("not available"));
      _prospect_report_add_row (table, row->name, row->category != NULL ? row->category : "—", rate,
                                row->fixed_term != NULL ? row->fixed_term : "—", NULL);
    }
}

static void
add_fees (ProspectReport *report,
          GPtrArray      *rows)
{
  GPtrArray *table;

  _prospect_report_add_text (report, BLOCK_HEADING, _("Part II. Fees and expenses"));
  table = _prospect_report_add_table (report);
  _prospect_report_add_row (table, _("Option"), _("Total annual operating expenses"), _("Per $1,000"),
                            _("Net, after a waiver"), _("Net per $1,000"), _("Shareholder-type fees"),
                            _("Restrictions on transfers"), _("Expenses on $10,000 over 20 years at 5%"), NULL);
  for (guint i = 0; i < rows->len; i++)
    {
      const ProspectPlanRow *row = g_ptr_array_index (rows, i);
      g_autofree char *name = option_name (row);
      g_autofree char *gross = percent_or (row->gross_pct, row->fixed ? "—" : _("not available"));
      g_autofree char *gross_k = money_or (prospect_plan_per_thousand (row->gross_pct), row->fixed ? "—"
                                                                                               : _("not available"));
      g_autofree char *net = percent_or (row->net_pct, "—");
      g_autofree char *net_k = money_or (prospect_plan_per_thousand (row->net_pct), "—");
      g_autofree char *twenty = money_or (row->expenses_20y, row->fixed ? "—" : _("not available"));

      _prospect_report_add_row (table, name, gross, gross_k, net, net_k,
                                row->shareholder_fees != NULL ? row->shareholder_fees : "—",
                                row->restrictions != NULL ? row->restrictions : _("None stated"), twenty, NULL);
    }
  _prospect_report_add_text (report, BLOCK_NOTE,
                             _("Expenses per $1,000 are the percentage × 10. The last column is what the option's yearly "
                               "expenses cost on $10,000 over 20 years at a 5% return a year before them: the value "
                               "given up, computed by Prospect's cost calculator (prospectus method), without sales "
                               "charges."));
}

static void
add_plan_facts (ProspectReport     *report,
                const ProspectPlan *plan)
{
  g_autoptr(GString) fees = g_string_new (NULL);

  if (plan == NULL)
    return;
  if (plan->admin_fee_dollars > 0)
    {
      g_autofree char *dollars = prospect_format_money (plan->admin_fee_dollars, 2, PROSPECT_NEGATIVE_MINUS);

      g_string_append_printf (fees, _("%s a year"), dollars);
    }
  if (plan->admin_fee_pct > 0)
    {
      g_autofree char *pct = prospect_format_percent (plan->admin_fee_pct, 2, PROSPECT_NEGATIVE_MINUS);

      g_string_append_printf (fees, _("%s%s of the account a year"), fees->len > 0 ? _(" and ") : "", pct);
    }
  {
    g_autofree char *text = g_strdup_printf (_("Plan administrative fees: %s%s%s."),
                                             fees->len > 0 ? fees->str : _("none stated"),
                                             plan->admin_fee_note != NULL ? "; " : "",
                                             plan->admin_fee_note != NULL ? plan->admin_fee_note : "");

    _prospect_report_add_text (report, BLOCK_TEXT, text);
  }
}

/**
 * prospect_plan_report_new:
 * @plan: (nullable): the plan, for its name, date, web address and fees;
 *   NULL for a line-up of classes named on the command line
 * @rows: (element-type ProspectPlanRow): from prospect_plan_rows_build ()
 *
 * Returns: (transfer full): the comparative chart, landscape Letter.
 */
ProspectReport *
prospect_plan_report_new (const ProspectPlan *plan,
                          GPtrArray          *rows,
                          const char         *as_of,
                          const char         *prepared_date)
{
  ProspectReport *report = _prospect_report_new_empty (prepared_date);
  const char *web = plan != NULL && plan->web_address != NULL ? plan->web_address : NULL;

  g_return_val_if_fail (rows != NULL, report);

  report->page_width = LANDSCAPE_WIDTH;
  report->page_height = LANDSCAPE_HEIGHT;
  report->title = g_strdup_printf (_("Comparative chart: %s"), plan != NULL ? plan->name : _("investment options"));
  report->footer = g_strdup (_("Past performance does not guarantee future results. Fees and expenses are only one of "
                               "several factors to consider. Figures from each option's prospectus as stored in "
                               "Prospect; the sources are listed at the end."));

  _prospect_report_add_text (report, BLOCK_TITLE, plan != NULL ? plan->name : _("Investment options"));
  {
    g_autofree char *date = as_of != NULL ? prospect_format_date (as_of) : NULL;
    g_autofree char *text = date != NULL
                            ? g_strdup_printf (_("Comparative chart of the plan's investment options, figures as of "
                                                 "%s. Prepared %s."), date, report->prepared)
                            : g_strdup_printf (_("Comparative chart of the plan's investment options, figures as of "
                                                 "the dates shown. Prepared %s."), report->prepared);

    _prospect_report_add_text (report, BLOCK_TEXT, text);
  }
  add_plan_facts (report, plan);
  add_performance (report, rows);
  add_fixed (report, rows);
  add_fees (report, rows);

  _prospect_report_add_text (report, BLOCK_HEADING, _("What participants should know"));
  {
    g_autofree char *more = web != NULL ? g_strdup_printf (_("More about each option, and this chart kept up to date: "
                                                             "%s."), web)
                                        : g_strdup (_("Ask the plan administrator for each option's prospectus and "
                                                      "for this chart kept up to date."));
    g_autofree char *example = NULL;

    for (guint i = 0; i < rows->len && example == NULL; i++)
      {
        const ProspectPlanRow *row = g_ptr_array_index (rows, i);

        if (!isnan (row->expenses_20y))
          {
            g_autofree char *cost = prospect_format_money (row->expenses_20y, 0, PROSPECT_NEGATIVE_MINUS);
            g_autofree char *ratio = prospect_format_percent (row->gross_pct, 2, PROSPECT_NEGATIVE_MINUS);

            example = g_strdup_printf (_(" For example, %s's expenses of %s a year cost %s on $10,000 over 20 years "
                                         "at a 5%% return."), row->name, ratio, cost);
          }
      }
    _prospect_report_add_text (report, BLOCK_TEXT, _("Past performance does not guarantee how an option will perform "
                                                     "in the future."));
    _prospect_report_add_text (report, BLOCK_TEXT, _("Fees and expenses are only one of several factors to consider "
                                                     "when you decide to invest in an option."));
    {
      g_autofree char *cumulative = g_strdup_printf (_("The cumulative effect of fees and expenses can substantially "
                                                       "reduce the growth of your retirement savings.%s"),
                                                     example != NULL ? example : "");

      _prospect_report_add_text (report, BLOCK_TEXT, cumulative);
    }
    _prospect_report_add_text (report, BLOCK_TEXT, more);
  }

  _prospect_report_add_text (report, BLOCK_HEADING, _("Terms used"));
  for (guint i = 0; i < G_N_ELEMENTS (glossary); i++)
    {
      g_autofree char *text = g_strdup_printf ("%s: %s", _(glossary[i].term), _(glossary[i].definition));

      _prospect_report_add_text (report, BLOCK_TEXT, text);
    }

  _prospect_report_add_text (report, BLOCK_HEADING, _("Sources"));
  for (guint i = 0; i < rows->len; i++)
    {
      const ProspectPlanRow *row = g_ptr_array_index (rows, i);
      g_autoptr(GString) text = g_string_new (row->name);

      g_string_append (text, ": ");
      for (guint s = 0; s < row->sources->len; s++)
        g_string_append_printf (text, "%s%s", s > 0 ? "; " : "", (const char *) g_ptr_array_index (row->sources, s));
      if (row->sources->len == 0)
        g_string_append (text, _("no figures in the database"));
      _prospect_report_add_text (report, BLOCK_NOTE, text->str);
    }
  return report;
}
