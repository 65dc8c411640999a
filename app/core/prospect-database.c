/* prospect-database.c: the SQLite store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-database"

#include "config.h"

#include <glib/gi18n.h>

#include <errno.h>
#include <math.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "prospect-database-private.h"
#include "prospect-glossary-term.h"

#define DATA_RESOURCE_BASE "/io/github/prospect/Prospect/data/"
#define MIGRATIONS_RESOURCE DATA_RESOURCE_BASE "migrations/"
/* The schema version data/seed.sql and data/seed-text.sql are written for. */
#define SEED_VERSION 3
#define BUSY_TIMEOUT_MS 1000

struct _ProspectDatabase
{
  GObject parent_instance;

  sqlite3  *db;
  char     *path;
  gboolean  read_only;
  char     *read_only_reason;   /* why changes are refused, when not the file's mode */
  gboolean  reading;            /* opened to read: the file's journal mode is left as it is */
  gboolean  found_whole;        /* checked through at open, or stamped whole by a clean session */
  gboolean  checked_through;    /* quick_check ran at open */
  int       version;
};

G_DEFINE_FINAL_TYPE (ProspectDatabase, prospect_database, G_TYPE_OBJECT)

G_DEFINE_QUARK (prospect-database-error-quark, prospect_database_error)

typedef sqlite3_stmt Statement;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Statement, sqlite3_finalize)


static Statement *
prepare (ProspectDatabase  *self,
         const char        *sql,
         GError           **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      _prospect_database_set_error (error, self->db, rc, self->path);
      return NULL;
    }
  return stmt;
}

/* Steps a statement; FALSE with error set when it fails, FALSE with
 * *row FALSE at the end. */
static gboolean
step (ProspectDatabase  *self,
      Statement         *stmt,
      gboolean          *row,
      GError           **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    {
      *row = TRUE;
      return TRUE;
    }
  *row = FALSE;
  if (rc == SQLITE_DONE)
    return TRUE;
  _prospect_database_set_error (error, self->db, rc, self->path);
  return FALSE;
}

static char *
column_text (Statement *stmt,
             int        column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text != NULL ? g_strdup ((const char *) text) : NULL;
}

static double
column_double_or_nan (Statement *stmt,
                      int        column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return NAN;
  return sqlite3_column_double (stmt, column);
}

static gboolean
exec (ProspectDatabase  *self,
      const char        *sql,
      GError           **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      _prospect_database_set_error (error, self->db, rc, self->path);
      return FALSE;
    }
  return TRUE;
}

static gboolean
query_int (ProspectDatabase  *self,
           const char        *sql,
           int               *value,
           GError           **error)
{
  g_autoptr(Statement) stmt = prepare (self, sql, error);
  gboolean row;

  if (stmt == NULL || !step (self, stmt, &row, error))
    return FALSE;
  *value = row ? sqlite3_column_int (stmt, 0) : 0;
  return TRUE;
}

static char *
load_resource_text (const char  *resource,
                    GError     **error)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (resource, G_RESOURCE_LOOKUP_FLAGS_NONE, error);

  if (bytes == NULL)
    return NULL;
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Migration files are named NNNN-what.sql; NNNN is the schema version
 * they bring the database to. */
