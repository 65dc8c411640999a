/* prospect-cli.h: the command line, which works without a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stdio.h>

#include <glib.h>

G_BEGIN_DECLS

/* What the window needs from the command line when no command was given. */
typedef struct
{
  char     *database;
  gboolean  non_unique;
} ProspectLaunchOptions;

#define PROSPECT_CLI_LAUNCH (-1)

void prospect_launch_options_clear (ProspectLaunchOptions *options);

int  prospect_cli_run              (int                    argc,
                                    char                 **argv,
                                    ProspectLaunchOptions *launch,
                                    FILE                  *out,
                                    FILE                  *err);

G_END_DECLS
