/* test-window.c: the main window under a (virtual) display.
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
#include "test-util.h"

static gboolean have_display;
static ProspectApplication *app;

#define REQUIRE_DISPLAY()                                                         \
  G_STMT_START {                                                                  \
    if (!have_display)                                                            \
      {                                                                           \
        g_test_skip ("No display: run the ui suite under xvfb-run (scripts/test)"); \
        return;                                                                   \
      }                                                                           \
  } G_STMT_END

static gboolean
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (find_label (child, text))
      return TRUE;
  return FALSE;
}

static gboolean
find_label_containing (GtkWidget  *widget,
                       const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (find_label_containing (child, text))
      return TRUE;
  return FALSE;
}

static void
spin (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static ProspectWindow *
new_window (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = prospect_database_open_bundled (&error);
  ProspectWindow *window;

  g_assert_no_error (error);
  window = prospect_window_new (GTK_APPLICATION (app), db);
  gtk_window_present (GTK_WINDOW (window));
  spin ();
  return window;
}

static void
show_page (ProspectWindow *window,
           int             index)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-to-page", "i", index);
  for (int i = 0; i < 5; i++)
    {
      spin ();
      g_usleep (20000);
    }
}

/* A picture of the window for a person to review, in the build folder. */
static void
screenshot (ProspectWindow *window,
            const char     *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  g_autoptr(GskRenderNode) node = NULL;
  g_autofree char *file = g_strdup_printf ("screenshot-%s.png", name);
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, file, NULL);
  cairo_surface_t *surface;
  cairo_t *cr;
  int width, height;

  /* Let the window reach the screen and lay out first; a widget that was
   * just resized has no render node until it is drawn again. */
  for (int attempt = 0; attempt < 50 && node == NULL; attempt++)
    {
      GtkSnapshot *snapshot = gtk_snapshot_new ();

      spin ();
      width = gtk_widget_get_width (GTK_WIDGET (window));
      height = gtk_widget_get_height (GTK_WIDGET (window));
      if (width > 1 && height > 1)
        gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (snapshot);
      if (node == NULL)
        {
          gtk_widget_queue_draw (GTK_WIDGET (window));
          g_usleep (20000);
        }
    }
  if (node == NULL)
    {
      g_test_message ("screenshot %s: the window drew nothing to capture", name);
      return;
    }
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_test_message ("screenshot: %s", path);
}

static void
close_window (ProspectWindow *window)
{
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
  g_assert_finalize_object (window);
}

static void
test_opens_with_fund (void)
{
  ProspectWindow *window;

  REQUIRE_DISPLAY ();
  window = new_window ();
  /* The window opens on Performance; Portfolio fills when shown. */
  g_assert_true (find_label (GTK_WIDGET (window), "Balanced Portfolio – Institutional Shares"));
  show_page (window, 4);
  g_assert_true (find_label (GTK_WIDGET (window), "Balanced Portfolio"));
  g_assert_true (find_label (GTK_WIDGET (window),
                             "Balanced Portfolio seeks long-term capital growth, consistent with preservation of "
                             "capital and balanced by current income."));
  g_assert_true (find_label (GTK_WIDGET (window), "40% to 60% of assets"));
  g_assert_true (find_label (GTK_WIDGET (window), "Less than 35% of net assets"));
  g_assert_null (prospect_window_get_problem (window));
  close_window (window);
}

/* Every page fits a 360-pixel window, and the narrow page bar shows each
 * page's whole name and follows the page on screen. */
