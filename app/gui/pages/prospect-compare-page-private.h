/* prospect-compare-page-private.h: the Compare page's parts shared by its
 * files: the page, and the scenario forms (prospect-scenario-form.c), one
 * expander row per saved scenario.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <math.h>

#include "prospect-chart-catalogue.h"
#include "prospect-chart-view.h"
#include "prospect-compare-page.h"
#include "prospect-format.h"
#include "prospect-number.h"
#include "prospect-saved-scenario.h"
#include "prospect-ui-util.h"

G_BEGIN_DECLS

typedef struct _ProspectScenarioForm ProspectScenarioForm;

struct _ProspectComparePage
{
  ProspectPage parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *assumptions_group;
  AdwPreferencesGroup *scenarios_group;
  char                *scenarios_description;  /* the template's, while changes can be saved */
  GtkSpinButton       *years_spin;
  GtkDropDown         *method_dropdown;
  GtkLabel            *empty_label;
  GtkWidget           *results_box;
  GtkGrid             *results_grid;
  GtkLabel            *breakeven_label;
  ProspectChartView   *cost_chart;
  ProspectChartView   *layers_chart;
  GtkLabel            *net_returns_label;
  AdwPreferencesGroup *exchange_group;
  GtkLabel            *exchange_label;

  /* Owned */
  ProspectDatabase        *database;
  GPtrArray               *editors;        /* ProspectScenarioForm */
  GArray                  *class_ids;      /* gint64, parallel to the fund drop-down */
  GtkStringList           *class_labels;
  ProspectSavedScenario   *deleted;        /* for undo */
  ProspectCostAssumptions  assumptions;
  gint64                   class_id;

  /* Borrowed */
  GtkEntry *assumption_entries[PROSPECT_N_ASSUMPTIONS];
  AdwActionRow *assumption_rows[PROSPECT_N_ASSUMPTIONS];

  gboolean loading;

  /* The 1035 exchange (prospect-compare-exchange.c) */
  GtkDropDown   *exchange_keep;
  GtkDropDown   *exchange_into;
  GtkStringList *exchange_names;
  GArray        *exchange_ids;       /* gint64, parallel to exchange_names */
  GtkEntry      *exchange_entries[5];
  AdwActionRow  *exchange_rows[5];
  gint64         exchange_keep_id;
  gint64         exchange_into_id;
};

struct _ProspectScenarioForm
{
  ProspectComparePage   *page;
  ProspectSavedScenario *saved;
  AdwExpanderRow        *row;
  GtkDropDown           *fund;
  GtkSwitch             *benefit_base;
  GtkSwitch             *by_payment;
  GtkEntry              *entries[PROSPECT_SCENARIO_N_FIELDS];
  AdwActionRow          *field_rows[PROSPECT_SCENARIO_N_FIELDS];
  char                  *problem;
  gboolean               unusable;   /* its class has no figures to compare: no results are shown for it */
};

/* The form's fields, in order: their titles, hints and the rules a value
 * must follow. */
typedef struct
{
  const char       *title;
  const char       *hint;
  ProspectFieldSpec spec;
  gboolean          list;
} ProspectScenarioFieldSpec;

extern const ProspectScenarioFieldSpec _prospect_scenario_fields[PROSPECT_SCENARIO_N_FIELDS];

void _prospect_scenario_form_free (ProspectScenarioForm *editor);
char * _prospect_compare_plain_number (double value);
ProspectScenarioForm * _prospect_scenario_form_new (ProspectComparePage *self, ProspectSavedScenario *saved);
void _prospect_scenario_form_ensure_rows (ProspectScenarioForm *editor);
void _prospect_compare_page_rebuild_forms (ProspectComparePage *self);
void _prospect_compare_page_update_results (ProspectComparePage *self);
void _prospect_compare_exchange_init (ProspectComparePage *self);
void _prospect_compare_exchange_load (ProspectComparePage *self);
void _prospect_compare_exchange_update (ProspectComparePage *self);

G_END_DECLS
