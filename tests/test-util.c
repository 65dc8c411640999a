/* test-util.c: helpers the test programs share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "test-util.h"

/* Removes PATH and everything under it, including files a test made
 * read-only; what is missing is skipped. */
void
prospect_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_chmod (path, 0600);
      g_unlink (path);
      return;
    }
  g_chmod (path, 0700);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      prospect_test_remove_tree (child);
    }
  g_rmdir (path);
}

/* A new Prospect database, the bundled data in it, at DIR/NAME (any file
 * there before is removed). */
ProspectDatabase *
prospect_test_new_database (const char *dir,
                            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  ProspectDatabase *db;

  g_unlink (path);
  db = prospect_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (db);
  return db;
}
