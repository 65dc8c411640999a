/* prospect-database-stamp.c: which database files were left whole.
 *
 * A full check of a database file (PRAGMA quick_check) reads every page:
 * 76 ms for a 15 MiB file, at every start.  It only finds damage done
 * outside SQLite, so it is needed only when the file may have changed since
 * a session that had checked it ended cleanly.  When such a session closes
 * its last connection, the file's identity and times are written to a
 * small file in the user's cache folder; the next open that finds the file
 * exactly so (same device, inode, size, modification and change times, no
 * write-ahead log left) skips the full check.  Anything that writes to the
 * file, renames or copies it over changes its change time, which no program
 * can set back; a crash or kill leaves no new stamp.  Losing the cache only
 * costs one check.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-database"

#include "config.h"

#include <glib/gstdio.h>

#include "prospect-database-private.h"

/* Enough for every database a user keeps; beyond it the file starts over. */
#define MAX_STAMPS 64

static char *
stamp_file (void)
{
  return g_build_filename (g_get_user_cache_dir (), "prospect", "checked-databases.ini", NULL);
}

static char *
describe (const GStatBuf *st)
{
  return g_strdup_printf ("%" G_GUINT64_FORMAT ":%" G_GUINT64_FORMAT ":%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT
                          ".%09ld:%" G_GINT64_FORMAT ".%09ld",
                          (guint64) st->st_dev, (guint64) st->st_ino, (gint64) st->st_size,
                          (gint64) st->st_mtim.tv_sec, (long) st->st_mtim.tv_nsec,
                          (gint64) st->st_ctim.tv_sec, (long) st->st_ctim.tv_nsec);
}

gboolean
_prospect_database_has_wal (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  GStatBuf st;

  return g_stat (wal, &st) == 0 && st.st_size > 0;
}

/* TRUE when PATH, as ST describes it, is the file a clean session left. */
gboolean
_prospect_database_stamp_matches (const char     *path,
                                  const GStatBuf *st)
{
  g_autoptr(GKeyFile) stamps = g_key_file_new ();
  g_autofree char *file = stamp_file ();
  g_autofree char *key = g_canonicalize_filename (path, NULL);
  g_autofree char *stamped = NULL;
  g_autofree char *now = describe (st);

  if (_prospect_database_has_wal (path) || !g_key_file_load_from_file (stamps, file, G_KEY_FILE_NONE, NULL))
    return FALSE;
  stamped = g_key_file_get_string (stamps, "checked", key, NULL);
  return g_strcmp0 (stamped, now) == 0;
}

static void
save (GKeyFile *stamps)
{
  g_autofree char *file = stamp_file ();
  g_autofree char *dir = g_path_get_dirname (file);

  /* A cache: when it cannot be written, the next start checks the file. */
  if (g_mkdir_with_parents (dir, 0700) == 0)
    g_key_file_save_to_file (stamps, file, NULL);
}

/* Called once the last connection to PATH is closed after a session that
 * found the file whole. */
void
_prospect_database_stamp_write (const char *path)
{
  g_autoptr(GKeyFile) stamps = g_key_file_new ();
  g_autofree char *file = stamp_file ();
  g_autofree char *key = g_canonicalize_filename (path, NULL);
  g_autofree char *value = NULL;
  GStatBuf st;

  /* Another connection (this process's or another's) still has pages in
   * the log: the file is not final yet. */
  if (_prospect_database_has_wal (path) || g_stat (path, &st) != 0)
    return;
  value = describe (&st);
  if (g_key_file_load_from_file (stamps, file, G_KEY_FILE_NONE, NULL))
    {
      gsize n_keys = 0;
      g_auto(GStrv) keys = g_key_file_get_keys (stamps, "checked", &n_keys, NULL);

      if (n_keys >= MAX_STAMPS)
        g_key_file_remove_group (stamps, "checked", NULL);
    }
  g_key_file_set_string (stamps, "checked", key, value);
  save (stamps);
}

/* The file was found damaged: its next open checks it through. */
void
_prospect_database_stamp_forget (const char *path)
{
  g_autoptr(GKeyFile) stamps = g_key_file_new ();
  g_autofree char *file = stamp_file ();
  g_autofree char *key = g_canonicalize_filename (path, NULL);

  if (g_key_file_load_from_file (stamps, file, G_KEY_FILE_NONE, NULL) &&
      g_key_file_remove_key (stamps, "checked", key, NULL))
    save (stamps);
}
