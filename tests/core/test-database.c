/* test-database.c: opening, creating and migrating the store, and every bad
 * file.  The bundled figures are checked in test-bundled.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "prospect-database-private.h"
#include "prospect-glossary-term.h"
#include "prospect-saved-scenario.h"
#include "test-util.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("prospect-test-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  prospect_test_remove_tree (f->dir);
  g_free (f->dir);
}

static char *
file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, len);
}

static char *
make_database_file (Fixture    *f,
                    const char *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(ProspectDatabase) db = prospect_database_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (db);
  return path;
}

static int
sqlite_exec_file (const char *path,
                  const char *sql)
{
  sqlite3 *db = NULL;
  int rc = sqlite3_open (path, &db);

  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, sql, NULL, NULL, NULL);
  sqlite3_close (db);
  return rc;
}

static void
test_create_new (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "new.db", NULL);
  g_autoptr(ProspectDatabase) db = prospect_database_open (path, &error);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (prospect_database_get_version (db), ==, prospect_database_latest_version ());
  g_assert_cmpint (prospect_database_latest_version (), >=, 1);
  g_assert_false (prospect_database_get_read_only (db));

  /* No temporary file is left beside it: only the database and, while it
   * is open, SQLite's own write-ahead log and index. */
  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (!g_str_equal (name, "new.db") && !g_str_equal (name, "new.db-wal") && !g_str_equal (name, "new.db-shm"))
      g_error ("%s was left beside the new database", name);
}

static void
test_default_path (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = g_build_filename (f->dir, "prospect", "prospect.db", NULL);
  g_autofree char *path = NULL;
  g_autoptr(ProspectDatabase) db = NULL;

  g_setenv ("XDG_DATA_HOME", f->dir, TRUE);
  g_reload_user_special_dirs_cache ();
  path = prospect_database_default_path ();
  g_assert_cmpstr (path, ==, expected);

  db = prospect_database_open_default (&error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (expected, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (prospect_database_get_path (db), ==, expected);
}

/* An existing file is never set up anew, an empty one included (it may be
 * another program's file still being written): refused, left as it is. */
static void
test_empty_file_refused (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "empty.db", NULL);
  g_autoptr(ProspectDatabase) db = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  db = prospect_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_NOT_A_DATABASE);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, ==, 0);
}

/* Highlights the user imported cite no document, and a year may be cited
 * from two sections: still one column a year, the first citation as the
 * source, and nothing read twice (the ASan run would report a leak). */
static void
test_highlights_without_document (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = make_database_file (f, "uncited.db");
  g_autoptr(ProspectDatabase) db = NULL;
  g_autoptr(ProspectHighlights) h = NULL;

  g_assert_cmpint (sqlite_exec_file (path, "UPDATE highlight_value SET document_id = NULL WHERE class_id = 1;"
                                           "UPDATE highlight_value SET section = 'Annual report' "
                                           "WHERE class_id = 1 AND year = 2000 AND line > 9"),
                   ==, SQLITE_OK);
  db = prospect_database_open (path, &error);
  g_assert_no_error (error);
  h = prospect_database_get_highlights (db, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (h->years->len, ==, 5);
  for (guint y = 1; y < h->years->len; y++)
    g_assert_cmpint (g_array_index (h->years, int, y), <, g_array_index (h->years, int, y - 1));
  g_assert_null (h->source.document);
  g_assert_cmpstr (h->source.as_of, ==, "2000-12-31");
  g_assert_cmpfloat_with_epsilon (prospect_highlights_get (h, 2000, 12), -2.27, 1e-9);
  g_assert_cmpfloat_with_epsilon (prospect_highlights_get (h, 1996, 1), 13.03, 1e-9);
}

/* Error messages are shown in the window, so they are UTF-8 even when the
 * file's name is not, or SQLite quotes a damaged schema (a file found by
 * fuzz-database, kept in its corpus). */
static void
test_messages_are_utf8 (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *bad_folder = g_build_filename (f->dir, "caf\xe9", "prospect.db", NULL);
  g_autofree char *copy = g_build_filename (f->dir, "damaged.db", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(ProspectDatabase) db = prospect_database_open (bad_folder, &error);

    g_assert_null (db);
    g_assert_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_NO_DIRECTORY);
    g_assert_true (g_utf8_validate (error->message, -1, NULL));
    g_assert_nonnull (strstr (error->message, "caf\uFFFD"));
  }

  g_assert_true (g_file_get_contents (g_test_get_filename (G_TEST_DIST, "fuzz", "corpus", "database",
                                                           "invalid-utf8-error.db", NULL),
                                      &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy, contents, (gssize) length, NULL));
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(ProspectDatabase) db = prospect_database_open (copy, &error);

    g_assert_null (db);
    g_assert_nonnull (error);
    g_test_message ("%s", error->message);
    g_assert_true (g_utf8_validate (error->message, -1, NULL));
  }
}

