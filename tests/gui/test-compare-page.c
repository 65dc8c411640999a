/* test-compare-page.c: the Compare page as a contract owner uses it:
 * scenarios typed in and checked against hand arithmetic, a bad value, a
 * removal undone, a class without figures, everything kept over a
 * restart, and closed scenarios that cost nothing to show.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "gui-test.h"
#include "prospect-compare-page.h"
#include "prospect-window.h"
#include "test-util.h"

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

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv);
  gui_test_add ("/prospect/window/compare/arithmetic", test_compare_arithmetic);
  gui_test_add ("/prospect/window/compare/bad-value", test_compare_bad_value);
  gui_test_add ("/prospect/window/compare/closed-rows-not-measured", test_compare_closed_rows_not_measured);
  gui_test_add ("/prospect/window/compare/undo-delete", test_compare_undo_delete);
  gui_test_add ("/prospect/window/compare/class-without-figures", test_compare_class_without_figures);
  gui_test_add ("/prospect/window/compare/survives-restart", test_compare_survives_restart);
  return gui_test_run ();
}
