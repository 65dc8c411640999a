/* prospect-output.c: see prospect-output.h.  Each write is checked, the
 * data is synced before the rename, and the first failure (a full disk,
 * say) is what the message names: a failed export never replaces the
 * file that was there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-output"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "prospect-output.h"

struct _ProspectOutput
{
  char     *shown;       /* the name the user gave, for messages */
  char     *target;      /* the file written: PATH, or what its links name */
  char     *tmp;         /* NULL for standard output */
  int       fd;
  int       write_errno; /* the first write's failure, 0 when none */
  gboolean  committed;
};

G_DEFINE_QUARK (prospect-output-error-quark, prospect_output_error)

static gboolean
fail (GError    **error,
      const char *shown,
      const char *reason)
{
  g_set_error (error, PROSPECT_OUTPUT_ERROR, PROSPECT_OUTPUT_ERROR_FAILED, _("Could not write “%s”: %s."), shown,
               reason);
  return FALSE;
}

/* The file a path names once its symbolic links are followed; the last
 * link's target need not exist yet. */
static char *
follow_links (const char *path)
{
  g_autofree char *current = g_strdup (path);

  for (int hops = 0; hops < 40; hops++)
    {
      g_autofree char *target = g_file_read_link (current, NULL);
      g_autofree char *dir = NULL;

      if (target == NULL)
        return g_steal_pointer (&current);
      if (g_path_is_absolute (target))
        {
          g_free (current);
          current = g_steal_pointer (&target);
          continue;
        }
      dir = g_path_get_dirname (current);
      g_free (current);
      current = g_build_filename (dir, target, NULL);
    }
  return NULL;
}

/**
 * prospect_output_open:
 * @path: the file to write, or "-" for standard output
 *
 * Returns: (transfer full): somewhere to write, or NULL with an error in
 *   words ("the folder does not exist", "it is not a regular file").
 */
ProspectOutput *
prospect_output_open (const char  *path,
                      GError     **error)
{
  g_autoptr(ProspectOutput) output = g_new0 (ProspectOutput, 1);
  g_autofree char *dir = NULL;
  GStatBuf st;

  g_return_val_if_fail (path != NULL, NULL);

  output->fd = -1;
  output->shown = g_filename_display_name (path);
  if (g_str_equal (path, "-"))
    {
      output->fd = STDOUT_FILENO;
      return g_steal_pointer (&output);
    }
  output->target = follow_links (path);
  if (output->target == NULL)
    {
      fail (error, output->shown, _("its symbolic links go round in a circle"));
      return NULL;
    }
  if (g_stat (output->target, &st) == 0 && !S_ISREG (st.st_mode))
    {
      fail (error, output->shown, S_ISDIR (st.st_mode) ? _("it is a folder") : _("it is not a regular file (a "
                                                                                 "device or a pipe); write to a "
                                                                                 "file, or to “-” for the output"));
      return NULL;
    }
  dir = g_path_get_dirname (output->target);
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      fail (error, output->shown, _("the folder does not exist"));
      return NULL;
    }
  output->tmp = g_strdup_printf ("%s.XXXXXX", output->target);
  output->fd = g_mkstemp_full (output->tmp, O_WRONLY | O_CLOEXEC, 0644);
  if (output->fd < 0)
    {
      int saved_errno = errno;

      g_clear_pointer (&output->tmp, g_free);
      fail (error, output->shown, g_strerror (saved_errno));
      return NULL;
    }
  /* An existing file keeps its permissions. */
  if (g_stat (output->target, &st) == 0)
    fchmod (output->fd, st.st_mode & 07777);
  return g_steal_pointer (&output);
}

/* Returns FALSE once any write has failed; the failure is kept for commit. */
gboolean
prospect_output_write (ProspectOutput *output,
                       const void     *data,
                       gsize           length)
{
  const char *p = data;

  g_return_val_if_fail (output != NULL, FALSE);
  if (output->write_errno != 0)
    return FALSE;
  while (length > 0)
    {
      gssize written = write (output->fd, p, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        {
          output->write_errno = written < 0 ? errno : EIO;
          return FALSE;
        }
      p += written;
      length -= (gsize) written;
    }
  return TRUE;
}

/**
 * prospect_output_commit:
 *
 * Syncs and closes the temporary file and renames it over the target; on
 * any failure removes it, leaving the target as it was.
 */
gboolean
prospect_output_commit (ProspectOutput  *output,
                        GError         **error)
{
  int saved_errno = 0;

  g_return_val_if_fail (output != NULL, FALSE);

  if (output->tmp == NULL)
    {
      output->committed = TRUE;
      if (output->write_errno != 0)
        return fail (error, output->shown, g_strerror (output->write_errno));
      return TRUE;
    }
  if (output->write_errno != 0)
    saved_errno = output->write_errno;
  else if (fsync (output->fd) != 0)
    saved_errno = errno;
  if (close (output->fd) != 0 && saved_errno == 0)
    saved_errno = errno;
  output->fd = -1;
  if (saved_errno == 0 && g_rename (output->tmp, output->target) != 0)
    saved_errno = errno;
  if (saved_errno != 0)
    {
      g_unlink (output->tmp);
      g_clear_pointer (&output->tmp, g_free);
      return fail (error, output->shown, g_strerror (saved_errno));
    }
  g_clear_pointer (&output->tmp, g_free);
  output->committed = TRUE;
  return TRUE;
}

void
prospect_output_free (ProspectOutput *output)
{
  if (output == NULL)
    return;
  if (output->tmp != NULL)
    {
      if (output->fd >= 0)
        close (output->fd);
      g_unlink (output->tmp);
      g_free (output->tmp);
    }
  g_free (output->shown);
  g_free (output->target);
  g_free (output);
}