static void
test_reopen_keeps_data (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = make_database_file (f, "keep.db");
  g_autoptr(ProspectDatabase) db = NULL;
  g_autoptr(GPtrArray) classes = NULL;

  /* A change the user made survives reopening: opening never reseeds. */
  g_assert_cmpint (sqlite_exec_file (path, "UPDATE share_class SET name = 'Renamed' WHERE id = 2"), ==, SQLITE_OK);
  db = prospect_database_open (path, &error);
  g_assert_no_error (error);
  classes = prospect_database_list_classes (db, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (((ProspectClassInfo *) g_ptr_array_index (classes, 0))->name, ==, "Institutional Shares");
  g_assert_cmpstr (((ProspectClassInfo *) g_ptr_array_index (classes, 1))->name, ==, "Renamed");
}

/* Each bad file: opening fails with the expected error and a message that
 * names the file, and the file is byte for byte what it was. */
static void
assert_open_fails_unchanged (const char *path,
                             int         code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = g_file_test (path, G_FILE_TEST_IS_REGULAR) ? file_checksum (path) : NULL;
  g_autoptr(ProspectDatabase) db = prospect_database_open (path, &error);
  g_autofree char *after = NULL;

  g_assert_null (db);
  g_assert_error (error, PROSPECT_DATABASE_ERROR, code);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_null (strchr (error->message, '\n'));
  if (before != NULL)
    {
      after = file_checksum (path);
      g_assert_cmpstr (before, ==, after);
    }
}

static void
test_missing_directory (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "no", "such", "dir", "x.db", NULL);
  g_autofree char *parent = g_build_filename (f->dir, "no", NULL);

  assert_open_fails_unchanged (path, PROSPECT_DATABASE_ERROR_NO_DIRECTORY);
  g_assert_false (g_file_test (parent, G_FILE_TEST_EXISTS));
}

static void
test_random_bytes (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "random.db", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  guint8 bytes[8192];

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = (guint8) g_rand_int_range (rand, 0, 256);
  g_assert_true (g_file_set_contents (path, (const char *) bytes, sizeof bytes, NULL));
  assert_open_fails_unchanged (path, PROSPECT_DATABASE_ERROR_NOT_A_DATABASE);
}

static void
test_text_file (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "notes.txt", NULL);

  g_assert_true (g_file_set_contents (path, "year,return\n2000,-2.27\n", -1, NULL));
  assert_open_fails_unchanged (path, PROSPECT_DATABASE_ERROR_NOT_A_DATABASE);
}

static void
test_truncated (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = make_database_file (f, "truncated.db");
  g_autofree char *contents = NULL;
  gsize len = 0;

  /* Fold the WAL into the main file first, so cutting it loses pages. */
  g_assert_cmpint (sqlite_exec_file (path, "PRAGMA journal_mode = DELETE"), ==, SQLITE_OK);
  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 4096 * 4);
  g_assert_true (g_file_set_contents (path, contents, (gssize) (len / 2), NULL));
  assert_open_fails_unchanged (path, PROSPECT_DATABASE_ERROR_CORRUPT);
}

static void
test_other_program (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "other.db", NULL);

  g_assert_cmpint (sqlite_exec_file (path, "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('mine');"),
                   ==, SQLITE_OK);
  assert_open_fails_unchanged (path, PROSPECT_DATABASE_ERROR_NOT_A_DATABASE);
}

