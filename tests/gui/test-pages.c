/* test-pages.c: each page inside the window, as a user works with it:
 * the prospectus on every page, the Fees calculator, the Data page (Compare
 * and Portfolio have test-compare-page.c and test-portfolio-page.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include <glib/gstdio.h>

#include "prospect-application.h"
#include "prospect-chart-view.h"
#include "prospect-compare-page.h"
#include "prospect-data-page.h"
#include "prospect-fees-page.h"
#include "prospect-highlight-row.h"
#include "prospect-highlights-page.h"
#include "prospect-performance-page.h"
#include "prospect-saved-scenario.h"
#include "prospect-ui-util.h"
#include "prospect-window.h"
#include "gui-test.h"
#include "prospect-editor.h"
#include "test-util.h"

static void
assert_cost (ProspectFeesPage *page,
             int               years,
             const char       *expected)
{
  g_autofree char *text = prospect_fees_page_dup_cost_text (page, years);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_pages_show_prospectus (void)
{
  ProspectWindow *window;
  ProspectHighlightsPage *highlights;
  GListModel *rows;
  gboolean found_nav = FALSE;

  GUI_TEST_REQUIRE_DISPLAY ();
  {
    g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

    /* The size the screenshots are reviewed at. */
    g_settings_set_int (settings, "window-width", 1280);
    g_settings_set_int (settings, "window-height", 800);
  }
  window = gui_test_new_window ();

  gui_test_show_page (window, 0);
  g_assert_cmpstr (prospect_window_get_visible_page (window), ==, "performance");
  g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "18.73%"));
  g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "17.19%"));
  g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "✓ 18.73%"));
  g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "day count: anniversary"));
  g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "Best year: 1998, 34.28%"));
  /* The S&P 500's stated figures recomputed from its reference years, and
   * the fund's years against it under the chart. */
  g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "✓ 18.33%"));
  g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "✓ (9.10%)"));
  g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "Fund − S&P 500 Index"));
  g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "+6.83"));
  g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "Ahead in 3 of 5 years"));
  gui_test_screenshot (window, "performance");

  gui_test_show_page (window, 1);
  g_assert_cmpstr (prospect_window_get_visible_page (window), ==, "highlights");
  highlights = PROSPECT_HIGHLIGHTS_PAGE (prospect_window_get_page (window, "highlights"));
  rows = prospect_highlights_page_get_rows (highlights);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(ProspectHighlightRow) row = g_list_model_get_item (rows, i);

      if (prospect_highlight_row_get_line (row) == 11)
        {
          g_autofree char *nav = prospect_highlight_row_format_value (row, 0);

          g_assert_cmpstr (nav, ==, "$24.31");
          found_nav = TRUE;
        }
    }
  g_assert_true (found_nav);
  g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "$24.31"));
  g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "(3.02)"));
  g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "$3,352,381"));
  gui_test_screenshot (window, "highlights");

  gui_test_show_page (window, 5);
  g_assert_cmpstr (prospect_window_get_visible_page (window), ==, "portfolio");
  gui_test_screenshot (window, "portfolio");
  gui_test_close_window (window);
}

