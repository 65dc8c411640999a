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
                                                    guint                        n);
ProspectChartData *prospect_chart_fees_by_layer    (const ProspectCostResult    *result,
                                                    const char                  *name);
ProspectChartData *prospect_chart_sparkline        (const double                *values,
                                                    guint                        n);

char              *prospect_source_describe        (const ProspectSource        *source);

G_END_DECLS
