/* cli-test.c: running the real binary as a user does, for the command
 * line's tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include <signal.h>
#include <string.h>
#include <sys/wait.h>

#include "cli-test.h"

char *data_home;

void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}


/* The largest file the child may write, for run_prospect_limited (). */
static rlim_t file_size_limit;

static void
limit_file_size (gpointer data)
{
  struct rlimit limit = { file_size_limit, file_size_limit };

  /* Past the limit a write fails with EFBIG, as on a full disk, instead of
   * killing the process. */
  signal (SIGXFSZ, SIG_IGN);
  setrlimit (RLIMIT_FSIZE, &limit);
}

static void run_prospect_argv (Run        *run,
                               GPtrArray  *argv,
                               gboolean    limited);

/* As run_prospect (), with every file the program writes limited to
 * MAX_BYTES: how a test fills the disk without a disk to fill. */
void
run_prospect_limited (Run   *run,
                      rlim_t max_bytes,
                      ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (gpointer) g_getenv ("PROSPECT_BINARY"));
  va_start (args, max_bytes);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  file_size_limit = max_bytes;
  run_prospect_argv (run, argv, TRUE);
}

void
run_prospect (Run *run,
              ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  const char *binary = g_getenv ("PROSPECT_BINARY");
  const char *arg;
  va_list args;

  g_assert_nonnull (binary);
  g_ptr_array_add (argv, (gpointer) binary);
  va_start (args, run);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  run_prospect_argv (run, argv, FALSE);
}

static void
run_prospect_argv (Run       *run,
                   GPtrArray *argv,
                   gboolean   limited)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  int wait_status = 0;

  g_assert_nonnull (g_ptr_array_index (argv, 0));
  /* No display: the command line must not need one. */
  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", data_home, TRUE);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, limited ? limit_file_size : NULL,
                               NULL, &run->out, &run->err, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

/* A failure is exactly one line on stderr, and nothing on stdout. */
void
assert_failed (const Run  *run,
               int         status,
               const char *fragment)
{
  g_assert_cmpint (run->status, ==, status);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_true (g_str_has_prefix (run->err, "prospect: "));
  g_assert_true (g_str_has_suffix (run->err, "\n"));
  g_assert_true (strchr (run->err, '\n') == run->err + strlen (run->err) - 1);
  if (fragment != NULL && strstr (run->err, fragment) == NULL)
    g_error ("“%s” not in stderr: %s", fragment, run->err);
}

JsonNode *
parse_json (const char *text)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (node);
  return node;
}

