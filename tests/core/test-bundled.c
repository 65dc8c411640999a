/* test-bundled.c: every figure of the bundled prospectus as the store hands
 * it out, pinned to the printed document.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "prospect-database.h"
#include "prospect-fee-lines.h"
#include "prospect-printed-example.h"
#include "prospect-glossary-term.h"

static ProspectDatabase *
open_bundled (void)
{
  g_autoptr(GError) error = NULL;
  ProspectDatabase *db = prospect_database_open_bundled (&error);

  g_assert_no_error (error);
  return db;
}

static void
test_bundled_fund (void)
{
  g_autoptr(ProspectDatabase) db = open_bundled ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectFundInfo) fund = prospect_database_get_fund (db, 1, &error);
  g_autoptr(ProspectClassInfo) institutional = prospect_database_get_class (db, 1, &error);
  g_autoptr(ProspectClassInfo) service = prospect_database_get_class (db, 2, &error);
  g_autoptr(ProspectFeeTable) no_fees = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (fund->trust, ==, "Janus Aspen Series");
  g_assert_cmpstr (fund->name, ==, "Balanced Portfolio");
  g_assert_cmpstr (fund->adviser, ==, "Janus Capital");
  g_assert_cmpstr (fund->portfolio_manager, ==, "Karen L. Reidy");
  g_assert_cmpstr (fund->objective, ==,
                   "Balanced Portfolio seeks long-term capital growth, consistent with preservation of capital and "
                   "balanced by current income.");
  g_assert_cmpstr (fund->source.section, ==, "Risk/return summary");
  g_assert_cmpstr (institutional->name, ==, "Institutional Shares");
  g_assert_cmpstr (institutional->inception_date, ==, "1993-09-13");
  g_assert_cmpstr (service->name, ==, "Service Shares");
  g_assert_cmpint (prospect_database_first_class_id (db, &error), ==, 1);

  /* The prospectus gives no fee figures for Service Shares: none invented. */
  no_fees = prospect_database_get_fee_table (db, 2, &error);
  g_assert_null (no_fees);
  g_assert_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_NOT_FOUND);
}

static void
test_bundled_returns (void)
{
  static const struct
  {
    const char     *series;
    ProspectPeriod  period;
    double          pct;
  } stated[] = {
    { "Balanced Portfolio – Institutional Shares", PROSPECT_PERIOD_1Y, -2.27 },
    { "Balanced Portfolio – Institutional Shares", PROSPECT_PERIOD_5Y, 18.73 },
    { "Balanced Portfolio – Institutional Shares", PROSPECT_PERIOD_INCEPTION, 17.19 },
    { "S&P 500 Index", PROSPECT_PERIOD_1Y, -9.10 },
    { "S&P 500 Index", PROSPECT_PERIOD_5Y, 18.33 },
    { "S&P 500 Index", PROSPECT_PERIOD_INCEPTION, 17.74 },
    { "Lehman Brothers Gov't/Credit Index", PROSPECT_PERIOD_1Y, 11.85 },
    { "Lehman Brothers Gov't/Credit Index", PROSPECT_PERIOD_5Y, 6.24 },
    { "Lehman Brothers Gov't/Credit Index", PROSPECT_PERIOD_INCEPTION, 6.26 },
  };
  static const ProspectAnnualReturn yearly[] = {
    { 1996, 16.18 }, { 1997, 22.10 }, { 1998, 34.28 }, { 1999, 26.76 }, { 2000, -2.27 },
  };
  g_autoptr(ProspectDatabase) db = open_bundled ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = prospect_database_list_stated_returns (db, 1, &error);
  g_autoptr(GArray) annual = NULL;
  gint64 series;

  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, G_N_ELEMENTS (stated));
  for (guint i = 0; i < rows->len; i++)
    {
      const ProspectStatedReturn *r = g_ptr_array_index (rows, i);

      g_assert_cmpstr (r->series_name, ==, stated[i].series);
      g_assert_cmpint (r->period, ==, stated[i].period);
      g_assert_cmpfloat_with_epsilon (r->return_pct, stated[i].pct, 1e-9);
      g_assert_cmpstr (r->end_date, ==, "2000-12-31");
      g_assert_nonnull (r->source.section);
      g_assert_cmpstr (r->source.as_of, ==, "2000-12-31");
      if (r->period == PROSPECT_PERIOD_INCEPTION)
        g_assert_cmpstr (r->start_date, ==, "1993-09-13");
      if (!r->is_class)
        g_assert_nonnull (r->footnote);
    }
  g_assert_true (g_str_has_prefix (((ProspectStatedReturn *) g_ptr_array_index (rows, 3))->footnote,
                                   "The S&P 500 is the Standard & Poor's Composite Index of 500 Stocks"));

  series = prospect_database_class_series_id (db, 1, &error);
  g_assert_no_error (error);
  annual = prospect_database_list_annual_returns (db, series, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (annual->len, ==, G_N_ELEMENTS (yearly));
  for (guint i = 0; i < annual->len; i++)
    {
      g_assert_cmpint (g_array_index (annual, ProspectAnnualReturn, i).year, ==, yearly[i].year);
      g_assert_cmpfloat_with_epsilon (g_array_index (annual, ProspectAnnualReturn, i).return_pct,
                                      yearly[i].return_pct, 1e-9);
    }
}

