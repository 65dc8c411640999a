/* prospect-editor.c: editing the Data page's tables (described in
 * prospect-editor-tables.c): values are always bound, never pasted into
 * SQL.  Each change commits at once in its own transaction and goes on the undo
 * stack as the row before and after, so undo and redo are the same
 * operation in reverse.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-editor"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "prospect-database-private.h"
#include "prospect-editor.h"
#include "prospect-expense.h"
#include "prospect-fee-lines.h"
#include "prospect-number.h"
#include "prospect-returns.h"

/* Checks TEXT against COLUMN; "" is no value. */
gboolean
prospect_editor_check_value (const ProspectColumnSpec  *column,
                             const char                *text,
                             GError                   **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (*trimmed == '\0')
    {
      if (!column->required)
        return TRUE;
      g_set_error (error, PROSPECT_INPUT_ERROR, PROSPECT_INPUT_ERROR_EMPTY, _("%s is required."), _(column->label));
      return FALSE;
    }
  switch (column->type)
    {
    case PROSPECT_COLUMN_TEXT:
      if (!g_utf8_validate (trimmed, -1, NULL) || g_utf8_strlen (trimmed, -1) > 100000)
        {
          g_set_error (error, PROSPECT_INPUT_ERROR, PROSPECT_INPUT_ERROR_OUT_OF_RANGE,
                       _("%s must be text of at most 100,000 characters."), _(column->label));
          return FALSE;
        }
      return TRUE;
    case PROSPECT_COLUMN_DATE:
      {
        GDate date;

        if (prospect_parse_iso_date (trimmed, &date))
          {
            if (g_str_equal (column->name, "inception_date") && prospect_date_is_future (&date))
              {
                g_set_error (error, PROSPECT_INPUT_ERROR, PROSPECT_INPUT_ERROR_OUT_OF_RANGE,
                             _("%s cannot be in the future."), _(column->label));
                return FALSE;
              }
            return TRUE;
          }
        g_set_error (error, PROSPECT_INPUT_ERROR, PROSPECT_INPUT_ERROR_NOT_A_NUMBER,
                     _("%s must be a date written as YYYY-MM-DD."), _(column->label));
        return FALSE;
      }
    case PROSPECT_COLUMN_CHOICE:
      {
        g_auto(GStrv) choices = g_strsplit (column->choices, "|", -1);

        if (g_strv_contains ((const char * const *) choices, trimmed))
          return TRUE;
        g_set_error (error, PROSPECT_INPUT_ERROR, PROSPECT_INPUT_ERROR_OUT_OF_RANGE, _("%s must be one of %s."),
                     column->label, column->choices);
        return FALSE;
      }
    case PROSPECT_COLUMN_INTEGER:
    case PROSPECT_COLUMN_NUMBER:
    default:
      {
        ProspectFieldSpec spec = { column->label, PROSPECT_UNIT_YEARS, column->min, column->max, FALSE,
                                   column->type == PROSPECT_COLUMN_INTEGER };
        double value;

        return prospect_parse_field (trimmed, &spec, &value, error);
      }
    }
}

static void
bind_value (ProspectStatement        *stmt,
            int                       index,
            const ProspectColumnSpec *column,
            const char               *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  double value = 0;

  if (*trimmed == '\0')
    {
      sqlite3_bind_null (stmt, index);
      return;
    }
  switch (column->type)
    {
    case PROSPECT_COLUMN_INTEGER:
      prospect_parse_number (trimmed, prospect_locale_decimal_point (), &value, NULL);
      sqlite3_bind_int64 (stmt, index, (gint64) value);
      break;
    case PROSPECT_COLUMN_NUMBER:
      prospect_parse_number (trimmed, prospect_locale_decimal_point (), &value, NULL);
      sqlite3_bind_double (stmt, index, value);
      break;
    default:
      sqlite3_bind_text (stmt, index, trimmed, -1, SQLITE_TRANSIENT);
      break;
    }
}

static char *
column_as_text (ProspectStatement *stmt,
                int                index)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  switch (sqlite3_column_type (stmt, index))
    {
    case SQLITE_NULL:
      return g_strdup ("");
    case SQLITE_FLOAT:
      g_ascii_formatd (buffer, sizeof buffer, "%.15g", sqlite3_column_double (stmt, index));
      return g_strdup (buffer);
    default:
      return _prospect_column_text (stmt, index);
    }
}

void
prospect_editor_row_free (ProspectEditorRow *row)
{
  if (row == NULL)
    return;
  g_strfreev (row->values);
  g_free (row);
}

