/* prospect-database.c: the SQLite store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-database"

#include "config.h"

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
#define BUSY_TIMEOUT_MS 1000

struct _ProspectDatabase
{
  GObject parent_instance;

  sqlite3  *db;
  char     *path;
  gboolean  read_only;
  int       version;
};

G_DEFINE_FINAL_TYPE (ProspectDatabase, prospect_database, G_TYPE_OBJECT)

G_DEFINE_QUARK (prospect-database-error-quark, prospect_database_error)

typedef sqlite3_stmt Statement;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Statement, sqlite3_finalize)

/* File names are shown in the window, which needs UTF-8; a name in another
 * encoding is shown with replacement characters rather than not at all. */
static char *
display_name (const char *path)
{
  return path != NULL && strcmp (path, ":memory:") != 0 ? g_filename_display_name (path)
                                                        : g_strdup ("the bundled data");
}

/* Turns an SQLite failure into words a user understands. */
static void
set_sqlite_error (GError     **error,
                  sqlite3     *db,
                  int          rc,
                  const char  *path)
{
  g_autofree char *name = display_name (path);

  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_NOT_A_DATABASE,
                   "“%s” is not a Prospect database: it is another kind of file, or it is damaged.", name);
      break;
    case SQLITE_CORRUPT:
      g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_CORRUPT,
                   "“%s” is damaged (for example cut short) and cannot be read. It was left as it is.", name);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_LOCKED,
                   "“%s” is in use by another program. Close that program and try again.", name);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_READ_ONLY,
                   "“%s” is read-only, so the change could not be saved.", name);
      break;
    case SQLITE_FULL:
      g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_FULL,
                   "The disk holding “%s” is full, so the change was not saved.", name);
      break;
    case SQLITE_CANTOPEN:
      g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_FAILED,
                   "“%s” could not be opened.", name);
      break;
    default:
      {
        /* SQLite's message may quote the file's own damaged schema, which
         * need not be UTF-8; the message is shown in the window. */
        g_autofree char *detail = g_utf8_make_valid (db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc), -1);

        g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_FAILED,
                     "“%s” could not be read; it may be damaged or made by another program (%s).", name, detail);
      }
      break;
    }
}

static Statement *
prepare (ProspectDatabase  *self,
         const char        *sql,
         GError           **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, self->db, rc, self->path);
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
  set_sqlite_error (error, self->db, rc, self->path);
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
      set_sqlite_error (error, self->db, rc, self->path);
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
  for (guint i = 0; i < migrations->len; i++)
    {
      g_autofree char *resource = g_strconcat (MIGRATIONS_RESOURCE, g_ptr_array_index (migrations, i), NULL);
      g_autofree char *text = load_resource_text (resource, error);

      if (text == NULL)
        return FALSE;
      g_string_append (sql, text);
    }
  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    {
      g_autofree char *resource = g_strconcat (DATA_RESOURCE_BASE, seeds[i], NULL);
      g_autofree char *text = load_resource_text (resource, error);

      if (text == NULL)
        return FALSE;
      g_string_append (sql, text);
    }
  return run_in_transaction (self, sql->str, latest, error);
}

static void
prospect_database_finalize (GObject *object)
{
  ProspectDatabase *self = (ProspectDatabase *) object;

  g_clear_pointer (&self->db, sqlite3_close);
  g_free (self->path);

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
      set_sqlite_error (error, self->db, rc, path);
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
  if (self->read_only || g_strcmp0 (self->path, ":memory:") == 0)
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
  g_autofree char *shown = NULL;
  int saved_errno;

  g_unlink (tmp);
  self = connect (tmp, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error);
  if (self == NULL || !initialize (self, error))
    {
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
               "Could not create “%s”: %s.", shown, g_strerror (saved_errno));
  return FALSE;
}

/* A file cut short is refused at once: the header says how many pages the
 * database has.  A small file is also checked through (quick_check); a
 * large one would take too long at every start, so damage deeper inside it
 * is reported when a query meets it. */
#define FULL_CHECK_LIMIT (16 * 1024 * 1024)

