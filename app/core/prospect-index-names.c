/* prospect-index-names.c: matching a benchmark's name as a document prints
 * it to the index series already in the store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-index-names"

#include "config.h"

#include <string.h>

#include "prospect-database-private.h"
#include "prospect-index-names.h"

/**
 * prospect_index_name_key:
 *
 * The part of an index's name that says which index it is, lower case:
 * what a filing adds in parentheses ("reflects no deduction for fees"),
 * marks (®, ™), punctuation inside words (S&P, Gov't), a leading "The"
 * and a trailing "Index" are left out, so "S&P 500® Index (reflects no
 * deduction …)", "SP 500 Index" and "The S&P 500" give one key, "sp 500".
 * Words are kept whole and in order: "Russell 1000 Value" and "Russell
 * 1000 Growth" stay apart.
 */
char *
prospect_index_name_key (const char *name)
{
  g_autoptr(GString) plain = g_string_new (NULL);
  g_auto(GStrv) words = NULL;
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  int depth = 0;
  guint first, last;

  g_return_val_if_fail (name != NULL, NULL);

  if (!g_utf8_validate (name, -1, NULL))
    return g_strdup ("");
  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '(' || c == '[')
        depth++;
      else if ((c == ')' || c == ']') && depth > 0)
        depth--;
      else if (depth > 0)
        continue;
      else if (g_unichar_isalnum (c))
        g_string_append_unichar (plain, g_unichar_tolower (c));
      /* Joiners inside a word, and marks that are not part of the name. */
      else if (c == '&' || c == '\'' || c == 0x2019 || c == 0x00AE || c == 0x2122 || c == 0x2120 || c == '.')
        continue;
      else
        g_string_append_c (plain, ' ');
    }

  words = g_strsplit (plain->str, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_ptr_array_add (kept, words[i]);
  first = kept->len > 1 && g_str_equal (g_ptr_array_index (kept, 0), "the") ? 1 : 0;
  last = kept->len;
  if (last > first + 1 && g_str_equal (g_ptr_array_index (kept, last - 1), "index"))
    last--;
  g_ptr_array_set_size (kept, last);
  g_ptr_array_add (kept, NULL);
  return g_strjoinv (" ", (char **) kept->pdata + first);
}

/**
 * prospect_database_find_index:
 *
 * Returns: the index series (a series of no class) called @name, or whose
 *   name gives the same key, preferring one that has calendar-year
 *   returns; 0 when none; -1 on error.
 */
gint64
prospect_database_find_index (ProspectDatabase  *database,
                              const char        *name,
                              GError           **error)
{
  g_autoptr(ProspectStatement) stmt = NULL;
  g_autofree char *key = NULL;
  gint64 found = 0;
  gboolean found_has_years = FALSE;
  gboolean row;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), -1);
  g_return_val_if_fail (name != NULL, -1);

  stmt = _prospect_database_prepare (database, "SELECT id FROM series WHERE name = ?1 AND class_id IS NULL", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  if (!_prospect_database_step (database, stmt, &row, error))
    return -1;
  if (row)
    return sqlite3_column_int64 (stmt, 0);
  g_clear_pointer (&stmt, sqlite3_finalize);

  key = prospect_index_name_key (name);
  if (key[0] == '\0')
    return 0;
  stmt = _prospect_database_prepare (database,
                                     "SELECT s.id, s.name, EXISTS (SELECT 1 FROM annual_return r WHERE r.series_id = s.id) "
                                     "FROM series s WHERE s.class_id IS NULL ORDER BY s.id", error);
  if (stmt == NULL)
    return -1;
  for (;;)
    {
      g_autofree char *other = NULL;

      if (!_prospect_database_step (database, stmt, &row, error))
        return -1;
      if (!row)
        break;
      other = prospect_index_name_key ((const char *) sqlite3_column_text (stmt, 1));
      if (!g_str_equal (key, other) || (found != 0 && (found_has_years || !sqlite3_column_int (stmt, 2))))
        continue;
      found = sqlite3_column_int64 (stmt, 0);
      found_has_years = sqlite3_column_int (stmt, 2);
    }
  return found;
}

/**
 * prospect_database_list_indexes:
 * @ids: (element-type gint64): filled with each index series' id
 * @names: (element-type utf8): filled with its name, in the same order
 *
 * Every index series (a series of no class), by name.
 */
gboolean
prospect_database_list_indexes (ProspectDatabase  *database,
                                GArray            *ids,
                                GPtrArray         *names,
                                GError           **error)
{
  g_autoptr(ProspectStatement) stmt = NULL;
  gboolean row, ok;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (ids != NULL && names != NULL, FALSE);

  stmt = _prospect_database_prepare (database, "SELECT id, name FROM series WHERE class_id IS NULL ORDER BY name", error);
  if (stmt == NULL)
    return FALSE;
  while ((ok = _prospect_database_step (database, stmt, &row, error)) && row)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
      g_ptr_array_add (names, _prospect_column_text (stmt, 1));
    }
  return ok;
}
