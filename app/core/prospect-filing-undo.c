/* prospect-filing-undo.c: what a filing import changed, kept so that it
 * can be taken back.  Rows it is about to replace are copied column for
 * column (as SQLite values) before the import touches them; rows it adds
 * are noted by id.  Table names are fixed text; every value is bound.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-filing"

#include "config.h"

#include <glib/gi18n.h>

#include "prospect-database-private.h"
#include "prospect-filing-undo.h"

typedef struct
{
  const char  *table;       /* one of the fixed names below */
  GStrv        columns;
  GPtrArray   *rows;        /* sqlite3_value *[n_columns] */
} Snapshot;

struct _ProspectFilingUndo
{
  gint64     document_id;
  GArray    *added_classes;    /* gint64 */
  GArray    *added_funds;
  GArray    *added_series;     /* index series the import created */
  GArray    *kept_classes;     /* gint64, the replaced classes, in order */
  GArray    *kept_funds;
  GPtrArray *snapshots;        /* Snapshot, restored in order */
};

/* A replaced class's rows, parents before children. */
static const struct
{
  const char *table;
  const char *select;
} class_rows[] = {
  { "share_class", "SELECT * FROM share_class WHERE id = ?1" },
  { "series", "SELECT * FROM series WHERE class_id = ?1" },
  { "annual_return", "SELECT * FROM annual_return WHERE series_id IN (SELECT id FROM series WHERE class_id = ?1)" },
  { "stated_return", "SELECT * FROM stated_return WHERE class_id = ?1" },
  { "fee_table", "SELECT * FROM fee_table WHERE class_id = ?1" },
  { "deferred_charge", "SELECT * FROM deferred_charge WHERE class_id = ?1" },
  { "expense_example", "SELECT * FROM expense_example WHERE class_id = ?1" },
  { "quarter_return", "SELECT * FROM quarter_return WHERE class_id = ?1" },
};

static const struct
{
  const char *table;
  const char *select;
} fund_rows[] = {
  { "fund", "SELECT * FROM fund WHERE id = ?1" },
  { "text_block", "SELECT * FROM text_block WHERE fund_id = ?1 AND topic IN ('objective', 'strategies', 'risks')" },
};

/* What an import replaces in a class, cleared before the kept rows go back. */
static const char *const class_children[] = {
  "DELETE FROM fee_table WHERE class_id = ?1", "DELETE FROM deferred_charge WHERE class_id = ?1",
  "DELETE FROM expense_example WHERE class_id = ?1", "DELETE FROM stated_return WHERE class_id = ?1",
  "DELETE FROM series WHERE class_id = ?1", "DELETE FROM quarter_return WHERE class_id = ?1",
};

static void
row_free (gpointer data)
{
  sqlite3_value **values = data;

  for (guint i = 0; values[i] != NULL; i++)
    sqlite3_value_free (values[i]);
  g_free (values);
}

static void
snapshot_free (Snapshot *snapshot)
{
  g_strfreev (snapshot->columns);
  g_ptr_array_unref (snapshot->rows);
  g_free (snapshot);
}

void
prospect_filing_undo_free (ProspectFilingUndo *undo)
{
  if (undo == NULL)
    return;
  g_array_unref (undo->added_classes);
  g_array_unref (undo->added_funds);
  g_array_unref (undo->added_series);
  g_array_unref (undo->kept_classes);
  g_array_unref (undo->kept_funds);
  g_ptr_array_unref (undo->snapshots);
  g_free (undo);
}

ProspectFilingUndo *
_prospect_filing_undo_new (gint64 document_id)
{
  ProspectFilingUndo *undo = g_new0 (ProspectFilingUndo, 1);

  undo->document_id = document_id;
  undo->added_classes = g_array_new (FALSE, FALSE, sizeof (gint64));
  undo->added_funds = g_array_new (FALSE, FALSE, sizeof (gint64));
  undo->added_series = g_array_new (FALSE, FALSE, sizeof (gint64));
  undo->kept_classes = g_array_new (FALSE, FALSE, sizeof (gint64));
  undo->kept_funds = g_array_new (FALSE, FALSE, sizeof (gint64));
  undo->snapshots = g_ptr_array_new_with_free_func ((GDestroyNotify) snapshot_free);
  return undo;
}

