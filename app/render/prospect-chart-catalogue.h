/* prospect-chart-catalogue.h: the charts Prospect draws, filled from the store
 * and the calculators.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "prospect-chart-data.h"
#include "prospect-cost.h"
#include "prospect-database.h"
#include "prospect-expense.h"

G_BEGIN_DECLS

#define PROSPECT_PAST_PERFORMANCE_NOTE \
  "Past performance does not necessarily indicate how the fund will perform in the future."
#define PROSPECT_INDEX_NOTE "Index returns reflect no fees or expenses."
#define PROSPECT_CONTRACT_NOTE "Figures do not reflect contract-level charges unless stated."

ProspectChartData *prospect_chart_annual_returns   (ProspectDatabase            *database,
                                                    gint64                       class_id,
                                                    GError                     **error);
ProspectChartData *prospect_chart_annual_returns_after (ProspectDatabase         *database,
                                                    gint64                       class_id,
                                                    const ProspectCostScenario  *contract,
                                                    const char * const          *hidden,
                                                    GError                     **error);
ProspectChartData *prospect_chart_relative_returns (const ProspectChartData     *annual);
ProspectChartData *prospect_chart_average_returns  (ProspectDatabase            *database,
                                                    gint64                       class_id,
                                                    GError                     **error);
ProspectChartData *prospect_chart_growth           (ProspectDatabase            *database,
                                                    gint64                       class_id,
                                                    double                       amount,
                                                    gboolean                     log_scale,
                                                    GError                     **error);
ProspectChartData *prospect_chart_expense_example  (const ProspectExpenseInput  *input,
                                                    const ProspectExpenseResult *result,
                                                    const char                  *subtitle);
ProspectChartData *prospect_chart_expense_schedule (const ProspectExpenseResult *result,
                                                    const char                  *subtitle);
ProspectChartData *prospect_chart_cost_over_time   (const ProspectCostResult   **results,
                                                    const char * const          *names,
                                                    guint                        n,
                                                    gboolean                     surrender_values);
ProspectChartData *prospect_chart_fees_by_scenario (const ProspectCostResult   **results,
                                                    const char * const          *names,
                                                    guint                        n);
ProspectChartData *prospect_chart_fees_by_layer    (const ProspectCostResult    *result,
                                                    const char                  *name);
/* What a catalogue chart is built for beyond the class: the scale of the
 * growth chart, the horizon and contract charges of the cost charts. */
typedef struct
{
  int                         years;     /* cost charts; 0 gives 20 */
  const ProspectCostScenario *contract;  /* contract charges and loads on top of the
                                          * class's fee table, or NULL for none */
} ProspectChartRequest;

typedef struct
{
  const char *name;    /* as on the command line: "annual-returns" */
  const char *title;   /* as a person reads it */
  ProspectChartData *(*build) (ProspectDatabase           *database,
                               gint64                      class_id,
                               const ProspectChartRequest *request,
                               GError                    **error);
} ProspectChartEntry;

guint                     prospect_chart_catalogue_size  (void);
const ProspectChartEntry *prospect_chart_catalogue_get   (guint                       index);
const ProspectChartEntry *prospect_chart_catalogue_find  (const char                 *name);
char                     *prospect_chart_catalogue_names (void);
ProspectChartData        *prospect_chart_catalogue_build (ProspectDatabase           *database,
                                                          const char                 *name,
                                                          gint64                      class_id,
                                                          const ProspectChartRequest *request,
                                                          GError                    **error);

ProspectChartData *prospect_chart_sparkline        (const double                *values,
                                                    guint                        n);

G_END_DECLS
