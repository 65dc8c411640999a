/* test-editor.c: editing tables with undo and redo, and the printed
 * example check.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "prospect-editor.h"
#include "prospect-printed-example.h"
#include "prospect-number.h"

static ProspectDatabase *
open_bundled (void)
{
  g_autoptr(GError) error = NULL;
  ProspectDatabase *db = prospect_database_open_bundled (&error);

  g_assert_no_error (error);
  return db;
}

static ProspectEditorRow *
find_row (GPtrArray  *rows,
          guint       column,
          const char *value,
          guint       column2,
          const char *value2)
{
  for (guint i = 0; i < rows->len; i++)
    {
      ProspectEditorRow *row = g_ptr_array_index (rows, i);

      if (g_str_equal (row->values[column], value) && (value2 == NULL || g_str_equal (row->values[column2], value2)))
        return row;
    }
  return NULL;
}

static char *
value_of (ProspectDatabase        *db,
          const ProspectTableSpec *table,
          gint64                   rowid,
          guint                    column)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = prospect_editor_list_rows (db, table, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < rows->len; i++)
    if (((ProspectEditorRow *) g_ptr_array_index (rows, i))->rowid == rowid)
      return g_strdup (((ProspectEditorRow *) g_ptr_array_index (rows, i))->values[column]);
  return NULL;
}

/* Id columns by name: the names people know, and a typed name turned
 * back into the id. */
