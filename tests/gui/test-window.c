/* test-window.c: the main window under a (virtual) display: opening,
 * narrow and wide layouts, class switching, presentation mode, shortcuts,
 * keyboard on charts, remembered size, a bad database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include <glib/gstdio.h>

#include "prospect-application.h"
#include "prospect-chart-view.h"
#include "prospect-compare-page.h"
#include "prospect-data-page.h"
#include "prospect-fees-page.h"
#include "prospect-highlight-row.h"
#include "prospect-highlights-page.h"
#include "prospect-performance-page.h"
#include "prospect-portfolio-page.h"
#include "prospect-window.h"
#include "gui-test.h"
#include "test-util.h"

static void
test_opens_with_fund (void)
{
  ProspectWindow *window;

  GUI_TEST_REQUIRE_DISPLAY ();
  window = gui_test_new_window ();
  /* The window opens on Performance; Portfolio fills when shown. */
  g_assert_true (gui_test_find_label (GTK_WIDGET (window), "Balanced Portfolio – Institutional Shares"));
  gui_test_show_page (window, 5);
  g_assert_true (gui_test_find_label (GTK_WIDGET (window), "Balanced Portfolio"));
  g_assert_true (gui_test_find_label (GTK_WIDGET (window),
                                      "Balanced Portfolio seeks long-term capital growth, consistent with preservation of "
                                      "capital and balanced by current income."));
  g_assert_true (gui_test_find_label (GTK_WIDGET (window), "40% to 60% of assets"));
  g_assert_true (gui_test_find_label (GTK_WIDGET (window), "Less than 35% of net assets"));
  g_assert_null (prospect_window_get_problem (window));
  gui_test_close_window (window);
}

/* Every page fits a 360-pixel window, and the narrow page bar shows each
 * page's whole name and follows the page on screen. */
static GtkWidget *
class_label_of (ProspectWindow *window)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), PROSPECT_TYPE_WINDOW, "class_label"));
}

/* Mapped, with the class selector down to its arrow. */
static gboolean
narrow_header_shown (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data)) && !gtk_widget_get_visible (class_label_of (data));
}

static gboolean
class_label_wide (gpointer data)
{
  return gtk_widget_get_width (GTK_WIDGET (data)) >= 100;
}