static void
test_narrow_window (void)
{
  ProspectWindow *window;
  GtkWidget *content, *page_bar, *button, *class_label;
  int minimum, natural;

  REQUIRE_DISPLAY ();
  window = new_window ();
  content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  for (int i = 0; i < 6; i++)
    {
      const char *name;

      show_page (window, i);
      name = prospect_window_get_visible_page (window);
      gtk_widget_measure (prospect_window_get_page (window, name), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL,
                          NULL, NULL);
      g_test_message ("page %s: minimum width %d", name, minimum);
      g_assert_cmpint (minimum, <=, 360);
    }

  page_bar = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), PROSPECT_TYPE_WINDOW, "page_bar"));
  g_assert_nonnull (page_bar);
  gtk_widget_measure (page_bar, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  g_assert_cmpint (natural, <=, 360);

  /* The bar's fourth button is Compare; the bar follows Ctrl+1 back. */
  button = gtk_widget_get_first_child (page_bar);
  for (int i = 0; i < 3; i++)
    button = gtk_widget_get_next_sibling (button);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
  spin ();
  g_assert_cmpstr (prospect_window_get_visible_page (window), ==, "compare");
  show_page (window, 0);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (gtk_widget_get_first_child (page_bar))));

  close_window (window);

  /* A window restored at 360 pixels: the title names the class and the
   * selector keeps only its arrow; wide again, the selector shows the start
   * of the class's name, not a lone ellipsis. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(ProspectDatabase) db = prospect_database_open_bundled (&error);

    g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

    g_assert_no_error (error);
    g_settings_set_int (settings, "window-width", 360);
    window = prospect_window_new (GTK_APPLICATION (app), db);
  }
  class_label = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), PROSPECT_TYPE_WINDOW, "class_label"));
  /* Restored narrow, the label asks for no width that could hold the
   * window wider. */
  g_assert_cmpint (gtk_label_get_width_chars (GTK_LABEL (class_label)), <=, 1);
  gtk_window_present (GTK_WINDOW (window));
  content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  page_bar = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), PROSPECT_TYPE_WINDOW, "page_bar"));
  for (int i = 0; i < 50 && (gtk_widget_get_visible (class_label) || !gtk_widget_get_mapped (GTK_WIDGET (window))); i++)
    {
      spin ();
      g_usleep (20000);
    }
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
  g_assert_false (gtk_widget_get_visible (class_label));
  /* Header, banner and page bar included, on every page. */
  for (int i = 0; i < 6; i++)
    {
      show_page (window, i);
      gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      g_test_message ("narrow window, page %s: minimum width %d", prospect_window_get_visible_page (window), minimum);
      g_assert_cmpint (minimum, <=, 360);
    }
  show_page (window, 0);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_ancestor (page_bar, GTK_TYPE_REVEALER))));

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  for (int i = 0; i < 50 && gtk_widget_get_width (class_label) < 100; i++)
    {
      spin ();
      g_usleep (20000);
    }
  g_assert_true (gtk_widget_get_visible (class_label));
  g_test_message ("class selector label at 1100 pixels: %d pixels wide", gtk_widget_get_width (class_label));
  g_assert_cmpint (gtk_widget_get_width (class_label), >=, 100);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_ancestor (page_bar, GTK_TYPE_REVEALER))));
  close_window (window);

  /* Restored wide, the first frame already shows the name. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(ProspectDatabase) db = prospect_database_open_bundled (&error);
    g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

    g_assert_no_error (error);
    g_settings_set_int (settings, "window-width", 1100);
    window = prospect_window_new (GTK_APPLICATION (app), db);
    class_label = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), PROSPECT_TYPE_WINDOW, "class_label"));
    g_assert_cmpint (gtk_label_get_width_chars (GTK_LABEL (class_label)), >, 1);
    close_window (window);
  }
}

static void
test_pages_show_prospectus (void)
{
  ProspectWindow *window;
  ProspectHighlightsPage *highlights;
  GListModel *rows;
  gboolean found_nav = FALSE;

  REQUIRE_DISPLAY ();
  {
    g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

    /* The size the screenshots are reviewed at. */
    g_settings_set_int (settings, "window-width", 1280);
    g_settings_set_int (settings, "window-height", 800);
  }
  window = new_window ();

  show_page (window, 0);
  g_assert_cmpstr (prospect_window_get_visible_page (window), ==, "performance");
  g_assert_true (find_label_containing (GTK_WIDGET (window), "18.73%"));
  g_assert_true (find_label_containing (GTK_WIDGET (window), "17.19%"));
  g_assert_true (find_label_containing (GTK_WIDGET (window), "✓ 18.73%"));
  g_assert_true (find_label_containing (GTK_WIDGET (window), "day count: anniversary"));
  g_assert_true (find_label_containing (GTK_WIDGET (window), "Best year: 1998, 34.28%"));
  screenshot (window, "performance");

  show_page (window, 1);
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
  g_assert_true (find_label_containing (GTK_WIDGET (window), "$24.31"));
  g_assert_true (find_label_containing (GTK_WIDGET (window), "(3.02)"));
  g_assert_true (find_label_containing (GTK_WIDGET (window), "$3,352,381"));
  screenshot (window, "highlights");

  show_page (window, 4);
  g_assert_cmpstr (prospect_window_get_visible_page (window), ==, "portfolio");
  screenshot (window, "portfolio");
  close_window (window);
}

