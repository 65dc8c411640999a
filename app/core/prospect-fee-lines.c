/* prospect-fee-lines.c: the fee table's lines, in the order the CSV files
 * and the store's queries list them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-fee-lines"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>
#include <stddef.h>

#include "prospect-fee-lines.h"
#include "prospect-format.h"

#define AT(field) offsetof (ProspectFeeTable, field)

static const ProspectFeeLine lines[] = {
  { "front_load_pct", N_("Maximum sales charge (load) imposed on purchases"), N_("Front load %"),
    PROSPECT_FEE_GROUP_SHAREHOLDER, PROSPECT_UNIT_PERCENT, 0, 100, FALSE, TRUE, AT (front_load_pct), FALSE, FALSE, FALSE },
  { "deferred_load_pct", N_("Maximum deferred sales charge (load)"), N_("Deferred load %"),
    PROSPECT_FEE_GROUP_SHAREHOLDER, PROSPECT_UNIT_PERCENT, 0, 100, FALSE, TRUE, AT (deferred_load_pct), FALSE, FALSE, FALSE },
  { "redemption_fee_pct", N_("Redemption fee"), N_("Redemption fee %"),
    PROSPECT_FEE_GROUP_SHAREHOLDER, PROSPECT_UNIT_PERCENT, 0, 100, FALSE, TRUE, AT (redemption_fee_pct), FALSE, FALSE, FALSE },
  { "exchange_fee_pct", N_("Exchange fee"), N_("Exchange fee %"),
    PROSPECT_FEE_GROUP_SHAREHOLDER, PROSPECT_UNIT_PERCENT, 0, 100, FALSE, TRUE, AT (exchange_fee_pct), FALSE, FALSE, FALSE },
  { "account_fee", N_("Maximum account fee"), N_("Account fee $"),
    PROSPECT_FEE_GROUP_SHAREHOLDER, PROSPECT_UNIT_DOLLARS, 0, 1e6, FALSE, FALSE, AT (account_fee), FALSE, FALSE, TRUE },
  { "management_fee_pct", N_("Management fee"), N_("Management fee %"),
    PROSPECT_FEE_GROUP_OPERATING, PROSPECT_UNIT_PERCENT, 0, 100, FALSE, FALSE, AT (management_fee_pct), FALSE, FALSE, FALSE },
  { "distribution_fee_pct", N_("Distribution (12b-1) fees"), N_("12b-1 fee %"),
    PROSPECT_FEE_GROUP_OPERATING, PROSPECT_UNIT_PERCENT, 0, 100, FALSE, TRUE, AT (distribution_fee_pct), FALSE, FALSE, FALSE },
  { "other_expenses_pct", N_("Other expenses"), N_("Other expenses %"),
    PROSPECT_FEE_GROUP_OPERATING, PROSPECT_UNIT_PERCENT, 0, 100, FALSE, FALSE, AT (other_expenses_pct), FALSE, FALSE, FALSE },
  { "acquired_fund_fees_pct", N_("Acquired fund fees and expenses"), N_("Acquired fund fees %"),
    PROSPECT_FEE_GROUP_OPERATING, PROSPECT_UNIT_PERCENT, 0, 100, FALSE, FALSE, AT (acquired_fund_fees_pct), FALSE, FALSE,
    TRUE },
  { "total_pct", N_("Total annual fund operating expenses"), N_("Total %"),
    PROSPECT_FEE_GROUP_OPERATING, PROSPECT_UNIT_PERCENT, 0, 100, FALSE, FALSE, AT (total_pct), FALSE, FALSE, FALSE },
  { "waiver_pct", N_("Fee waiver"), N_("Waiver %"),
    PROSPECT_FEE_GROUP_OPERATING, PROSPECT_UNIT_PERCENT, 0, 100, FALSE, FALSE, AT (waiver_pct), FALSE, TRUE, FALSE },
  { "net_pct", N_("Net annual fund operating expenses"), N_("Net %"),
    PROSPECT_FEE_GROUP_OPERATING, PROSPECT_UNIT_PERCENT, 0, 100, FALSE, FALSE, AT (net_pct), FALSE, TRUE, FALSE },
  { "waiver_years", N_("Years the waiver is in force"), N_("Waiver years"),
    PROSPECT_FEE_GROUP_TERMS, PROSPECT_UNIT_YEARS, 0, 50, FALSE, FALSE, AT (waiver_years), FALSE, FALSE, FALSE },
  { "conversion_years", N_("Years until the class converts"), N_("Converts after"),
    PROSPECT_FEE_GROUP_TERMS, PROSPECT_UNIT_YEARS, 1, 50, TRUE, FALSE, AT (conversion_years), TRUE, FALSE, FALSE },
  { "conversion_pct", N_("Expense ratio after conversion"), N_("Ratio after %"),
    PROSPECT_FEE_GROUP_TERMS, PROSPECT_UNIT_PERCENT, 0, 100, FALSE, FALSE, AT (conversion_pct), FALSE, FALSE, FALSE },
};

guint
prospect_fee_lines_count (void)
{
  return G_N_ELEMENTS (lines);
}

const ProspectFeeLine *
prospect_fee_lines_get (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (lines), NULL);
  return &lines[index];
}

const ProspectFeeLine *
prospect_fee_lines_find (const char *column)
{
  for (guint i = 0; column != NULL && i < G_N_ELEMENTS (lines); i++)
    if (g_str_equal (lines[i].column, column))
      return &lines[i];
  return NULL;
}

/**
 * prospect_fee_lines_columns:
 * @table_alias: (nullable): prefixed to each column, as "t"
 *
 * The columns in order, "t.front_load_pct, t.deferred_load_pct, …", for
 * the store's queries.  Only these fixed names go into SQL; every value is
 * bound.
 */