static gboolean
has_wal (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  GStatBuf st;

  return g_stat (wal, &st) == 0 && st.st_size > 0;
}

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
  if ((gint64) page_size * page_count > (gint64) st->st_size && !has_wal (path))
    {
      g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_CORRUPT,
                   "“%s” is damaged (for example cut short) and cannot be read. It was left as it is.", shown);
      return FALSE;
    }
  if (st->st_size > FULL_CHECK_LIMIT)
    return TRUE;

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
                   "“%s” is damaged (for example cut short) and cannot be read. It was left as it is.", shown);
      return FALSE;
    }
  return TRUE;
}

ProspectDatabase *
prospect_database_open (const char  *path,
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
                           "No database file was given.");
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
                   "The folder “%s” does not exist, so “%s” cannot be opened.", shown_dir, shown);
      return NULL;
    }

  if (g_stat (path, &st) != 0)
    {
      if (errno != ENOENT)
        {
          int saved_errno = errno;

          g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_FAILED,
                       "“%s” could not be opened: %s.", shown, g_strerror (saved_errno));
          return NULL;
        }
      if (!create_file (path, error))
        return NULL;
      if (g_stat (path, &st) != 0)
        {
          g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_FAILED,
                       "“%s” could not be created.", shown);
          return NULL;
        }
    }

  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_NOT_A_DATABASE,
                   "“%s” is not a Prospect database: it is not a regular file.", shown);
      return NULL;
    }

  /* Permission bits are checked as well as access (): root may write to
   * anything, but a file its owner made read-only is meant to stay so. */
  writable = (st.st_mode & 0222) != 0 && g_access (path, W_OK) == 0;
  self = connect (path, writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY, error);
  if (self == NULL)
    return NULL;

  if (!query_int (self, "PRAGMA application_id", &app_id, error) ||
      !query_int (self, "PRAGMA user_version", &self->version, error) ||
      !query_int (self, "SELECT count(*) FROM sqlite_master", &n_tables, error))
    return NULL;

  if (self->version > latest)
    {
      g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_NEWER_VERSION,
                   "“%s” was saved by a newer version of Prospect (data version %d; this version reads up to %d). "
                   "It was left as it is.", shown, self->version, latest);
      return NULL;
    }

  if (app_id != PROSPECT_DATABASE_APPLICATION_ID)
    {
      /* An empty file is a new database; anything else belongs to
       * another program and must not be touched. */
      if (app_id != 0 || self->version != 0 || n_tables != 0)
        {
          g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_NOT_A_DATABASE,
                       "“%s” is not a Prospect database: it belongs to another program.", shown);
          return NULL;
        }
      if (self->read_only)
        {
          g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_READ_ONLY,
                       "“%s” is empty and read-only, so Prospect cannot set it up.", shown);
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
                       "“%s” needs updating to this version of Prospect, but it is read-only.", shown);
          return NULL;
        }
      if (!migrate (self, error))
        return NULL;
    }

  if (!configure (self, error))
    return NULL;

  return g_steal_pointer (&self);
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
                   "Could not create the folder “%s”: %s.", shown_dir, g_strerror (saved_errno));
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

static void
read_source (Statement      *stmt,
             int             first_column,
             ProspectSource *source)
{
  source->document = column_text (stmt, first_column);
  source->section = column_text (stmt, first_column + 1);
  source->as_of = column_text (stmt, first_column + 2);
}

#define CLASS_COLUMNS \
  "SELECT c.id, c.fund_id, f.trust, f.name, c.name, c.inception_date, c.note " \
  "FROM share_class c JOIN fund f ON f.id = c.fund_id "

static ProspectClassInfo *
read_class (Statement *stmt)
{
  ProspectClassInfo *info = g_new0 (ProspectClassInfo, 1);

  info->id = sqlite3_column_int64 (stmt, 0);
  info->fund_id = sqlite3_column_int64 (stmt, 1);
  info->trust = column_text (stmt, 2);
  info->fund_name = column_text (stmt, 3);
  info->name = column_text (stmt, 4);
  info->inception_date = column_text (stmt, 5);
  info->note = column_text (stmt, 6);
  return info;
}

/**
 * prospect_database_list_classes:
 *
 * Returns: (transfer container): every share class with its fund, ordered
 *   by fund and class name.
 */