static void
test_narrow_window (void)
{
  ProspectWindow *window;
  GtkWidget *content, *page_bar, *button, *class_label;
  int minimum, natural;

  GUI_TEST_REQUIRE_DISPLAY ();
  window = gui_test_new_window ();
  content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  for (int i = 0; i < 6; i++)
    {
      const char *name;

      gui_test_show_page (window, i);
      name = prospect_window_get_visible_page (window);
      gtk_widget_measure (prospect_window_get_page (window, name), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL,
                          NULL, NULL);
      g_test_message ("page %s: minimum width %d", name, minimum);
      g_assert_cmpint (minimum, <=, 360);
    }

  /* A wide window never builds the narrow one's page bar. */
  page_bar = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), PROSPECT_TYPE_WINDOW, "page_bar"));
  g_assert_nonnull (page_bar);
  g_assert_null (gtk_widget_get_first_child (page_bar));

  gui_test_close_window (window);

  /* A window restored at 360 pixels: the title names the class and the
   * selector keeps only its arrow; wide again, the selector shows the start
   * of the class's name, not a lone ellipsis. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(ProspectDatabase) db = prospect_database_open_bundled (&error);

    g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

    g_assert_no_error (error);
    g_settings_set_int (settings, "window-width", 360);
    window = prospect_window_new (gui_test_application (), db);
  }
  class_label = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), PROSPECT_TYPE_WINDOW, "class_label"));
  /* Restored narrow, the label asks for no width that could hold the
   * window wider. */
  g_assert_cmpint (gtk_label_get_width_chars (GTK_LABEL (class_label)), <=, 1);
  gtk_window_present (GTK_WINDOW (window));
  content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  page_bar = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), PROSPECT_TYPE_WINDOW, "page_bar"));
  g_assert_true (gui_test_wait_for (narrow_header_shown, window));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
  g_assert_false (gtk_widget_get_visible (class_label));
  /* Header, banner and page bar included, on every page. */
  for (int i = 0; i < 6; i++)
    {
      gui_test_show_page (window, i);
      gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      g_test_message ("narrow window, page %s: minimum width %d", prospect_window_get_visible_page (window), minimum);
      g_assert_cmpint (minimum, <=, 360);
    }
  gui_test_show_page (window, 0);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_ancestor (page_bar, GTK_TYPE_REVEALER))));
  gtk_widget_measure (page_bar, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  g_assert_cmpint (natural, <=, 360);

  /* The bar's fourth button is Compare; the bar follows Ctrl+1 back. */
  button = gtk_widget_get_first_child (page_bar);
  g_assert_nonnull (button);
  for (int i = 0; i < 3; i++)
    button = gtk_widget_get_next_sibling (button);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
  gui_test_spin ();
  g_assert_cmpstr (prospect_window_get_visible_page (window), ==, "compare");
  gui_test_show_page (window, 0);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (gtk_widget_get_first_child (page_bar))));

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 760);
  gui_test_wait_for (class_label_wide, class_label);
  g_assert_true (gtk_widget_get_visible (class_label));
  g_test_message ("class selector label at 1200 pixels: %d pixels wide", gtk_widget_get_width (class_label));
  g_assert_cmpint (gtk_widget_get_width (class_label), >=, 100);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_ancestor (page_bar, GTK_TYPE_REVEALER))));
  gui_test_close_window (window);

  /* Restored wide, the first frame already shows the name. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(ProspectDatabase) db = prospect_database_open_bundled (&error);
    g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

    g_assert_no_error (error);
    g_settings_set_int (settings, "window-width", 1200);
    window = prospect_window_new (gui_test_application (), db);
    class_label = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), PROSPECT_TYPE_WINDOW, "class_label"));
    g_assert_cmpint (gtk_label_get_width_chars (GTK_LABEL (class_label)), >, 1);
    gui_test_close_window (window);
  }
}

static void
test_switch_class (void)
{
  g_autoptr(GError) error = NULL;
  ProspectWindow *window;

  GUI_TEST_REQUIRE_DISPLAY ();
  window = gui_test_new_window ();
  gui_test_show_page (window, 0);

  /* Type-ahead narrows the class list. */
  prospect_window_filter_classes (window, "service");
  g_assert_cmpuint (prospect_window_get_n_shown_classes (window), ==, 1);
  prospect_window_filter_classes (window, "no such fund");
  g_assert_cmpuint (prospect_window_get_n_shown_classes (window), ==, 0);
  prospect_window_filter_classes (window, "");
  g_assert_cmpuint (prospect_window_get_n_shown_classes (window), ==, 2);

  /* Service Shares have no figures: every page says so. */
  g_assert_true (prospect_window_select_class (window, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpint (prospect_window_get_class_id (window), ==, 2);
  gui_test_spin ();
  g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "Service Shares has no average annual or calendar-year "
                                                                      "returns — add them in Data."));
  g_assert_false (gui_test_find_label_containing (GTK_WIDGET (window), "18.73%"));
  gui_test_show_page (window, 1);
  g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "Service Shares has no financial highlights"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.select-class", "x", (gint64) 1);
  gui_test_show_page (window, 0);
  g_assert_cmpint (prospect_window_get_class_id (window), ==, 1);
  g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "18.73%"));

  /* A class that does not exist changes nothing. */
  g_assert_false (prospect_window_select_class (window, 99, &error));
  g_assert_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_NOT_FOUND);
  g_assert_cmpint (prospect_window_get_class_id (window), ==, 1);
  gui_test_close_window (window);
}

/* The phase of the window's capture controller for Page Down and Page Up,
 * found by its name; -1 when there is none. */
static int
presenter_keys_phase (ProspectWindow *window)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (g_strcmp0 (gtk_event_controller_get_name (controller), "presenter-keys") == 0)
        {
          GListModel *shortcuts = G_LIST_MODEL (controller);
          gboolean page_down = FALSE;

          for (guint s = 0; s < g_list_model_get_n_items (shortcuts); s++)
            {
              g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (shortcuts, s);
              g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

              page_down |= g_str_equal (trigger, "Page_Down");
            }
          g_assert_true (page_down);
          return gtk_event_controller_get_propagation_phase (controller);
        }
    }
  return -1;
}