GPtrArray *
prospect_editor_list_rows (ProspectDatabase         *database,
                           const ProspectTableSpec  *table,
                           GError                  **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) prospect_editor_row_free);
  g_autoptr(ProspectStatement) stmt = NULL;
  gboolean row, ok;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), NULL);
  g_return_val_if_fail (table != NULL, NULL);

  stmt = _prospect_database_prepare (database, table->select_sql, error);
  if (stmt == NULL)
    return NULL;
  while ((ok = _prospect_database_step (database, stmt, &row, error)) && row)
    {
      ProspectEditorRow *r = g_new0 (ProspectEditorRow, 1);

      r->rowid = sqlite3_column_int64 (stmt, 0);
      r->values = g_new0 (char *, table->n_columns + 1);
      for (guint c = 0; c < table->n_columns; c++)
        r->values[c] = column_as_text (stmt, (int) c + 1);
      g_ptr_array_add (rows, r);
    }
  if (!ok)
    return NULL;
  return g_steal_pointer (&rows);
}

static GStrv
read_row (ProspectDatabase         *database,
          const ProspectTableSpec  *table,
          gint64                    rowid,
          GError                  **error)
{
  g_autoptr(GPtrArray) rows = prospect_editor_list_rows (database, table, error);

  if (rows == NULL)
    return NULL;
  for (guint i = 0; i < rows->len; i++)
    {
      ProspectEditorRow *r = g_ptr_array_index (rows, i);

      if (r->rowid == rowid)
        return g_strdupv (r->values);
    }
  g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_NOT_FOUND,
               _("That row of %s is no longer there."), _(table->label));
  return NULL;
}

/* Friendlier words for what the database refuses. */
static void
refine_error (ProspectDatabase         *database,
              const ProspectTableSpec  *table,
              GError                  **error)
{
  int code = sqlite3_extended_errcode (_prospect_database_get_handle (database));
  const char *reason = NULL;

  if (error == NULL || *error == NULL)
    return;
  if (code == SQLITE_CONSTRAINT_FOREIGNKEY)
    reason = "an id refers to nothing (or other rows still refer to this one)";
  else if (code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY)
    reason = "another row already says this";
  else if (code == SQLITE_CONSTRAINT_CHECK || code == SQLITE_CONSTRAINT_NOTNULL)
    reason = "a value is out of its allowed range";
  if (reason != NULL)
    {
      g_clear_error (error);
      g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_FAILED,
                   _("%s: the change was not saved because %s."), _(table->label), reason);
    }
}

static gboolean
write_row (ProspectDatabase         *database,
           const ProspectTableSpec  *table,
           const char               *sql,
           gint64                    rowid,
           gboolean                  rowid_first,
           const char * const       *values,
           gint64                   *new_rowid,
           GError                  **error)
{
  g_autoptr(ProspectStatement) stmt = NULL;
  gboolean row;
  int offset = rowid_first ? 2 : 1;

  if (!_prospect_database_writable (database, error))
    return FALSE;
  stmt = _prospect_database_prepare (database, sql, error);
  if (stmt == NULL)
    return FALSE;
  for (guint c = 0; c < table->n_columns; c++)
    bind_value (stmt, (int) c + offset, &table->columns[c], values != NULL ? values[c] : "");
  if (rowid_first)
    {
      if (rowid != 0)
        sqlite3_bind_int64 (stmt, 1, rowid);
      else
        sqlite3_bind_null (stmt, 1);
    }
  else
    sqlite3_bind_int64 (stmt, (int) table->n_columns + 1, rowid);

  if (!_prospect_database_exec (database, "BEGIN IMMEDIATE", error))
    return FALSE;
  if (!_prospect_database_step (database, stmt, &row, error))
    {
      refine_error (database, table, error);
      _prospect_database_exec (database, "ROLLBACK", NULL);
      return FALSE;
    }
  if (new_rowid != NULL)
    *new_rowid = sqlite3_last_insert_rowid (_prospect_database_get_handle (database));
  if (!_prospect_database_exec (database, "COMMIT", error))
    {
      _prospect_database_exec (database, "ROLLBACK", NULL);
      return FALSE;
    }
  return TRUE;
}

static gboolean
delete_row (ProspectDatabase         *database,
            const ProspectTableSpec  *table,
            gint64                    rowid,
            GError                  **error)
{
  g_autoptr(ProspectStatement) stmt = NULL;
  gboolean row;

  if (!_prospect_database_writable (database, error))
    return FALSE;
  stmt = _prospect_database_prepare_with_id (database, table->delete_sql, rowid, error);
  if (stmt == NULL)
    return FALSE;
  if (!_prospect_database_step (database, stmt, &row, error))
    {
      refine_error (database, table, error);
      return FALSE;
    }
  return TRUE;
}

/* ----- undo ------------------------------------------------------------- */

/* A change: the row before (NULL when it did not exist) and after (NULL
 * when it no longer does). */
typedef struct
{
  const ProspectTableSpec *table;
  gint64                   rowid;
  GStrv                    before;
  GStrv                    after;
  GStrv                    all_columns;  /* a deleted row: every column, shown or not (its source too) */
  sqlite3_value          **all_values;
} Change;

