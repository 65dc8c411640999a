/* prospect-returns.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-returns"

#include "config.h"

#include <float.h>
#include <math.h>
#include <string.h>
#include <stdio.h>

#include "prospect-returns.h"

static const struct
{
  const char *name;
  const char *description;
} day_counts[] = {
  { "anniversary", "whole years by anniversary of the start date, then remaining days over the days in the next anniversary year" },
  { "actual/365", "days in the period over 365" },
  { "actual/365.25", "days in the period over 365.25" },
};

const char *
prospect_day_count_to_string (ProspectDayCount day_count)
{
  g_return_val_if_fail (day_count <= PROSPECT_DAY_COUNT_ACTUAL_365_25, NULL);
  return day_counts[day_count].name;
}

const char *
prospect_day_count_describe (ProspectDayCount day_count)
{
  g_return_val_if_fail (day_count <= PROSPECT_DAY_COUNT_ACTUAL_365_25, NULL);
  return day_counts[day_count].description;
}

gboolean
prospect_day_count_from_string (const char       *text,
                                ProspectDayCount *day_count)
{
  for (guint i = 0; i < G_N_ELEMENTS (day_counts); i++)
    if (g_strcmp0 (text, day_counts[i].name) == 0)
      {
        *day_count = (ProspectDayCount) i;
        return TRUE;
      }
  return FALSE;
}

/* Adds whole years, keeping Feb 29 as Feb 28 in common years. */
static void
add_years (GDate *date,
           int    years)
{
  g_date_add_years (date, (guint) years);
}

/* The period runs from the start of START to the end of END, both
 * included, so 1 January to 31 December of one year is exactly one year. */
double
prospect_year_fraction (const GDate      *start,
                        const GDate      *end,
                        ProspectDayCount  day_count)
{
  GDate after_end = *end;
  double days;

  g_return_val_if_fail (g_date_valid (start) && g_date_valid (end), NAN);

  g_date_add_days (&after_end, 1);
  days = (double) g_date_days_between (start, &after_end);
  if (days <= 0)
    return 0;

  switch (day_count)
    {
    case PROSPECT_DAY_COUNT_ACTUAL_365:
      return days / 365.0;
    case PROSPECT_DAY_COUNT_ACTUAL_365_25:
      return days / 365.25;
    case PROSPECT_DAY_COUNT_ANNIVERSARY:
    default:
      {
        int whole = 0;
        GDate anniversary = *start;
        GDate next;

        for (;;)
          {
            next = *start;
            add_years (&next, whole + 1);
            if (g_date_compare (&next, &after_end) > 0)
              break;
            whole++;
          }
        anniversary = *start;
        add_years (&anniversary, whole);
        return whole + (double) g_date_days_between (&anniversary, &after_end) /
               (double) g_date_days_between (&anniversary, &next);
      }
    }
}

double
prospect_cumulative_return (const double *returns_pct,
                            guint         n)
{
  double growth = 1.0;

  for (guint i = 0; i < n; i++)
    growth *= 1.0 + returns_pct[i] / 100.0;
  return (growth - 1.0) * 100.0;
}

/* The SEC standardized formula P(1+T)^n = ERV solved for T.  Periods
 * under a year are never annualized: the cumulative return comes back. */
double
prospect_annualize (double cumulative_pct,
                    double n_years)
{
  double ratio = 1.0 + cumulative_pct / 100.0;

  if (!(n_years >= 1.0) || ratio < 0)
    return cumulative_pct;
  return (pow (ratio, 1.0 / n_years) - 1.0) * 100.0;
}

/* Returns the ending value; values_out, if given, receives the value at
 * the end of each year. */
double
prospect_growth_of (double        amount,
                    const double *returns_pct,
                    guint         n,
                    double       *values_out)
{
  double value = amount;

  for (guint i = 0; i < n; i++)
    {
      value *= 1.0 + returns_pct[i] / 100.0;
      if (values_out != NULL)
        values_out[i] = value;
    }
  return value;
}

gboolean
prospect_return_stats (const ProspectAnnualReturn *rows,
                       guint                       n,
                       ProspectReturnStats        *stats)
{
  double sum = 0, sum_sq = 0;

  g_return_val_if_fail (stats != NULL, FALSE);

  memset (stats, 0, sizeof *stats);
  stats->stdev_pct = NAN;
  if (rows == NULL || n == 0)
    return FALSE;

  stats->best_year = stats->worst_year = rows[0].year;
  stats->best_pct = stats->worst_pct = rows[0].return_pct;
  for (guint i = 0; i < n; i++)
    {
      if (rows[i].return_pct > stats->best_pct)
        {
          stats->best_pct = rows[i].return_pct;
          stats->best_year = rows[i].year;
        }
      if (rows[i].return_pct < stats->worst_pct)
        {
          stats->worst_pct = rows[i].return_pct;
          stats->worst_year = rows[i].year;
        }
      sum += rows[i].return_pct;
    }
  stats->mean_pct = sum / n;
  if (n >= 2)
    {
      for (guint i = 0; i < n; i++)
        sum_sq += (rows[i].return_pct - stats->mean_pct) * (rows[i].return_pct - stats->mean_pct);
      stats->stdev_pct = sqrt (sum_sq / (n - 1));
    }
  return TRUE;
}

void
prospect_period_return_clear (ProspectPeriodReturn *result)
{
  g_clear_pointer (&result->reason, g_free);
}

