/* test-plan-page.c: the Plan page as an advisor uses it: a plan made and
 * named, classes and a fixed-return option added, reordered by keyboard,
 * an option and the plan removed and brought back with Undo, and all of
 * it still there after a restart.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "gui-test.h"
#include "test-util.h"

#define PLAN_PAGE 4

static ProspectPlanPage *
plan_page (ProspectWindow *window)
{
  gui_test_show_page (window, PLAN_PAGE);
  g_assert_cmpstr (prospect_window_get_visible_page (window), ==, "plan");
  return PROSPECT_PLAN_PAGE (prospect_window_get_page (window, "plan"));
}

static GtkWidget *
find_tooltip_button (GtkWidget  *widget,
                     const char *tooltip)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_tooltip_button (child, tooltip);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
assert_order (ProspectPlanPage   *page,
              const char * const *names)
{
  guint n = g_strv_length ((char **) names);

  g_assert_cmpuint (prospect_plan_page_get_n_options (page), ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (prospect_plan_page_get_option_name (page, i), ==, names[i]);
}

static void
test_plan_page (void)
{
  g_autofree char *dir = g_dir_make_tmp ("prospect-plan-page-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "p.db", NULL);
  static const char *const added[] = {
    "Balanced Portfolio – Institutional Shares", "Balanced Portfolio – Service Shares", "Stable value fund", NULL,
  };
  static const char *const moved[] = {
    "Balanced Portfolio – Institutional Shares", "Stable value fund", "Balanced Portfolio – Service Shares", NULL,
  };
  static const char *const without_first[] = {
    "Stable value fund", "Balanced Portfolio – Service Shares", NULL,
  };
  ProspectWindow *window;
  ProspectPlanPage *page;

  GUI_TEST_REQUIRE_DISPLAY ();
  window = gui_test_new_window_on (path);
  page = plan_page (window);
  g_assert_cmpuint (prospect_plan_page_get_n_plans (page), ==, 0);
  g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "No plans yet."));

  /* A new plan, named. */
  gtk_widget_activate_action (GTK_WIDGET (page), "plan.new", NULL);
  g_assert_cmpuint (prospect_plan_page_get_n_plans (page), ==, 1);
  gtk_editable_set_text (prospect_plan_page_get_fact (page, 0), "Acme 401(k)");
  gtk_editable_set_text (prospect_plan_page_get_fact (page, 2), "https://example.com/acme");

  /* The window's class, the other class, and a fixed-return option. */
  gtk_drop_down_set_selected (prospect_plan_page_get_class_choice (page), 0);
  gtk_widget_activate_action (GTK_WIDGET (page), "plan.add-class", NULL);
  gtk_drop_down_set_selected (prospect_plan_page_get_class_choice (page), 1);
  gtk_widget_activate_action (GTK_WIDGET (page), "plan.add-class", NULL);
  gtk_widget_activate_action (GTK_WIDGET (page), "plan.add-fixed", NULL);
  assert_order (page, added);
  /* The comparative table: the class's 0.66% is $6.60 per $1,000, and
   * Service Shares' missing figures are said. */
  g_assert_true (gui_test_find_label (GTK_WIDGET (prospect_plan_page_get_table (page)), "$6.60"));
  g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "Balanced Portfolio – Service Shares, 1 year: "
                                                                      "not available"));
  gui_test_screenshot (window, "plan");

  /* Alt+Up in the fixed option's row moves it above Service Shares. */
  g_assert_true (gtk_widget_child_focus (prospect_plan_page_get_option_row (page, 2), GTK_DIR_TAB_FORWARD));
  gtk_widget_activate_action (GTK_WIDGET (page), "plan.move-up", NULL);
  assert_order (page, moved);

  /* A type picked from the list fills the field and is saved. */
  {
    GtkWidget *row = prospect_plan_page_get_option_row (page, 0);
    GtkDropDown *picker = gui_test_find_drop_down (row);

    g_assert_nonnull (picker);
    gtk_drop_down_set_selected (picker, 1);
    g_assert_true (gui_test_find_label (GTK_WIDGET (prospect_plan_page_get_table (page)), "Balanced"));
  }

  /* The first option removed, and back in its place with Undo. */
  {
    GtkWidget *remove = find_tooltip_button (prospect_plan_page_get_option_row (page, 0), "Remove from the plan");

    g_assert_nonnull (remove);
    g_signal_emit_by_name (remove, "clicked");
  }
  assert_order (page, without_first);
  gui_test_click_undo (GTK_WIDGET (window));
  assert_order (page, moved);

  /* The plan deleted, and back whole with Undo. */
  gtk_widget_activate_action (GTK_WIDGET (page), "plan.delete", NULL);
  g_assert_cmpuint (prospect_plan_page_get_n_plans (page), ==, 0);
  gui_test_click_undo (GTK_WIDGET (window));
  g_assert_cmpuint (prospect_plan_page_get_n_plans (page), ==, 1);
  assert_order (page, moved);
  gui_test_close_window (window);

  /* Saved at once: all of it after a restart. */
  window = gui_test_new_window_on (path);
  page = plan_page (window);
  g_assert_cmpuint (prospect_plan_page_get_n_plans (page), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (prospect_plan_page_get_fact (page, 0)), ==, "Acme 401(k)");
  g_assert_cmpstr (gtk_editable_get_text (prospect_plan_page_get_fact (page, 2)), ==, "https://example.com/acme");
  assert_order (page, moved);
  /* A bad date is marked, not saved. */
  gtk_editable_set_text (prospect_plan_page_get_fact (page, 1), "2000-31-12");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (prospect_plan_page_get_fact (page, 1)), "error"));
  gui_test_close_window (window);
  prospect_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv);
  gui_test_add ("/prospect/window/plan-page", test_plan_page);
  return gui_test_run ();
}