static void
change_free (Change *change)
{
  g_strfreev (change->before);
  g_strfreev (change->after);
  for (guint i = 0; change->all_values != NULL && change->all_values[i] != NULL; i++)
    sqlite3_value_free (change->all_values[i]);
  g_free (change->all_values);
  g_strfreev (change->all_columns);
  g_free (change);
}

/* Every column of a row about to be deleted, so that undoing the delete
 * gives back what the table does not show, such as where a figure came
 * from.  The table's name is fixed text from its spec. */
static gboolean
keep_all_columns (ProspectDatabase  *database,
                  Change            *change,
                  GError           **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s WHERE rowid = ?1", change->table->sql_table);
  g_autoptr(ProspectStatement) stmt = _prospect_database_prepare_with_id (database, sql, change->rowid, error);
  gboolean row;
  int n;

  if (stmt == NULL || !_prospect_database_step (database, stmt, &row, error))
    return FALSE;
  if (!row)
    return TRUE;
  n = sqlite3_column_count (stmt);
  change->all_columns = g_new0 (char *, n + 1);
  change->all_values = g_new0 (sqlite3_value *, n + 1);
  for (int c = 0; c < n; c++)
    {
      change->all_columns[c] = g_strdup (sqlite3_column_name (stmt, c));
      change->all_values[c] = sqlite3_value_dup (sqlite3_column_value (stmt, c));
    }
  return TRUE;
}

/* Puts back every column kept by keep_all_columns () on the row just
 * inserted again under its old rowid. */
static gboolean
restore_all_columns (ProspectDatabase  *database,
                     const Change      *change,
                     GError           **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(ProspectStatement) stmt = NULL;
  guint n = change->all_columns != NULL ? g_strv_length (change->all_columns) : 0;
  gboolean row;

  if (n == 0)
    return TRUE;
  g_string_append_printf (sql, "UPDATE %s SET ", change->table->sql_table);
  for (guint c = 0; c < n; c++)
    {
      g_string_append_printf (sql, "%s\"", c > 0 ? ", " : "");
      for (const char *p = change->all_columns[c]; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (sql, '"');
          g_string_append_c (sql, *p);
        }
      g_string_append_printf (sql, "\" = ?%u", c + 1);
    }
  g_string_append_printf (sql, " WHERE rowid = ?%u", n + 1);
  stmt = _prospect_database_prepare (database, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  for (guint c = 0; c < n; c++)
    sqlite3_bind_value (stmt, (int) c + 1, change->all_values[c]);
  sqlite3_bind_int64 (stmt, (int) n + 1, change->rowid);
  return _prospect_database_step (database, stmt, &row, error);
}

struct _ProspectEditor
{
  ProspectDatabase *database;
  GPtrArray        *done;    /* Change */
  GPtrArray        *undone;  /* Change */
};

ProspectEditor *
prospect_editor_new (ProspectDatabase *database)
{
  ProspectEditor *editor = g_new0 (ProspectEditor, 1);

  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), NULL);

  editor->database = g_object_ref (database);
  editor->done = g_ptr_array_new_with_free_func ((GDestroyNotify) change_free);
  editor->undone = g_ptr_array_new_with_free_func ((GDestroyNotify) change_free);
  return editor;
}

void
prospect_editor_free (ProspectEditor *editor)
{
  if (editor == NULL)
    return;
  g_object_unref (editor->database);
  g_ptr_array_unref (editor->done);
  g_ptr_array_unref (editor->undone);
  g_free (editor);
}

/* Brings the row to STATE: written, inserted with its old rowid, or
 * deleted. */
static gboolean
apply_state (ProspectEditor           *editor,
             const ProspectTableSpec  *table,
             gint64                    rowid,
             GStrv                     from,
             GStrv                     to,
             GError                  **error)
{
  if (to == NULL)
    return delete_row (editor->database, table, rowid, error);
  if (from == NULL)
    return write_row (editor->database, table, table->insert_sql, rowid, TRUE, (const char * const *) to, NULL, error);
  return write_row (editor->database, table, table->update_sql, rowid, FALSE, (const char * const *) to, NULL, error);
}

static Change *
record (ProspectEditor          *editor,
        const ProspectTableSpec *table,
        gint64                   rowid,
        GStrv                    before,
        GStrv                    after)
{
  Change *change = g_new0 (Change, 1);

  change->table = table;
  change->rowid = rowid;
  change->before = before;
  change->after = after;
  g_ptr_array_add (editor->done, change);
  g_ptr_array_set_size (editor->undone, 0);
  return change;
}