static void
test_references (void)
{
  g_autoptr(ProspectDatabase) db = open_bundled ();
  const ProspectTableSpec *stated = prospect_editor_find_table ("stated");
  const ProspectColumnSpec *klass = &stated->columns[0];
  const ProspectColumnSpec *series = &stated->columns[1];
  g_autoptr(GHashTable) classes = prospect_editor_reference_names (db, PROSPECT_REFERENCE_CLASS, NULL);
  g_autoptr(GHashTable) all_series = prospect_editor_reference_names (db, PROSPECT_REFERENCE_SERIES, NULL);
  g_autoptr(GError) error = NULL;
  char *id;

  g_assert_cmpint (klass->refers_to, ==, PROSPECT_REFERENCE_CLASS);
  g_assert_cmpint (series->refers_to, ==, PROSPECT_REFERENCE_SERIES);
  g_assert_cmpstr (g_hash_table_lookup (classes, "1"), ==, "Balanced Portfolio – Institutional Shares");
  g_assert_cmpstr (g_hash_table_lookup (all_series, "2"), ==, "S&P 500 Index");

  /* As shown, in any case; a class by its own name where only one has it;
   * an id as it is; an empty cell for the column's own check. */
  id = prospect_editor_resolve_reference (db, series, "s&p 500 INDEX", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (id, ==, "2");
  g_free (id);
  id = prospect_editor_resolve_reference (db, klass, "Service Shares", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (id, ==, "2");
  g_free (id);
  id = prospect_editor_resolve_reference (db, klass, " 7 ", &error);
  g_assert_cmpstr (id, ==, "7");
  g_free (id);
  id = prospect_editor_resolve_reference (db, klass, "", &error);
  g_assert_cmpstr (id, ==, "");
  g_free (id);
  /* Not a column of ids: the text as it is. */
  id = prospect_editor_resolve_reference (db, &stated->columns[2], "Balanced Portfolio", &error);
  g_assert_cmpstr (id, ==, "Balanced Portfolio");
  g_free (id);

  g_assert_null (prospect_editor_resolve_reference (db, klass, "Retirement Shares", &error));
  g_assert_error (error, PROSPECT_INPUT_ERROR, PROSPECT_INPUT_ERROR_OUT_OF_RANGE);
  g_assert_nonnull (strstr (error->message, "no share class is named “Retirement Shares”"));
  g_clear_error (&error);

  /* Two funds with an "Institutional Shares" class: the short name is
   * ambiguous, the full one is not. */
  {
    g_autoptr(ProspectEditor) editor = prospect_editor_new (db);
    const char *fund[] = { "Janus Aspen Series", "Growth Portfolio", "", "", "", "", "", NULL };
    const char *other[] = { "2", "Institutional Shares", "", "", "", NULL };
    gint64 fund_id = prospect_editor_insert_row (editor, prospect_editor_find_table ("funds"), fund, &error);

    g_assert_no_error (error);
    g_assert_cmpint (fund_id, ==, 2);
    g_assert_cmpint (prospect_editor_insert_row (editor, prospect_editor_find_table ("classes"), other, &error), >, 0);
    g_assert_no_error (error);
    g_assert_null (prospect_editor_resolve_reference (db, klass, "institutional shares", &error));
    g_assert_nonnull (strstr (error->message, "more than one share class"));
    g_clear_error (&error);
    id = prospect_editor_resolve_reference (db, klass, "Growth Portfolio – Institutional Shares", &error);
    g_assert_no_error (error);
    g_assert_cmpstr (id, ==, "3");
    g_free (id);
  }
}

static void
test_tables (void)
{
  static const struct { const char *id; guint rows; } expected[] = {
    { "funds", 1 }, { "classes", 2 }, { "series", 3 }, { "returns", 13 }, { "stated", 9 }, { "fees", 1 },
    { "deferred", 0 }, { "breakpoints", 0 }, { "examples", 4 }, { "highlights", 90 },
  };
  g_autoptr(ProspectDatabase) db = open_bundled ();

  g_assert_cmpuint (prospect_editor_n_tables (), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const ProspectTableSpec *table = prospect_editor_find_table (expected[i].id);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) rows = NULL;

      g_assert_nonnull (table);
      g_assert_true (prospect_editor_table (i) == table);
      rows = prospect_editor_list_rows (db, table, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (rows->len, ==, expected[i].rows);
      for (guint r = 0; r < rows->len; r++)
        g_assert_cmpuint (g_strv_length (((ProspectEditorRow *) g_ptr_array_index (rows, r))->values), ==,
                          table->n_columns);
    }
  g_assert_null (prospect_editor_find_table ("nope"));
}

static void
test_edit_undo_redo (void)
{
  g_autoptr(ProspectDatabase) db = open_bundled ();
  g_autoptr(ProspectEditor) editor = prospect_editor_new (db);
  const ProspectTableSpec *returns = prospect_editor_find_table ("returns");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = prospect_editor_list_rows (db, returns, &error);
  ProspectEditorRow *y2000 = find_row (rows, 1, "2000", 0, "1");
  g_autofree char *v1 = NULL, *v2 = NULL, *v3 = NULL;

  g_assert_nonnull (y2000);
  g_assert_cmpstr (y2000->values[2], ==, "-2.27");
  g_assert_false (prospect_editor_can_undo (editor));

  /* Checked as typed: nothing is written. */
  g_assert_false (prospect_editor_set_value (editor, returns, y2000->rowid, 2, "abc", &error));
  g_assert_error (error, PROSPECT_INPUT_ERROR, PROSPECT_INPUT_ERROR_NOT_A_NUMBER);
  g_clear_error (&error);
  g_assert_false (prospect_editor_set_value (editor, returns, y2000->rowid, 1, "", &error));
  g_assert_error (error, PROSPECT_INPUT_ERROR, PROSPECT_INPUT_ERROR_EMPTY);
  g_clear_error (&error);
  g_assert_false (prospect_editor_can_undo (editor));

  g_assert_true (prospect_editor_set_value (editor, returns, y2000->rowid, 2, "-2.5", &error));
  g_assert_no_error (error);
  v1 = value_of (db, returns, y2000->rowid, 2);
  g_assert_cmpstr (v1, ==, "-2.5");
  g_assert_true (prospect_editor_undo (editor, &error));
  v2 = value_of (db, returns, y2000->rowid, 2);
  g_assert_cmpstr (v2, ==, "-2.27");
  g_assert_true (prospect_editor_can_redo (editor));
  g_assert_true (prospect_editor_redo (editor, &error));
  v3 = value_of (db, returns, y2000->rowid, 2);
  g_assert_cmpstr (v3, ==, "-2.5");
}

static void
test_insert_delete (void)
{
  g_autoptr(ProspectDatabase) db = open_bundled ();
  g_autoptr(ProspectEditor) editor = prospect_editor_new (db);
  const ProspectTableSpec *returns = prospect_editor_find_table ("returns");
  const ProspectTableSpec *fees = prospect_editor_find_table ("fees");
  g_autoptr(GError) error = NULL;
  const char *row[] = { "2", "1992", "7.62", "made up for a test", "1992-12-31", NULL };
  g_autoptr(GPtrArray) before = prospect_editor_list_rows (db, fees, &error);
  g_autoptr(GPtrArray) after = NULL;
  gint64 rowid;
  g_autofree char *gone = NULL;
  g_autofree char *back = NULL;

  rowid = prospect_editor_insert_row (editor, returns, row, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rowid, >, 0);
  back = value_of (db, returns, rowid, 2);
  g_assert_cmpstr (back, ==, "7.62");
  g_assert_true (prospect_editor_undo (editor, &error));
  gone = value_of (db, returns, rowid, 2);
  g_assert_null (gone);
  g_assert_true (prospect_editor_redo (editor, &error));
  g_clear_pointer (&back, g_free);
  back = value_of (db, returns, rowid, 2);
  g_assert_cmpstr (back, ==, "7.62");

  /* A duplicate year for the same series is refused in words. */
  g_assert_cmpint (prospect_editor_insert_row (editor, returns, row, &error), ==, 0);
  g_assert_nonnull (strstr (error->message, "another row already says this"));
  g_clear_error (&error);

  /* Delete a whole fee table, then bring it back as it was. */
  g_assert_true (prospect_editor_delete_row (editor, fees, ((ProspectEditorRow *) g_ptr_array_index (before, 0))->rowid,
                                             &error));
  g_assert_no_error (error);
  after = prospect_editor_list_rows (db, fees, &error);
  g_assert_cmpuint (after->len, ==, 0);
  g_clear_pointer (&after, g_ptr_array_unref);
  g_assert_true (prospect_editor_undo (editor, &error));
  after = prospect_editor_list_rows (db, fees, &error);
  g_assert_cmpuint (after->len, ==, 1);
  for (guint c = 0; c < fees->n_columns; c++)
    g_assert_cmpstr (((ProspectEditorRow *) g_ptr_array_index (after, 0))->values[c], ==,
                     ((ProspectEditorRow *) g_ptr_array_index (before, 0))->values[c]);
}

static void
test_refused_changes (void)
{
  g_autoptr(ProspectDatabase) db = open_bundled ();
  g_autoptr(ProspectEditor) editor = prospect_editor_new (db);
  const ProspectTableSpec *classes = prospect_editor_find_table ("classes");
  const ProspectTableSpec *stated = prospect_editor_find_table ("stated");
  g_autoptr(GError) error = NULL;
  g_autofree char *fund = NULL;

  /* A class of a fund that does not exist. */
  g_assert_false (prospect_editor_set_value (editor, classes, 1, 0, "999", &error));
  g_assert_nonnull (strstr (error->message, "refers to nothing"));
  g_clear_error (&error);
  fund = value_of (db, classes, 1, 0);
  g_assert_cmpstr (fund, ==, "1");
  g_assert_false (prospect_editor_can_undo (editor));

  g_assert_false (prospect_editor_set_value (editor, stated, 1, 3, "3y", &error));
  g_assert_nonnull (strstr (error->message, "must be one of"));
  g_clear_error (&error);
  g_assert_false (prospect_editor_set_value (editor, stated, 1, 4, "9/13/93", &error));
  g_assert_nonnull (strstr (error->message, "YYYY-MM-DD"));
}

static guint
column_index (const ProspectTableSpec *table,
              const char              *name)
{
  for (guint i = 0; i < table->n_columns; i++)
    if (g_str_equal (table->columns[i].name, name))
      return i;
  g_error ("no column %s in %s", name, table->id);
}

static void
test_printed_example_check (void)
{
  g_autoptr(ProspectDatabase) db = open_bundled ();
  g_autoptr(ProspectEditor) editor = prospect_editor_new (db);
  const ProspectTableSpec *fees = prospect_editor_find_table ("fees");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) none = prospect_check_printed_examples (db, &error);
  g_autoptr(GPtrArray) some = NULL;
  g_autoptr(GPtrArray) rows = prospect_editor_list_rows (db, fees, &error);
  gint64 rowid = ((ProspectEditorRow *) g_ptr_array_index (rows, 0))->rowid;

  g_assert_no_error (error);
  g_assert_cmpuint (none->len, ==, 0);

  /* A total of 0.75% no longer gives the printed $67 … $822. */
  g_assert_true (prospect_editor_set_value (editor, fees, rowid, column_index (fees, "total_pct"), "0.75", &error));
  some = prospect_check_printed_examples (db, &error);
  g_assert_cmpuint (some->len, ==, 4);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (some, 0),
                                   "Balanced Portfolio – Institutional Shares: the example prints $67 for 1 year, "
                                   "but the fee table gives $77."));
  g_assert_true (prospect_editor_undo (editor, &error));
  g_clear_pointer (&some, g_ptr_array_unref);
  some = prospect_check_printed_examples (db, &error);
  g_assert_cmpuint (some->len, ==, 0);
}