static GPtrArray *
list_migrations (void)
{
  g_auto(GStrv) names = g_resources_enumerate_children (MIGRATIONS_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  GPtrArray *sorted = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    if (g_str_has_suffix (names[i], ".sql"))
      g_ptr_array_add (sorted, g_strdup (names[i]));
  g_ptr_array_sort (sorted, compare_strings);
  return sorted;
}

int
prospect_database_latest_version (void)
{
  g_autoptr(GPtrArray) migrations = list_migrations ();

  if (migrations->len == 0)
    return 0;
  return atoi (g_ptr_array_index (migrations, migrations->len - 1));
}

static gboolean
run_in_transaction (ProspectDatabase  *self,
                    const char        *sql,
                    int                version,
                    GError           **error)
{
  g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d", version);

  if (!exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  if (!exec (self, sql, error) || !exec (self, set_version, error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  if (!exec (self, "COMMIT", error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  self->version = version;
  return TRUE;
}

/* Each migration runs in its own transaction, so a failure leaves the file
 * at the last complete version rather than half-changed. */
static gboolean
migrate (ProspectDatabase  *self,
         GError           **error)
{
  g_autoptr(GPtrArray) migrations = list_migrations ();

  for (guint i = 0; i < migrations->len; i++)
    {
      const char *name = g_ptr_array_index (migrations, i);
      int version = atoi (name);
      g_autofree char *resource = NULL;
      g_autofree char *sql = NULL;

      if (version <= self->version)
        continue;
      resource = g_strconcat (MIGRATIONS_RESOURCE, name, NULL);
      sql = load_resource_text (resource, error);
      if (sql == NULL || !run_in_transaction (self, sql, version, error))
        return FALSE;
    }
  return TRUE;
}

/* A new database gets the schema and the bundled data in one transaction:
 * the file holds all of it or none of it. */
static gboolean
initialize (ProspectDatabase  *self,
            GError           **error)
{
  g_autoptr(GPtrArray) migrations = list_migrations ();
  g_autoptr(GString) sql = g_string_new (NULL);
  static const char * const seeds[] = { "seed.sql", "seed-text.sql" };
  int latest = prospect_database_latest_version ();

  g_string_append_printf (sql, "PRAGMA application_id = %d;\n", PROSPECT_DATABASE_APPLICATION_ID);
  /* The seeds are written for the schema of SEED_VERSION: the migrations
   * up to it come first, then the seeds, then the later migrations, which
   * so meet a new file as they meet an upgraded one (reference data added
   * by a migration finds the bundled series). */
  for (int pass = 0; pass < 3; pass++)
    {
      if (pass == 1)
        {
          for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
            {
              g_autofree char *resource = g_strconcat (DATA_RESOURCE_BASE, seeds[i], NULL);
              g_autofree char *text = load_resource_text (resource, error);

              if (text == NULL)
                return FALSE;
              g_string_append (sql, text);
            }
          continue;
        }
      for (guint i = 0; i < migrations->len; i++)
        {
          const char *name = g_ptr_array_index (migrations, i);
          g_autofree char *resource = NULL;
          g_autofree char *text = NULL;

          if ((pass == 0) != (atoi (name) <= SEED_VERSION))
            continue;
          resource = g_strconcat (MIGRATIONS_RESOURCE, name, NULL);
          text = load_resource_text (resource, error);
          if (text == NULL)
            return FALSE;
          g_string_append (sql, text);
        }
    }
  return run_in_transaction (self, sql->str, latest, error);
}

static void
prospect_database_finalize (GObject *object)
{
  ProspectDatabase *self = (ProspectDatabase *) object;

  if (self->db != NULL && sqlite3_close (self->db) == SQLITE_OK && self->found_whole)
    _prospect_database_stamp_write (self->path);
  self->db = NULL;
  g_free (self->path);
  g_free (self->read_only_reason);

  G_OBJECT_CLASS (prospect_database_parent_class)->finalize (object);
}

static void
prospect_database_class_init (ProspectDatabaseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = prospect_database_finalize;
}

static void
prospect_database_init (ProspectDatabase *self)
{
}

static ProspectDatabase *
connect (const char  *path,
         int          flags,
         GError     **error)
{
  g_autoptr(ProspectDatabase) self = g_object_new (PROSPECT_TYPE_DATABASE, NULL);
  int rc;

  self->path = g_strdup (path);
  self->read_only = (flags & SQLITE_OPEN_READONLY) != 0;
  rc = sqlite3_open_v2 (path, &self->db, flags, NULL);
  if (rc != SQLITE_OK)
    {
      _prospect_database_set_error (error, self->db, rc, path);
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  return g_steal_pointer (&self);
}

static gboolean
configure (ProspectDatabase  *self,
           GError           **error)
{
  if (!exec (self, "PRAGMA foreign_keys = ON", error))
    return FALSE;
  if (self->read_only || self->reading || g_strcmp0 (self->path, ":memory:") == 0)
    return TRUE;
  return exec (self, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL", error);
}

ProspectDatabase *
prospect_database_open_bundled (GError **error)
{
  g_autoptr(ProspectDatabase) self = connect (":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error);

  if (self == NULL || !initialize (self, error) || !configure (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

/* Builds a new database beside PATH and links it into place, so PATH is
 * either absent or complete, and a file that appears there meanwhile is
 * never replaced. */
static gboolean
create_file (const char  *path,
             GError     **error)
{
  g_autofree char *tmp = g_strdup_printf ("%s.new-%d", path, (int) getpid ());
  g_autoptr(ProspectDatabase) self = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *shown = NULL;
  int saved_errno;

  g_unlink (tmp);
  self = connect (tmp, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &local_error);
  if (self == NULL || !initialize (self, &local_error))
    {
      g_autofree char *shown_tmp = _prospect_database_display_name (tmp);
      g_autofree char *shown_path = _prospect_database_display_name (path);
      g_autoptr(GString) message = g_string_new (local_error->message);

      /* The temporary name means nothing to the user: name their file. */
      g_string_replace (message, shown_tmp, shown_path, 0);
      g_set_error_literal (error, local_error->domain, local_error->code, message->str);
      g_clear_object (&self);
      g_unlink (tmp);
      return FALSE;
    }
  g_clear_object (&self);

  if (link (tmp, path) == 0)
    {
      g_unlink (tmp);
      return TRUE;
    }
  saved_errno = errno;
  g_unlink (tmp);
  if (saved_errno == EEXIST)
    return TRUE;
  shown = g_filename_display_name (path);
  g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_FAILED,
               _("Could not create “%s”: %s."), shown, g_strerror (saved_errno));
  return FALSE;
}

/* A file cut short is refused at once: the header says how many pages the
 * database has.  A small file is also checked through (quick_check) unless
 * it is as a clean session left it (prospect-database-stamp.c); a large
 * one would take too long at every start, so damage deeper inside it is
 * reported when a query meets it. */
#define FULL_CHECK_LIMIT (16 * 1024 * 1024)

static gboolean
check_integrity (ProspectDatabase  *self,
                 const char        *path,
                 const GStatBuf    *st,
                 GError           **error)
{
  int page_size = 0, page_count = 0;
  g_autofree char *check = NULL;
  g_autofree char *shown = g_filename_display_name (path);

  if (!query_int (self, "PRAGMA page_size", &page_size, error) ||
      !query_int (self, "PRAGMA page_count", &page_count, error))
    return FALSE;
  /* Pages still in the write-ahead log are not in the file yet. */
  if ((gint64) page_size * page_count > (gint64) st->st_size && !_prospect_database_has_wal (path))
    {
      g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_CORRUPT,
                   _("“%s” is damaged (for example cut short) and cannot be read. It was left as it is."), shown);
      return FALSE;
    }
  if (st->st_size > FULL_CHECK_LIMIT)
    return TRUE;
  /* Unchanged since a session that had found it whole closed it. */
  if (_prospect_database_stamp_matches (path, st))
    {
      self->found_whole = TRUE;
      return TRUE;
    }

  self->checked_through = TRUE;
  {
    g_autoptr(Statement) stmt = prepare (self, "PRAGMA quick_check(1)", error);
    gboolean row;

    if (stmt == NULL || !step (self, stmt, &row, error))
      return FALSE;
    check = row ? column_text (stmt, 0) : NULL;
  }
  if (g_strcmp0 (check, "ok") != 0)
    {
      g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_CORRUPT,
                   _("“%s” is damaged (for example cut short) and cannot be read. It was left as it is."), shown);
      return FALSE;
    }
  self->found_whole = TRUE;
  return TRUE;
}

static ProspectDatabase *
open_database (const char  *path,
               gboolean     reading,
               GError     **error)
{
  g_autoptr(ProspectDatabase) self = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *shown_dir = NULL;
  GStatBuf st;
  int app_id = 0;
  int n_tables = 0;
  int latest = prospect_database_latest_version ();
  gboolean writable;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (*path == '\0')
    {
      g_set_error_literal (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_FAILED,
                           _("No database file was given."));
      return NULL;
    }
  if (strcmp (path, ":memory:") == 0)
    return prospect_database_open_bundled (error);

  shown = g_filename_display_name (path);
  dir = g_path_get_dirname (path);
  shown_dir = g_filename_display_name (dir);
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_NO_DIRECTORY,
                   _("The folder “%s” does not exist, so “%s” cannot be opened."), shown_dir, shown);
      return NULL;
    }

  if (g_stat (path, &st) != 0)
    {
      if (errno != ENOENT)
        {
          int saved_errno = errno;

          g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_FAILED,
                       _("“%s” could not be opened: %s."), shown, g_strerror (saved_errno));
          return NULL;
        }
      if (!create_file (path, error))
        return NULL;
      if (g_stat (path, &st) != 0)
        {
          g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_FAILED,
                       _("“%s” could not be created."), shown);
          return NULL;
        }
    }

  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Prospect database: it is not a regular file."), shown);
      return NULL;
    }
  /* An existing file is never set up anew, even an empty one: it may be
   * another program's file that is still being written. */
  if (st.st_size == 0)
    {
      g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_NOT_A_DATABASE,
                   _("“%s” is empty, not a Prospect database; it was left as it is. Give a name that does not "
                     "exist yet, and Prospect creates the database there."), shown);
      return NULL;
    }

  /* Permission bits are checked as well as access (): root may write to
   * anything, but a file its owner made read-only is meant to stay so.
   * SQLite writes its journal beside the file, so a read-only folder makes
   * the file read-only too. */
  {
    GStatBuf dir_st;

    writable = (st.st_mode & 0222) != 0 && g_access (path, W_OK) == 0 && g_access (dir, W_OK) == 0
               && g_stat (dir, &dir_st) == 0 && (dir_st.st_mode & 0222) != 0;
  }
  self = connect (path, writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY, error);
  if (self == NULL)
    return NULL;
  self->reading = reading;

  if (!query_int (self, "PRAGMA application_id", &app_id, error) ||
      !query_int (self, "PRAGMA user_version", &self->version, error) ||
      !query_int (self, "SELECT count(*) FROM sqlite_master", &n_tables, error))
    return NULL;

  if (self->version > latest)
    {
      g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_NEWER_VERSION,
                   _("“%s” was saved by a newer version of Prospect (data version %d; this version reads up to %d). "
                     "It was left as it is."), shown, self->version, latest);
      return NULL;
    }

  if (app_id != PROSPECT_DATABASE_APPLICATION_ID)
    {
      /* An empty file is a new database; anything else belongs to
       * another program and must not be touched. */
      if (app_id != 0 || self->version != 0 || n_tables != 0)
        {
          g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_NOT_A_DATABASE,
                       _("“%s” is not a Prospect database: it belongs to another program."), shown);
          return NULL;
        }
      if (self->read_only)
        {
          g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_READ_ONLY,
                       _("“%s” is empty and read-only, so Prospect cannot set it up."), shown);
          return NULL;
        }
      if (!initialize (self, error) || g_stat (path, &st) != 0)
        return NULL;
    }

  if (!check_integrity (self, path, &st, error))
    return NULL;

  if (self->version < latest)
    {
      if (self->read_only)
        {
          g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_READ_ONLY,
                       _("“%s” needs updating to this version of Prospect, but it is read-only."), shown);
          return NULL;
        }
      if (!migrate (self, error))
        return NULL;
    }

  if (!configure (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * prospect_database_open:
 *
 * Opens (or, when it does not exist, creates) a Prospect database for
 * reading and writing.
 */
ProspectDatabase *
prospect_database_open (const char  *path,
                        GError     **error)
{
  return open_database (path, FALSE, error);
}

/**
 * prospect_database_open_for_reading:
 *
 * As prospect_database_open (), for work that only reads: the file is not
 * switched to write-ahead logging, so it stays as its owner left it.
 */
ProspectDatabase *
prospect_database_open_for_reading (const char  *path,
                                    GError     **error)
{
  return open_database (path, TRUE, error);
}

gboolean
_prospect_database_checked_through (ProspectDatabase *self)
{
  g_return_val_if_fail (PROSPECT_IS_DATABASE (self), FALSE);
  return self->checked_through;
}

char *
prospect_database_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "prospect", "prospect.db", NULL);
}