GPtrArray *
prospect_database_list_classes (ProspectDatabase  *self,
                                GError           **error)
{
  g_autoptr(Statement) stmt = NULL;
  g_autoptr(GPtrArray) classes = g_ptr_array_new_with_free_func ((GDestroyNotify) prospect_class_info_free);
  gboolean row;
  gboolean ok = TRUE;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (self), NULL);

  stmt = prepare (self, CLASS_COLUMNS "ORDER BY f.name, f.id, c.name, c.id", error);
  if (stmt == NULL)
    return NULL;
  while ((ok = step (self, stmt, &row, error)) && row)
    g_ptr_array_add (classes, read_class (stmt));
  if (!ok)
    return NULL;
  return g_steal_pointer (&classes);
}

static void
set_not_found (GError     **error,
               const char  *what,
               gint64       id)
{
  g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_NOT_FOUND,
               "There is no %s with id %" G_GINT64_FORMAT ".", what, id);
}

ProspectClassInfo *
prospect_database_get_class (ProspectDatabase  *self,
                             gint64             class_id,
                             GError           **error)
{
  g_autoptr(Statement) stmt = NULL;
  gboolean row;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (self), NULL);

  stmt = prepare (self, CLASS_COLUMNS "WHERE c.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, class_id);
  if (!step (self, stmt, &row, error))
    return NULL;
  if (!row)
    {
      set_not_found (error, "share class", class_id);
      return NULL;
    }
  return read_class (stmt);
}

/* The class a window or command shows when none is named: the first
 * class that has its own return series, else the first class. */
gint64
prospect_database_first_class_id (ProspectDatabase  *self,
                                  GError           **error)
{
  g_autoptr(Statement) stmt = NULL;
  gboolean row;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (self), 0);

  stmt = prepare (self,
                  "SELECT c.id FROM share_class c "
                  "ORDER BY EXISTS (SELECT 1 FROM series s WHERE s.class_id = c.id) DESC, c.id LIMIT 1",
                  error);
  if (stmt == NULL || !step (self, stmt, &row, error))
    return 0;
  if (!row)
    {
      g_set_error_literal (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_NOT_FOUND,
                           "The database holds no share classes.");
      return 0;
    }
  return sqlite3_column_int64 (stmt, 0);
}

ProspectFundInfo *
prospect_database_get_fund (ProspectDatabase  *self,
                            gint64             fund_id,
                            GError           **error)
{
  g_autoptr(Statement) stmt = NULL;
  ProspectFundInfo *info;
  gboolean row;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (self), NULL);

  stmt = prepare (self,
                  "SELECT f.id, f.trust, f.name, f.adviser, f.adviser_address, f.portfolio_manager, "
                  "f.manager_since, f.objective, d.title, f.section, f.as_of "
                  "FROM fund f LEFT JOIN document d ON d.id = f.document_id WHERE f.id = ?1",
                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, fund_id);
  if (!step (self, stmt, &row, error))
    return NULL;
  if (!row)
    {
      set_not_found (error, "fund", fund_id);
      return NULL;
    }
  info = g_new0 (ProspectFundInfo, 1);
  info->id = sqlite3_column_int64 (stmt, 0);
  info->trust = column_text (stmt, 1);
  info->name = column_text (stmt, 2);
  info->adviser = column_text (stmt, 3);
  info->adviser_address = column_text (stmt, 4);
  info->portfolio_manager = column_text (stmt, 5);
  info->manager_since = column_text (stmt, 6);
  info->objective = column_text (stmt, 7);
  read_source (stmt, 8, &info->source);
  return info;
}

GPtrArray *
prospect_database_list_text_blocks (ProspectDatabase  *self,
                                    gint64             fund_id,
                                    const char        *topic,
                                    GError           **error)
{
  g_autoptr(Statement) stmt = NULL;
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) prospect_text_block_free);
  gboolean row;
  gboolean ok = TRUE;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (self), NULL);
  g_return_val_if_fail (topic != NULL, NULL);

  stmt = prepare (self,
                  "SELECT heading, body, section FROM text_block "
                  "WHERE fund_id = ?1 AND topic = ?2 ORDER BY position",
                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, fund_id);
  sqlite3_bind_text (stmt, 2, topic, -1, SQLITE_TRANSIENT);
  while ((ok = step (self, stmt, &row, error)) && row)
    {
      ProspectTextBlock *block = g_new0 (ProspectTextBlock, 1);

      block->heading = column_text (stmt, 0);
      block->body = column_text (stmt, 1);
      block->section = column_text (stmt, 2);
      g_ptr_array_add (blocks, block);
    }
  if (!ok)
    return NULL;
  return g_steal_pointer (&blocks);
}