gboolean
prospect_editor_set_value (ProspectEditor           *editor,
                           const ProspectTableSpec  *table,
                           gint64                    rowid,
                           guint                     column,
                           const char               *text,
                           GError                  **error)
{
  g_auto(GStrv) before = NULL;
  g_auto(GStrv) after = NULL;

  g_return_val_if_fail (editor != NULL && table != NULL, FALSE);
  g_return_val_if_fail (column < table->n_columns, FALSE);

  if (!prospect_editor_check_value (&table->columns[column], text, error))
    return FALSE;
  before = read_row (editor->database, table, rowid, error);
  if (before == NULL)
    return FALSE;
  after = g_strdupv (before);
  g_free (after[column]);
  after[column] = g_strstrip (g_strdup (text != NULL ? text : ""));
  if (g_str_equal (after[column], before[column]))
    return TRUE;
  if (!apply_state (editor, table, rowid, before, after, error))
    return FALSE;
  record (editor, table, rowid, g_steal_pointer (&before), g_steal_pointer (&after));
  return TRUE;
}

/**
 * prospect_editor_insert_row:
 *
 * Returns: the new row's id, or 0 with ERROR set
 */
gint64
prospect_editor_insert_row (ProspectEditor           *editor,
                            const ProspectTableSpec  *table,
                            const char * const       *values,
                            GError                  **error)
{
  gint64 rowid = 0;

  g_return_val_if_fail (editor != NULL && table != NULL && values != NULL, 0);

  for (guint c = 0; c < table->n_columns; c++)
    if (!prospect_editor_check_value (&table->columns[c], values[c], error))
      return 0;
  if (!write_row (editor->database, table, table->insert_sql, 0, TRUE, values, &rowid, error))
    return 0;
  record (editor, table, rowid, NULL, read_row (editor->database, table, rowid, NULL));
  return rowid;
}

gboolean
prospect_editor_delete_row (ProspectEditor           *editor,
                            const ProspectTableSpec  *table,
                            gint64                    rowid,
                            GError                  **error)
{
  g_auto(GStrv) before = NULL;
  Change kept = { table, rowid, NULL, NULL, NULL, NULL };
  Change *change;

  g_return_val_if_fail (editor != NULL && table != NULL, FALSE);

  before = read_row (editor->database, table, rowid, error);
  if (before == NULL || !keep_all_columns (editor->database, &kept, error)
      || !delete_row (editor->database, table, rowid, error))
    {
      for (guint i = 0; kept.all_values != NULL && kept.all_values[i] != NULL; i++)
        sqlite3_value_free (kept.all_values[i]);
      g_free (kept.all_values);
      g_strfreev (kept.all_columns);
      return FALSE;
    }
  change = record (editor, table, rowid, g_steal_pointer (&before), NULL);
  change->all_columns = kept.all_columns;
  change->all_values = kept.all_values;
  return TRUE;
}

/**
 * prospect_editor_forget:
 *
 * Empties the undo and redo history: the data changed outside the editor
 * (an import, say), so replaying it could put back rows that no longer
 * match the file.
 */
void
prospect_editor_forget (ProspectEditor *editor)
{
  g_return_if_fail (editor != NULL);
  g_ptr_array_set_size (editor->done, 0);
  g_ptr_array_set_size (editor->undone, 0);
}

gboolean
prospect_editor_can_undo (ProspectEditor *editor)
{
  return editor != NULL && editor->done->len > 0;
}

gboolean
prospect_editor_can_redo (ProspectEditor *editor)
{
  return editor != NULL && editor->undone->len > 0;
}

/* Moves the newest change of FROM onto TO, applying it backwards (undo)
 * or forwards (redo); nothing moves when applying fails. */
static gboolean
move_change (ProspectEditor  *editor,
             GPtrArray       *from,
             GPtrArray       *to,
             gboolean         forward,
             GError         **error)
{
  Change *change;

  if (from->len == 0)
    return TRUE;
  change = g_ptr_array_index (from, from->len - 1);
  if (!apply_state (editor, change->table, change->rowid, forward ? change->before : change->after,
                    forward ? change->after : change->before, error))
    return FALSE;
  /* A delete undone: the columns the table does not show come back too. */
  if (!forward && change->after == NULL && !restore_all_columns (editor->database, change, error))
    return FALSE;
  g_ptr_array_add (to, g_ptr_array_steal_index (from, from->len - 1));
  return TRUE;
}

gboolean
prospect_editor_undo (ProspectEditor  *editor,
                      GError         **error)
{
  g_return_val_if_fail (editor != NULL, FALSE);
  return move_change (editor, editor->done, editor->undone, FALSE, error);
}

gboolean
prospect_editor_redo (ProspectEditor  *editor,
                      GError         **error)
{
  g_return_val_if_fail (editor != NULL, FALSE);
  return move_change (editor, editor->undone, editor->done, TRUE, error);
}

/* ----- checks ----------------------------------------------------------- */
