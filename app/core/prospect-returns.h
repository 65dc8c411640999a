/* prospect-returns.h: total-return arithmetic.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "prospect-records.h"

G_BEGIN_DECLS

/* How a period that does not span whole years becomes a number of years n
 * in P(1+T)^n = ERV.  The SEC rules name none, and the choice can move the
 * hundredths digit, so every recomputed figure says which one it used. */
typedef enum
{
  /* Whole years by anniversary of the start date, then the remaining days
   * over the days in the next anniversary year. */
  PROSPECT_DAY_COUNT_ANNIVERSARY,
  /* All days over 365. */
  PROSPECT_DAY_COUNT_ACTUAL_365,
  /* All days over 365.25. */
  PROSPECT_DAY_COUNT_ACTUAL_365_25,
} ProspectDayCount;

#define PROSPECT_DAY_COUNT_DEFAULT PROSPECT_DAY_COUNT_ANNIVERSARY

const char *prospect_day_count_to_string   (ProspectDayCount  day_count);
const char *prospect_day_count_describe    (ProspectDayCount  day_count);
gboolean    prospect_day_count_from_string (const char       *text,
                                            ProspectDayCount *day_count);

double      prospect_year_fraction         (const GDate      *start,
                                            const GDate      *end,
                                            ProspectDayCount  day_count);

double      prospect_cumulative_return     (const double     *returns_pct,
                                            guint             n);
double      prospect_annualize             (double            cumulative_pct,
                                            double            n_years);
double      prospect_growth_of             (double            amount,
                                            const double     *returns_pct,
                                            guint             n,
                                            double           *values_out);

typedef struct
{
  int    best_year;
  double best_pct;
  int    worst_year;
  double worst_pct;
  double mean_pct;
  double stdev_pct;   /* sample standard deviation (n − 1); NAN below 2 years */
} ProspectReturnStats;

gboolean    prospect_return_stats          (const ProspectAnnualReturn *rows,
                                            guint                       n,
                                            ProspectReturnStats        *stats);

typedef struct
{
  gboolean available;     /* FALSE: the yearly data does not cover the period */
  char    *reason;        /* why not, when not available */
  double   cumulative_pct;
  double   n_years;
  gboolean annualized;    /* FALSE for periods under one year */
  double   average_pct;   /* annualized, or the cumulative return when not */
} ProspectPeriodReturn;

void        prospect_period_return_clear   (ProspectPeriodReturn *result);

gboolean    prospect_period_return_compute (const ProspectAnnualReturn *rows,
                                            guint                       n,
                                            const GDate                *start,
                                            const GDate                *end,
                                            ProspectDayCount            day_count,
                                            ProspectPeriodReturn       *result);

/* A fund's years against an index's: the years both have, how many the
 * fund's return was higher, and how many equal. */
typedef struct
{
  guint n_compared;
  guint n_beaten;
  guint n_tied;
} ProspectVersusCount;

double      prospect_return_difference     (double fund_pct,
                                            double index_pct);
void        prospect_returns_versus        (const double        *fund_pct,
                                            const double        *index_pct,
                                            guint                n,
                                            ProspectVersusCount *count);

gboolean    prospect_agrees_at_hundredths  (double computed_pct,
                                            double stated_pct);
double      prospect_round_half_up         (double value,
                                            int    decimals);
gboolean    prospect_date_is_future        (const GDate *date);
gboolean    prospect_parse_iso_date        (const char *text,
                                            GDate      *date);

G_END_DECLS
