/* prospect-plan-page-private.h: the Plan page's parts shared by its files:
 * the page (plans, their facts, exports: prospect-plan-page.c), the
 * options list (prospect-plan-options.c) and the comparative table and
 * chart (prospect-plan-table.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "prospect-chart-view.h"
#include "prospect-plan-page.h"
#include "prospect-plan-rows.h"

G_BEGIN_DECLS

enum
{
  PLAN_FACT_NAME,
  PLAN_FACT_AS_OF,
  PLAN_FACT_WEB,
  PLAN_FACT_FEE_DOLLARS,
  PLAN_FACT_FEE_PCT,
  PLAN_FACT_FEE_NOTE,
  PLAN_N_FACTS
};

typedef enum
{
  PLAN_SORT_POSITION,
  PLAN_SORT_NAME,
  PLAN_SORT_TYPE,
  PLAN_SORT_1Y,
  PLAN_SORT_5Y,
  PLAN_SORT_10Y,
  PLAN_SORT_EXPENSE,
} PlanSort;

struct _ProspectPlanPage
{
  ProspectPage parent_instance;

  /* Template widgets */
  GtkDropDown         *plan_dropdown;
  GtkWidget           *empty_label;
  GtkWidget           *content_box;
  AdwPreferencesGroup *facts_group;
  AdwPreferencesGroup *options_group;
  GtkDropDown         *class_dropdown;
  GtkDropDown         *type_filter;
  GtkGrid             *table_grid;
  GtkLabel            *gaps_label;
  ProspectChartView   *expense_chart;
  ProspectChartView   *return_chart;
  GtkLabel            *statements_label;

  /* Owned */
  ProspectDatabase *database;
  gint64            class_id;
  GPtrArray        *plans;           /* ProspectPlan, as in the drop-down */
  GPtrArray        *options;         /* ProspectPlanOption of the plan shown */
  GPtrArray        *rows;            /* ProspectPlanRow, parallel to options */
  GArray           *class_ids;       /* gint64, parallel to the class drop-down */
  GArray           *index_ids;       /* gint64, the benchmark choices: 0 first */
  GtkStringList    *index_names;
  GPtrArray        *option_rows;     /* AdwExpanderRow, parallel to options, not owned */
  ProspectPlan     *deleted_plan;    /* for undo */
  GPtrArray        *deleted_options;
  ProspectPlanOption *deleted_option;
  GtkFileChooserNative *chooser;
  gboolean          export_csv;
  PlanSort          sort;
  gboolean          descending;
  gboolean          loading;

  /* Borrowed */
  GtkEntry         *facts[PLAN_N_FACTS];
  AdwActionRow     *fact_rows[PLAN_N_FACTS];
};

ProspectPlan *_prospect_plan_page_current (ProspectPlanPage *self);
void          _prospect_plan_page_reload_options (ProspectPlanPage *self);
void          _prospect_plan_page_refresh (ProspectPlanPage *self);
void          _prospect_plan_options_rebuild (ProspectPlanPage *self);
void          _prospect_plan_options_add_class (ProspectPlanPage *self);
void          _prospect_plan_options_add_fixed (ProspectPlanPage *self);
void          _prospect_plan_options_undo_remove (ProspectPlanPage *self);
void          _prospect_plan_options_move_focused (ProspectPlanPage *self,
                                                   int               by);
void          _prospect_plan_table_update (ProspectPlanPage *self);

G_END_DECLS
