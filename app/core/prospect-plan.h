/* prospect-plan.h: plan line-ups kept in the store: a plan's facts and its
 * options, in the plan's order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "prospect-database.h"

G_BEGIN_DECLS

typedef struct
{
  gint64  id;                  /* 0 until saved */
  char   *name;
  int     position;
  char   *as_of;               /* ISO date the figures are as of; NULL: each figure's own date */
  char   *web_address;
  double  admin_fee_dollars;   /* a year */
  double  admin_fee_pct;       /* of the account, a year */
  char   *admin_fee_note;      /* how the fees are charged */
} ProspectPlan;

typedef struct
{
  gint64  id;                  /* 0 until saved */
  gint64  plan_id;
  int     position;
  gint64  class_id;            /* 0: a fixed-return option */
  char   *category;            /* "Balanced", "Bond" …; NULL: not given */
  gint64  benchmark_id;        /* an index series in place of the class's own; 0: the class's */
  char   *fixed_name;
  double  fixed_rate_pct;      /* NAN unless fixed */
  char   *fixed_term;
  char   *restrictions;        /* restrictions on transfers, as text */
} ProspectPlanOption;

ProspectPlan       *prospect_plan_new                     (const char          *name);
ProspectPlan       *prospect_plan_copy                    (const ProspectPlan  *plan);
void                prospect_plan_free                    (ProspectPlan        *plan);
ProspectPlanOption *prospect_plan_option_new              (void);
ProspectPlanOption *prospect_plan_option_copy             (const ProspectPlanOption *option);
void                prospect_plan_option_free             (ProspectPlanOption  *option);

GPtrArray          *prospect_database_list_plans          (ProspectDatabase    *database,
                                                           GError             **error);
ProspectPlan       *prospect_database_find_plan           (ProspectDatabase    *database,
                                                           const char          *name,
                                                           GError             **error);
gboolean            prospect_database_save_plan           (ProspectDatabase    *database,
                                                           ProspectPlan        *plan,
                                                           GError             **error);
gboolean            prospect_database_delete_plan         (ProspectDatabase    *database,
                                                           gint64               plan_id,
                                                           GError             **error);
GPtrArray          *prospect_database_list_plan_options   (ProspectDatabase    *database,
                                                           gint64               plan_id,
                                                           GError             **error);
gboolean            prospect_database_save_plan_option    (ProspectDatabase    *database,
                                                           ProspectPlanOption  *option,
                                                           GError             **error);
gboolean            prospect_database_delete_plan_option  (ProspectDatabase    *database,
                                                           gint64               option_id,
                                                           GError             **error);
gboolean            prospect_database_move_plan_option    (ProspectDatabase    *database,
                                                           gint64               option_id,
                                                           guint                index,
                                                           GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ProspectPlan, prospect_plan_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ProspectPlanOption, prospect_plan_option_free)

G_END_DECLS