static void
assert_cost (ProspectFeesPage *page,
             int               years,
             const char       *expected)
{
  g_autofree char *text = prospect_fees_page_dup_cost_text (page, years);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_fees_calculator (void)
{
  ProspectWindow *window;
  ProspectFeesPage *page;
  GtkEditable *ratio;

  REQUIRE_DISPLAY ();
  window = new_window ();
  show_page (window, 2);
  g_assert_cmpstr (prospect_window_get_visible_page (window), ==, "fees");
  page = PROSPECT_FEES_PAGE (prospect_window_get_page (window, "fees"));

  /* It opens on the prospectus's inputs and its printed figures. */
  assert_cost (page, 1, "$67");
  assert_cost (page, 3, "$211");
  assert_cost (page, 5, "$368");
  assert_cost (page, 10, "$822");
  g_assert_true (prospect_fees_page_get_agrees (page));
  g_assert_true (find_label_containing (GTK_WIDGET (window), "Every figure agrees with the example printed"));
  g_assert_true (find_label_containing (GTK_WIDGET (window), "Management fee"));
  g_assert_true (find_label_containing (GTK_WIDGET (window), "0.65%"));
  screenshot (window, "fees");

  /* Typing a new ratio answers at once: at 1.00%, year 1 costs
   * 0.01 × (10,000 + 10,400) / 2 = 102. */
  ratio = prospect_fees_page_get_field (page, PROSPECT_FEES_FIELD_RATIO);
  gtk_editable_set_text (ratio, "1.00%");
  assert_cost (page, 1, "$102");
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
  close_window (window);
}

static ProspectWindow *
new_window_on (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = prospect_database_open (path, &error);
  ProspectWindow *window;

  g_assert_no_error (error);
  window = prospect_window_new (GTK_APPLICATION (app), db);
  gtk_window_present (GTK_WINDOW (window));
  spin ();
  return window;
}

static void
test_compare_scenarios (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  ProspectWindow *window;
  ProspectComparePage *page;

  REQUIRE_DISPLAY ();
  dir = g_dir_make_tmp ("prospect-compare-XXXXXX", NULL);
  path = g_build_filename (dir, "p.db", NULL);
  window = new_window_on (path);
  show_page (window, 3);
  g_assert_cmpstr (prospect_window_get_visible_page (window), ==, "compare");
  page = PROSPECT_COMPARE_PAGE (prospect_window_get_page (window, "compare"));
  g_assert_cmpuint (prospect_compare_page_get_n_scenarios (page), ==, 0);

  /* Class A: 5.75% load, 0.90%; Class C: 1.65%; $10,000 at 5% for 20
   * years.  A: 9,425 × 1.041^20 = 21,052.13; C: 10,000 × 1.0335^20 = 19,329.01;
   * A overtakes C in year 9 (see test-cost). */
  g_assert_true (prospect_compare_page_add_scenario (page));
  g_assert_true (prospect_compare_page_add_scenario (page));
  g_assert_cmpuint (prospect_compare_page_get_n_scenarios (page), ==, 2);
  for (guint i = 0; i < 2; i++)
    prospect_compare_page_set_class (page, i, 0);
  gtk_editable_set_text (prospect_compare_page_get_field (page, 0, PROSPECT_SCENARIO_FIELD_NAME), "Class A");
  gtk_editable_set_text (prospect_compare_page_get_field (page, 0, PROSPECT_SCENARIO_FIELD_FUND_RATIO), "0.90");
  gtk_editable_set_text (prospect_compare_page_get_field (page, 0, PROSPECT_SCENARIO_FIELD_FRONT_LOAD), "5.75%");
  gtk_editable_set_text (prospect_compare_page_get_field (page, 1, PROSPECT_SCENARIO_FIELD_NAME), "Class C");
  gtk_editable_set_text (prospect_compare_page_get_field (page, 1, PROSPECT_SCENARIO_FIELD_FUND_RATIO), "1.65");
  prospect_compare_page_set_years (page, 20);
  g_assert_null (prospect_compare_page_get_problem (page, 0));
  g_assert_null (prospect_compare_page_get_problem (page, 1));
  g_assert_cmpfloat_with_epsilon (prospect_compare_page_get_value (page, 0), 21052.13, 0.01);
  g_assert_cmpfloat_with_epsilon (prospect_compare_page_get_value (page, 1), 19329.01, 0.01);
  g_assert_cmpstr (prospect_compare_page_get_breakeven_text (page), ==,
                   "Class A draws level with or overtakes Class C in year 9.");

  /* A bad value is marked and nothing is saved from it. */
  gtk_editable_set_text (prospect_compare_page_get_field (page, 1, PROSPECT_SCENARIO_FIELD_MORTALITY), "lots");
  g_assert_nonnull (prospect_compare_page_get_problem (page, 1));
  gtk_editable_set_text (prospect_compare_page_get_field (page, 1, PROSPECT_SCENARIO_FIELD_MORTALITY), "1.25");
  g_assert_null (prospect_compare_page_get_problem (page, 1));
  screenshot (window, "compare");

  /* Delete, then undo. */
  prospect_compare_page_delete_scenario (page, 0);
  g_assert_cmpuint (prospect_compare_page_get_n_scenarios (page), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (page), "compare.undo-delete", NULL);
  g_assert_cmpuint (prospect_compare_page_get_n_scenarios (page), ==, 2);
  close_window (window);

  /* The scenarios survive a restart. */
  window = new_window_on (path);
  page = PROSPECT_COMPARE_PAGE (prospect_window_get_page (window, "compare"));
  g_assert_cmpuint (prospect_compare_page_get_n_scenarios (page), ==, 2);
  g_assert_cmpstr (gtk_editable_get_text (prospect_compare_page_get_field (page, 0, PROSPECT_SCENARIO_FIELD_NAME)), ==,
                   "Class A");
  g_assert_cmpstr (gtk_editable_get_text (prospect_compare_page_get_field (page, 1, PROSPECT_SCENARIO_FIELD_MORTALITY)),
                   ==, "1.25");
  g_assert_cmpfloat_with_epsilon (prospect_compare_page_get_value (page, 0), 21052.13, 0.01);
  close_window (window);

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

  REQUIRE_DISPLAY ();
  window = new_window_on (path);
  show_page (window, 5);
  g_assert_cmpstr (prospect_window_get_visible_page (window), ==, "data");
  page = PROSPECT_DATA_PAGE (prospect_window_get_page (window, "data"));
  g_assert_null (prospect_data_page_get_check_text (page));

  prospect_data_page_show_table (page, "returns");
  g_assert_cmpuint (prospect_data_page_get_n_rows (page), ==, 5);
  for (guint r = 0; r < 5; r++)
    if (g_strcmp0 (prospect_data_page_get_cell (page, r, 1), "2000") == 0)
      y2000 = r;
  g_assert_cmpuint (y2000, <, 5);
  screenshot (window, "data");

  /* An edit shows on the other pages at once: 2000 is now −2.50%, so the
   * recomputed 1-year figure no longer agrees with the stated (2.27%). */
  g_assert_false (prospect_data_page_edit_cell (page, y2000, 2, "lots", &error));
  g_clear_error (&error);
  g_assert_true (prospect_data_page_edit_cell (page, y2000, 2, "-2.5", &error));
  g_assert_no_error (error);
  show_page (window, 0);
  g_assert_true (find_label_containing (GTK_WIDGET (window), "✗ (2.50%)"));

  /* Ctrl+Z undoes it. */
  show_page (window, 5);
  gtk_widget_activate_action (GTK_WIDGET (page), "data.undo", NULL);
  g_assert_cmpstr (prospect_data_page_get_cell (page, y2000, 2), ==, "-2.27");
  gtk_widget_activate_action (GTK_WIDGET (page), "data.redo", NULL);
  g_assert_cmpstr (prospect_data_page_get_cell (page, y2000, 2), ==, "-2.5");
  gtk_widget_activate_action (GTK_WIDGET (page), "data.undo", NULL);

  /* Delete, then undo from the notification's action. */
  g_assert_true (prospect_data_page_delete_row (page, 0, &error));
  g_assert_cmpuint (prospect_data_page_get_n_rows (page), ==, 4);
  gtk_widget_activate_action (GTK_WIDGET (page), "data.undo", NULL);
  g_assert_cmpuint (prospect_data_page_get_n_rows (page), ==, 5);

  /* A fee table that no longer gives the printed example is flagged. */
  prospect_data_page_show_table (page, "fees");
  g_assert_true (prospect_data_page_edit_cell (page, 0, 8, "0.75", &error));
  g_assert_nonnull (prospect_data_page_get_check_text (page));
  g_assert_nonnull (strstr (prospect_data_page_get_check_text (page), "prints $67 for 1 year"));
  gtk_widget_activate_action (GTK_WIDGET (page), "data.undo", NULL);
  g_assert_null (prospect_data_page_get_check_text (page));

  /* Import in the background, with progress, then on every page. */
  g_assert_true (g_file_set_contents (csv, "fund,class,benchmark,year,return_pct\n,,My Index,1999,10\n"
                                           ",,My Index,2000,-5\n", -1, NULL));
  prospect_data_page_show_table (page, "returns");
  prospect_data_page_import_file (page, csv, PROSPECT_IMPORT_ALL_OR_NOTHING);
  for (int i = 0; i < 500 && prospect_data_page_get_n_rows (page) == 5; i++)
    {
      spin ();
      g_usleep (10000);
    }
  g_assert_cmpuint (prospect_data_page_get_n_rows (page), ==, 7);

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
  close_window (window);

  prospect_test_remove_tree (dir);
}

static void
test_switch_class (void)
{
  g_autoptr(GError) error = NULL;
  ProspectWindow *window;

  REQUIRE_DISPLAY ();
  window = new_window ();
  show_page (window, 0);

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
  spin ();
  g_assert_true (find_label_containing (GTK_WIDGET (window), "Service Shares has no average annual or calendar-year "
                                                             "returns — add them in Data."));
  g_assert_false (find_label_containing (GTK_WIDGET (window), "18.73%"));
  show_page (window, 1);
  g_assert_true (find_label_containing (GTK_WIDGET (window), "Service Shares has no financial highlights"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.select-class", "x", (gint64) 1);
  show_page (window, 0);
  g_assert_cmpint (prospect_window_get_class_id (window), ==, 1);
  g_assert_true (find_label_containing (GTK_WIDGET (window), "18.73%"));

  /* A class that does not exist changes nothing. */
  g_assert_false (prospect_window_select_class (window, 99, &error));
  g_assert_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_NOT_FOUND);
  g_assert_cmpint (prospect_window_get_class_id (window), ==, 1);
  close_window (window);
}

static void
test_presentation_mode (void)
{
  g_autoptr(GPtrArray) charts = NULL;
  ProspectWindow *window;

  REQUIRE_DISPLAY ();
  window = new_window ();
  show_page (window, 0);
  charts = prospect_performance_page_get_charts (PROSPECT_PERFORMANCE_PAGE (prospect_window_get_page (window,
                                                                                                      "performance")));
  g_assert_false (prospect_window_get_presentation (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation", NULL);
  spin ();
  g_assert_true (prospect_window_get_presentation (window));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "presentation"));
  g_assert_cmpfloat (prospect_chart_view_get_font_scale (g_ptr_array_index (charts, 0)), ==, 1.5);

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
  spin ();
  g_assert_false (prospect_window_get_presentation (window));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (window), "presentation"));
  g_assert_cmpfloat (prospect_chart_view_get_font_scale (g_ptr_array_index (charts, 0)), ==, 1.0);
  close_window (window);
}