ProspectDatabase *
prospect_database_open_default (GError **error)
{
  g_autofree char *path = prospect_database_default_path ();
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *shown_dir = g_filename_display_name (dir);

      g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_NO_DIRECTORY,
                   _("Could not create the folder “%s”: %s."), shown_dir, g_strerror (saved_errno));
      return NULL;
    }
  return prospect_database_open (path, error);
}

const char *
prospect_database_get_path (ProspectDatabase *self)
{
  g_return_val_if_fail (PROSPECT_IS_DATABASE (self), NULL);
  return self->path;
}

/**
 * prospect_database_refuse_changes:
 * @reason: the message every refused change gives
 *
 * Makes the database read-only for this session: used for the bundled data
 * shown when the user's own database cannot be opened, where a change
 * would be accepted and then lost at exit.
 */
void
prospect_database_refuse_changes (ProspectDatabase *self,
                                  const char       *reason)
{
  g_return_if_fail (PROSPECT_IS_DATABASE (self));
  g_return_if_fail (reason != NULL);

  self->read_only = TRUE;
  g_free (self->read_only_reason);
  self->read_only_reason = g_strdup (reason);
}

gboolean
prospect_database_get_read_only (ProspectDatabase *self)
{
  g_return_val_if_fail (PROSPECT_IS_DATABASE (self), FALSE);
  return self->read_only;
}

