/* prospect-plan-page.h: plan line-ups and their comparative chart.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "prospect-page.h"

#include "prospect-database.h"

G_BEGIN_DECLS

#define PROSPECT_TYPE_PLAN_PAGE (prospect_plan_page_get_type ())

G_DECLARE_FINAL_TYPE (ProspectPlanPage, prospect_plan_page, PROSPECT, PLAN_PAGE, ProspectPage)

gboolean prospect_plan_page_load (ProspectPlanPage  *self,
                                  ProspectDatabase  *database,
                                  gint64             class_id,
                                  GError           **error);

G_END_DECLS