static void
test_fees_calculator (void)
{
  ProspectWindow *window;
  ProspectFeesPage *page;
  GtkEditable *ratio;

  GUI_TEST_REQUIRE_DISPLAY ();
  window = gui_test_new_window ();
  gui_test_show_page (window, 2);
  g_assert_cmpstr (prospect_window_get_visible_page (window), ==, "fees");
  page = PROSPECT_FEES_PAGE (prospect_window_get_page (window, "fees"));

  /* It opens on the prospectus's inputs and its printed figures. */
  assert_cost (page, 1, "$67");
  assert_cost (page, 3, "$211");
  assert_cost (page, 5, "$368");
  assert_cost (page, 10, "$822");
  g_assert_true (prospect_fees_page_get_agrees (page));
  g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "Every figure agrees with the example printed"));
  g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "Management fee"));
  g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "0.65%"));
  gui_test_screenshot (window, "fees");

  /* Typing a new ratio answers at once: at 1.00%, year 1 costs
   * 0.01 × (10,000 + 10,400) / 2 = 102. */
  ratio = prospect_fees_page_get_field (page, PROSPECT_FEES_FIELD_RATIO);
  {
    GtkGrid *results = GTK_GRID (gtk_widget_get_template_child (GTK_WIDGET (page), PROSPECT_TYPE_FEES_PAGE,
                                                                "results_grid"));
    GtkWidget *year_1 = gtk_grid_get_child_at (results, 1, 1);

    g_assert_true (GTK_IS_LABEL (year_1));
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (year_1)), ==, "$67");
    gtk_editable_set_text (ratio, "1.00%");
    assert_cost (page, 1, "$102");
    /* The keystroke changed the label's text, not the label. */
    g_assert_true (gtk_grid_get_child_at (results, 1, 1) == year_1);
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (year_1)), ==, "$102");
  }
  g_assert_false (prospect_fees_page_get_agrees (page));
  g_assert_null (prospect_fees_page_get_field_error (page, PROSPECT_FEES_FIELD_RATIO));

  /* A bad entry says why and keeps the last good figures. */
  gtk_editable_set_text (ratio, "abc");
  g_assert_nonnull (prospect_fees_page_get_field_error (page, PROSPECT_FEES_FIELD_RATIO));
  g_assert_true (g_str_has_prefix (prospect_fees_page_get_field_error (page, PROSPECT_FEES_FIELD_RATIO),
                                   "Expense ratio: “abc” is not a number."));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (ratio), "error"));
  assert_cost (page, 1, "$102");
  gtk_editable_set_text (ratio, "150");
  g_assert_cmpstr (prospect_fees_page_get_field_error (page, PROSPECT_FEES_FIELD_RATIO), ==,
                   "Expense ratio must be from 0% to 100%.");
  assert_cost (page, 1, "$102");

  /* A waiver for 1.75 years and a 5.75% load. */
  gtk_editable_set_text (ratio, "1");
  gtk_editable_set_text (prospect_fees_page_get_field (page, PROSPECT_FEES_FIELD_NET_RATIO), "0.80");
  g_assert_nonnull (prospect_fees_page_get_field_error (page, PROSPECT_FEES_FIELD_WAIVER_YEARS));
  gtk_editable_set_text (prospect_fees_page_get_field (page, PROSPECT_FEES_FIELD_WAIVER_YEARS), "1.75");
  assert_cost (page, 3, "$283");
  gtk_editable_set_text (prospect_fees_page_get_field (page, PROSPECT_FEES_FIELD_NET_RATIO), "");
  gtk_editable_set_text (prospect_fees_page_get_field (page, PROSPECT_FEES_FIELD_WAIVER_YEARS), "");
  gtk_editable_set_text (prospect_fees_page_get_field (page, PROSPECT_FEES_FIELD_FRONT_LOAD), "5.75");
  assert_cost (page, 1, "$671");

  prospect_fees_page_reset (page);
  assert_cost (page, 1, "$67");
  assert_cost (page, 10, "$822");
  g_assert_true (prospect_fees_page_get_agrees (page));

  /* A class with no fee table still has the calculator, on what is typed. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (prospect_window_select_class (window, 2, &error));
    gui_test_spin ();
    g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "Service Shares has no fee table"));
    g_assert_cmpstr (gtk_editable_get_text (prospect_fees_page_get_field (page, PROSPECT_FEES_FIELD_RATIO)), ==, "");
    gtk_editable_set_text (prospect_fees_page_get_field (page, PROSPECT_FEES_FIELD_RATIO), "1.00");
    assert_cost (page, 1, "$102");
    g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "these figures use only what you typed"));
  }
  gui_test_close_window (window);
}

static GtkWidget *
find_entry_with_text (GtkWidget  *widget,
                      const char *text)
{
  if (GTK_IS_ENTRY (widget) && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (widget)), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_entry_with_text (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
import_finished (gpointer data)
{
  return prospect_data_page_get_n_rows (data) != 13;
}

typedef struct
{
  ProspectWindow *window;
  const char     *text;
} FocusOn;

/* The focus is in a cell entry showing TEXT. */
static gboolean
focus_in_entry_with (gpointer data)
{
  FocusOn *want = data;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (want->window));
  GtkWidget *entry = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY) : NULL;

  return entry != NULL && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), want->text) == 0;
}

