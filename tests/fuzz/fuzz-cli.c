/* fuzz-cli.c: the command line with any arguments, on the bundled data.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <unistd.h>

#include "prospect-cli.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static FILE *sink;
  g_autofree char *text = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  ProspectLaunchOptions launch = { 0 };
  int status;

  if (sink == NULL)
    {
      /* Files the commands write land in a folder of their own (so the
       * corpus must be given by absolute path, as scripts/fuzz does). */
      g_autofree char *dir = g_dir_make_tmp ("prospect-fuzz-cli-XXXXXX", NULL);

      if (dir == NULL || chdir (dir) != 0)
        abort ();
      sink = fopen ("/dev/null", "w");
    }
  text = g_strndup ((const char *) data, size);
  /* No paths: a fuzzed --output must not write outside that folder. */
  if (strchr (text, '/') != NULL)
    return 0;
  parts = g_strsplit (text, "\n", 16);
  g_ptr_array_add (argv, (gpointer) "prospect");
  for (guint i = 0; parts[i] != NULL; i++)
    g_ptr_array_add (argv, parts[i]);
  /* Last, so it wins: never the user's own database. */
  g_ptr_array_add (argv, (gpointer) "--database");
  g_ptr_array_add (argv, (gpointer) ":memory:");
  g_ptr_array_add (argv, NULL);

  status = prospect_cli_run ((int) argv->len - 1, (char **) argv->pdata, &launch, sink, sink);
  g_assert (status == PROSPECT_CLI_LAUNCH || (status >= 0 && status <= 2));
  prospect_launch_options_clear (&launch);
  return 0;
}
