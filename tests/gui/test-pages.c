/* test-pages.c: each page inside the window, as a user works with it:
 * the prospectus on every page, the Fees calculator, Compare scenarios, the
 * Data page (the Portfolio page has test-portfolio-page.c).
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

/* A fresh database with two scenarios: Class A, 5.75% load and 0.90%;
 * Class C, 1.65%; $10,000 at 5% for 20 years. */
typedef struct
{
  char                *dir;
  char                *path;
  ProspectWindow      *window;
  ProspectComparePage *page;
} Compare;

static void
compare_set_up (Compare *c)
{
  c->dir = g_dir_make_tmp ("prospect-compare-XXXXXX", NULL);
  c->path = g_build_filename (c->dir, "p.db", NULL);
  c->window = gui_test_new_window_on (c->path);
  gui_test_show_page (c->window, 3);
  g_assert_cmpstr (prospect_window_get_visible_page (c->window), ==, "compare");
  c->page = PROSPECT_COMPARE_PAGE (prospect_window_get_page (c->window, "compare"));
  g_assert_cmpuint (prospect_compare_page_get_n_scenarios (c->page), ==, 0);

  g_assert_true (prospect_compare_page_add_scenario (c->page));
  g_assert_true (prospect_compare_page_add_scenario (c->page));
  g_assert_cmpuint (prospect_compare_page_get_n_scenarios (c->page), ==, 2);
  for (guint i = 0; i < 2; i++)
    prospect_compare_page_set_class (c->page, i, 0);
  gtk_editable_set_text (prospect_compare_page_get_field (c->page, 0, PROSPECT_SCENARIO_FIELD_NAME), "Class A");
  gtk_editable_set_text (prospect_compare_page_get_field (c->page, 0, PROSPECT_SCENARIO_FIELD_FUND_RATIO), "0.90");
  gtk_editable_set_text (prospect_compare_page_get_field (c->page, 0, PROSPECT_SCENARIO_FIELD_FRONT_LOAD), "5.75%");
  gtk_editable_set_text (prospect_compare_page_get_field (c->page, 1, PROSPECT_SCENARIO_FIELD_NAME), "Class C");
  gtk_editable_set_text (prospect_compare_page_get_field (c->page, 1, PROSPECT_SCENARIO_FIELD_FUND_RATIO), "1.65");
  prospect_compare_page_set_years (c->page, 20);
}

static void
compare_tear_down (Compare *c)
{
  if (c->window != NULL)
    gui_test_close_window (c->window);
  prospect_test_remove_tree (c->dir);
  g_free (c->dir);
  g_free (c->path);
}

static gboolean
widget_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