GPtrArray *
prospect_database_list_policy_limits (ProspectDatabase  *self,
                                      gint64             fund_id,
                                      GError           **error)
{
  g_autoptr(Statement) stmt = NULL;
  g_autoptr(GPtrArray) limits = g_ptr_array_new_with_free_func ((GDestroyNotify) prospect_policy_limit_free);
  gboolean row;
  gboolean ok = TRUE;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (self), NULL);

  stmt = prepare (self,
                  "SELECT p.label, p.min_pct, p.max_pct, p.max_exclusive, p.unlimited, p.basis, p.wording, "
                  "d.title, p.section, p.as_of "
                  "FROM policy_limit p LEFT JOIN document d ON d.id = p.document_id "
                  "WHERE p.fund_id = ?1 ORDER BY p.position",
                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, fund_id);
  while ((ok = step (self, stmt, &row, error)) && row)
    {
      ProspectPolicyLimit *limit = g_new0 (ProspectPolicyLimit, 1);

      limit->label = column_text (stmt, 0);
      limit->min_pct = column_double_or_nan (stmt, 1);
      limit->max_pct = column_double_or_nan (stmt, 2);
      limit->max_exclusive = sqlite3_column_int (stmt, 3) != 0;
      limit->unlimited = sqlite3_column_int (stmt, 4) != 0;
      limit->basis = column_text (stmt, 5);
      limit->wording = column_text (stmt, 6);
      read_source (stmt, 7, &limit->source);
      g_ptr_array_add (limits, limit);
    }
  if (!ok)
    return NULL;
  return g_steal_pointer (&limits);
}

/**
 * prospect_database_list_glossary:
 *
 * Returns: (transfer full): a #GListModel of #ProspectGlossaryTerm, in
 *   glossary order (by part, then term).
 */
GListModel *
prospect_database_list_glossary (ProspectDatabase  *self,
                                 GError           **error)
{
  g_autoptr(Statement) stmt = NULL;
  g_autoptr(GListStore) store = g_list_store_new (PROSPECT_TYPE_GLOSSARY_TERM);
  gboolean row;
  gboolean ok = TRUE;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (self), NULL);

  stmt = prepare (self,
                  "SELECT term, definition, part, part_title FROM glossary_term "
                  "ORDER BY CASE part WHEN 'I' THEN 1 WHEN 'II' THEN 2 WHEN 'III' THEN 3 ELSE 4 END, id",
                  error);
  if (stmt == NULL)
    return NULL;
  while ((ok = step (self, stmt, &row, error)) && row)
    {
      g_autoptr(ProspectGlossaryTerm) term =
        prospect_glossary_term_new ((const char *) sqlite3_column_text (stmt, 0),
                                    (const char *) sqlite3_column_text (stmt, 1),
                                    (const char *) sqlite3_column_text (stmt, 2),
                                    (const char *) sqlite3_column_text (stmt, 3));
      g_list_store_append (store, term);
    }
  if (!ok)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&store));
}

