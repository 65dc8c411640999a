/* prospect-editor-refs.c: the Data page's id columns by name.  People know
 * a class as "Balanced Portfolio – Institutional Shares", not as 1: the
 * cells show names, and a name (or an id) typed into one is turned back
 * into the id the store keeps.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-editor"

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "prospect-database-private.h"
#include "prospect-editor.h"
#include "prospect-number.h"

static const char *
names_sql (ProspectReference refers_to)
{
  switch (refers_to)
    {
    case PROSPECT_REFERENCE_FUND:
      return "SELECT id, name FROM fund";
    case PROSPECT_REFERENCE_CLASS:
      return "SELECT c.id, f.name || ' – ' || c.name FROM share_class c JOIN fund f ON f.id = c.fund_id";
    case PROSPECT_REFERENCE_SERIES:
      return "SELECT id, name FROM series";
    case PROSPECT_REFERENCE_NONE:
    default:
      return NULL;
    }
}

static const char *
what (ProspectReference refers_to)
{
  switch (refers_to)
    {
    case PROSPECT_REFERENCE_FUND:
      return _("fund");
    case PROSPECT_REFERENCE_CLASS:
      return _("share class");
    case PROSPECT_REFERENCE_SERIES:
    case PROSPECT_REFERENCE_NONE:
    default:
      return _("series");
    }
}

/**
 * prospect_editor_reference_names:
 *
 * Returns: (transfer full): the id, as the cell holds it ("1"), to the
 *   name people know it by ("Balanced Portfolio – Institutional Shares"),
 *   or NULL on error.
 */
GHashTable *
prospect_editor_reference_names (ProspectDatabase  *database,
                                 ProspectReference  refers_to,
                                 GError           **error)
{
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(ProspectStatement) stmt = NULL;
  const char *sql = names_sql (refers_to);

  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), NULL);

  if (sql == NULL)
    return g_steal_pointer (&names);
  stmt = _prospect_database_prepare (database, sql, error);
  if (stmt == NULL)
    return NULL;
  for (;;)
    {
      gboolean row;

      if (!_prospect_database_step (database, stmt, &row, error))
        return NULL;
      if (!row)
        break;
      g_hash_table_insert (names, g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, 0)),
                           g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  return g_steal_pointer (&names);
}

static gboolean
is_whole_number (const char *text)
{
  return *text != '\0' && strspn (text, "0123456789") == strlen (text);
}

/**
 * prospect_editor_resolve_reference:
 *
 * What to store for @text typed into an id column: an id as it is; a name
 * (as shown, or a class's own name where only one class has it; case does
 * not matter) as that row's id; other text as it is, for the column's own
 * check to refuse.
 *
 * Returns: (transfer full): the text to store, or NULL with @error set
 *   when the name matches no row or more than one.
 */
char *
prospect_editor_resolve_reference (ProspectDatabase          *database,
                                   const ProspectColumnSpec  *column,
                                   const char                *text,
                                   GError                   **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autoptr(GHashTable) names = NULL;
  g_autofree char *wanted = NULL;
  g_autofree char *found = NULL;
  guint n_found = 0, n_short = 0;
  g_autofree char *found_short = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (column != NULL, NULL);

  if (column->refers_to == PROSPECT_REFERENCE_NONE || *trimmed == '\0' || is_whole_number (trimmed) ||
      !g_utf8_validate (trimmed, -1, NULL))
    return g_steal_pointer (&trimmed);
  names = prospect_editor_reference_names (database, column->refers_to, error);
  if (names == NULL)
    return NULL;
  wanted = g_utf8_casefold (trimmed, -1);
  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autofree char *name = g_utf8_casefold (value, -1);
      const char *dash = strstr (name, " – ");

      if (g_str_equal (name, wanted))
        {
          n_found++;
          g_free (found);
          found = g_strdup (key);
        }
      /* A class by its own name: "Institutional Shares". */
      else if (column->refers_to == PROSPECT_REFERENCE_CLASS && dash != NULL && g_str_equal (dash + strlen (" – "), wanted))
        {
          n_short++;
          g_free (found_short);
          found_short = g_strdup (key);
        }
    }
  if (n_found == 1)
    return g_steal_pointer (&found);
  if (n_found == 0 && n_short == 1)
    return g_steal_pointer (&found_short);
  if (n_found + n_short == 0)
    g_set_error (error, PROSPECT_INPUT_ERROR, PROSPECT_INPUT_ERROR_OUT_OF_RANGE,
                 _("%s: no %s is named “%s”; type its name as the table shows it, or its id."), _(column->label),
                 what (column->refers_to), trimmed);
  else
    g_set_error (error, PROSPECT_INPUT_ERROR, PROSPECT_INPUT_ERROR_OUT_OF_RANGE,
                 _("%s: more than one %s is named “%s”; type the full name as the table shows it, or its id (point "
                   "at a cell to see it)."), _(column->label), what (column->refers_to), trimmed);
  return NULL;
}
