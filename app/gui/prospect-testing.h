/* prospect-testing.h: what the window tests read and drive beyond the
 * pages' own API: the state behind labels and fields.  The app itself does
 * not call these; each is defined beside the page it looks into.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "prospect-chart-view.h"
#include "prospect-compare-page.h"
#include "prospect-data-page.h"
#include "prospect-fees-page.h"
#include "prospect-filing-dialog.h"
#include "prospect-highlights-page.h"
#include "prospect-plan-page.h"
#include "prospect-portfolio-page.h"
#include "prospect-window.h"

G_BEGIN_DECLS

/* prospect-filing-dialog.h */
gboolean              prospect_filing_dialog_get_ready       (ProspectFilingDialog *self);
guint                 prospect_filing_dialog_get_n_classes   (ProspectFilingDialog *self);
const char           *prospect_filing_dialog_get_error       (ProspectFilingDialog *self);
void                  prospect_filing_dialog_set_chosen      (ProspectFilingDialog *self,
                                                              guint                 index,
                                                              gboolean              chosen);
void                  prospect_filing_dialog_set_class_name  (ProspectFilingDialog *self,
                                                              guint                 index,
                                                              const char           *name);
char                 *prospect_filing_dialog_get_class_text  (ProspectFilingDialog *self,
                                                              guint                 index);

/* prospect-chart-view.c */
guint                 prospect_chart_view_get_dropped   (ProspectChartView *self);
gboolean              prospect_chart_view_get_size_drawn (ProspectChartView *self);
guint                 prospect_chart_view_get_n_drawn   (ProspectChartView *self);

/* prospect-label-widths.c */
void                  prospect_label_widths_measure_by_gtk (GtkLabel *label,
                                                            int      *minimum,
                                                            int      *natural);

/* prospect-window-filing.c */
ProspectFilingDialog *prospect_window_get_filing_dialog (ProspectWindow *self);
GtkDropTarget        *prospect_window_get_drop_target   (ProspectWindow *self);

/* prospect-plan-page.h */
guint        prospect_plan_page_get_n_plans           (ProspectPlanPage         *self);
guint        prospect_plan_page_get_n_options         (ProspectPlanPage         *self);
const char  *prospect_plan_page_get_option_name       (ProspectPlanPage         *self,
                                                       guint                     index);
GtkEditable *prospect_plan_page_get_fact              (ProspectPlanPage         *self,
                                                       guint                     fact);
GtkDropDown *prospect_plan_page_get_class_choice      (ProspectPlanPage         *self);
GtkWidget   *prospect_plan_page_get_option_row        (ProspectPlanPage         *self,
                                                       guint                     index);
GtkGrid     *prospect_plan_page_get_table             (ProspectPlanPage         *self);

/* prospect-compare-page.h */
void         prospect_compare_page_choose_class       (ProspectComparePage      *self,
                                                       guint                     index,
                                                       gint64                    class_id);
GtkEditable *prospect_compare_page_get_assumption     (ProspectComparePage      *self,
                                                       ProspectAssumptionField   field);
const char  *prospect_compare_page_get_breakeven_text (ProspectComparePage      *self);
GtkEditable *prospect_compare_page_get_field          (ProspectComparePage      *self,
                                                       guint                     index,
                                                       ProspectScenarioField     field);
guint        prospect_compare_page_get_n_scenarios    (ProspectComparePage      *self);
GtkDropDown *prospect_compare_page_get_method         (ProspectComparePage      *self);
GtkDropDown *prospect_compare_page_get_exchange_choice (ProspectComparePage     *self,
                                                       gboolean                  into);
GtkEditable *prospect_compare_page_get_exchange_field (ProspectComparePage      *self,
                                                       guint                     field);
const char  *prospect_compare_page_get_exchange_text  (ProspectComparePage      *self);
GtkSwitch   *prospect_compare_page_get_by_payment     (ProspectComparePage      *self,
                                                       guint                     index);
const char  *prospect_compare_page_get_problem        (ProspectComparePage      *self,
                                                       guint                     index);
double       prospect_compare_page_get_value          (ProspectComparePage      *self,
                                                       guint                     index);
void         prospect_compare_page_set_years          (ProspectComparePage      *self,
                                                       int                       years);
void         prospect_compare_page_set_class          (ProspectComparePage      *self,
                                                       guint                     index,
                                                       gint64                    class_id);

/* prospect-data-page.h */
const char  *prospect_data_page_get_cell              (ProspectDataPage         *self,
                                                       guint                     row,
                                                       guint                     column);
const char  *prospect_data_page_get_check_text        (ProspectDataPage         *self);
guint        prospect_data_page_get_n_rows            (ProspectDataPage         *self);
gboolean     prospect_data_page_edit_cell             (ProspectDataPage         *self,
                                                       guint                     row,
                                                       guint                     column,
                                                       const char               *text,
                                                       GError                  **error);
void         prospect_data_page_show_table            (ProspectDataPage         *self,
                                                       const char               *table_id);

/* prospect-fees-page.h */
GtkEditable *prospect_fees_page_get_field             (ProspectFeesPage         *self,
                                                       ProspectFeesField         field);
const char  *prospect_fees_page_get_field_error       (ProspectFeesPage         *self,
                                                       ProspectFeesField         field);
char        *prospect_fees_page_dup_cost_text         (ProspectFeesPage         *self,
                                                       int                       years);
gboolean     prospect_fees_page_get_agrees            (ProspectFeesPage         *self);

/* prospect-highlights-page.h */
GListModel  *prospect_highlights_page_get_rows        (ProspectHighlightsPage   *self);

/* prospect-portfolio-page.h */
gboolean     prospect_portfolio_page_is_filled        (ProspectPortfolioPage    *self);
guint        prospect_portfolio_page_get_n_shown_terms(ProspectPortfolioPage    *self);
char        *prospect_portfolio_page_markup_for       (const char               *body,
                                                       GListModel               *glossary);
void         prospect_portfolio_page_set_search_text  (ProspectPortfolioPage    *self,
                                                       const char               *text);

/* prospect-window.h */
guint        prospect_window_get_n_shown_classes      (ProspectWindow           *self);
const char  *prospect_window_get_problem              (ProspectWindow           *self);
const char  *prospect_window_get_visible_page         (ProspectWindow           *self);

G_END_DECLS