static AdwExpanderRow *
find_scenario_row (GtkWidget  *widget,
                   const char *title)
{
  if (ADW_IS_EXPANDER_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return ADW_EXPANDER_ROW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      AdwExpanderRow *found = find_scenario_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The list inside an expander row, where its rows go. */
static GtkWidget *
scenario_row_list (AdwExpanderRow *row)
{
  GtkWidget *stack[64];
  int n = 0;

  stack[n++] = GTK_WIDGET (row);
  while (n > 0)
    {
      GtkWidget *widget = stack[--n];

      if (GTK_IS_REVEALER (widget))
        return gtk_revealer_get_child (GTK_REVEALER (widget));
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL && n < 64;
           child = gtk_widget_get_next_sibling (child))
        stack[n++] = child;
    }
  g_assert_not_reached ();
}

/* A closed scenario's rows are not measured (a closed expander measures
 * its hidden rows, which made the page slow to show); opened, they are
 * there to type into, and still read while closed. */
static void
test_compare_closed_rows_not_measured (void)
{
  Compare c = { 0 };
  GtkWidget *field, *expander, *list;

  GUI_TEST_REQUIRE_DISPLAY ();
  compare_set_up (&c);

  /* Loaded again, a scenario's rows are not made until it is opened. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(ProspectDatabase) again = prospect_database_open (c.path, &error);
    AdwExpanderRow *row;

    g_assert_no_error (error);
    g_assert_true (prospect_compare_page_load (c.page, again, 1, &error));
    g_assert_no_error (error);
    row = find_scenario_row (GTK_WIDGET (c.page), "Class A");
    g_assert_nonnull (row);
    g_assert_false (adw_expander_row_get_expanded (row));
    g_assert_null (gtk_widget_get_first_child (scenario_row_list (row)));
    adw_expander_row_set_expanded (row, TRUE);
    g_assert_nonnull (gtk_widget_get_first_child (scenario_row_list (row)));
  }
  field = GTK_WIDGET (prospect_compare_page_get_field (c.page, 0, PROSPECT_SCENARIO_FIELD_MORTALITY));
  expander = gtk_widget_get_ancestor (field, ADW_TYPE_EXPANDER_ROW);
  list = gtk_widget_get_ancestor (field, GTK_TYPE_LIST_BOX);
  g_assert_nonnull (expander);
  g_assert_true (gtk_widget_is_ancestor (list, expander));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), FALSE);
  gui_test_spin ();
  g_assert_false (gtk_widget_get_visible (list));
  g_assert_false (gtk_widget_get_mapped (field));
  g_assert_cmpstr (gtk_editable_get_text (prospect_compare_page_get_field (c.page, 0, PROSPECT_SCENARIO_FIELD_NAME)),
                   ==, "Class A");

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
  g_assert_true (gtk_widget_get_visible (list));
  g_assert_true (gui_test_wait_for (widget_mapped, field));
  gtk_editable_set_text (GTK_EDITABLE (field), "1.25");
  g_assert_true (gui_test_find_label_containing (GTK_WIDGET (c.window), "Class A"));
  compare_tear_down (&c);
}

/* A: 9,425 × 1.041^20 = 21,052.13; C: 10,000 × 1.0335^20 = 19,329.01;
 * A overtakes C in year 9 (see test-cost). */
static void
test_compare_arithmetic (void)
{
  Compare c = { 0 };

  GUI_TEST_REQUIRE_DISPLAY ();
  compare_set_up (&c);
  g_assert_null (prospect_compare_page_get_problem (c.page, 0));
  g_assert_null (prospect_compare_page_get_problem (c.page, 1));
  g_assert_cmpfloat_with_epsilon (prospect_compare_page_get_value (c.page, 0), 21052.13, 0.01);
  g_assert_cmpfloat_with_epsilon (prospect_compare_page_get_value (c.page, 1), 19329.01, 0.01);
  g_assert_cmpstr (prospect_compare_page_get_breakeven_text (c.page), ==,
                   "Class C is ahead of Class A at first; they draw level or change places in year 9.");
  /* A third that crosses neither: the pairs that keep their order are
   * summed up in one line, not a sentence each. */
  gtk_widget_activate_action (GTK_WIDGET (c.page), "compare.add", NULL);
  g_assert_cmpuint (prospect_compare_page_get_n_scenarios (c.page), ==, 3);
  g_assert_cmpstr (prospect_compare_page_get_breakeven_text (c.page), ==,
                   "Class C is ahead of Class A at first; they draw level or change places in year 9.\n"
                   "Every other pair keeps its order for the whole period.");
  prospect_compare_page_delete_scenario (c.page, 2);

  /* Figures of a trillion dollars do not widen the page past a screen. */
  {
    GtkEditable *amount = prospect_compare_page_get_assumption (c.page, PROSPECT_ASSUMPTION_AMOUNT);
    int minimum = 0, natural = 0;

    gtk_editable_set_text (amount, "1000000000000");
    gui_test_spin ();
    gtk_widget_measure (GTK_WIDGET (c.page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
    g_assert_cmpint (natural, <=, 1280);
    gtk_editable_set_text (amount, "10000");
  }

  /* Fees by layer for every scenario, side by side. */
  {
    g_autoptr(GPtrArray) charts = prospect_page_get_charts (PROSPECT_PAGE (c.page));
    gboolean found = FALSE;

    for (guint i = 0; i < charts->len; i++)
      {
        ProspectChartData *data = prospect_chart_view_get_data (g_ptr_array_index (charts, i));

        if (data != NULL && g_strcmp0 (data->title, "Fees by layer, each scenario") == 0)
          {
            found = TRUE;
            g_assert_cmpuint (data->categories->len, ==, 2);
          }
      }
    g_assert_true (found);
  }
  gui_test_screenshot (c.window, "compare");
  compare_tear_down (&c);
}

/* A bad value is marked and nothing is saved from it. */
static void
test_compare_bad_value (void)
{
  Compare c = { 0 };

  GUI_TEST_REQUIRE_DISPLAY ();
  compare_set_up (&c);
  gtk_editable_set_text (prospect_compare_page_get_field (c.page, 1, PROSPECT_SCENARIO_FIELD_MORTALITY), "lots");
  g_assert_nonnull (prospect_compare_page_get_problem (c.page, 1));
  g_assert_cmpfloat_with_epsilon (prospect_compare_page_get_value (c.page, 1), 19329.01, 0.01);
  gtk_editable_set_text (prospect_compare_page_get_field (c.page, 1, PROSPECT_SCENARIO_FIELD_MORTALITY), "1.25");
  g_assert_null (prospect_compare_page_get_problem (c.page, 1));
  compare_tear_down (&c);
}

static void
test_compare_undo_delete (void)
{
  Compare c = { 0 };
  double before;

  GUI_TEST_REQUIRE_DISPLAY ();
  compare_set_up (&c);
  /* A scenario with a surrender schedule comes back whole from the
   * notification's own button. */
  gtk_editable_set_text (prospect_compare_page_get_field (c.page, 0, PROSPECT_SCENARIO_FIELD_SURRENDER), "7, 6, 5");
  before = prospect_compare_page_get_value (c.page, 0);
  prospect_compare_page_delete_scenario (c.page, 0);
  g_assert_cmpuint (prospect_compare_page_get_n_scenarios (c.page), ==, 1);
  gui_test_click_undo (GTK_WIDGET (c.window));
  g_assert_cmpuint (prospect_compare_page_get_n_scenarios (c.page), ==, 2);
  g_assert_cmpfloat_with_epsilon (prospect_compare_page_get_value (c.page, 0), before, 0.01);
  g_assert_cmpstr (gtk_editable_get_text (prospect_compare_page_get_field (c.page, 0, PROSPECT_SCENARIO_FIELD_SURRENDER)),
                   ==, "7, 6, 5");
  compare_tear_down (&c);
}

/* A scenario switched to a class with no figures says so, and shows no
 * results, rather than the figures of the class chosen before. */
static void
test_compare_class_without_figures (void)
{
  Compare c = { 0 };

  GUI_TEST_REQUIRE_DISPLAY ();
  compare_set_up (&c);
  g_assert_cmpfloat_with_epsilon (prospect_compare_page_get_value (c.page, 0), 21052.13, 0.01);
  prospect_compare_page_choose_class (c.page, 0, 1);
  g_assert_false (isnan (prospect_compare_page_get_value (c.page, 0)));
  prospect_compare_page_choose_class (c.page, 0, 2);
  g_assert_nonnull (prospect_compare_page_get_problem (c.page, 0));
  g_assert_true (g_str_has_prefix (prospect_compare_page_get_problem (c.page, 0), "No figures to compare"));
  g_assert_true (isnan (prospect_compare_page_get_value (c.page, 0)));
  compare_tear_down (&c);
}

/* Every change is saved at once: the scenarios survive a restart. */
static void
test_compare_survives_restart (void)
{
  Compare c = { 0 };

  GUI_TEST_REQUIRE_DISPLAY ();
  compare_set_up (&c);
  gtk_editable_set_text (prospect_compare_page_get_field (c.page, 1, PROSPECT_SCENARIO_FIELD_MORTALITY), "1.25");
  /* The exchange: Class A kept or exchanged into Class C, which costs
  * more and has no schedule to wait out; then the other way round. */
  {
    const char *text;

    text = prospect_compare_page_get_exchange_text (c.page);
    g_assert_nonnull (text);
    g_assert_true (g_str_has_prefix (text, "Exchanging “Class A” for “Class C” today pays $0.00 of surrender charge. "
                                           "Keeping stays ahead for all 20 years."));
    gtk_drop_down_set_selected (prospect_compare_page_get_exchange_choice (c.page, FALSE), 1);
    gtk_drop_down_set_selected (prospect_compare_page_get_exchange_choice (c.page, TRUE), 0);
    text = prospect_compare_page_get_exchange_text (c.page);
    g_assert_true (g_str_has_prefix (text, "Exchanging “Class C” for “Class A” today pays $0.00 of surrender charge. "
                                           "The exchange is ahead from the first year on."));
    gtk_editable_set_text (prospect_compare_page_get_exchange_field (c.page, 1), "abc");
    g_assert_cmpstr (prospect_compare_page_get_exchange_text (c.page), ==, "Correct the marked field to see the exchange.");
    gtk_editable_set_text (prospect_compare_page_get_exchange_field (c.page, 1), "250,000");
    gtk_editable_set_text (prospect_compare_page_get_exchange_field (c.page, 3), "3");
  }
  /* The contract rules and the method are kept too. */
  gtk_editable_set_text (prospect_compare_page_get_field (c.page, 1, PROSPECT_SCENARIO_FIELD_SURRENDER), "7, 6, 5");
  gtk_editable_set_text (prospect_compare_page_get_field (c.page, 1, PROSPECT_SCENARIO_FIELD_FREE_WITHDRAWAL), "10");
  gtk_switch_set_active (prospect_compare_page_get_by_payment (c.page, 1), TRUE);
  gtk_drop_down_set_selected (prospect_compare_page_get_method (c.page), 1);
  /* The SEC method takes Class A's 0.90% off the grown value:
   * 9,425 × (1.05 × 0.991)^20 = 20,870.86, not 21,052.13. */
  g_assert_cmpfloat_with_epsilon (prospect_compare_page_get_value (c.page, 0),
                                  9425 * pow (1.05 * 0.991, 20), 0.01);
  gui_test_close_window (c.window);

  c.window = gui_test_new_window_on (c.path);
  c.page = PROSPECT_COMPARE_PAGE (prospect_window_get_page (c.window, "compare"));
  g_assert_cmpuint (prospect_compare_page_get_n_scenarios (c.page), ==, 2);
  g_assert_cmpstr (gtk_editable_get_text (prospect_compare_page_get_field (c.page, 0, PROSPECT_SCENARIO_FIELD_NAME)),
                   ==, "Class A");
  g_assert_cmpstr (gtk_editable_get_text (prospect_compare_page_get_field (c.page, 1,
                                                                           PROSPECT_SCENARIO_FIELD_MORTALITY)),
                   ==, "1.25");
  g_assert_cmpstr (gtk_editable_get_text (prospect_compare_page_get_field (c.page, 1,
                                                                           PROSPECT_SCENARIO_FIELD_FREE_WITHDRAWAL)),
                   ==, "10");
  g_assert_true (gtk_switch_get_active (prospect_compare_page_get_by_payment (c.page, 1)));
  g_assert_cmpstr (gtk_editable_get_text (prospect_compare_page_get_exchange_field (c.page, 1)), ==, "250,000");
  g_assert_cmpstr (gtk_editable_get_text (prospect_compare_page_get_exchange_field (c.page, 3)), ==, "3");
  g_assert_cmpuint (gtk_drop_down_get_selected (prospect_compare_page_get_exchange_choice (c.page, FALSE)), ==, 1);
  g_assert_false (gtk_switch_get_active (prospect_compare_page_get_by_payment (c.page, 0)));
  g_assert_cmpuint (gtk_drop_down_get_selected (prospect_compare_page_get_method (c.page)), ==, 1);
  g_assert_cmpfloat_with_epsilon (prospect_compare_page_get_value (c.page, 0), 9425 * pow (1.05 * 0.991, 20), 0.01);
  gtk_drop_down_set_selected (prospect_compare_page_get_method (c.page), 0);
  g_assert_cmpfloat_with_epsilon (prospect_compare_page_get_value (c.page, 0), 21052.13, 0.01);
  compare_tear_down (&c);
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
  gui_test_add ("/prospect/window/compare/arithmetic", test_compare_arithmetic);
  gui_test_add ("/prospect/window/compare/bad-value", test_compare_bad_value);
  gui_test_add ("/prospect/window/compare/closed-rows-not-measured", test_compare_closed_rows_not_measured);
  gui_test_add ("/prospect/window/compare/undo-delete", test_compare_undo_delete);
  gui_test_add ("/prospect/window/compare/class-without-figures", test_compare_class_without_figures);
  gui_test_add ("/prospect/window/compare/survives-restart", test_compare_survives_restart);
  gui_test_add ("/prospect/window/data-page", test_data_page);
  gui_test_add ("/prospect/window/tooltip-on-demand", test_tooltip_on_demand);
  gui_test_add ("/prospect/window/performance-after-contract", test_performance_after_contract);

  return gui_test_run ();
}