static void
test_presentation_mode (void)
{
  g_autoptr(GPtrArray) charts = NULL;
  ProspectWindow *window;

  GUI_TEST_REQUIRE_DISPLAY ();
  window = gui_test_new_window ();
  gui_test_show_page (window, 0);
  charts = prospect_performance_page_get_charts (PROSPECT_PERFORMANCE_PAGE (prospect_window_get_page (window,
                                                                                                      "performance")));
  g_assert_false (prospect_window_get_presentation (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation", NULL);
  gui_test_spin ();
  g_assert_true (prospect_window_get_presentation (window));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "presentation"));
  g_assert_cmpfloat (prospect_chart_view_get_font_scale (g_ptr_array_index (charts, 0)), ==, 1.5);
  /* The clicker's keys reach the window first while presenting, before a
   * focused chart's scrolled page could scroll with them instead. */
  g_assert_cmpint (presenter_keys_phase (window), ==, GTK_PHASE_CAPTURE);

  /* Page Down steps through the charts, then to the next page. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.step", "i", 1);
  g_assert_true (gtk_widget_has_focus (g_ptr_array_index (charts, 0)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.step", "i", 1);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.step", "i", 1);
  g_assert_true (gtk_widget_has_focus (g_ptr_array_index (charts, 2)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.step", "i", 1);
  g_assert_cmpstr (prospect_window_get_visible_page (window), ==, "highlights");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.step", "i", -1);
  g_assert_cmpstr (prospect_window_get_visible_page (window), ==, "performance");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.leave-presentation", NULL);
  gui_test_spin ();
  g_assert_false (prospect_window_get_presentation (window));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (window), "presentation"));
  g_assert_cmpfloat (prospect_chart_view_get_font_scale (g_ptr_array_index (charts, 0)), ==, 1.0);
  g_assert_cmpint (presenter_keys_phase (window), ==, GTK_PHASE_NONE);
  gui_test_close_window (window);
}

/* The shortcuts window is built on first use, not with the main window,
 * and still answers to its menu item and to Ctrl+?. */
static void
test_shortcuts_window (void)
{
  g_auto(GStrv) accels = NULL;
  ProspectWindow *window;
  GtkShortcutsWindow *overlay;

  GUI_TEST_REQUIRE_DISPLAY ();
  window = gui_test_new_window ();
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  accels = gtk_application_get_accels_for_action (gui_test_application (), "win.show-help-overlay");
  g_assert_true (g_strv_contains ((const char *const *) accels, "<Control>question"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  gui_test_spin ();
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (overlay)) == GTK_WINDOW (window));
  g_assert_true (gui_test_find_label (GTK_WIDGET (overlay), "Presentation mode"));
  /* It fits a 1280-pixel screen. */
  {
    int minimum = 0, natural = 0;

    gtk_widget_measure (GTK_WIDGET (overlay), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
    g_test_message ("shortcuts window: %d wide, %d at least", natural, minimum);
    g_assert_cmpint (natural, <=, 1240);
  }

  /* Closing hides it; asking again shows the same one. */
  gtk_window_close (GTK_WINDOW (overlay));
  gui_test_spin ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  gui_test_spin ();
  g_assert_true (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)) == overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  gui_test_close_window (window);
}

static GtkWidget *
find_popover_menu (GtkWidget *chart)
{
  for (GtkWidget *child = gtk_widget_get_first_child (chart); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER_MENU (child))
      return child;
  return NULL;
}

static gboolean
popover_shown (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

static GtkMenuButton *
find_main_menu_button (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) &&
      g_strcmp0 (gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget)), "open-menu-symbolic") == 0)
    return GTK_MENU_BUTTON (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found = find_main_menu_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The main menu is made when first opened, and then has every item. */
static void
test_main_menu (void)
{
  ProspectWindow *window;
  GtkMenuButton *button;
  GMenuModel *model;
  GtkPopover *popover;

  GUI_TEST_REQUIRE_DISPLAY ();
  window = gui_test_new_window ();
  button = find_main_menu_button (GTK_WIDGET (window));
  g_assert_nonnull (button);
  g_assert_null (gtk_menu_button_get_popover (button));

  gtk_menu_button_popup (button);
  popover = gtk_menu_button_get_popover (button);
  g_assert_true (GTK_IS_POPOVER_MENU (popover));
  g_assert_true (gui_test_wait_for (popover_shown, popover));
  model = gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover));
  g_assert_nonnull (model);
  /* Open and import; exports and print; presentation; shortcuts, about. */
  g_assert_cmpint (g_menu_model_get_n_items (model), ==, 4);
  gtk_menu_button_popdown (button);
  gui_test_close_window (window);
}

static gboolean
chart_drawn (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_height (data) > 0 &&
         prospect_chart_view_get_size_drawn (data);
}