GPtrArray *
prospect_database_list_stated_returns (ProspectDatabase  *self,
                                       gint64             class_id,
                                       GError           **error)
{
  g_autoptr(Statement) stmt = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) prospect_stated_return_free);
  gboolean row;
  gboolean ok = TRUE;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (self), NULL);

  stmt = prepare (self,
                  "SELECT r.series_id, s.name, s.footnote, s.class_id IS NOT NULL, r.position, r.period, "
                  "r.start_date, r.end_date, r.return_pct, d.title, r.section, r.as_of "
                  "FROM stated_return r JOIN series s ON s.id = r.series_id "
                  "LEFT JOIN document d ON d.id = r.document_id "
                  "WHERE r.class_id = ?1 "
                  "ORDER BY r.position, CASE r.period WHEN '1y' THEN 1 WHEN '5y' THEN 2 WHEN '10y' THEN 3 ELSE 4 END",
                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, class_id);
  while ((ok = step (self, stmt, &row, error)) && row)
    {
      ProspectStatedReturn *stated = g_new0 (ProspectStatedReturn, 1);

      stated->series_id = sqlite3_column_int64 (stmt, 0);
      stated->series_name = column_text (stmt, 1);
      stated->footnote = column_text (stmt, 2);
      stated->is_class = sqlite3_column_int (stmt, 3) != 0;
      stated->position = sqlite3_column_int (stmt, 4);
      if (!prospect_period_from_string ((const char *) sqlite3_column_text (stmt, 5), &stated->period))
        stated->period = PROSPECT_PERIOD_INCEPTION;
      stated->start_date = column_text (stmt, 6);
      stated->end_date = column_text (stmt, 7);
      stated->return_pct = sqlite3_column_double (stmt, 8);
      read_source (stmt, 9, &stated->source);
      g_ptr_array_add (rows, stated);
    }
  if (!ok)
    return NULL;
  return g_steal_pointer (&rows);
}

/**
 * prospect_database_list_annual_returns:
 *
 * Returns: (transfer full): #ProspectAnnualReturn in year order.
 */
GArray *
prospect_database_list_annual_returns (ProspectDatabase  *self,
                                       gint64             series_id,
                                       GError           **error)
{
  g_autoptr(Statement) stmt = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (ProspectAnnualReturn));
  gboolean row;
  gboolean ok = TRUE;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (self), NULL);

  stmt = prepare (self, "SELECT year, return_pct FROM annual_return WHERE series_id = ?1 ORDER BY year", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, series_id);
  while ((ok = step (self, stmt, &row, error)) && row)
    {
      ProspectAnnualReturn r = { sqlite3_column_int (stmt, 0), sqlite3_column_double (stmt, 1) };

      g_array_append_val (rows, r);
    }
  if (!ok)
    return NULL;
  return g_steal_pointer (&rows);
}

/* Returns 0 with no error when the class has no return series. */
gint64
prospect_database_class_series_id (ProspectDatabase  *self,
                                   gint64             class_id,
                                   GError           **error)
{
  g_autoptr(Statement) stmt = NULL;
  gboolean row;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (self), 0);

  stmt = prepare (self, "SELECT id FROM series WHERE class_id = ?1 ORDER BY id LIMIT 1", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, class_id);
  if (!step (self, stmt, &row, error) || !row)
    return 0;
  return sqlite3_column_int64 (stmt, 0);
}

