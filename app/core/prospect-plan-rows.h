/* prospect-plan-rows.h: a plan's comparative chart (29 CFR 2550.404a-5):
 * one row per option with its returns beside its index, its expenses as a
 * percentage and per $1,000, its shareholder-type fees, and where each
 * figure comes from.  A figure the database does not have is NAN with the
 * reason, never zero.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "prospect-plan.h"

G_BEGIN_DECLS

#define PROSPECT_PLAN_N_PERIODS 3   /* 1 year, 5 years, 10 years (or since inception) */

typedef struct
{
  gint64    class_id;                          /* 0: a fixed-return option */
  char     *name;
  char     *ticker;
  char     *category;                          /* NULL: not given */
  gboolean  fixed;
  double    fixed_rate_pct;
  char     *fixed_term;
  double    returns[PROSPECT_PLAN_N_PERIODS];
  char     *missing[PROSPECT_PLAN_N_PERIODS];  /* why a return is not available */
  char     *inception_date;                    /* set when the third figure is since inception */
  char     *as_of;                             /* the date the returns run to */
  char     *index_name;
  double    index_returns[PROSPECT_PLAN_N_PERIODS];
  char     *index_missing[PROSPECT_PLAN_N_PERIODS];
  double    gross_pct;                         /* NAN: no fee table */
  double    net_pct;                           /* NAN: no waiver, or no fee table */
  char     *shareholder_fees;                  /* "None" where there are none */
  char     *restrictions;
  double    expenses_20y;                      /* on $10,000 over 20 years at 5% */
  GPtrArray *sources;                          /* char *: "what: where from" */
} ProspectPlanRow;

void       prospect_plan_row_free      (ProspectPlanRow *row);
double     prospect_plan_per_thousand  (double           ratio_pct);
GPtrArray *prospect_plan_rows_build    (ProspectDatabase *database,
                                        GPtrArray        *options,
                                        const char       *as_of,
                                        GError          **error);
GPtrArray *prospect_plan_options_for_classes (const gint64 *class_ids,
                                        guint             n);
char      *prospect_plan_rows_to_csv   (GPtrArray        *rows);
char      *prospect_plan_return_label  (const ProspectPlanRow *row,
                                        guint                  period);
char      *prospect_plan_format_return (const ProspectPlanRow *row,
                                        guint                  period,
                                        gboolean               index);

G_END_DECLS