static const ProspectAnnualReturn *
find_year (const ProspectAnnualReturn *rows,
           guint                       n,
           int                         year)
{
  for (guint i = 0; i < n; i++)
    if (rows[i].year == year)
      return &rows[i];
  return NULL;
}

/* Computes the return over START..END from calendar-year returns.  A period
 * that starts after 1 January takes the row for its first year as the
 * return from START to 31 December of that year, as a prospectus' bar chart
 * prints an inception year. */
gboolean
prospect_period_return_compute (const ProspectAnnualReturn *rows,
                                guint                       n,
                                const GDate                *start,
                                const GDate                *end,
                                ProspectDayCount            day_count,
                                ProspectPeriodReturn       *result)
{
  g_autoptr(GString) missing = g_string_new (NULL);
  int first_year, last_year;
  double growth = 1.0;

  g_return_val_if_fail (result != NULL, FALSE);

  memset (result, 0, sizeof *result);
  result->cumulative_pct = result->average_pct = NAN;

  if (!g_date_valid (start) || !g_date_valid (end) || g_date_compare (start, end) > 0)
    {
      result->reason = g_strdup ("the period's dates are not valid");
      return FALSE;
    }
  if (g_date_get_month (end) != G_DATE_DECEMBER || g_date_get_day (end) != 31)
    {
      result->reason = g_strdup ("yearly returns cover periods that end on 31 December only");
      return FALSE;
    }
  first_year = g_date_get_year (start);
  last_year = g_date_get_year (end);
  for (int year = first_year; year <= last_year; year++)
    {
      const ProspectAnnualReturn *row = find_year (rows, n, year);

      if (row == NULL)
        {
          g_string_append_printf (missing, "%s%d", missing->len > 0 ? ", " : "", year);
          continue;
        }
      growth *= 1.0 + row->return_pct / 100.0;
    }
  if (missing->len > 0)
    {
      result->reason = g_strdup_printf ("no yearly return for %s", missing->str);
      return FALSE;
    }

  result->available = TRUE;
  result->cumulative_pct = (growth - 1.0) * 100.0;
  result->n_years = prospect_year_fraction (start, end, day_count);
  result->annualized = result->n_years >= 1.0 - 1e-12;
  result->average_pct = result->annualized
    ? prospect_annualize (result->cumulative_pct, MAX (result->n_years, 1.0))
    : result->cumulative_pct;
  return TRUE;
}

/* Half-up at DECIMALS places, with a guard for values such as 67.5 that
 * binary floating point holds as 67.4999999….  The guard is far below any
 * printed precision. */
double
prospect_round_half_up (double value,
                        int    decimals)
{
  double scale = pow (10.0, decimals);
  double scaled = value * scale;
  /* A half that binary arithmetic left a few units in the last place short
   * (2.675 is 2.67499999999999982236431605997495353221893310546875) still
   * rounds up; a guard of 16 units in the last place, not more, so that a
   * large figure is never pushed up by a whole unit. */
  double guard = 16 * DBL_EPSILON * MAX (1.0, fabs (scaled));

  if (scaled >= 0)
    return floor (scaled + 0.5 + guard) / scale;
  return -floor (-scaled + 0.5 + guard) / scale;
}

/* Fund minus index, in percentage points, at the hundredth both are
 * printed to: 34.28 − 28.58 is 5.70, not 5.700000000000003.  NAN when
 * either year is missing. */
double
prospect_return_difference (double fund_pct,
                            double index_pct)
{
  if (!isfinite (fund_pct) || !isfinite (index_pct))
    return NAN;
  return prospect_round_half_up (fund_pct - index_pct, 2);
}

/* Years are compared where both series have a figure (NAN marks a missing
 * year); "beaten" means the fund's return was higher to the hundredth. */
void
prospect_returns_versus (const double        *fund_pct,
                         const double        *index_pct,
                         guint                n,
                         ProspectVersusCount *count)
{
  g_return_if_fail (count != NULL);

  memset (count, 0, sizeof *count);
  for (guint i = 0; i < n; i++)
    {
      double difference = prospect_return_difference (fund_pct[i], index_pct[i]);

      if (isnan (difference))
        continue;
      count->n_compared++;
      if (difference > 0)
        count->n_beaten++;
      else if (difference == 0)
        count->n_tied++;
    }
}

gboolean
prospect_agrees_at_hundredths (double computed_pct,
                               double stated_pct)
{
  if (!isfinite (computed_pct) || !isfinite (stated_pct))
    return FALSE;
  return llround (prospect_round_half_up (computed_pct, 2) * 100.0) == llround (stated_pct * 100.0);
}

/* Whether an ISO date lies after today: an inception date cannot. */
gboolean
prospect_date_is_future (const GDate *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, (GDateDay) g_date_time_get_day_of_month (now), (GDateMonth) g_date_time_get_month (now),
                  (GDateYear) g_date_time_get_year (now));
  return g_date_compare (date, &today) > 0;
}

gboolean
prospect_parse_iso_date (const char *text,
                         GDate      *date)
{
  unsigned int y, m, d;
  char tail;

  g_date_clear (date, 1);
  /* Exactly YYYY-MM-DD: "2001-1-5" would be stored as written and then
   * sort and compare wrongly as text. */
  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  if (sscanf (text, "%4u-%2u-%2u%c", &y, &m, &d, &tail) != 3)
    return FALSE;
  if (!g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;
  g_date_set_dmy (date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return TRUE;
}
