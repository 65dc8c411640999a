/* test-startup.c: the window as the application opens it, in a process of
 * its own so that nothing has touched GTK before: the display is opened on
 * libadwaita's style alone, and no change of icon theme restyles the
 * window once it is on screen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gui-test.h"
#include "prospect-application.h"
#include "prospect-cli.h"
#include "prospect-gtk-init.h"
#include "test-util.h"

typedef struct
{
  GtkApplication *app;
  guint           changes_on_screen;
  guint           changes;
} Watch;

static gboolean
any_window_mapped (GtkApplication *app)
{
  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (gtk_widget_get_mapped (GTK_WIDGET (l->data)))
      return TRUE;
  return FALSE;
}

static void
icon_theme_changed_cb (GtkIconTheme *theme,
                       Watch        *watch)
{
  watch->changes++;
  if (watch->app != NULL && any_window_mapped (watch->app))
    watch->changes_on_screen++;
}

static gboolean
window_shown (gpointer data)
{
  return any_window_mapped (GTK_APPLICATION (data));
}

static gboolean
frames_passed (gpointer data)
{
  return *(guint *) data >= 3;
}

static void
count_frame_cb (GdkFrameClock *clock,
                guint         *frames)
{
  (*frames)++;
}

static void
test_window_opens_once_styled (void)
{
  g_autofree char *dir = g_dir_make_tmp ("prospect-startup-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "prospect.db", NULL);
  ProspectLaunchOptions options = { .database = path, .non_unique = TRUE };
  g_autoptr(ProspectApplication) app = NULL;
  GtkIconTheme *icons;
  GtkWindow *window;
  GdkFrameClock *clock;
  Watch watch = { NULL, 0, 0 };
  guint frames = 0;
  g_autofree char *theme_name = NULL;

  if (!prospect_gtk_init_check ())
    {
      g_test_skip ("No display: run the ui suite under xvfb-run (scripts/test)");
      return;
    }
  /* The variable that kept GTK's own theme away is gone, so libadwaita
   * loaded its style sheet, and set its empty theme in place of GTK's. */
  g_assert_null (g_getenv ("GTK_THEME"));
  g_object_get (gtk_settings_get_default (), "gtk-theme-name", &theme_name, NULL);
  g_assert_cmpstr (theme_name, ==, "Adwaita-empty");

  icons = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  g_signal_connect (icons, "changed", G_CALLBACK (icon_theme_changed_cb), &watch);
  app = prospect_application_new (&options);
  watch.app = GTK_APPLICATION (app);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  g_application_activate (G_APPLICATION (app));
  g_assert_true (gui_test_wait_for (window_shown, app));

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "after-paint", G_CALLBACK (count_frame_cb), &frames);
  gtk_widget_queue_draw (GTK_WIDGET (window));
  g_assert_true (gui_test_wait_for (frames_passed, &frames));
  g_signal_handlers_disconnect_by_func (clock, count_frame_cb, &frames);

  /* A change announced after the window is up restyles and lays out every
   * widget a second time. */
  g_test_message ("icon theme changes: %u, with the window on screen: %u", watch.changes, watch.changes_on_screen);
  g_assert_cmpuint (watch.changes_on_screen, ==, 0);
  /* The application's own icons are found, whichever load found them. */
  g_assert_true (gtk_icon_theme_has_icon (icons, "prospect-chart-symbolic"));
  g_assert_true (gtk_icon_theme_has_icon (icons, "io.github.prospect.Prospect"));

  g_signal_handlers_disconnect_by_func (icons, icon_theme_changed_cb, &watch);
  gtk_window_destroy (window);
  gui_test_spin ();
  g_application_quit (G_APPLICATION (app));
  prospect_test_remove_tree (dir);
}

/* A theme the user names in GTK_THEME is theirs: left set, and used. */
static void
test_user_theme_left_alone (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *theme_name = NULL;

      if (!prospect_gtk_init_check ())
        return;
      g_assert_cmpstr (g_getenv ("GTK_THEME"), ==, "Adwaita:dark");
      g_object_get (gtk_settings_get_default (), "gtk-theme-name", &theme_name, NULL);
      /* libadwaita leaves the settings alone when the user names a theme. */
      g_assert_cmpstr (theme_name, !=, "Adwaita-empty");
      return;
    }
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_test_skip ("No display: run the ui suite under xvfb-run (scripts/test)");
      return;
    }
  g_setenv ("GTK_THEME", "Adwaita:dark", TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_unsetenv ("GTK_THEME");
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/prospect/startup/window-opens-once-styled", test_window_opens_once_styled);
  g_test_add_func ("/prospect/startup/user-theme-left-alone", test_user_theme_left_alone);
  return g_test_run ();
}