static void
test_bundled_fees (void)
{
  static const int years[] = { 1, 3, 5, 10 };
  static const double costs[] = { 67, 211, 368, 822 };
  g_autoptr(ProspectDatabase) db = open_bundled ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectFeeTable) fees = prospect_database_get_fee_table (db, 1, &error);
  g_autoptr(GArray) example = prospect_database_list_expense_example (db, 1, &error);

  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (fees->management_fee_pct, 0.65, 1e-9);
  g_assert_cmpfloat_with_epsilon (fees->other_expenses_pct, 0.01, 1e-9);
  g_assert_cmpfloat_with_epsilon (fees->total_pct, 0.66, 1e-9);
  /* Shareholder fees: none. */
  g_assert_true (isnan (fees->front_load_pct));
  g_assert_true (isnan (fees->deferred_load_pct));
  g_assert_true (isnan (fees->redemption_fee_pct));
  g_assert_true (isnan (fees->exchange_fee_pct));
  g_assert_true (isnan (fees->distribution_fee_pct));
  g_assert_true (isnan (fees->net_pct));
  g_assert_true (g_str_has_prefix (fees->footnote, "Expenses are based upon expenses for the year ended December 31, 2000"));
  g_assert_cmpuint (fees->deferred_schedule->len, ==, 0);

  g_assert_cmpuint (example->len, ==, 4);
  for (guint i = 0; i < example->len; i++)
    {
      const ProspectPrintedExample *e = &g_array_index (example, ProspectPrintedExample, i);

      g_assert_cmpint (e->years, ==, years[i]);
      g_assert_cmpfloat (e->cost, ==, costs[i]);
      g_assert_cmpfloat (e->amount, ==, 10000);
      g_assert_cmpfloat (e->return_pct, ==, 5);
      g_assert_true (e->redeemed);
    }
}

static void
test_bundled_highlights (void)
{
  /* Line, then 2000, 1999, 1998, 1997, 1996 as printed; NAN is a dash. */
  static const double table[18][6] = {
    { 1, 27.91, 22.50, 17.47, 14.77, 13.03 },
    { 2, 0.64, 0.59, 0.39, 0.34, 0.32 },
    { 3, -1.22, 5.38, 5.51, 2.89, 1.81 },
    { 4, -0.58, 5.97, 5.90, 3.23, 2.13 },
    { 5, -0.69, -0.56, -0.38, -0.35, -0.30 },
    { 6, NAN, NAN, NAN, NAN, NAN },
    { 7, -2.00, NAN, -0.45, -0.18, -0.09 },
    { 8, -0.31, NAN, -0.04, NAN, NAN },
    { 9, -0.02, NAN, NAN, NAN, NAN },
    { 10, -3.02, -0.56, -0.87, -0.53, -0.39 },
    { 11, 24.31, 27.91, 22.50, 17.47, 14.77 },
    { 12, -2.27, 26.76, 34.28, 22.10, 16.18 },
    { 13, 3352381, 2453079, 882495, 362409, 85480 },
    { 14, 3020072, 1583635, 555002, 176432, 43414 },
    { 15, 0.66, 0.69, 0.74, 0.83, 0.94 },
    { 16, 0.66, 0.69, 0.74, 0.82, 0.92 },
    { 17, 3.15, 2.86, 2.41, 2.87, 2.92 },
    { 18, 72, 92, 70, 139, 103 },
  };
  static const int years[] = { 2000, 1999, 1998, 1997, 1996 };
  static const double before_waiver[] = { 0.66, 0.69, 0.74, 0.83, 1.07 };
  g_autoptr(ProspectDatabase) db = open_bundled ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectHighlights) h = prospect_database_get_highlights (db, 1, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (h->years->len, ==, 5);
  g_assert_cmpuint (h->lines->len, ==, 18);
  for (guint y = 0; y < 5; y++)
    g_assert_cmpint (g_array_index (h->years, int, y), ==, years[y]);
  for (guint l = 0; l < 18; l++)
    for (guint y = 0; y < 5; y++)
      {
        double value = prospect_highlights_get (h, years[y], (int) table[l][0]);

        if (isnan (table[l][y + 1]))
          g_assert_true (isnan (value));
        else
          g_assert_cmpfloat_with_epsilon (value, table[l][y + 1], 1e-9);
      }
  g_assert_cmpstr (((ProspectHighlightLine *) g_ptr_array_index (h->lines, 0))->label, ==,
                   "Net asset value, beginning of period");
  g_assert_cmpstr (((ProspectHighlightLine *) g_ptr_array_index (h->lines, 14))->marks, ==, "1");
  g_assert_cmpstr (h->value_marks[14], ==, "2");
  g_assert_cmpuint (h->footnotes->len, ==, 3);
  g_assert_true (g_str_has_prefix (((ProspectFootnote *) g_ptr_array_index (h->footnotes, 1))->text,
                                   "The ratio was 0.66% in 2000"));
  g_assert_cmpuint (h->before_waiver->len, ==, 5);
  for (guint y = 0; y < 5; y++)
    {
      g_assert_cmpint (g_array_index (h->before_waiver, ProspectAnnualReturn, y).year, ==, years[y]);
      g_assert_cmpfloat_with_epsilon (g_array_index (h->before_waiver, ProspectAnnualReturn, y).return_pct,
                                      before_waiver[y], 1e-9);
    }
}