char *
prospect_fee_lines_columns (const char *table_alias)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      if (i > 0)
        g_string_append (text, ", ");
      if (table_alias != NULL)
        g_string_append_printf (text, "%s.", table_alias);
      g_string_append (text, lines[i].column);
    }
  return g_string_free (text, FALSE);
}

/* NAN where the document gives no figure. */
double
prospect_fee_line_value (const ProspectFeeLine  *line,
                         const ProspectFeeTable *fees)
{
  g_return_val_if_fail (line != NULL && fees != NULL, NAN);
  if (line->is_int)
    return G_STRUCT_MEMBER (int, fees, line->offset);
  return G_STRUCT_MEMBER (double, fees, line->offset);
}

void
prospect_fee_line_set (const ProspectFeeLine *line,
                       ProspectFeeTable      *fees,
                       double                 value)
{
  g_return_if_fail (line != NULL && fees != NULL);
  if (line->is_int)
    G_STRUCT_MEMBER (int, fees, line->offset) = isfinite (value) ? (int) value : 0;
  else
    G_STRUCT_MEMBER (double, fees, line->offset) = value;
}

/* Whether a fee table as printed has this line: the terms are not lines of
* the table, a waiver and the net figure only appear with a waiver, and
* the account fee and acquired fund fees only where a fund charges them. */
gboolean
prospect_fee_line_shown (const ProspectFeeLine  *line,
                         const ProspectFeeTable *fees)
{
  g_return_val_if_fail (line != NULL && fees != NULL, FALSE);
  if (line->group == PROSPECT_FEE_GROUP_TERMS)
    return FALSE;
  if (line->only_if_given && isnan (prospect_fee_line_value (line, fees)))
    return FALSE;
  return !line->with_waiver || !isnan (fees->net_pct);
}

/* The line's figure as a prospectus prints it: "0.66%", "None" for a
 * shareholder fee or 12b-1 fee the fund does not charge, "—" where the
 * document gives no figure. */
char *
prospect_fee_line_format (const ProspectFeeLine  *line,
                          const ProspectFeeTable *fees)
{
  double value = prospect_fee_line_value (line, fees);

  if (line->none_if_absent && (isnan (value) || value == 0))
    return g_strdup ("None");
  if (isnan (value))
    return g_strdup ("—");
  if (line->unit == PROSPECT_UNIT_DOLLARS)
    return prospect_format_money (value, 0, PROSPECT_NEGATIVE_MINUS);
  return prospect_format_percent (value, 2, PROSPECT_NEGATIVE_PARENTHESES);
}

/**
 * prospect_fee_table_check:
 *
 * A fee table's arithmetic, as a reader checks it: the operating expenses
 * add up to the total, and the net figure is the total less the waiver and
 * not above it.  Differences up to a hundredth of a percent are the
 * printed rounding and pass.
 *
 * Returns: (transfer full) (element-type utf8): one sentence a problem;
 *   empty when the table adds up
 */
GPtrArray *
prospect_fee_table_check (const ProspectFeeTable *fees)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func (g_free);
  const double slack = 0.0101;

  g_return_val_if_fail (fees != NULL, problems);
  if (!isnan (fees->total_pct) && !isnan (fees->management_fee_pct))
    {
      double sum = fees->management_fee_pct;

      if (!isnan (fees->distribution_fee_pct))
        sum += fees->distribution_fee_pct;
      if (!isnan (fees->other_expenses_pct))
        sum += fees->other_expenses_pct;
      if (!isnan (fees->acquired_fund_fees_pct))
        sum += fees->acquired_fund_fees_pct;
      if (fabs (sum - fees->total_pct) > slack)
        {
          g_autofree char *parts = prospect_format_percent (sum, 2, PROSPECT_NEGATIVE_MINUS);
          g_autofree char *total = prospect_format_percent (fees->total_pct, 2, PROSPECT_NEGATIVE_MINUS);

          g_ptr_array_add (problems, g_strdup_printf (_("The operating expenses add up to %s, but the total is %s."),
                                                      parts, total));
        }
    }
  if (!isnan (fees->net_pct) && !isnan (fees->total_pct))
    {
      g_autofree char *net = prospect_format_percent (fees->net_pct, 2, PROSPECT_NEGATIVE_MINUS);
      g_autofree char *total = prospect_format_percent (fees->total_pct, 2, PROSPECT_NEGATIVE_MINUS);

      if (fees->net_pct > fees->total_pct + slack)
        g_ptr_array_add (problems, g_strdup_printf (_("The net expenses (%s) are above the total (%s); a waiver "
                                                      "lowers them."), net, total));
      else if (!isnan (fees->waiver_pct) && fabs (fees->total_pct - fees->waiver_pct - fees->net_pct) > slack)
        {
          g_autofree char *waiver = prospect_format_percent (fees->waiver_pct, 2, PROSPECT_NEGATIVE_MINUS);

          g_ptr_array_add (problems, g_strdup_printf (_("The net expenses (%s) are not the total (%s) less the "
                                                        "waiver (%s)."), net, total, waiver));
        }
    }
  return problems;
}