typedef struct
{
  ProspectChartView *chart;
  guint              n_drawn;
} ChartDrawing;

static gboolean
drawn_again (gpointer data)
{
  ChartDrawing *d = data;

  return prospect_chart_view_get_n_drawn (d->chart) > d->n_drawn;
}

static void
count_paint_cb (GdkFrameClock *clock,
                guint         *paints)
{
  (*paints)++;
}

static gboolean
painted (gpointer data)
{
  return *(guint *) data > 0;
}

/* Returns once the window has painted a frame. */
static void
wait_for_paint (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  guint paints = 0;
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (count_paint_cb), &paints);

  gtk_widget_queue_draw (window);
  g_assert_true (gui_test_wait_for (painted, &paints));
  g_signal_handler_disconnect (clock, handler);
}

/* The chart's pixels as its widget draws them on screen, once the window
 * has painted (a widget waiting to be drawn has no drawing to show). */
static GBytes *
chart_pixels (ProspectChartView *chart)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (chart));
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (GTK_WIDGET (chart));
  int height = gtk_widget_get_height (GTK_WIDGET (chart));
  g_autoptr(GskRenderNode) node = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  GBytes *bytes;

  wait_for_paint (GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (chart))));
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                       (gsize) cairo_image_surface_get_stride (surface) * (gsize) height);
  cairo_surface_destroy (surface);
  return bytes;
}

static void
test_chart_keyboard (void)
{
  g_autoptr(GPtrArray) charts = NULL;
  ProspectWindow *window;
  ProspectChartView *chart;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  GUI_TEST_REQUIRE_DISPLAY ();
  window = gui_test_new_window ();
  gui_test_show_page (window, 0);
  charts = prospect_performance_page_get_charts (PROSPECT_PERFORMANCE_PAGE (prospect_window_get_page (window,
                                                                                                      "performance")));
  chart = g_ptr_array_index (charts, 1);
  g_assert_true (gui_test_wait_for (chart_drawn, chart));
  gtk_widget_grab_focus (GTK_WIDGET (chart));
  {
    g_autoptr(GBytes) unfocused = chart_pixels (chart);
    g_autoptr(GBytes) focused = NULL;
    ChartDrawing drawing = { chart, prospect_chart_view_get_n_drawn (chart) };

    g_assert_true (prospect_chart_view_move_focus (chart, 1));
    /* The focused bar is outlined on screen, not only named in the
     * tooltip, and over the chart as drawn: moving along it draws no text. */
    focused = chart_pixels (chart);
    g_assert_false (g_bytes_equal (unfocused, focused));
    g_assert_cmpuint (prospect_chart_view_get_n_drawn (chart), ==, drawing.n_drawn);
  }
  first = prospect_chart_view_dup_focus_text (chart);
  g_assert_cmpstr (first, ==, "Balanced Portfolio – Institutional Shares, 1996: 16.18%\n"
                              "Source: Janus Aspen Series, Balanced Portfolio, Institutional Shares: Prospectus, "
                              "Financial highlights, line 12; as of December 31, 1996");
  /* Bars in reading order: each year's fund bar, then the S&P 500's,
   * which says how far the fund was ahead. */
  g_assert_true (prospect_chart_view_move_focus (chart, 8));
  second = prospect_chart_view_dup_focus_text (chart);
  g_assert_true (g_str_has_prefix (second, "Balanced Portfolio – Institutional Shares, 2000: (2.27%)"));
  g_assert_true (prospect_chart_view_move_focus (chart, 1));
  {
    g_autofree char *index = prospect_chart_view_dup_focus_text (chart);

    g_assert_true (g_str_has_prefix (index, "S&P 500 Index, 2000: (9.10%)\nBalanced Portfolio – Institutional Shares − "
                                            "S&P 500 Index: +6.83 percentage points"));
  }
  g_assert_false (prospect_chart_view_move_focus (chart, 1));

  /* The menu key opens the chart's menu, made on first use. */
  g_assert_null (find_popover_menu (GTK_WIDGET (chart)));
  gtk_widget_activate_action (GTK_WIDGET (chart), "chart.menu", NULL);
  g_assert_nonnull (find_popover_menu (GTK_WIDGET (chart)));
  g_assert_true (gui_test_wait_for (popover_shown, find_popover_menu (GTK_WIDGET (chart))));
  gtk_popover_popdown (GTK_POPOVER (find_popover_menu (GTK_WIDGET (chart))));
  gui_test_close_window (window);
}