void
_prospect_filing_undo_added (ProspectFilingUndo *undo,
                             const char         *table,
                             gint64              id)
{
  if (g_str_equal (table, "share_class"))
    g_array_append_val (undo->added_classes, id);
  else if (g_str_equal (table, "fund"))
    g_array_append_val (undo->added_funds, id);
  else if (g_str_equal (table, "series"))
    g_array_append_val (undo->added_series, id);
}

static gboolean
take_snapshot (ProspectFilingUndo  *undo,
               ProspectDatabase    *database,
               const char          *table,
               const char          *select,
               gint64               id,
               GError             **error)
{
  g_autoptr(ProspectStatement) stmt = _prospect_database_prepare_with_id (database, select, id, error);
  Snapshot *snapshot;
  gboolean row;
  int n;

  if (stmt == NULL)
    return FALSE;
  snapshot = g_new0 (Snapshot, 1);
  snapshot->table = table;
  snapshot->rows = g_ptr_array_new_with_free_func (row_free);
  n = sqlite3_column_count (stmt);
  snapshot->columns = g_new0 (char *, n + 1);
  for (int c = 0; c < n; c++)
    snapshot->columns[c] = g_strdup (sqlite3_column_name (stmt, c));
  g_ptr_array_add (undo->snapshots, snapshot);
  for (;;)
    {
      sqlite3_value **values;

      if (!_prospect_database_step (database, stmt, &row, error))
        return FALSE;
      if (!row)
        return TRUE;
      values = g_new0 (sqlite3_value *, n + 1);
      for (int c = 0; c < n; c++)
        values[c] = sqlite3_value_dup (sqlite3_column_value (stmt, c));
      g_ptr_array_add (snapshot->rows, values);
    }
}

gboolean
_prospect_filing_undo_keep_class (ProspectFilingUndo  *undo,
                                  ProspectDatabase    *database,
                                  gint64               class_id,
                                  GError             **error)
{
  g_array_append_val (undo->kept_classes, class_id);
  for (guint i = 0; i < G_N_ELEMENTS (class_rows); i++)
    if (!take_snapshot (undo, database, class_rows[i].table, class_rows[i].select, class_id, error))
      return FALSE;
  return TRUE;
}

gboolean
_prospect_filing_undo_keep_fund (ProspectFilingUndo  *undo,
                                 ProspectDatabase    *database,
                                 gint64               fund_id,
                                 GError             **error)
{
  for (guint i = 0; i < undo->kept_funds->len; i++)
    if (g_array_index (undo->kept_funds, gint64, i) == fund_id)
      return TRUE;
  g_array_append_val (undo->kept_funds, fund_id);
  for (guint i = 0; i < G_N_ELEMENTS (fund_rows); i++)
    if (!take_snapshot (undo, database, fund_rows[i].table, fund_rows[i].select, fund_id, error))
      return FALSE;
  return TRUE;
}