ProspectFeeTable *
prospect_database_get_fee_table (ProspectDatabase  *self,
                                 gint64             class_id,
                                 GError           **error)
{
  g_autoptr(Statement) stmt = NULL;
  g_autoptr(Statement) schedule = NULL;
  g_autoptr(ProspectFeeTable) fees = NULL;
  gboolean row;
  gboolean ok = TRUE;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (self), NULL);

  stmt = prepare (self,
                  "SELECT front_load_pct, deferred_load_pct, redemption_fee_pct, exchange_fee_pct, "
                  "management_fee_pct, distribution_fee_pct, other_expenses_pct, total_pct, waiver_pct, "
                  "net_pct, waiver_years, conversion_years, conversion_pct, footnote, d.title, f.section, f.as_of "
                  "FROM fee_table f LEFT JOIN document d ON d.id = f.document_id WHERE f.class_id = ?1",
                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, class_id);
  if (!step (self, stmt, &row, error))
    return NULL;
  if (!row)
    {
      g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_NOT_FOUND,
                   "Share class %" G_GINT64_FORMAT " has no fee table.", class_id);
      return NULL;
    }

  fees = g_new0 (ProspectFeeTable, 1);
  fees->front_load_pct = column_double_or_nan (stmt, 0);
  fees->deferred_load_pct = column_double_or_nan (stmt, 1);
  fees->redemption_fee_pct = column_double_or_nan (stmt, 2);
  fees->exchange_fee_pct = column_double_or_nan (stmt, 3);
  fees->management_fee_pct = column_double_or_nan (stmt, 4);
  fees->distribution_fee_pct = column_double_or_nan (stmt, 5);
  fees->other_expenses_pct = column_double_or_nan (stmt, 6);
  fees->total_pct = column_double_or_nan (stmt, 7);
  fees->waiver_pct = column_double_or_nan (stmt, 8);
  fees->net_pct = column_double_or_nan (stmt, 9);
  fees->waiver_years = column_double_or_nan (stmt, 10);
  fees->conversion_years = sqlite3_column_int (stmt, 11);
  fees->conversion_pct = column_double_or_nan (stmt, 12);
  fees->footnote = column_text (stmt, 13);
  read_source (stmt, 14, &fees->source);

  fees->deferred_schedule = g_array_new (FALSE, TRUE, sizeof (double));
  schedule = prepare (self, "SELECT year, charge_pct FROM deferred_charge WHERE class_id = ?1 ORDER BY year", error);
  if (schedule == NULL)
    return NULL;
  sqlite3_bind_int64 (schedule, 1, class_id);
  while ((ok = step (self, schedule, &row, error)) && row)
    {
      guint year = (guint) sqlite3_column_int (schedule, 0);

      if (year >= 1 && year <= 50)
        {
          if (fees->deferred_schedule->len < year)
            g_array_set_size (fees->deferred_schedule, year);
          g_array_index (fees->deferred_schedule, double, year - 1) = sqlite3_column_double (schedule, 1);
        }
    }
  if (!ok)
    return NULL;
  return g_steal_pointer (&fees);
}

/**
 * prospect_database_list_expense_example:
 *
 * Returns: (transfer full): the printed example, #ProspectPrintedExample
 *   ordered by years, redeemed rows first.
 */
GArray *
prospect_database_list_expense_example (ProspectDatabase  *self,
                                        gint64             class_id,
                                        GError           **error)
{
  g_autoptr(Statement) stmt = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (ProspectPrintedExample));
  gboolean row;
  gboolean ok = TRUE;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (self), NULL);

  stmt = prepare (self,
                  "SELECT years, redeemed, amount, return_pct, cost FROM expense_example "
                  "WHERE class_id = ?1 ORDER BY redeemed DESC, years",
                  error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, class_id);
  while ((ok = step (self, stmt, &row, error)) && row)
    {
      ProspectPrintedExample e = {
        sqlite3_column_int (stmt, 0), sqlite3_column_int (stmt, 1) != 0, sqlite3_column_double (stmt, 2),
        sqlite3_column_double (stmt, 3), sqlite3_column_double (stmt, 4),
      };

      g_array_append_val (rows, e);
    }
  if (!ok)
    return NULL;
  return g_steal_pointer (&rows);
}

