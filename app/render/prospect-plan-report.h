/* prospect-plan-report.h: a plan's comparative chart as a PDF.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "prospect-plan-rows.h"
#include "prospect-report.h"

G_BEGIN_DECLS

ProspectReport *prospect_plan_report_new (const ProspectPlan *plan,
                                          GPtrArray          *rows,
                                          const char         *as_of,
                                          const char         *prepared_date);

G_END_DECLS
