/* prospect-database-error.c: what SQLite's failures mean, in words a
 * user understands.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-database"

#include "config.h"

#include <glib/gi18n.h>

#include <errno.h>
#include <string.h>

#include "prospect-database-private.h"

/* File names are shown in the window, which needs UTF-8; a name in another
 * encoding is shown with replacement characters rather than not at all. */
char *
_prospect_database_display_name (const char *path)
{
  return path != NULL && strcmp (path, ":memory:") != 0 ? g_filename_display_name (path)
                                                        : g_strdup ("the bundled data");
}

/* Turns an SQLite failure into words a user understands. */
void
_prospect_database_set_error (GError     **error,
                              sqlite3     *db,
                              int          rc,
                              const char  *path)
{
  g_autofree char *name = _prospect_database_display_name (path);
  int system_errno = db != NULL ? sqlite3_system_errno (db) : 0;

  /* A write that fails for want of space is a full disk, whatever code
   * SQLite gives the failed write (an I/O error on the journal, say). */
  if ((rc & 0xff) == SQLITE_IOERR && (system_errno == ENOSPC || system_errno == EDQUOT))
    rc = SQLITE_FULL;
  else if ((rc & 0xff) == SQLITE_IOERR && system_errno != 0)
    {
      g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_FAILED,
                   _("“%s” could not be written or read: %s."), name, g_strerror (system_errno));
      return;
    }

  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      if (path != NULL && strcmp (path, ":memory:") != 0)
        _prospect_database_stamp_forget (path);
      g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Prospect database: it is another kind of file, or it is damaged."), name);
      break;
    case SQLITE_CORRUPT:
      if (path != NULL && strcmp (path, ":memory:") != 0)
        _prospect_database_stamp_forget (path);
      g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_CORRUPT,
                   _("“%s” is damaged (for example cut short) and cannot be read. It was left as it is."), name);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_LOCKED,
                   _("“%s” is in use by another program. Close that program and try again."), name);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_READ_ONLY,
                   _("“%s” is read-only, so the change could not be saved."), name);
      break;
    case SQLITE_FULL:
      g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_FULL,
                   _("The disk holding “%s” is full, so the change was not saved."), name);
      break;
    case SQLITE_CANTOPEN:
      g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_FAILED,
                   _("“%s” could not be opened."), name);
      break;
    default:
      {
        /* SQLite's message may quote the file's own damaged schema, which
         * need not be UTF-8; the message is shown in the window. */
        g_autofree char *detail = g_utf8_make_valid (db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc), -1);

        g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_FAILED,
                     _("“%s” could not be read; it may be damaged or made by another program (%s)."), name, detail);
      }
      break;
    }
}