static void
test_bundled_policies (void)
{
  static const struct
  {
    const char *label;
    double      min, max;
    gboolean    exclusive, unlimited;
    const char *basis;
  } expected[] = {
    { "Growth securities", 40, 60, FALSE, FALSE, "assets" },
    { "Income securities", 40, 60, FALSE, FALSE, "assets" },
    { "Fixed-income securities", 25, NAN, FALSE, FALSE, "assets" },
    { "High-yield/high-risk bonds", NAN, 35, TRUE, FALSE, "net assets" },
    { "Illiquid investments", NAN, 15, FALSE, FALSE, "net assets" },
    { "“Naked” short sales", NAN, 8, FALSE, FALSE, "assets" },
    { "Foreign equity and debt securities", NAN, NAN, FALSE, TRUE, "assets" },
  };
  g_autoptr(ProspectDatabase) db = open_bundled ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) limits = prospect_database_list_policy_limits (db, 1, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (limits->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < limits->len; i++)
    {
      const ProspectPolicyLimit *l = g_ptr_array_index (limits, i);

      g_assert_cmpstr (l->label, ==, expected[i].label);
      g_assert_cmpint (isnan (l->min_pct), ==, isnan (expected[i].min));
      g_assert_cmpint (isnan (l->max_pct), ==, isnan (expected[i].max));
      if (!isnan (expected[i].min))
        g_assert_cmpfloat (l->min_pct, ==, expected[i].min);
      if (!isnan (expected[i].max))
        g_assert_cmpfloat (l->max_pct, ==, expected[i].max);
      g_assert_cmpint (l->max_exclusive, ==, expected[i].exclusive);
      g_assert_cmpint (l->unlimited, ==, expected[i].unlimited);
      g_assert_cmpstr (l->basis, ==, expected[i].basis);
      g_assert_nonnull (l->source.section);
    }
}

static void
test_bundled_text (void)
{
  static const char * const topics[] = {
    "objective", "strategies", "policies", "risks", "management", "distributions", "guide",
  };
  g_autoptr(ProspectDatabase) db = open_bundled ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) glossary = prospect_database_list_glossary (db, &error);
  guint per_part[3] = { 0 };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (topics); i++)
    {
      g_autoptr(GPtrArray) blocks = prospect_database_list_text_blocks (db, 1, topics[i], &error);

      g_assert_no_error (error);
      g_assert_cmpuint (blocks->len, >, 0);
      for (guint b = 0; b < blocks->len; b++)
        g_assert_cmpuint (strlen (((ProspectTextBlock *) g_ptr_array_index (blocks, b))->body), >, 40);
    }

  /* The prospectus's glossary: 21 terms in part I, 6 in II, 4 in III. */
  g_assert_cmpuint (g_list_model_get_n_items (glossary), ==, 31);
  for (guint i = 0; i < g_list_model_get_n_items (glossary); i++)
    {
      g_autoptr(ProspectGlossaryTerm) term = g_list_model_get_item (glossary, i);
      const char *part = prospect_glossary_term_get_part (term);

      per_part[g_str_equal (part, "I") ? 0 : g_str_equal (part, "II") ? 1 : 2]++;
      g_assert_true (g_str_has_prefix (prospect_glossary_term_get_definition (term),
                                       prospect_glossary_term_get_term (term)));
    }
  g_assert_cmpuint (per_part[0], ==, 21);
  g_assert_cmpuint (per_part[1], ==, 6);
  g_assert_cmpuint (per_part[2], ==, 4);
}