ProspectHighlights *
prospect_database_get_highlights (ProspectDatabase  *self,
                                  gint64             class_id,
                                  GError           **error)
{
  g_autoptr(ProspectHighlights) h = g_new0 (ProspectHighlights, 1);
  g_autoptr(Statement) years = NULL;
  g_autoptr(Statement) lines = NULL;
  g_autoptr(Statement) values = NULL;
  g_autoptr(Statement) notes = NULL;
  g_autoptr(Statement) waivers = NULL;
  gboolean row;
  gboolean ok = TRUE;
  guint n;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (self), NULL);

  h->years = g_array_new (FALSE, FALSE, sizeof (int));
  h->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) prospect_highlight_line_free);
  h->footnotes = g_ptr_array_new_with_free_func ((GDestroyNotify) prospect_footnote_free);
  h->before_waiver = g_array_new (FALSE, FALSE, sizeof (ProspectAnnualReturn));

  years = prepare (self,
                   "SELECT DISTINCT v.year, d.title, v.section FROM highlight_value v "
                   "LEFT JOIN document d ON d.id = v.document_id WHERE v.class_id = ?1 ORDER BY v.year DESC",
                   error);
  if (years == NULL)
    return NULL;
  sqlite3_bind_int64 (years, 1, class_id);
  while ((ok = step (self, years, &row, error)) && row)
    {
      int year = sqlite3_column_int (years, 0);

      /* A year cited from two documents is still one column; the first
       * citation names the source, even when its document is missing. */
      if (h->years->len > 0 && g_array_index (h->years, int, h->years->len - 1) == year)
        continue;
      g_array_append_val (h->years, year);
      if (h->years->len == 1)
        {
          h->source.document = column_text (years, 1);
          h->source.section = column_text (years, 2);
          h->source.as_of = g_strdup_printf ("%d-12-31", year);
        }
    }
  if (!ok)
    return NULL;

  lines = prepare (self, "SELECT line, label, kind, group_label, marks FROM highlight_line ORDER BY line", error);
  if (lines == NULL)
    return NULL;
  while ((ok = step (self, lines, &row, error)) && row)
    {
      ProspectHighlightLine *line = g_new0 (ProspectHighlightLine, 1);

      line->line = sqlite3_column_int (lines, 0);
      line->label = column_text (lines, 1);
      line->kind = column_text (lines, 2);
      line->group_label = column_text (lines, 3);
      line->marks = column_text (lines, 4);
      g_ptr_array_add (h->lines, line);
    }
  if (!ok)
    return NULL;

  n = h->years->len * h->lines->len;
  h->values = g_new (double, MAX (n, 1));
  h->value_marks = g_new0 (char *, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    h->values[i] = NAN;

  values = prepare (self, "SELECT year, line, value, marks FROM highlight_value WHERE class_id = ?1", error);
  if (values == NULL)
    return NULL;
  sqlite3_bind_int64 (values, 1, class_id);
  while ((ok = step (self, values, &row, error)) && row)
    {
      int year = sqlite3_column_int (values, 0);
      int line_index = prospect_highlights_line_index (h, sqlite3_column_int (values, 1));

      for (guint y = 0; y < h->years->len && line_index >= 0; y++)
        if (g_array_index (h->years, int, y) == year)
          {
            guint i = y * h->lines->len + (guint) line_index;

            /* A damaged file may repeat a cell; the last one read is shown. */
            h->values[i] = column_double_or_nan (values, 2);
            g_free (h->value_marks[i]);
            h->value_marks[i] = column_text (values, 3);
          }
    }
  if (!ok)
    return NULL;

  notes = prepare (self, "SELECT mark, text FROM highlight_footnote WHERE class_id = ?1 ORDER BY mark", error);
  if (notes == NULL)
    return NULL;
  sqlite3_bind_int64 (notes, 1, class_id);
  while ((ok = step (self, notes, &row, error)) && row)
    {
      ProspectFootnote *note = g_new0 (ProspectFootnote, 1);

      note->mark = column_text (notes, 0);
      note->text = column_text (notes, 1);
      g_ptr_array_add (h->footnotes, note);
    }
  if (!ok)
    return NULL;

  waivers = prepare (self, "SELECT year, ratio_pct FROM ratio_before_waiver WHERE class_id = ?1 ORDER BY year DESC",
                     error);
  if (waivers == NULL)
    return NULL;
  sqlite3_bind_int64 (waivers, 1, class_id);
  while ((ok = step (self, waivers, &row, error)) && row)
    {
      ProspectAnnualReturn r = { sqlite3_column_int (waivers, 0), sqlite3_column_double (waivers, 1) };

      g_array_append_val (h->before_waiver, r);
    }
  if (!ok)
    return NULL;

  return g_steal_pointer (&h);
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
  name = display_name (self->path);

  g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_READ_ONLY,
               "“%s” is read-only, so the change could not be saved.", name);
  return FALSE;
}

char *
_prospect_column_text (ProspectStatement *stmt,
                       int                column)
{
  return column_text (stmt, column);
}

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
                   "The folder “%s” does not exist.", shown_dir);
      return FALSE;
    }
  tmp = g_strdup_printf ("%s.new-%d", path, (int) getpid ());
  g_unlink (tmp);
  rc = sqlite3_open_v2 (tmp, &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (target, "main", self->db, "main");
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
      set_sqlite_error (error, target, rc, path);
      sqlite3_close (target);
      g_unlink (tmp);
      return FALSE;
    }
  sqlite3_close (target);
  if (g_rename (tmp, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (tmp);
      g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_FAILED, "Could not write “%s”: %s.", shown,
                   g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}