/* A page shown again shows its charts as they were drawn: GTK drops every
 * widget's drawing when its page is hidden, and laying out a chart's text
 * again made a revisit slower.  A change of colours draws them anew. */
static void
test_chart_kept_between_visits (void)
{
  g_autoptr(GPtrArray) charts = NULL;
  ProspectWindow *window;
  ProspectChartView *chart;
  ChartDrawing drawing;
  AdwStyleManager *style = adw_style_manager_get_default ();

  GUI_TEST_REQUIRE_DISPLAY ();
  window = gui_test_new_window ();
  gui_test_show_page (window, 0);
  charts = prospect_performance_page_get_charts (PROSPECT_PERFORMANCE_PAGE (prospect_window_get_page (window,
                                                                                                      "performance")));
  chart = g_ptr_array_index (charts, 0);
  g_assert_true (gui_test_wait_for (chart_drawn, chart));
  drawing = (ChartDrawing) { chart, prospect_chart_view_get_n_drawn (chart) };

  gui_test_show_page (window, 1);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (chart)));
  gui_test_show_page (window, 0);
  wait_for_paint (GTK_WIDGET (window));
  g_assert_true (chart_drawn (chart));
  g_assert_cmpuint (prospect_chart_view_get_n_drawn (chart), ==, drawing.n_drawn);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (gui_test_wait_for (drawn_again, &drawing));
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gui_test_spin ();
  gui_test_close_window (window);
}

static void
test_remembers_size (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  ProspectWindow *window;

  GUI_TEST_REQUIRE_DISPLAY ();
  window = gui_test_new_window ();
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 640);
  gui_test_show_page (window, 1);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 640);
  {
    g_autofree char *last_page = g_settings_get_string (settings, "last-page");

    g_assert_cmpstr (last_page, ==, "highlights");
  }
  gui_test_close_window (window);

  /* A new window opens at the remembered size, on the remembered page,
   * filled. */
  window = gui_test_new_window ();
  {
    int width = 0, height = 0;

    gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
    g_assert_cmpint (width, ==, 900);
    g_assert_cmpint (height, ==, 640);
  }
  g_assert_cmpstr (prospect_window_get_visible_page (window), ==, "highlights");
  g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "$24.31"));
  gui_test_show_page (window, 0);
  gui_test_close_window (window);
}

static void
test_bad_database_falls_back (void)
{
  g_autofree char *dir = g_dir_make_tmp ("prospect-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "random.db", NULL);
  g_autoptr(ProspectApplication) bad_app = NULL;
  g_autoptr(ProspectDatabase) db = NULL;
  g_autofree char *problem = NULL;
  ProspectLaunchOptions options = { .database = path, .non_unique = TRUE };
  ProspectWindow *window;

  GUI_TEST_REQUIRE_DISPLAY ();
  g_assert_true (g_file_set_contents (path, "random bytes, not a database", -1, NULL));
  bad_app = prospect_application_new (&options);
  db = prospect_application_open_database (bad_app, &problem);

  /* The window still has data to show, and says what happened. */
  g_assert_nonnull (db);
  g_assert_cmpstr (prospect_database_get_path (db), ==, ":memory:");
  g_assert_nonnull (strstr (problem, "is not a Prospect database"));
  g_assert_nonnull (strstr (problem, "Showing the bundled data instead"));

  window = prospect_window_new (gui_test_application (), db);
  prospect_window_show_problem (window, problem);
  gtk_window_present (GTK_WINDOW (window));
  gui_test_spin ();
  g_assert_cmpstr (prospect_window_get_problem (window), ==, problem);
  g_assert_true (gui_test_find_label (GTK_WIDGET (window), "Balanced Portfolio – Institutional Shares"));
  g_assert_nonnull (strstr (problem, "changes will not be kept"));

  /* Work put into the stand-in data would be lost at exit: none is taken. */
  g_assert_true (prospect_database_get_read_only (db));
  gui_test_show_page (window, 3);
  g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "cannot be edited here"));
  {
    ProspectComparePage *compare = PROSPECT_COMPARE_PAGE (prospect_window_get_page (window, "compare"));
    guint n = prospect_compare_page_get_n_scenarios (compare);

    gtk_widget_activate_action (GTK_WIDGET (compare), "compare.add", NULL);
    g_assert_cmpuint (prospect_compare_page_get_n_scenarios (compare), ==, n);
  }
  gui_test_show_page (window, 6);
  {
    ProspectDataPage *data = PROSPECT_DATA_PAGE (prospect_window_get_page (window, "data"));
    guint n = prospect_data_page_get_n_rows (data);

    gtk_widget_activate_action (GTK_WIDGET (data), "data.add", NULL);
    g_assert_cmpuint (prospect_data_page_get_n_rows (data), ==, n);
  }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.dismiss-banner", NULL);
  g_assert_null (prospect_window_get_problem (window));
  gui_test_close_window (window);

  g_unlink (path);
  g_rmdir (dir);
}