static void
test_not_found (void)
{
  g_autoptr(ProspectDatabase) db = open_bundled ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectClassInfo) info = prospect_database_get_class (db, 999, &error);

  g_assert_null (info);
  g_assert_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_NOT_FOUND);
}

/* The fee table as the prospectus prints it, line by line, from the one
 * description of the fee lines that the Fees page and the handout use. */
static void
test_bundled_fee_lines (void)
{
  static const struct
  {
    const char *column;
    const char *printed;   /* NULL: not a line of the printed table */
  } expected[] = {
    { "front_load_pct", "None" }, { "deferred_load_pct", "None" }, { "redemption_fee_pct", "None" },
    { "exchange_fee_pct", "None" }, { "account_fee", NULL }, { "management_fee_pct", "0.65%" },
    { "distribution_fee_pct", "None" }, { "other_expenses_pct", "0.01%" }, { "acquired_fund_fees_pct", NULL },
    { "total_pct", "0.66%" }, { "waiver_pct", NULL }, { "net_pct", NULL },
    { "waiver_years", NULL }, { "conversion_years", NULL }, { "conversion_pct", NULL },
  };
  g_autoptr(ProspectDatabase) db = open_bundled ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectFeeTable) fees = prospect_database_get_fee_table (db, 1, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (prospect_fee_lines_count (), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const ProspectFeeLine *line = prospect_fee_lines_find (expected[i].column);

      g_assert_nonnull (line);
      g_assert_true (line == prospect_fee_lines_get (i));
      g_assert_cmpint (prospect_fee_line_shown (line, fees), ==, expected[i].printed != NULL);
      if (expected[i].printed != NULL)
        {
          g_autofree char *text = prospect_fee_line_format (line, fees);

          g_assert_cmpstr (text, ==, expected[i].printed);
        }
    }

  /* With a waiver, the waiver and the net figure are lines too. */
  fees->waiver_pct = -0.10;
  fees->net_pct = 0.56;
  g_assert_true (prospect_fee_line_shown (prospect_fee_lines_find ("net_pct"), fees));
  {
    g_autofree char *waiver = prospect_fee_line_format (prospect_fee_lines_find ("waiver_pct"), fees);

    g_assert_cmpstr (waiver, ==, "(0.10%)");
  }
}

/* A fee table's arithmetic: the bundled one adds up; made-up ones that do
 * not are each named. */
static void
test_fee_table_check (void)
{
  g_autoptr(ProspectDatabase) db = open_bundled ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectFeeTable) fees = prospect_database_get_fee_table (db, 1, &error);
  g_autoptr(GPtrArray) none = prospect_fee_table_check (fees);
  g_autoptr(GPtrArray) all = prospect_check_fee_tables (db, &error);
  ProspectFeeTable made_up = *fees;
  g_autoptr(GPtrArray) parts = NULL;
  g_autoptr(GPtrArray) above = NULL;
  g_autoptr(GPtrArray) waiver = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (all->len, ==, 0);

  made_up.total_pct = 0.70;
  parts = prospect_fee_table_check (&made_up);
  g_assert_cmpuint (parts->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (parts, 0), "add up to 0.66%, but the total is 0.70%"));

  made_up.total_pct = 0.66;
  made_up.net_pct = 0.70;
  above = prospect_fee_table_check (&made_up);
  g_assert_cmpuint (above->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (above, 0), "above the total"));

  made_up.net_pct = 0.50;
  made_up.waiver_pct = 0.10;
  waiver = prospect_fee_table_check (&made_up);
  g_assert_cmpuint (waiver->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (waiver, 0), "less the waiver"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/prospect/database/bundled/fund", test_bundled_fund);
  g_test_add_func ("/prospect/database/bundled/returns", test_bundled_returns);
  g_test_add_func ("/prospect/database/bundled/fees", test_bundled_fees);
  g_test_add_func ("/prospect/database/bundled/fee-lines", test_bundled_fee_lines);
  g_test_add_func ("/prospect/database/bundled/highlights", test_bundled_highlights);
  g_test_add_func ("/prospect/database/bundled/policies", test_bundled_policies);
  g_test_add_func ("/prospect/database/bundled/text", test_bundled_text);
  g_test_add_func ("/prospect/database/not-found", test_not_found);
  g_test_add_func ("/prospect/database/bundled/fee-table-check", test_fee_table_check);

  return g_test_run ();
}