static void
test_newer_version (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = make_database_file (f, "newer.db");

  g_assert_cmpint (sqlite_exec_file (path, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 999"), ==,
                   SQLITE_OK);
  assert_open_fails_unchanged (path, PROSPECT_DATABASE_ERROR_NEWER_VERSION);
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = make_database_file (f, "readonly.db");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(ProspectDatabase) db = NULL;
  g_autoptr(GPtrArray) classes = NULL;

  g_assert_cmpint (sqlite_exec_file (path, "PRAGMA journal_mode = DELETE"), ==, SQLITE_OK);
  before = file_checksum (path);
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);

  /* A read-only file opens for reading, and says so. */
  db = prospect_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (prospect_database_get_read_only (db));
  classes = prospect_database_list_classes (db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (classes->len, ==, 2);
  g_clear_object (&db);

  after = file_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_read_only_empty (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "empty-ro.db", NULL);

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  /* Empty files are refused whether or not they could be written. */
  assert_open_fails_unchanged (path, PROSPECT_DATABASE_ERROR_NOT_A_DATABASE);
}

static void
test_locked (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = make_database_file (f, "locked.db");
  sqlite3 *holder = NULL;

  /* Another program holds an exclusive lock for as long as it likes. */
  g_assert_cmpint (sqlite_exec_file (path, "PRAGMA journal_mode = DELETE"), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_open (path, &holder), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (holder, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; "
                                         "UPDATE share_class SET note = note WHERE id = 1;", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(ProspectDatabase) db = prospect_database_open (path, &error);

    g_assert_null (db);
    g_assert_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_LOCKED);
    g_assert_nonnull (strstr (error->message, "in use by another program"));
  }
  sqlite3_exec (holder, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (holder);
}

/* The same, with the lock held by another program: the sqlite3 shell. */
static void
test_locked_by_process (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = make_database_file (f, "locked2.db");
  g_autofree char *sqlite3_path = g_find_program_in_path ("sqlite3");
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) shell = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autofree char *line = NULL;
  GOutputStream *in;
  static const char commands[] =
    "PRAGMA locking_mode = EXCLUSIVE;\n"
    "BEGIN EXCLUSIVE;\n"
    "UPDATE share_class SET note = note WHERE id = 1;\n"
    ".print locked\n";

  if (sqlite3_path == NULL)
    {
      g_test_skip ("The sqlite3 shell is not installed");
      return;
    }
  g_assert_cmpint (sqlite_exec_file (path, "PRAGMA journal_mode = DELETE"), ==, SQLITE_OK);
  shell = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                            sqlite3_path, path, NULL);
  g_assert_no_error (error);
  in = g_subprocess_get_stdin_pipe (shell);
  g_assert_true (g_output_stream_write_all (in, commands, strlen (commands), NULL, NULL, &error));
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (shell));
  /* The shell echoes the pragma's result first; wait for our marker. */
  do
    {
      g_free (line);
      line = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (line);
    }
  while (g_strcmp0 (line, "locked") != 0);

  {
    g_autoptr(GError) open_error = NULL;
    g_autoptr(ProspectDatabase) db = prospect_database_open (path, &open_error);

    g_assert_null (db);
    g_assert_error (open_error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_LOCKED);
  }

  /* Once the other program lets go, the file opens as it was. */
  g_output_stream_close (in, NULL, NULL);
  g_assert_true (g_subprocess_wait (shell, NULL, &error));
  {
    g_autoptr(GError) open_error = NULL;
    g_autoptr(ProspectDatabase) db = prospect_database_open (path, &open_error);

    g_assert_no_error (open_error);
  }
}

/* Overwrites page PAGE (from 0) of PATH in place with 0xff, keeping its
 * size and inode, as damage from outside SQLite would. */
static void
damage_page_in_place (const char *path,
                      guint       page)
{
  guint8 junk[4096];
  FILE *file = fopen (path, "r+b");

  g_assert_nonnull (file);
  memset (junk, 0xff, sizeof junk);
  g_assert_cmpint (fseek (file, (long) page * 4096, SEEK_SET), ==, 0);
  g_assert_cmpuint (fwrite (junk, 1, sizeof junk, file), ==, sizeof junk);
  g_assert_cmpint (fclose (file), ==, 0);
}

/* A file a clean session left whole opens without the full check (which
 * reads every page at every start); any change to it since, a session that
 * did not end cleanly, or damage a query meets, brings the check back. */