/* Presenting on a projector's sizes, the charts keep the legends a
 * regulator requires: the chart grows (and the page scrolls) rather than
 * drop them. */
static void
test_presentation_keeps_notes (void)
{
  static const int sizes[][2] = { { 1100, 760 }, { 1280, 720 } };

  GUI_TEST_REQUIRE_DISPLAY ();
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
      g_autoptr(GPtrArray) charts = NULL;
      ProspectWindow *window;

      g_settings_set_int (settings, "window-width", sizes[i][0]);
      g_settings_set_int (settings, "window-height", sizes[i][1]);
      window = gui_test_new_window ();
      gui_test_show_page (window, 0);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation", NULL);
      gui_test_spin ();
      charts = prospect_performance_page_get_charts (PROSPECT_PERFORMANCE_PAGE (prospect_window_get_page (window,
                                                                                                          "performance")));
      for (guint c = 0; c < charts->len; c++)
        {
          ProspectChartView *chart = g_ptr_array_index (charts, c);

          gtk_widget_grab_focus (GTK_WIDGET (chart));
          g_assert_true (gui_test_wait_for (chart_drawn, chart));
          g_assert_cmpuint (prospect_chart_view_get_dropped (chart) & PROSPECT_CHART_DROPPED_NOTES, ==, 0);
        }
      gui_test_close_window (window);
    }
}

/* A chart below the fold is drawn when it is scrolled to, not before. */
static void
test_chart_drawn_when_scrolled_to (void)
{
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GPtrArray) charts = NULL;
  ProspectWindow *window;
  ProspectChartView *last;
  GtkAdjustment *adjustment;

  GUI_TEST_REQUIRE_DISPLAY ();
  settings = g_settings_new (APPLICATION_ID);
  g_settings_set_int (settings, "window-width", 1280);
  g_settings_set_int (settings, "window-height", 720);
  window = gui_test_new_window ();
  gui_test_show_page (window, 0);
  charts = prospect_performance_page_get_charts (PROSPECT_PERFORMANCE_PAGE (prospect_window_get_page (window,
                                                                                                      "performance")));
  g_assert_cmpuint (charts->len, >, 2);
  g_assert_true (gui_test_wait_for (chart_drawn, g_ptr_array_index (charts, 0)));
  last = g_ptr_array_index (charts, charts->len - 1);
  gui_test_spin ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (last)));
  g_assert_false (prospect_chart_view_get_size_drawn (last));

  adjustment = gtk_scrolled_window_get_vadjustment (
    GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (GTK_WIDGET (last), GTK_TYPE_SCROLLED_WINDOW)));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  g_assert_true (gui_test_wait_for (chart_drawn, last));
  gui_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv);

  gui_test_add ("/prospect/window/opens-with-fund", test_opens_with_fund);
  gui_test_add ("/prospect/window/narrow-window", test_narrow_window);
  gui_test_add ("/prospect/window/switch-class", test_switch_class);
  gui_test_add ("/prospect/window/presentation-mode", test_presentation_mode);
  gui_test_add ("/prospect/window/presentation-keeps-notes", test_presentation_keeps_notes);
  gui_test_add ("/prospect/window/chart-kept-between-visits", test_chart_kept_between_visits);
  gui_test_add ("/prospect/window/chart-keyboard", test_chart_keyboard);
  gui_test_add ("/prospect/window/main-menu", test_main_menu);
  gui_test_add ("/prospect/window/shortcuts-window", test_shortcuts_window);
  gui_test_add ("/prospect/window/remembers-size", test_remembers_size);
  gui_test_add ("/prospect/window/bad-database-falls-back", test_bad_database_falls_back);
  gui_test_add ("/prospect/window/chart-drawn-when-scrolled-to", test_chart_drawn_when_scrolled_to);

  return gui_test_run ();
}
