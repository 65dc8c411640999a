/* prospect-saved-scenario.h: cost scenarios kept in the store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "prospect-cost.h"
#include "prospect-database.h"

G_BEGIN_DECLS

typedef struct
{
  gint64               id;          /* 0 until saved */
  int                  position;    /* order among scenarios; 0 until saved */
  char                *name;
  gint64               class_id;    /* 0: the fund ratio below is typed in */
  double               fund_ratio_pct;
  ProspectCostScenario scenario;    /* contract charges, loads; fund layer filled on load */
} ProspectSavedScenario;

ProspectSavedScenario *prospect_saved_scenario_new        (const char                   *name);
ProspectSavedScenario *prospect_saved_scenario_copy       (const ProspectSavedScenario  *scenario);
void                   prospect_saved_scenario_free       (ProspectSavedScenario        *scenario);
gboolean               prospect_saved_scenario_resolve    (ProspectSavedScenario        *scenario,
                                                           ProspectDatabase             *database,
                                                           GError                      **error);

GPtrArray             *prospect_database_list_scenarios   (ProspectDatabase             *database,
                                                           GError                      **error);
gboolean               prospect_database_save_scenario    (ProspectDatabase             *database,
                                                           ProspectSavedScenario        *scenario,
                                                           GError                      **error);
gboolean               prospect_database_delete_scenario  (ProspectDatabase             *database,
                                                           gint64                        id,
                                                           GError                      **error);
gboolean               prospect_database_get_assumptions  (ProspectDatabase             *database,
                                                           ProspectCostAssumptions      *assumptions,
                                                           GError                      **error);
gboolean               prospect_database_save_assumptions (ProspectDatabase             *database,
                                                           const ProspectCostAssumptions *assumptions,
                                                           GError                      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ProspectSavedScenario, prospect_saved_scenario_free)

G_END_DECLS