int
prospect_database_get_version (ProspectDatabase *self)
{
  g_return_val_if_fail (PROSPECT_IS_DATABASE (self), 0);
  return self->version;
}

sqlite3 *
_prospect_database_get_handle (ProspectDatabase *self)
{
  return self->db;
}

ProspectStatement *
_prospect_database_prepare (ProspectDatabase  *self,
                            const char        *sql,
                            GError           **error)
{
  return prepare (self, sql, error);
}

/* SQL whose ?1 is a row id, prepared with ID bound: most queries ask for
 * one class's, fund's or series' rows. */
ProspectStatement *
_prospect_database_prepare_with_id (ProspectDatabase  *self,
                                    const char        *sql,
                                    gint64             id,
                                    GError           **error)
{
  ProspectStatement *stmt = prepare (self, sql, error);

  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, id);
  return stmt;
}

gboolean
_prospect_database_step (ProspectDatabase  *self,
                         ProspectStatement *stmt,
                         gboolean          *row,
                         GError           **error)
{
  return step (self, stmt, row, error);
}

gboolean
_prospect_database_exec (ProspectDatabase  *self,
                         const char        *sql,
                         GError           **error)
{
  return exec (self, sql, error);
}

/* Changes to a read-only file are refused before they are tried. */
gboolean
_prospect_database_writable (ProspectDatabase  *self,
                             GError           **error)
{
  g_autofree char *name = NULL;

  if (!self->read_only)
    return TRUE;
  if (self->read_only_reason != NULL)
    {
      g_set_error_literal (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_READ_ONLY, self->read_only_reason);
      return FALSE;
    }
  name = _prospect_database_display_name (self->path);

  g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_READ_ONLY,
               _("“%s” is read-only, so the change could not be saved."), name);
  return FALSE;
}

char *
_prospect_column_text (ProspectStatement *stmt,
                       int                column)
{
  return column_text (stmt, column);
}

double
_prospect_column_double_or_nan (ProspectStatement *stmt,
                                int                column)
{
  return column_double_or_nan (stmt, column);
}