/* The Data page's fees table: the class, then the fee lines in order. */
static guint
fee_column (const char *name)
{
  const ProspectTableSpec *fees = prospect_editor_find_table ("fees");

  for (guint i = 0; i < fees->n_columns; i++)
    if (g_str_equal (fees->columns[i].name, name))
      return i;
  g_error ("no fee column %s", name);
}

static GtkCheckButton *
find_check_button (GtkWidget  *widget,
                   const char *label)
{
  if (GTK_IS_CHECK_BUTTON (widget) && g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)), label) == 0)
    return GTK_CHECK_BUTTON (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkCheckButton *found = find_check_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A contract owner picks a saved contract on the Performance page: the
 * fund's years are shown after its charges against the index, and back. */
static void
test_performance_after_contract (void)
{
  g_autofree char *dir = g_dir_make_tmp ("prospect-contract-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "p.db", NULL);
  ProspectWindow *window;
  GtkDropDown *choice;

  GUI_TEST_REQUIRE_DISPLAY ();
  {
    g_autoptr(ProspectDatabase) db = prospect_test_new_database (dir, "p.db");
    g_autoptr(ProspectSavedScenario) contract = prospect_saved_scenario_new ("VA contract");
    g_autoptr(GError) error = NULL;

    contract->class_id = 1;
    contract->scenario.mortality_expense_pct = 1.25;
    contract->scenario.administrative_pct = 0.15;
    g_assert_true (prospect_saved_scenario_resolve (contract, db, &error));
    g_assert_true (prospect_database_save_scenario (db, contract, &error));
    g_assert_no_error (error);
  }
  window = gui_test_new_window_on (path);
  gui_test_show_page (window, 0);
  choice = gui_test_find_drop_down (prospect_window_get_page (window, "performance"));
  g_assert_nonnull (choice);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (choice)), ==, 2);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (choice)), 1), ==,
                   "VA contract: 1.40% a year");
  g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "(2.27%)"));

  gtk_drop_down_set_selected (choice, 1);
  g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "after contract charges"));
  /* 2000: (2.27%) − 1.40% = (3.67%), 5.43 points ahead of (9.10%). */
  g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "(3.67%)"));
  g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "+5.43"));

  gtk_drop_down_set_selected (choice, 0);
  g_assert_false (gui_test_find_label_containing (GTK_WIDGET (window), "after contract charges"));
  g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "+6.83"));

  /* The index switched off: no bars, no difference column; and back. */
  {
    GtkCheckButton *sp500 = find_check_button (prospect_window_get_page (window, "performance"), "S&P 500 Index");
    g_autoptr(GPtrArray) charts = NULL;
    ProspectChartView *annual;

    g_assert_nonnull (sp500);
    g_assert_true (gtk_check_button_get_active (sp500));
    gtk_check_button_set_active (sp500, FALSE);
    g_assert_false (gui_test_find_label_containing (GTK_WIDGET (window), "Fund − S&P 500 Index"));
    charts = prospect_performance_page_get_charts (PROSPECT_PERFORMANCE_PAGE (prospect_window_get_page (window,
                                                                                                        "performance")));
    annual = g_ptr_array_index (charts, 1);
    g_assert_cmpuint (prospect_chart_view_get_data (annual)->series->len, ==, 1);
    gtk_check_button_set_active (sp500, TRUE);
    g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "Fund − S&P 500 Index"));
    g_assert_cmpuint (prospect_chart_view_get_data (annual)->series->len, ==, 2);
  }
  gui_test_close_window (window);
  prospect_test_remove_tree (dir);
}

