/* prospect-database-copy.c: a complete copy of the database, as a file
 * another Prospect opens.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-database"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include <errno.h>
#include <unistd.h>

#include "prospect-database-private.h"

/**
 * prospect_database_save_copy:
 *
 * Writes a complete copy of the database to PATH, a file another Prospect
 * opens.  The copy is made beside PATH and renamed when complete.
 */
gboolean
prospect_database_save_copy (ProspectDatabase  *self,
                             const char        *path,
                             GError           **error)
{
  g_autofree char *tmp = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *shown_dir = NULL;
  sqlite3 *target = NULL;
  sqlite3_backup *backup;
  int rc;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  shown = g_filename_display_name (path);
  dir = g_path_get_dirname (path);
  shown_dir = g_filename_display_name (dir);
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_NO_DIRECTORY,
                   _("The folder “%s” does not exist."), shown_dir);
      return FALSE;
    }
  tmp = g_strdup_printf ("%s.new-%d", path, (int) getpid ());
  g_unlink (tmp);
  rc = sqlite3_open_v2 (tmp, &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (target, "main", _prospect_database_get_handle (self), "main");
      if (backup == NULL)
        rc = sqlite3_errcode (target);
      else
        {
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
          rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        }
    }
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (target, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      _prospect_database_set_error (error, target, rc, path);
      sqlite3_close (target);
      g_unlink (tmp);
      return FALSE;
    }
  sqlite3_close (target);
  if (g_rename (tmp, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (tmp);
      g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_FAILED, _("Could not write “%s”: %s."), shown,
                   g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}