static void
test_check_skipped_when_left_whole (Fixture       *f,
                                    gconstpointer  data)
{
  g_autofree char *path = make_database_file (f, "stamped.db");
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  {
    g_autoptr(ProspectDatabase) db = prospect_database_open (path, &error);

    g_assert_no_error (error);
    g_assert_false (_prospect_database_checked_through (db));
  }

  /* Damage from outside, the size kept: found, and the file left as is. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, >=, 8 * 4096);
  damage_page_in_place (path, (guint) (st.st_size / 4096 / 2));
  assert_open_fails_unchanged (path, PROSPECT_DATABASE_ERROR_CORRUPT);
}

/* The child of test_check_after_unclean_exit: changes the database and
 * exits without closing it, as a crash or kill would. */
static void
change_and_exit_uncleanly (const char *path)
{
  g_autoptr(GError) error = NULL;
  ProspectDatabase *db = prospect_database_open (path, &error);
  ProspectCostAssumptions a;

  g_assert_no_error (error);
  g_assert_true (prospect_database_get_assumptions (db, &a, &error));
  a.amount = 12345;
  g_assert_true (prospect_database_save_assumptions (db, &a, &error));
  _exit (0);
}

static void
test_check_after_unclean_exit (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = NULL;

  if (g_test_subprocess ())
    {
      change_and_exit_uncleanly (g_getenv ("PROSPECT_TEST_DATABASE"));
      return;
    }
  path = make_database_file (f, "unclean.db");
  g_setenv ("PROSPECT_TEST_DATABASE", path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();

  db = prospect_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (_prospect_database_checked_through (db));
}

/* Cut at every page boundary: each cut file is refused with a reason, and
 * nothing crashes or writes to it. */
static void
test_truncated_every_page (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *path = make_database_file (f, "pages.db");
  g_autofree char *cut = g_build_filename (f->dir, "cut.db", NULL);
  g_autofree char *contents = NULL;
  gsize len = 0;
  guint refused = 0, pages;

  g_assert_cmpint (sqlite_exec_file (path, "PRAGMA journal_mode = DELETE"), ==, SQLITE_OK);
  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  pages = (guint) (len / 4096);
  g_assert_cmpuint (pages, >, 4);
  for (guint k = 1; k < pages; k++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ProspectDatabase) db = NULL;
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;

      g_assert_true (g_file_set_contents (cut, contents, (gssize) k * 4096, NULL));
      before = file_checksum (cut);
      db = prospect_database_open (cut, &error);
      if (db == NULL)
        {
          g_assert_nonnull (error);
          g_assert_true (error->code == PROSPECT_DATABASE_ERROR_CORRUPT ||
                         error->code == PROSPECT_DATABASE_ERROR_NOT_A_DATABASE);
          refused++;
        }
      g_clear_object (&db);
      after = file_checksum (cut);
      g_assert_cmpstr (before, ==, after);
      g_unlink (cut);
    }
  g_test_message ("%u of %u cuts refused", refused, pages - 1);
  g_assert_cmpuint (refused, ==, pages - 1);
}

/* A full disk (simulated with max_page_count): the change is refused in
 * words and the file keeps what it had. */
static void
test_disk_full (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = make_database_file (f, "full.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = prospect_database_open (path, &error);
  g_autoptr(GPtrArray) classes = NULL;

  g_assert_no_error (error);
  /* SQLite keeps the file's present size as the least it will allow. */
  g_assert_true (_prospect_database_exec (db, "PRAGMA max_page_count = 1", &error));
  g_assert_false (_prospect_database_exec (db, "CREATE TABLE filler AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                                               "SELECT i + 1 FROM n LIMIT 100000) SELECT i, randomblob(200) FROM n",
                                           &error));
  g_assert_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_FULL);
  g_assert_nonnull (strstr (error->message, "is full"));
  g_clear_error (&error);
  g_clear_object (&db);

  db = prospect_database_open (path, &error);
  g_assert_no_error (error);
  classes = prospect_database_list_classes (db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (classes->len, ==, 2);
}

static void
test_directory_as_file (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "adir", NULL);

  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  assert_open_fails_unchanged (path, PROSPECT_DATABASE_ERROR_NOT_A_DATABASE);
}

static void
test_empty_path (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = prospect_database_open ("", &error);

  g_assert_null (db);
  g_assert_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_FAILED);
}

/* Every figure the bundled data holds, against the prospectus. */
int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/prospect/database/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("create-new", test_create_new);
  ADD ("default-path", test_default_path);
  ADD ("empty-file-refused", test_empty_file_refused);
  ADD ("reopen-keeps-data", test_reopen_keeps_data);
  ADD ("highlights-without-document", test_highlights_without_document);
  ADD ("fault/messages-are-utf8", test_messages_are_utf8);
  ADD ("fault/missing-directory", test_missing_directory);
  ADD ("fault/random-bytes", test_random_bytes);
  ADD ("fault/text-file", test_text_file);
  ADD ("fault/truncated", test_truncated);
  ADD ("fault/check-skipped-when-left-whole", test_check_skipped_when_left_whole);
  ADD ("fault/check-after-unclean-exit", test_check_after_unclean_exit);
  ADD ("fault/other-program", test_other_program);
  ADD ("fault/newer-version", test_newer_version);
  ADD ("fault/read-only", test_read_only);
  ADD ("fault/read-only-empty", test_read_only_empty);
  ADD ("fault/locked", test_locked);
  ADD ("fault/locked-by-process", test_locked_by_process);
  ADD ("fault/directory", test_directory_as_file);
  ADD ("fault/truncated-every-page", test_truncated_every_page);
  ADD ("fault/disk-full", test_disk_full);
#undef ADD
  g_test_add_func ("/prospect/database/fault/empty-path", test_empty_path);

  return g_test_run ();
}
