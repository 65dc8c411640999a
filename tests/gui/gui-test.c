/* gui-test.c: helpers for the window tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gui-test.h"
#include "prospect-application.h"
#include "prospect-cli.h"
#include "prospect-gtk-init.h"

/* Long enough for a slow sanitizer build; a condition that is never met
 * fails its test's assertion after this, instead of hanging. */
#define WAIT_TIMEOUT_MS 10000

static gboolean have_display;
static ProspectApplication *app;

gboolean
gui_test_have_display (void)
{
  return have_display;
}

GtkApplication *
gui_test_application (void)
{
  return GTK_APPLICATION (app);
}

/* Every test starts from the schema's defaults: a size or page one test
 * leaves in the (in-memory) settings never reaches the next. */
static void
reset_settings (gpointer      fixture,
                gconstpointer data)
{
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  if (!have_display)
    return;
  settings = g_settings_new (APPLICATION_ID);
  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
  g_settings_sync ();
}

static void
run_test (gpointer      fixture,
          gconstpointer data)
{
  ((GTestFunc) data)();
}

static void
no_tear_down (gpointer      fixture,
              gconstpointer data)
{
}

void
gui_test_init (int    *argc,
               char ***argv)
{
  g_test_init (argc, argv, NULL);
  have_display = prospect_gtk_init_check ();
  if (have_display)
    {
      ProspectLaunchOptions options = { .non_unique = TRUE };

      /* No transitions: what a test checks, or a screenshot shows, is the
       * settled window, not a frame of a crossfade. */
      g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
      app = prospect_application_new (&options);
      g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
    }
}

void
gui_test_add (const char *path,
              GTestFunc   func)
{
  g_test_add_vtable (path, 0, (gconstpointer) func, reset_settings, run_test, no_tear_down);
}

int
gui_test_run (void)
{
  int status = g_test_run ();

  g_clear_object (&app);
  return status;
}

void
gui_test_spin (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
timed_out_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until CONDITION holds, waking for each event rather
 * than sleeping; FALSE when it still does not hold after the timeout. */
gboolean
gui_test_wait_for (GuiTestCondition condition,
                   gpointer         data)
{
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add (WAIT_TIMEOUT_MS, timed_out_cb, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (timeout);
  gui_test_spin ();
  return condition (data);
}

gboolean
gui_test_find_label (GtkWidget  *widget,
                     const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (gui_test_find_label (child, text))
      return TRUE;
  return FALSE;
}

gboolean
gui_test_find_label_containing (GtkWidget  *widget,
                                const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (gui_test_find_label_containing (child, text))
      return TRUE;
  return FALSE;
}

static gboolean
window_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

static ProspectWindow *
present (ProspectDatabase *db)
{
  ProspectWindow *window = prospect_window_new (GTK_APPLICATION (app), db);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gui_test_wait_for (window_mapped, window));
  return window;
}

ProspectWindow *
gui_test_new_window (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = prospect_database_open_bundled (&error);

  g_assert_no_error (error);
  return present (db);
}

ProspectWindow *
gui_test_new_window_on (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = prospect_database_open (path, &error);

  g_assert_no_error (error);
  return present (db);
}

typedef struct
{
  ProspectWindow *window;
  GtkWidget      *page;
} PageShown;

static gboolean
page_shown (gpointer data)
{
  PageShown *shown = data;

  return shown->page != NULL && gtk_widget_get_mapped (shown->page) &&
         gtk_widget_get_width (shown->page) > 0;
}

/* Switches to page INDEX and returns once it is on screen and laid out. */
void
gui_test_show_page (ProspectWindow *window,
                    int             index)
{
  PageShown shown = { window, NULL };

  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-to-page", "i", index);
  shown.page = prospect_window_get_page (window, prospect_window_get_visible_page (window));
  g_assert_true (gui_test_wait_for (page_shown, &shown));
}

typedef struct
{
  GdkPaintable  *paintable;
  GtkWidget     *window;
  GskRenderNode *node;
  int            width;
  int            height;
} Capture;

static gboolean
captured (gpointer data)
{
  Capture *c = data;
  GtkSnapshot *snapshot;

  if (c->node != NULL)
    return TRUE;
  snapshot = gtk_snapshot_new ();
  c->width = gtk_widget_get_width (c->window);
  c->height = gtk_widget_get_height (c->window);
  if (c->width > 1 && c->height > 1)
    gdk_paintable_snapshot (c->paintable, snapshot, c->width, c->height);
  c->node = gtk_snapshot_free_to_node (snapshot);
  /* A widget that was just resized has no render node until it is drawn
   * again. */
  if (c->node == NULL)
    gtk_widget_queue_draw (c->window);
  return c->node != NULL;
}

/* A picture of the window for a person to review, in the build folder. */
void
gui_test_screenshot (ProspectWindow *window,
                     const char     *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  g_autofree char *file = g_strdup_printf ("screenshot-%s.png", name);
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, file, NULL);
  Capture capture = { paintable, GTK_WIDGET (window), NULL, 0, 0 };
  cairo_surface_t *surface;
  cairo_t *cr;

  if (!gui_test_wait_for (captured, &capture))
    {
      g_test_message ("screenshot %s: the window drew nothing to capture", name);
      return;
    }
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, capture.width, capture.height);
  cr = cairo_create (surface);
  gsk_render_node_draw (capture.node, cr);
  cairo_destroy (cr);
  gsk_render_node_unref (capture.node);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_test_message ("screenshot: %s", path);
}

void
gui_test_close_window (ProspectWindow *window)
{
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_spin ();
  g_assert_finalize_object (window);
}

/* A mapped button with this label (mnemonic included, "_Undo"), found as a
 * person finds it: the notification's button, say. */
GtkWidget *
gui_test_find_button (GtkWidget  *widget,
                      const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0 &&
      gtk_widget_get_mapped (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = gui_test_find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The first drop-down in WIDGET, depth first. */
GtkDropDown *
gui_test_find_drop_down (GtkWidget *widget)
{
  if (GTK_IS_DROP_DOWN (widget))
    return GTK_DROP_DOWN (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkDropDown *found = gui_test_find_drop_down (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
undo_button_shown (gpointer data)
{
  GtkWidget *button = gui_test_find_button (data, "_Undo");

  return button != NULL && gtk_widget_is_sensitive (button);
}

/* Clicks the Undo button of the newest notification in WINDOW. */
void
gui_test_click_undo (GtkWidget *window)
{
  GtkWidget *button;

  g_assert_true (gui_test_wait_for (undo_button_shown, window));
  button = gui_test_find_button (window, "_Undo");
  g_signal_emit_by_name (button, "clicked");
  gui_test_spin ();
}
