/* fuzz-database.c: opening a database file of any bytes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "prospect-database.h"

int LLVMFuzzerInitialize (int    *argc,
                          char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

/* Each run opens a fresh connection.  SQLite's per-connection arenas
 * (lookaside and the bulk page-cache block) are a quarter of a megabyte that
 * AddressSanitizer poisons and quarantines on every run; without them the
 * same code runs several times as often, and each small allocation is
 * checked on its own. */
int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  sqlite3_config (SQLITE_CONFIG_LOOKASIDE, 0, 0);
  sqlite3_config (SQLITE_CONFIG_PAGECACHE, NULL, 0, 0);
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static char *path;
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = NULL;
  g_autofree char *wal = NULL;
  g_autofree char *shm = NULL;

  if (path == NULL)
    {
      g_autofree char *dir = g_dir_make_tmp ("prospect-fuzz-XXXXXX", NULL);

      path = g_build_filename (dir, "fuzz.db", NULL);
    }
  wal = g_strconcat (path, "-wal", NULL);
  shm = g_strconcat (path, "-shm", NULL);
  g_unlink (wal);
  g_unlink (shm);
  if (!g_file_set_contents (path, (const char *) data, (gssize) size, NULL))
    return 0;
  db = prospect_database_open (path, &error);
  if (db == NULL)
    {
      g_assert (error != NULL && g_utf8_validate (error->message, -1, NULL));
      return 0;
    }
  {
    g_autoptr(GPtrArray) classes = prospect_database_list_classes (db, NULL);
    gint64 first = prospect_database_first_class_id (db, NULL);

    /* A damaged file may fail any query, but never without saying why. */
    if (first != 0)
      {
        g_autoptr(GError) highlights_error = NULL;
        g_autoptr(GError) fees_error = NULL;
        g_autoptr(GError) stated_error = NULL;
        g_autoptr(ProspectHighlights) h = prospect_database_get_highlights (db, first, &highlights_error);
        g_autoptr(ProspectFeeTable) fees = prospect_database_get_fee_table (db, first, &fees_error);
        g_autoptr(GPtrArray) stated = prospect_database_list_stated_returns (db, first, &stated_error);

        g_assert (h != NULL || highlights_error != NULL);
        g_assert (fees != NULL || fees_error != NULL);
        g_assert (stated != NULL || stated_error != NULL);
      }
    (void) classes;
  }
  return 0;
}
