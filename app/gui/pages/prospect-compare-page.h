/* prospect-compare-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "prospect-page.h"

#include "prospect-database.h"

G_BEGIN_DECLS

#define PROSPECT_TYPE_COMPARE_PAGE (prospect_compare_page_get_type ())

G_DECLARE_FINAL_TYPE (ProspectComparePage, prospect_compare_page, PROSPECT, COMPARE_PAGE, ProspectPage)

typedef enum
{
  PROSPECT_SCENARIO_FIELD_NAME,
  PROSPECT_SCENARIO_FIELD_FUND_RATIO,
  PROSPECT_SCENARIO_FIELD_FRONT_LOAD,
  PROSPECT_SCENARIO_FIELD_DEFERRED,
  PROSPECT_SCENARIO_FIELD_MORTALITY,
  PROSPECT_SCENARIO_FIELD_ADMINISTRATIVE,
  PROSPECT_SCENARIO_FIELD_RIDER,
  PROSPECT_SCENARIO_FIELD_CONTRACT_FEE,
  PROSPECT_SCENARIO_FIELD_FEE_WAIVED_ABOVE,
  PROSPECT_SCENARIO_FIELD_SURRENDER,
  PROSPECT_SCENARIO_FIELD_FREE_WITHDRAWAL,
  PROSPECT_SCENARIO_FIELD_OTHER_HOLDINGS,
  PROSPECT_SCENARIO_N_FIELDS
} ProspectScenarioField;

typedef enum
{
  PROSPECT_ASSUMPTION_AMOUNT,
  PROSPECT_ASSUMPTION_CONTRIBUTION,
  PROSPECT_ASSUMPTION_MATCH,
  PROSPECT_ASSUMPTION_RETURN,
  PROSPECT_N_ASSUMPTIONS
} ProspectAssumptionField;

gboolean     prospect_compare_page_load              (ProspectComparePage    *self,
                                                      ProspectDatabase       *database,
                                                      gint64                  class_id,
                                                      GError                **error);
gboolean     prospect_compare_page_add_scenario      (ProspectComparePage    *self);
void         prospect_compare_page_delete_scenario   (ProspectComparePage    *self,
                                                      guint                   index);
void         prospect_compare_page_undo_delete       (ProspectComparePage    *self);

G_END_DECLS