static void
test_data_page (void)
{
  g_autofree char *dir = g_dir_make_tmp ("prospect-data-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "p.db", NULL);
  g_autofree char *csv = g_build_filename (dir, "returns.csv", NULL);
  g_autoptr(GError) error = NULL;
  ProspectWindow *window;
  ProspectDataPage *page;
  guint y2000 = G_MAXUINT;

  GUI_TEST_REQUIRE_DISPLAY ();
  window = gui_test_new_window_on (path);
  gui_test_show_page (window, 6);
  g_assert_cmpstr (prospect_window_get_visible_page (window), ==, "data");
  page = PROSPECT_DATA_PAGE (prospect_window_get_page (window, "data"));
  g_assert_null (prospect_data_page_get_check_text (page));

  prospect_data_page_show_table (page, "returns");
  /* The fund's five years and the S&P 500's eight (reference data). */
  g_assert_cmpuint (prospect_data_page_get_n_rows (page), ==, 13);
  for (guint r = 0; r < 13; r++)
    if (g_strcmp0 (prospect_data_page_get_cell (page, r, 0), "1") == 0
        && g_strcmp0 (prospect_data_page_get_cell (page, r, 1), "2000") == 0)
      y2000 = r;
  g_assert_cmpuint (y2000, <, 13);
  /* The series is shown by name, its id kept in the tooltip. */
  {
    GtkWidget *name = find_entry_with_text (GTK_WIDGET (page), "S&P 500 Index");

    g_assert_nonnull (name);
    g_assert_cmpstr (prospect_ui_get_tooltip (name), ==, "S&P 500 Index (id 2)");
  }
  /* A name typed into the series cell is stored as its id; one that
   * matches no series is refused in words, and nothing changes. */
  g_assert_false (prospect_data_page_edit_cell (page, y2000, 0, "Nope Index", &error));
  g_assert_nonnull (strstr (error->message, "no series is named “Nope Index”"));
  g_clear_error (&error);
  g_assert_true (prospect_data_page_edit_cell (page, y2000, 0, "balanced portfolio – institutional shares", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (prospect_data_page_get_cell (page, y2000, 0), ==, "1");
  gui_test_screenshot (window, "data");

  /* An edit shows on the other pages at once: 2000 is now −2.50%, so the
  * recomputed 1-year figure no longer agrees with the stated (2.27%). */
  g_assert_false (prospect_data_page_edit_cell (page, y2000, 2, "lots", &error));
  g_clear_error (&error);
  g_assert_true (prospect_data_page_edit_cell (page, y2000, 2, "-2.5", &error));
  g_assert_no_error (error);
  gui_test_show_page (window, 0);
  g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "✗ (2.50%)"));

  /* Typed into the cell itself and confirmed with Enter, as a user does:
   * the entry that shows 2000's return writes to 2000's row. */
  gui_test_show_page (window, 6);
  {
    GtkWidget *entry = find_entry_with_text (GTK_WIDGET (page), "-2.5");

    g_assert_nonnull (entry);
    gtk_editable_set_text (GTK_EDITABLE (entry), "-2.4");
    g_signal_emit_by_name (entry, "activate");
    g_assert_cmpstr (prospect_data_page_get_cell (page, y2000, 2), ==, "-2.4");
    /* Enter moves on to the same column of the next row, not into another
     * column's cell: 1997's return confirmed, 1998's is next. */
    {
      GtkWidget *y1997 = find_entry_with_text (GTK_WIDGET (page), "22.1");
      FocusOn want = { window, "34.28" };

      g_assert_nonnull (y1997);
      g_signal_emit_by_name (y1997, "activate");
      g_assert_true (gui_test_wait_for (focus_in_entry_with, &want));
    }
    gtk_widget_activate_action (GTK_WIDGET (page), "data.undo", NULL);
    g_assert_cmpstr (prospect_data_page_get_cell (page, y2000, 2), ==, "-2.5");
  }

  /* Ctrl+Z undoes it. */
  gtk_widget_activate_action (GTK_WIDGET (page), "data.undo", NULL);
  g_assert_cmpstr (prospect_data_page_get_cell (page, y2000, 2), ==, "-2.27");
  gtk_widget_activate_action (GTK_WIDGET (page), "data.redo", NULL);
  g_assert_cmpstr (prospect_data_page_get_cell (page, y2000, 2), ==, "-2.5");
  gtk_widget_activate_action (GTK_WIDGET (page), "data.undo", NULL);

  /* Delete, then undo from the notification's own button. */
  g_assert_true (prospect_data_page_delete_row (page, 0, &error));
  g_assert_cmpuint (prospect_data_page_get_n_rows (page), ==, 12);
  gui_test_click_undo (GTK_WIDGET (window));
  g_assert_cmpuint (prospect_data_page_get_n_rows (page), ==, 13);

  /* A fee table that no longer gives the printed example is flagged. */
  prospect_data_page_show_table (page, "fees");
  g_assert_true (prospect_data_page_edit_cell (page, 0, fee_column ("total_pct"), "0.75", &error));
  g_assert_nonnull (prospect_data_page_get_check_text (page));
  g_assert_nonnull (strstr (prospect_data_page_get_check_text (page), "prints $67 for 1 year"));
  gtk_widget_activate_action (GTK_WIDGET (page), "data.undo", NULL);
  g_assert_null (prospect_data_page_get_check_text (page));

  /* Import in the background, with progress, then on every page. */
  g_assert_true (g_file_set_contents (csv, "fund,class,benchmark,year,return_pct\n,,My Index,1999,10\n"
                                           ",,My Index,2000,-5\n", -1, NULL));
  prospect_data_page_show_table (page, "returns");
  prospect_data_page_import_file (page, csv, PROSPECT_IMPORT_ALL_OR_NOTHING);
  gui_test_wait_for (import_finished, page);
  g_assert_cmpuint (prospect_data_page_get_n_rows (page), ==, 15);

  /* The import changed the file under the history: Redo (the fee edit
   * undone above) no longer replays over it, and the screen and the file
   * still agree. */
  gtk_widget_activate_action (GTK_WIDGET (page), "data.redo", NULL);
  gtk_widget_activate_action (GTK_WIDGET (page), "data.undo", NULL);
  g_assert_cmpuint (prospect_data_page_get_n_rows (page), ==, 15);
  prospect_data_page_show_table (page, "fees");
  g_assert_cmpstr (prospect_data_page_get_cell (page, 0, fee_column ("total_pct")), ==, "0.66");
  prospect_data_page_show_table (page, "returns");

  /* The selector, used after the data changed, lists the class by its new
   * name. */
  prospect_window_filter_classes (window, "service");
  g_assert_cmpuint (prospect_window_get_n_shown_classes (window), ==, 1);
  prospect_data_page_show_table (page, "classes");
  for (guint r = 0; r < prospect_data_page_get_n_rows (page); r++)
    if (g_strcmp0 (prospect_data_page_get_cell (page, r, 1), "Service Shares") == 0)
      {
        g_assert_true (prospect_data_page_edit_cell (page, r, 1, "Retirement Shares", &error));
        g_assert_no_error (error);
      }
  prospect_window_filter_classes (window, "service");
  g_assert_cmpuint (prospect_window_get_n_shown_classes (window), ==, 0);
  prospect_window_filter_classes (window, "retirement");
  g_assert_cmpuint (prospect_window_get_n_shown_classes (window), ==, 1);
  gui_test_close_window (window);

  prospect_test_remove_tree (dir);
}

/* Table cells get their tooltips when one is asked for (setting one
 * asks the X server where the pointer is). */
static void
test_tooltip_on_demand (void)
{
  GtkWidget *label;
  GtkTooltip *tooltip;
  gboolean shown = FALSE;

  GUI_TEST_REQUIRE_DISPLAY ();
  label = g_object_ref_sink (gtk_label_new ("4.20%"));
  tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  prospect_ui_set_tooltip (label, "Stated 4.20%.");
  g_assert_true (gtk_widget_get_has_tooltip (label));
  g_signal_emit_by_name (label, "query-tooltip", 1, 1, FALSE, tooltip, &shown);
  g_assert_true (shown);

  prospect_ui_set_tooltip (label, NULL);
  g_assert_false (gtk_widget_get_has_tooltip (label));
  shown = TRUE;
  g_signal_emit_by_name (label, "query-tooltip", 1, 1, FALSE, tooltip, &shown);
  g_assert_false (shown);
  g_object_unref (tooltip);
  g_object_unref (label);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv);

  gui_test_add ("/prospect/window/pages-show-prospectus", test_pages_show_prospectus);
  gui_test_add ("/prospect/window/fees-calculator", test_fees_calculator);
  gui_test_add ("/prospect/window/data-page", test_data_page);
  gui_test_add ("/prospect/window/tooltip-on-demand", test_tooltip_on_demand);
  gui_test_add ("/prospect/window/performance-after-contract", test_performance_after_contract);

  return gui_test_run ();
}