static void
test_read_only (void)
{
  g_autofree char *dir = g_dir_make_tmp ("prospect-editor-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "ro.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = NULL;
  g_autoptr(ProspectEditor) editor = NULL;

  db = prospect_database_open (path, &error);
  g_assert_no_error (error);
  g_clear_object (&db);
  /* Fold the write-ahead log back so the file alone holds everything. */
  {
    g_autofree char *wal = g_strdup_printf ("%s-wal", path);

    g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS) && g_file_test (wal, G_FILE_TEST_IS_DIR));
  }
  g_chmod (path, 0444);
  db = prospect_database_open (path, &error);
  g_assert_no_error (error);
  editor = prospect_editor_new (db);
  g_assert_false (prospect_editor_set_value (editor, prospect_editor_find_table ("returns"), 1, 2, "1", &error));
  g_assert_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_READ_ONLY);
  g_clear_pointer (&editor, prospect_editor_free);
  g_clear_object (&db);
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *file = g_build_filename (dir, name, NULL);

        g_chmod (file, 0600);
        g_unlink (file);
      }
  }
  g_rmdir (dir);
}

/* Undoing a delete gives back every column, the source the table does not
 * show included; an import empties the history. */
static void
test_undo_delete_keeps_source (void)
{
  g_autoptr(ProspectDatabase) db = open_bundled ();
  g_autoptr(ProspectEditor) editor = prospect_editor_new (db);
  const ProspectTableSpec *returns = prospect_editor_find_table ("returns");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = prospect_editor_list_rows (db, returns, &error);
  g_autofree char *before = prospect_database_describe_annual_return (db, 1, 1998, &error);
  g_autofree char *after = NULL;
  gint64 rowid = 0;

  g_assert_nonnull (before);
  g_assert_nonnull (strstr (before, "Financial highlights, line 12"));
  for (guint i = 0; i < rows->len; i++)
    {
      ProspectEditorRow *row = g_ptr_array_index (rows, i);

      if (g_str_equal (row->values[0], "1") && g_str_equal (row->values[1], "1998"))
        rowid = row->rowid;
    }
  g_assert_true (prospect_editor_delete_row (editor, returns, rowid, &error));
  g_assert_null (prospect_database_describe_annual_return (db, 1, 1998, NULL));
  g_assert_true (prospect_editor_undo (editor, &error));
  g_assert_no_error (error);
  after = prospect_database_describe_annual_return (db, 1, 1998, &error);
  g_assert_cmpstr (after, ==, before);

  /* Redo deletes it again, undo brings it back whole again. */
  g_assert_true (prospect_editor_redo (editor, &error));
  g_assert_true (prospect_editor_undo (editor, &error));
  g_clear_pointer (&after, g_free);
  after = prospect_database_describe_annual_return (db, 1, 1998, &error);
  g_assert_cmpstr (after, ==, before);

  prospect_editor_forget (editor);
  g_assert_false (prospect_editor_can_undo (editor));
  g_assert_false (prospect_editor_can_redo (editor));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/prospect/editor/tables", test_tables);
  g_test_add_func ("/prospect/editor/references", test_references);
  g_test_add_func ("/prospect/editor/edit-undo-redo", test_edit_undo_redo);
  g_test_add_func ("/prospect/editor/insert-delete", test_insert_delete);
  g_test_add_func ("/prospect/editor/refused-changes", test_refused_changes);
  g_test_add_func ("/prospect/editor/printed-example-check", test_printed_example_check);
  g_test_add_func ("/prospect/editor/read-only", test_read_only);
  g_test_add_func ("/prospect/editor/undo-delete-keeps-source", test_undo_delete_keeps_source);

  return g_test_run ();
}