/* The shortcuts window is built on first use, not with the main window,
 * and still answers to its menu item and to Ctrl+?. */
static void
test_shortcuts_window (void)
{
  g_auto(GStrv) accels = NULL;
  ProspectWindow *window;
  GtkShortcutsWindow *overlay;

  REQUIRE_DISPLAY ();
  window = new_window ();
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay");
  g_assert_true (g_strv_contains ((const char *const *) accels, "<Control>question"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  spin ();
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (overlay)) == GTK_WINDOW (window));
  g_assert_true (find_label (GTK_WIDGET (overlay), "Presentation mode"));

  /* Closing hides it; asking again shows the same one. */
  gtk_window_close (GTK_WINDOW (overlay));
  spin ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  spin ();
  g_assert_true (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)) == overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  close_window (window);
}

static void
test_chart_keyboard (void)
{
  g_autoptr(GPtrArray) charts = NULL;
  ProspectWindow *window;
  ProspectChartView *chart;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  REQUIRE_DISPLAY ();
  window = new_window ();
  show_page (window, 0);
  charts = prospect_performance_page_get_charts (PROSPECT_PERFORMANCE_PAGE (prospect_window_get_page (window,
                                                                                                      "performance")));
  chart = g_ptr_array_index (charts, 1);
  gtk_widget_grab_focus (GTK_WIDGET (chart));
  g_assert_true (prospect_chart_view_move_focus (chart, 1));
  first = prospect_chart_view_dup_focus_text (chart);
  g_assert_cmpstr (first, ==, "Balanced Portfolio – Institutional Shares, 1996: 16.18%\n"
                              "Source: Prospectus, Financial highlights, line 12 (total return), 1996");
  g_assert_true (prospect_chart_view_move_focus (chart, 4));
  second = prospect_chart_view_dup_focus_text (chart);
  g_assert_true (g_str_has_prefix (second, "Balanced Portfolio – Institutional Shares, 2000: (2.27%)"));
  g_assert_false (prospect_chart_view_move_focus (chart, 1));
  close_window (window);
}

