/* test-returns.c: total-return arithmetic and the reconciliation of the
 * prospectus's average annual returns.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "prospect-reconcile.h"
#include "prospect-returns.h"

static const ProspectAnnualReturn fund_years[] = {
  { 1996, 16.18 }, { 1997, 22.10 }, { 1998, 34.28 }, { 1999, 26.76 }, { 2000, -2.27 },
};

static void
set_date (GDate      *date,
          const char *iso)
{
  g_assert_true (prospect_parse_iso_date (iso, date));
}

static void
test_year_fraction (void)
{
  static const struct
  {
    const char      *start;
    const char      *end;
    ProspectDayCount day_count;
    double           years;
  } cases[] = {
    /* Calendar years are whole under the anniversary count, leap or not. */
    { "2000-01-01", "2000-12-31", PROSPECT_DAY_COUNT_ANNIVERSARY, 1.0 },
    { "1996-01-01", "2000-12-31", PROSPECT_DAY_COUNT_ANNIVERSARY, 5.0 },
    /* 1993-09-13 … 2000-12-31: 7 anniversaries to 2000-09-13, then 110 of
     * the 365 days to 2001-09-13. */
    { "1993-09-13", "2000-12-31", PROSPECT_DAY_COUNT_ANNIVERSARY, 7.0 + 110.0 / 365.0 },
    /* 2667 days from 1993-09-13 to 2001-01-01. */
    { "1993-09-13", "2000-12-31", PROSPECT_DAY_COUNT_ACTUAL_365, 2667.0 / 365.0 },
    { "1993-09-13", "2000-12-31", PROSPECT_DAY_COUNT_ACTUAL_365_25, 2667.0 / 365.25 },
    /* 2000 is a leap year: 366 days. */
    { "2000-01-01", "2000-12-31", PROSPECT_DAY_COUNT_ACTUAL_365, 366.0 / 365.0 },
    /* Under a year: 2000-07-01 … 2000-12-31 is 184 of the 365 days to 2001-07-01. */
    { "2000-07-01", "2000-12-31", PROSPECT_DAY_COUNT_ANNIVERSARY, 184.0 / 365.0 },
    { "2000-12-31", "2000-12-31", PROSPECT_DAY_COUNT_ACTUAL_365, 1.0 / 365.0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate start, end;

      set_date (&start, cases[i].start);
      set_date (&end, cases[i].end);
      g_assert_cmpfloat_with_epsilon (prospect_year_fraction (&start, &end, cases[i].day_count), cases[i].years, 1e-12);
    }
}

static void
test_day_count_names (void)
{
  ProspectDayCount dc;

  for (int i = PROSPECT_DAY_COUNT_ANNIVERSARY; i <= PROSPECT_DAY_COUNT_ACTUAL_365_25; i++)
    {
      g_assert_true (prospect_day_count_from_string (prospect_day_count_to_string (i), &dc));
      g_assert_cmpint (dc, ==, i);
      g_assert_nonnull (prospect_day_count_describe (i));
    }
  g_assert_false (prospect_day_count_from_string ("30/360", &dc));
  g_assert_false (prospect_day_count_from_string (NULL, &dc));
}

static void
test_cumulative_and_annualized (void)
{
  double returns[G_N_ELEMENTS (fund_years)];
  double cumulative;

  for (guint i = 0; i < G_N_ELEMENTS (fund_years); i++)
    returns[i] = fund_years[i].return_pct;

  /* 1.1618 × 1.2210 × 1.3428 × 1.2676 × 0.9773 = 2.3597636… */
  cumulative = prospect_cumulative_return (returns, G_N_ELEMENTS (returns));
  g_assert_cmpfloat_with_epsilon (cumulative, 135.97636, 1e-5);
  /* 2.3597636^(1/5) − 1 = 18.73362%, printed 18.73%. */
  g_assert_cmpfloat_with_epsilon (prospect_annualize (cumulative, 5), 18.73362, 1e-5);
  g_assert_true (prospect_agrees_at_hundredths (prospect_annualize (cumulative, 5), 18.73));
  /* Under a year: never annualized. */
  g_assert_cmpfloat (prospect_annualize (3.0, 0.5), ==, 3.0);
  g_assert_cmpfloat_with_epsilon (prospect_annualize (-2.27, 1.0), -2.27, 1e-12);
  g_assert_cmpfloat_with_epsilon (prospect_annualize (21.0, 2.0), 10.0, 1e-9);
}

