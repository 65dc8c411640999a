/* prospect-gtk-init.c: opens the display without GTK's own theme, and
 * keeps the icon theme's reload off the first frame.
 *
 * GTK 4.8 loads its "Default" theme when the display's settings are made,
 * during the application's startup; libadwaita then replaces it with its
 * empty theme and its own style sheet.  Parsing the theme that is thrown
 * away took about 80 million instructions, an eighth of Prospect's start.
 * Naming libadwaita's empty theme in GTK_THEME while the settings are made
 * skips it; the variable is removed before libadwaita looks at it (it
 * keeps its own style sheet away when the user sets one), and a theme the
 * user chose there is left alone.
 *
 * The icon theme loads itself in a thread as soon as it is made, and each
 * icon folder added after that load drops it.  libadwaita adds its folder
 * when it starts and the application its own a little later, so the
 * second addition waited for the first load and dropped it, and the first
 * frame loaded it again on the main thread, queueing a restyle of the
 * whole window.  Starting libadwaita here puts its folder in before the
 * first load ends; the application's folder still drops that load, so the
 * theme is loaded again at once in a thread, and the window is shown after
 * GTK has announced the change (see prospect_application_activate()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "prospect-gtk-init.h"

/* libadwaita registers this theme, empty, in its resources. */
#define EMPTY_THEME "Adwaita-empty"

/**
 * prospect_gtk_init_check:
 *
 * Opens the default display and starts libadwaita, as adw_init() does,
 * with the display's settings made on libadwaita's empty theme unless
 * GTK_THEME names one.  Call it before any other thread starts (it changes
 * the environment) and before the application registers.
 *
 * Returns: whether a display could be opened
 */
gboolean
prospect_gtk_init_check (void)
{
  gboolean opened;

  if (gdk_display_get_default () != NULL)
    return TRUE;
  if (g_getenv ("GTK_THEME") != NULL)
    opened = gtk_init_check ();
  else
    {
      /* setenv() appends the variable at the end of the environment and
       * unsetenv() then only moves the terminator: a thread reading the
       * environment meanwhile (fontconfig's loader) never sees it shift. */
      g_setenv ("GTK_THEME", EMPTY_THEME, TRUE);
      opened = gtk_init_check ();
      if (opened)
        gtk_settings_get_default ();
      g_unsetenv ("GTK_THEME");
    }
  if (opened)
    adw_init ();
  return opened;
}

static void
load_icon_theme (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  /* Any lookup loads the theme, under the theme's own lock, as GTK's own
   * loading thread does. */
  gtk_icon_theme_has_icon (GTK_ICON_THEME (source_object), "image-missing");
  g_task_return_boolean (task, TRUE);
}

/**
 * prospect_gtk_preload_icons:
 *
 * Loads the display's icon theme in a thread, so that the first icon the
 * window draws finds it loaded.  Call it once every icon folder is added:
 * after the application's startup.
 */
void
prospect_gtk_preload_icons (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (display != NULL);

  task = g_task_new (gtk_icon_theme_get_for_display (display), NULL, NULL, NULL);
  g_task_run_in_thread (task, load_icon_theme);
}