static char *
quoted (const char *identifier)
{
  g_autoptr(GString) text = g_string_new ("\"");

  for (const char *p = identifier; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (text, '"');
      g_string_append_c (text, *p);
    }
  g_string_append_c (text, '"');
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The share_class and fund rows still exist (saved scenarios point at
 * them), so they are updated in place; every other row goes back in. */
static gboolean
restore (ProspectDatabase  *database,
         const Snapshot    *snapshot,
         GError           **error)
{
  gboolean update = g_str_equal (snapshot->table, "share_class") || g_str_equal (snapshot->table, "fund");
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(ProspectStatement) stmt = NULL;
  guint n = g_strv_length (snapshot->columns);

  if (update)
    {
      g_string_append_printf (sql, "UPDATE %s SET ", snapshot->table);
      for (guint c = 0; c < n; c++)
        {
          g_autofree char *name = quoted (snapshot->columns[c]);

          g_string_append_printf (sql, "%s%s = ?%u", c > 0 ? ", " : "", name, c + 1);
        }
      g_string_append (sql, " WHERE id = ?1");
    }
  else
    {
      g_string_append_printf (sql, "INSERT INTO %s (", snapshot->table);
      for (guint c = 0; c < n; c++)
        {
          g_autofree char *name = quoted (snapshot->columns[c]);

          g_string_append_printf (sql, "%s%s", c > 0 ? ", " : "", name);
        }
      g_string_append (sql, ") VALUES (");
      for (guint c = 0; c < n; c++)
        g_string_append_printf (sql, "%s?%u", c > 0 ? ", " : "", c + 1);
      g_string_append (sql, ")");
    }
  stmt = _prospect_database_prepare (database, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  for (guint r = 0; r < snapshot->rows->len; r++)
    {
      sqlite3_value **values = g_ptr_array_index (snapshot->rows, r);
      gboolean row;

      for (guint c = 0; c < n; c++)
        sqlite3_bind_value (stmt, (int) c + 1, values[c]);
      if (!_prospect_database_step (database, stmt, &row, error))
        return FALSE;
      sqlite3_reset (stmt);
    }
  return TRUE;
}

static gboolean
run_for_ids (ProspectDatabase  *database,
             const char        *sql,
             GArray            *ids,
             GError           **error)
{
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(ProspectStatement) stmt = _prospect_database_prepare_with_id (database, sql,
                                                                              g_array_index (ids, gint64, i), error);
      gboolean row;

      if (stmt == NULL || !_prospect_database_step (database, stmt, &row, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * prospect_filing_undo_apply:
 *
 * Takes back the import @undo was made for, in one transaction: the
 * classes, funds and indexes it added are removed, the classes and funds
 * it replaced get every row and column back, and the filing's document
 * entry goes.
 */
gboolean
prospect_filing_undo_apply (ProspectDatabase  *database,
                            ProspectFilingUndo *undo,
                            GError           **error)
{
  g_autoptr(GArray) document = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (undo != NULL, FALSE);

  if (!_prospect_database_writable (database, error) || !_prospect_database_exec (database, "BEGIN IMMEDIATE", error))
    return FALSE;
  g_array_append_val (document, undo->document_id);
  if (!run_for_ids (database, "DELETE FROM share_class WHERE id = ?1", undo->added_classes, error))
    goto failed;
  for (guint i = 0; i < G_N_ELEMENTS (class_children); i++)
    if (!run_for_ids (database, class_children[i], undo->kept_classes, error))
      goto failed;
  if (!run_for_ids (database, "DELETE FROM text_block WHERE fund_id = ?1 AND topic IN ('objective', 'strategies', "
                              "'risks')", undo->kept_funds, error))
    goto failed;
  /* The indexes the import added go before the kept rows return: a kept
   * series may have had the id a new one was given. */
  if (!run_for_ids (database, "DELETE FROM series WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM stated_return "
                              "WHERE series_id = ?1) AND NOT EXISTS (SELECT 1 FROM annual_return WHERE series_id = ?1)",
                    undo->added_series, error))
    goto failed;
  for (guint i = 0; i < undo->snapshots->len; i++)
    if (!restore (database, g_ptr_array_index (undo->snapshots, i), error))
      goto failed;
  if (!run_for_ids (database, "DELETE FROM fund WHERE id = ?1", undo->added_funds, error)
      || !run_for_ids (database, "DELETE FROM document WHERE id = ?1", document, error))
    goto failed;
  if (!_prospect_database_exec (database, "COMMIT", error))
    goto failed;
  return TRUE;

failed:
  _prospect_database_exec (database, "ROLLBACK", NULL);
  return FALSE;
}