static void
test_growth (void)
{
  double returns[G_N_ELEMENTS (fund_years)];
  double values[G_N_ELEMENTS (fund_years)];
  double end;

  for (guint i = 0; i < G_N_ELEMENTS (fund_years); i++)
    returns[i] = fund_years[i].return_pct;
  end = prospect_growth_of (10000, returns, G_N_ELEMENTS (returns), values);
  g_assert_cmpfloat_with_epsilon (values[0], 11618.0, 1e-6);
  g_assert_cmpfloat_with_epsilon (values[1], 11618.0 * 1.2210, 1e-6);
  g_assert_cmpfloat_with_epsilon (end, 23597.636, 0.001);
  g_assert_cmpfloat (end, ==, values[4]);
}

static void
test_stats (void)
{
  ProspectReturnStats stats;

  g_assert_true (prospect_return_stats (fund_years, G_N_ELEMENTS (fund_years), &stats));
  g_assert_cmpint (stats.best_year, ==, 1998);
  g_assert_cmpfloat (stats.best_pct, ==, 34.28);
  g_assert_cmpint (stats.worst_year, ==, 2000);
  g_assert_cmpfloat (stats.worst_pct, ==, -2.27);
  /* Mean 97.05 / 5 = 19.41; sample deviation sqrt(762.8308 / 4) = 13.80970. */
  g_assert_cmpfloat_with_epsilon (stats.mean_pct, 19.41, 1e-9);
  g_assert_cmpfloat_with_epsilon (stats.stdev_pct, 13.80970, 1e-4);

  g_assert_true (prospect_return_stats (fund_years, 1, &stats));
  g_assert_true (isnan (stats.stdev_pct));
  g_assert_false (prospect_return_stats (NULL, 0, &stats));
}

static void
test_versus (void)
{
  /* The fund against the S&P 500, 1996–2000, and a year each lacks. */
  static const double fund[] = { 16.18, 22.10, 34.28, 26.76, -2.27, NAN, 5.00, 1.00 };
  static const double sp500[] = { 22.96, 33.36, 28.58, 21.04, -9.10, 3.00, NAN, 1.00 };
  ProspectVersusCount count;

  g_assert_cmpfloat (prospect_return_difference (34.28, 28.58), ==, 5.70);
  g_assert_cmpfloat (prospect_return_difference (-2.27, -9.10), ==, 6.83);
  g_assert_cmpfloat (prospect_return_difference (16.18, 22.96), ==, -6.78);
  g_assert_true (isnan (prospect_return_difference (NAN, 1)));

  prospect_returns_versus (fund, sp500, 5, &count);
  g_assert_cmpuint (count.n_compared, ==, 5);
  g_assert_cmpuint (count.n_beaten, ==, 3);
  g_assert_cmpuint (count.n_tied, ==, 0);
  prospect_returns_versus (fund, sp500, G_N_ELEMENTS (fund), &count);
  g_assert_cmpuint (count.n_compared, ==, 6);
  g_assert_cmpuint (count.n_beaten, ==, 3);
  g_assert_cmpuint (count.n_tied, ==, 1);
  prospect_returns_versus (fund, sp500, 0, &count);
  g_assert_cmpuint (count.n_compared, ==, 0);
}

