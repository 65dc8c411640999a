/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "prospect-application.h"
#include "prospect-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ProspectApplication) app = NULL;
  ProspectLaunchOptions options = { 0 };
  char *app_argv[] = { argv[0], NULL };
  int status;

  setlocale (LC_ALL, "");

  /* Commands run and exit here, before anything touches a display. */
  status = prospect_cli_run (argc, argv, &options, stdout, stderr);
  if (status != PROSPECT_CLI_LAUNCH)
    return status;

  app = prospect_application_new (&options);
  prospect_launch_options_clear (&options);
  return g_application_run (G_APPLICATION (app), 1, app_argv);
}