static void
test_glossary_search (void)
{
  ProspectWindow *window;
  ProspectPortfolioPage *page;

  REQUIRE_DISPLAY ();
  window = new_window ();
  show_page (window, 4);
  page = PROSPECT_PORTFOLIO_PAGE (prospect_window_get_page (window, "portfolio"));
  g_assert_cmpuint (prospect_portfolio_page_get_n_shown_terms (page), ==, 31);

  /* Bonds, High-yield/High-risk bonds, Pay-in-kind, Step coupon, Strip,
   * Tender option and Zero coupon bonds. */
  prospect_portfolio_page_set_search_text (page, "BOND");
  g_assert_cmpuint (prospect_portfolio_page_get_n_shown_terms (page), ==, 7);
  prospect_portfolio_page_set_search_text (page, "swap");
  g_assert_cmpuint (prospect_portfolio_page_get_n_shown_terms (page), ==, 1);
  prospect_portfolio_page_set_search_text (page, "no such term");
  g_assert_cmpuint (prospect_portfolio_page_get_n_shown_terms (page), ==, 0);
  spin ();
  g_assert_true (find_label (GTK_WIDGET (window), "No glossary term contains “no such term”."));
  prospect_portfolio_page_set_search_text (page, "");
  g_assert_cmpuint (prospect_portfolio_page_get_n_shown_terms (page), ==, 31);

  /* Glossary terms in the text show their definition on hover. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(ProspectDatabase) db = prospect_database_open_bundled (&error);
    g_autoptr(GListModel) glossary = prospect_database_list_glossary (db, &error);
    g_autofree char *markup = prospect_portfolio_page_markup_for ("It may hold bonds & warrants, not bondage.", glossary);

    g_assert_nonnull (strstr (markup, "<a href=\"glossary:Bonds\" title=\"Bonds are debt securities"));
    g_assert_nonnull (strstr (markup, ">bonds</a> &amp; <a href=\"glossary:Warrants\""));
    g_assert_null (strstr (markup, ">bondage"));
  }
  close_window (window);
}

static void
test_remembers_size (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  ProspectWindow *window;

  REQUIRE_DISPLAY ();
  window = new_window ();
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 640);
  show_page (window, 1);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 640);
  {
    g_autofree char *last_page = g_settings_get_string (settings, "last-page");

    g_assert_cmpstr (last_page, ==, "highlights");
  }
  close_window (window);

  /* A new window opens at the remembered size, on the remembered page,
   * filled. */
  window = new_window ();
  {
    int width = 0, height = 0;

    gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
    g_assert_cmpint (width, ==, 900);
    g_assert_cmpint (height, ==, 640);
  }
  g_assert_cmpstr (prospect_window_get_visible_page (window), ==, "highlights");
  g_assert_true (find_label_containing (GTK_WIDGET (window), "$24.31"));
  show_page (window, 0);
  close_window (window);
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

  REQUIRE_DISPLAY ();
  g_assert_true (g_file_set_contents (path, "random bytes, not a database", -1, NULL));
  bad_app = prospect_application_new (&options);
  db = prospect_application_open_database (bad_app, &problem);

  /* The window still has data to show, and says what happened. */
  g_assert_nonnull (db);
  g_assert_cmpstr (prospect_database_get_path (db), ==, ":memory:");
  g_assert_nonnull (strstr (problem, "is not a Prospect database"));
  g_assert_nonnull (strstr (problem, "Showing the bundled data instead."));

  window = prospect_window_new (GTK_APPLICATION (app), db);
  prospect_window_show_problem (window, problem);
  gtk_window_present (GTK_WINDOW (window));
  spin ();
  g_assert_cmpstr (prospect_window_get_problem (window), ==, problem);
  g_assert_true (find_label (GTK_WIDGET (window), "Balanced Portfolio – Institutional Shares"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.dismiss-banner", NULL);
  g_assert_null (prospect_window_get_problem (window));
  close_window (window);

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  have_display = gtk_init_check ();

  g_test_add_func ("/prospect/window/opens-with-fund", test_opens_with_fund);
  g_test_add_func ("/prospect/window/pages-show-prospectus", test_pages_show_prospectus);
  g_test_add_func ("/prospect/window/narrow-window", test_narrow_window);
  g_test_add_func ("/prospect/window/fees-calculator", test_fees_calculator);
  g_test_add_func ("/prospect/window/compare-scenarios", test_compare_scenarios);
  g_test_add_func ("/prospect/window/data-page", test_data_page);
  g_test_add_func ("/prospect/window/switch-class", test_switch_class);
  g_test_add_func ("/prospect/window/presentation-mode", test_presentation_mode);
  g_test_add_func ("/prospect/window/chart-keyboard", test_chart_keyboard);
  g_test_add_func ("/prospect/window/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/prospect/window/glossary-search", test_glossary_search);
  g_test_add_func ("/prospect/window/remembers-size", test_remembers_size);
  g_test_add_func ("/prospect/window/bad-database-falls-back", test_bad_database_falls_back);

  if (have_display)
    {
      ProspectLaunchOptions options = { .non_unique = TRUE };

      app = prospect_application_new (&options);
      g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
    }
  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