static void
test_period_from_years (void)
{
  ProspectPeriodReturn r;
  GDate start, end;

  set_date (&start, "1996-01-01");
  set_date (&end, "2000-12-31");
  g_assert_true (prospect_period_return_compute (fund_years, G_N_ELEMENTS (fund_years), &start, &end,
                                                 PROSPECT_DAY_COUNT_ANNIVERSARY, &r));
  g_assert_true (r.annualized);
  g_assert_cmpfloat (r.n_years, ==, 5.0);
  g_assert_true (prospect_agrees_at_hundredths (r.average_pct, 18.73));
  prospect_period_return_clear (&r);

  /* A missing year is said, not guessed. */
  set_date (&start, "1993-09-13");
  g_assert_false (prospect_period_return_compute (fund_years, G_N_ELEMENTS (fund_years), &start, &end,
                                                  PROSPECT_DAY_COUNT_ANNIVERSARY, &r));
  g_assert_false (r.available);
  g_assert_cmpstr (r.reason, ==, "no yearly return for 1993, 1994, 1995");
  prospect_period_return_clear (&r);

  /* The S&P Dow Jones Indices years the bundled database ships. */
  {
    static const ProspectAnnualReturn sp500[] = {
      { 1993, 10.08 }, { 1994, 1.32 }, { 1995, 37.58 }, { 1996, 22.96 }, { 1997, 33.36 }, { 1998, 28.58 },
      { 1999, 21.04 }, { 2000, -9.10 },
    };

    /* From 1 January 1996 they give the prospectus's 18.33% for five years. */
    set_date (&start, "1996-01-01");
    g_assert_true (prospect_period_return_compute (sp500, G_N_ELEMENTS (sp500), &start, &end,
                                                   PROSPECT_DAY_COUNT_ANNIVERSARY, &r));
    g_assert_true (prospect_agrees_at_hundredths (r.average_pct, 18.33));
    prospect_period_return_clear (&r);
  }

  /* Not a year end. */
  set_date (&start, "1996-01-01");
  set_date (&end, "2000-06-30");
  g_assert_false (prospect_period_return_compute (fund_years, G_N_ELEMENTS (fund_years), &start, &end,
                                                  PROSPECT_DAY_COUNT_ANNIVERSARY, &r));
  g_assert_nonnull (r.reason);
  prospect_period_return_clear (&r);
}

