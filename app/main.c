/* main.c: the command line first, then the window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "prospect-application.h"
#include "prospect-cli.h"
#include "prospect-gtk-init.h"

/* Without its settings schema GLib aborts when the window reads its size;
* say instead how to start Prospect from a build that is not installed. */
static gboolean
settings_schema_found (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema != NULL)
    return TRUE;
  g_printerr (_("prospect: The settings schema %s is not installed, so the window cannot start. From the source "
                "folder, start Prospect with scripts/run, or run it inside “meson devenv -C build”, or install it "
                "with “meson install -C build”.\n"),
              APPLICATION_ID);
  return FALSE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ProspectApplication) app = NULL;
  ProspectLaunchOptions options = { 0 };
  char *app_argv[] = { argv[0], NULL };
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Commands run and exit here, before anything touches a display. */
  status = prospect_cli_run (argc, argv, &options, stdout, stderr);
  if (status != PROSPECT_CLI_LAUNCH)
    return status;
  if (!settings_schema_found ())
    {
      prospect_launch_options_clear (&options);
      return 1;
    }

  /* Before the application registers, while no other thread runs. */
  if (!prospect_gtk_init_check ())
    {
      g_printerr (_("prospect: There is no display to open the window on (check DISPLAY or WAYLAND_DISPLAY). "
                    "The command-line options (see --help) work without one.\n"));
      prospect_launch_options_clear (&options);
      return 1;
    }
  app = prospect_application_new (&options);
  prospect_launch_options_clear (&options);
  return g_application_run (G_APPLICATION (app), 1, app_argv);
}