static void
test_period_fractional (void)
{
  /* An inception year that starts on 1 July: the 1999 row covers half a
   * year.  Growth 1.10 × 1.20 = 1.32 over 1.5 years (anniversary count:
   * 1 year to 2000-07-01, then 184/365); under a year it is not
   * annualized. */
  static const ProspectAnnualReturn rows[] = { { 1999, 10.0 }, { 2000, 20.0 } };
  ProspectPeriodReturn r;
  GDate start, end;
  double n = 1.0 + 184.0 / 365.0;

  set_date (&start, "1999-07-01");
  set_date (&end, "2000-12-31");
  g_assert_true (prospect_period_return_compute (rows, 2, &start, &end, PROSPECT_DAY_COUNT_ANNIVERSARY, &r));
  g_assert_cmpfloat_with_epsilon (r.cumulative_pct, 32.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (r.n_years, n, 1e-12);
  g_assert_cmpfloat_with_epsilon (r.average_pct, (pow (1.32, 1.0 / n) - 1.0) * 100.0, 1e-9);
  prospect_period_return_clear (&r);

  set_date (&start, "2000-07-01");
  g_assert_true (prospect_period_return_compute (rows, 2, &start, &end, PROSPECT_DAY_COUNT_ANNIVERSARY, &r));
  g_assert_false (r.annualized);
  g_assert_cmpfloat_with_epsilon (r.average_pct, 20.0, 1e-9);
  prospect_period_return_clear (&r);
}

static void
test_rounding (void)
{
  g_assert_cmpfloat (prospect_round_half_up (67.5, 0), ==, 68);
  g_assert_cmpfloat (prospect_round_half_up (67.4999, 0), ==, 67);
  g_assert_cmpfloat (prospect_round_half_up (-2.275, 2), ==, -2.28);
  g_assert_cmpfloat (prospect_round_half_up (18.7338, 2), ==, 18.73);
  g_assert_cmpfloat (prospect_round_half_up (2.675, 2), ==, 2.68);
  /* Large figures are rounded exactly: no guard pushes them up a unit
   * (it was proportional to the value: $10,200,000,000 came out …,010). */
  g_assert_cmpfloat (prospect_round_half_up (10200000000.0, 0), ==, 10200000000.0);
  g_assert_cmpfloat (prospect_round_half_up (1e12, 0), ==, 1e12);
  for (double x = 1e8; x < 1e8 + 2000; x += 1)
    {
      g_assert_cmpfloat (prospect_round_half_up (x + 0.49, 0), ==, x);
      g_assert_cmpfloat (prospect_round_half_up (x + 0.5, 0), ==, x + 1);
    }
  g_assert_true (prospect_agrees_at_hundredths (-2.2700000001, -2.27));
  g_assert_false (prospect_agrees_at_hundredths (-2.264, -2.27));
  g_assert_false (prospect_agrees_at_hundredths (NAN, -2.27));
}

static void
test_reconcile_bundled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = prospect_database_open_bundled (&error);
  g_autoptr(GPtrArray) rows = prospect_reconcile_class (db, 1, PROSPECT_DAY_COUNT_DEFAULT, &error);
  const ProspectReconciliation *one, *five, *inception;

  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 9);

  one = g_ptr_array_index (rows, 0);
  five = g_ptr_array_index (rows, 1);
  inception = g_ptr_array_index (rows, 2);
  g_assert_true (one->computed.available && one->agrees);
  g_assert_cmpfloat_with_epsilon (one->computed.average_pct, -2.27, 1e-9);
  g_assert_true (five->computed.available && five->agrees);
  g_assert_cmpfloat (prospect_round_half_up (five->computed.average_pct, 2), ==, 18.73);
  g_assert_false (inception->computed.available);
  g_assert_false (inception->agrees);
  g_assert_nonnull (strstr (inception->computed.reason, "1993"));

  /* The S&P 500's 1- and 5-year figures, from the reference years
   * (S&P Dow Jones Indices), reproduce the prospectus's (9.10%) and 18.33%;
   * its since-inception period starts within 1993, which whole-year
   * figures cannot cover; the Government/Credit index has no sourced
   * years at all. */
  for (guint i = 3; i < rows->len; i++)
    {
      const ProspectReconciliation *r = g_ptr_array_index (rows, i);
      gboolean sp500 = g_str_has_prefix (r->stated->series_name, "S&P 500");

      if (sp500 && r->stated->period != PROSPECT_PERIOD_INCEPTION)
        {
          g_assert_true (r->computed.available && r->agrees);
          g_assert_cmpfloat (prospect_round_half_up (r->computed.average_pct, 2), ==,
                             r->stated->period == PROSPECT_PERIOD_1Y ? -9.10 : 18.33);
          continue;
        }
      g_assert_false (r->computed.available);
      g_assert_nonnull (strstr (r->computed.reason, sp500 ? "starts within 1993" : "no yearly returns"));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/prospect/returns/year-fraction", test_year_fraction);
  g_test_add_func ("/prospect/returns/day-count-names", test_day_count_names);
  g_test_add_func ("/prospect/returns/cumulative-and-annualized", test_cumulative_and_annualized);
  g_test_add_func ("/prospect/returns/growth", test_growth);
  g_test_add_func ("/prospect/returns/stats", test_stats);
  g_test_add_func ("/prospect/returns/period-from-years", test_period_from_years);
  g_test_add_func ("/prospect/returns/versus", test_versus);
  g_test_add_func ("/prospect/returns/period-fractional", test_period_fractional);
  g_test_add_func ("/prospect/returns/rounding", test_rounding);
  g_test_add_func ("/prospect/returns/reconcile-bundled", test_reconcile_bundled);

  return g_test_run ();
}
