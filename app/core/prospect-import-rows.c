/* prospect-import-rows.c: each kind of CSV row (funds, returns, fees,
 * highlights) written into the store: the class it names, the series it
 * belongs to, and one bound statement a kind.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-import"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "prospect-fee-lines.h"
#include "prospect-import-private.h"
#include "prospect-returns.h"

static gint64
find_class (Import    *im,
            GPtrArray *fields,
            guint      line,
            GError   **error)
{
  const char *trust = _prospect_import_field (im, fields, "trust");
  const char *fund = _prospect_import_field (im, fields, "fund");
  const char *klass = _prospect_import_field (im, fields, "class");
  g_autofree char *key = g_strdup_printf ("%s\n%s\n%s", trust, fund, klass);
  gpointer cached;
  g_autoptr(ProspectStatement) stmt = NULL;
  gboolean row;
  gint64 id = 0;

  if (*fund == '\0' || *klass == '\0')
    {
      _prospect_import_add_problem (im, line, _("fund and class must both be given."));
      return 0;
    }
  if (g_hash_table_lookup_extended (im->class_ids, key, NULL, &cached))
    id = *(gint64 *) cached;
  else
    {
      stmt = _prospect_database_prepare (im->db, "SELECT c.id FROM share_class c JOIN fund f ON f.id = c.fund_id "
                                                 "WHERE f.name = ?1 AND c.name = ?2 AND (?3 IS NULL OR f.trust = ?3) "
                                                 "ORDER BY c.id LIMIT 2", error);
      if (stmt == NULL)
        return -1;
      sqlite3_bind_text (stmt, 1, fund, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, klass, -1, SQLITE_TRANSIENT);
      _prospect_import_bind_text_or_null (stmt, 3, trust);
      if (!_prospect_database_step (im->db, stmt, &row, error))
        return -1;
      id = row ? sqlite3_column_int64 (stmt, 0) : 0;
      /* Without a trust, a name two trusts share would pick one silently. */
      if (row && !_prospect_database_step (im->db, stmt, &row, error))
        return -1;
      if (id != 0 && row)
        {
          g_autofree char *f = _prospect_import_shown (fund);
          g_autofree char *c = _prospect_import_shown (klass);

          _prospect_import_add_problem (im, line, _("two trusts have a class “%s” of a fund “%s”; give the trust column to say "
                                                    "which."), c, f);
          return 0;
        }
      g_hash_table_insert (im->class_ids, g_steal_pointer (&key), g_memdup2 (&id, sizeof id));
    }
  if (id == 0)
    {
      g_autofree char *f = _prospect_import_shown (fund);
      g_autofree char *c = _prospect_import_shown (klass);

      _prospect_import_add_problem (im, line, _("there is no class “%s” of fund “%s”; import it with --kind funds first."), c, f);
    }
  return id;
}

static gboolean
duplicate (Import     *im,
           guint       line,
           const char *key)
{
  gpointer first;

  if (g_hash_table_lookup_extended (im->seen, key, NULL, &first))
    {
      _prospect_import_add_problem (im, line, _("the same figure is given on line %u already."), GPOINTER_TO_UINT (first));
      return TRUE;
    }
  g_hash_table_insert (im->seen, g_strdup (key), GUINT_TO_POINTER (line));
  return FALSE;
}

int
_prospect_import_funds_row (Import    *im,
                            GPtrArray *fields,
                            guint      line,
                            GError   **error)
{
  const char *trust = _prospect_import_field (im, fields, "trust");
  const char *fund = _prospect_import_field (im, fields, "fund");
  const char *klass = _prospect_import_field (im, fields, "class");
  g_autoptr(ProspectStatement) find = NULL;
  g_autofree char *key = NULL;
  gboolean row;
  gint64 fund_id;

  if (*trust == '\0' || *fund == '\0' || *klass == '\0')
    {
      _prospect_import_add_problem (im, line, _("trust, fund and class must all be given."));
      return 0;
    }
  if (!_prospect_import_date_field (im, fields, line, "inception_date") || !_prospect_import_date_field (im, fields, line, "as_of"))
    return 0;
  key = g_strdup_printf ("%s\n%s\n%s", trust, fund, klass);
  if (duplicate (im, line, key))
    return 0;

  find = _prospect_database_prepare (im->db, "SELECT id FROM fund WHERE trust = ?1 AND name = ?2 ORDER BY id LIMIT 1",
                                     error);
  if (find == NULL)
    return -1;
  sqlite3_bind_text (find, 1, trust, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (find, 2, fund, -1, SQLITE_TRANSIENT);
  if (!_prospect_database_step (im->db, find, &row, error))
    return -1;
  if (row)
    fund_id = sqlite3_column_int64 (find, 0);
  else
    {
      g_autoptr(ProspectStatement) insert =
        _prospect_database_prepare (im->db, "INSERT INTO fund (trust, name, section, as_of) VALUES (?1, ?2, ?3, ?4)",
                                    error);

      if (insert == NULL)
        return -1;
      sqlite3_bind_text (insert, 1, trust, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (insert, 2, fund, -1, SQLITE_TRANSIENT);
      _prospect_import_bind_source (im, insert, fields, 3);
      if (!_prospect_database_step (im->db, insert, &row, error))
        return -1;
      fund_id = sqlite3_last_insert_rowid (_prospect_database_get_handle (im->db));
    }

  if (_prospect_import_row_statement (im, "INSERT INTO share_class (fund_id, name, inception_date, section, as_of) "
                                          "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (fund_id, name) DO UPDATE SET "
                                          "inception_date = excluded.inception_date, section = excluded.section, "
                                          "as_of = excluded.as_of", error) == NULL)
    return -1;
  sqlite3_bind_int64 (im->stmt, 1, fund_id);
  sqlite3_bind_text (im->stmt, 2, klass, -1, SQLITE_TRANSIENT);
  _prospect_import_bind_text_or_null (im->stmt, 3, _prospect_import_field (im, fields, "inception_date"));
  _prospect_import_bind_source (im, im->stmt, fields, 4);
  return _prospect_import_run (im, im->stmt, error) ? 1 : -1;
}

/* A name for a class's new series that no other series has: "Fund –
 * Class", with the trust added where another trust's class has it. */
static char *
unique_series_name (Import      *im,
                    const char  *fund,
                    const char  *klass,
                    const char  *trust,
                    GError     **error)
{
  g_autofree char *plain = g_strdup_printf ("%s – %s", fund, klass);

  for (guint n = 0; n < 100; n++)
    {
      g_autofree char *name = n == 0 ? g_strdup (plain)
                              : n == 1 && *trust != '\0' ? g_strdup_printf ("%s (%s)", plain, trust)
                              : g_strdup_printf ("%s (%u)", plain, n);
      g_autoptr(ProspectStatement) find = _prospect_database_prepare (im->db, "SELECT 1 FROM series WHERE name = ?1",
                                                                      error);
      gboolean row;

      if (find == NULL)
        return NULL;
      sqlite3_bind_text (find, 1, name, -1, SQLITE_TRANSIENT);
      if (!_prospect_database_step (im->db, find, &row, error))
        return NULL;
      if (!row)
        return g_steal_pointer (&name);
    }
  return g_steal_pointer (&plain);
}

static gint64
series_for (Import      *im,
            GPtrArray   *fields,
            guint        line,
            const char **label,
            GError     **error)
{
  const char *benchmark = _prospect_import_field (im, fields, "benchmark");
  const char *fund = _prospect_import_field (im, fields, "fund");
  const char *klass = _prospect_import_field (im, fields, "class");
  g_autofree char *name = NULL;
  g_autofree char *series_key = NULL;
  gint64 class_id = 0;
  gpointer cached;
  gboolean row;

  if (*benchmark != '\0' && (*fund != '\0' || *klass != '\0'))
    {
      _prospect_import_add_problem (im, line, _("give either a benchmark or a fund and class, not both."));
      return 0;
    }
  if (*benchmark == '\0')
    {
      class_id = find_class (im, fields, line, error);
      if (class_id <= 0)
        return class_id;
      name = g_strdup_printf ("%s – %s", fund, klass);
    }
  else
    name = g_strdup (benchmark);
  *label = benchmark;

  {
    /* A class's series is the class's, whatever its name; a benchmark is
     * found by name. */
    g_autofree char *key = class_id != 0 ? g_strdup_printf ("\x01%" G_GINT64_FORMAT, class_id) : g_strdup (name);

    if (g_hash_table_lookup_extended (im->series_ids, key, NULL, &cached))
      return *(gint64 *) cached;
    g_free (name);
    name = class_id != 0 ? unique_series_name (im, fund, klass, _prospect_import_field (im, fields, "trust"), error)
                         : g_strdup (benchmark);
    if (name == NULL)
      return -1;
    series_key = g_steal_pointer (&key);
  }

  {
    g_autoptr(ProspectStatement) find = _prospect_database_prepare (
      im->db, class_id != 0 ? "SELECT id FROM series WHERE class_id = ?1 ORDER BY id LIMIT 1"
                            : "SELECT id FROM series WHERE name = ?2 ORDER BY id LIMIT 1", error);
    gint64 id;

    if (find == NULL)
      return -1;
    if (class_id != 0)
      sqlite3_bind_int64 (find, 1, class_id);
    else
      sqlite3_bind_text (find, 2, name, -1, SQLITE_TRANSIENT);
    if (!_prospect_database_step (im->db, find, &row, error))
      return -1;
    if (row)
      id = sqlite3_column_int64 (find, 0);
    else
      {
        g_autoptr(ProspectStatement) insert =
          _prospect_database_prepare (im->db, "INSERT INTO series (name, class_id) VALUES (?1, ?2)", error);

        if (insert == NULL)
          return -1;
        sqlite3_bind_text (insert, 1, name, -1, SQLITE_TRANSIENT);
        if (class_id != 0)
          sqlite3_bind_int64 (insert, 2, class_id);
        else
          sqlite3_bind_null (insert, 2);
        if (!_prospect_database_step (im->db, insert, &row, error))
          return -1;
        id = sqlite3_last_insert_rowid (_prospect_database_get_handle (im->db));
      }
    g_hash_table_insert (im->series_ids, g_steal_pointer (&series_key), g_memdup2 (&id, sizeof id));
    return id;
  }
}

int
_prospect_import_returns_row (Import    *im,
                              GPtrArray *fields,
                              guint      line,
                              GError   **error)
{
  const char *label = NULL;
  double year, pct;
  gint64 series;
  g_autofree char *key = NULL;

  if (!_prospect_import_number (im, fields, line, "year", 1800, 2200, FALSE, &year) ||
      !_prospect_import_number (im, fields, line, "return_pct", -100, 100000, FALSE, &pct) ||
      !_prospect_import_date_field (im, fields, line, "as_of"))
    return 0;
  if (year != floor (year))
    {
      _prospect_import_add_problem (im, line, _("year must be a whole number."));
      return 0;
    }
  series = series_for (im, fields, line, &label, error);
  if (series <= 0)
    return (int) MAX (series, -1);
  key = g_strdup_printf ("%" G_GINT64_FORMAT "/%d", series, (int) year);
  if (duplicate (im, line, key))
    return 0;

  if (_prospect_import_row_statement (im, "INSERT INTO annual_return (series_id, year, return_pct, section, as_of) "
                                          "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (series_id, year) DO UPDATE SET "
                                          "return_pct = excluded.return_pct, section = excluded.section, "
                                          "as_of = excluded.as_of", error) == NULL)
    return -1;
  sqlite3_bind_int64 (im->stmt, 1, series);
  sqlite3_bind_int (im->stmt, 2, (int) year);
  sqlite3_bind_double (im->stmt, 3, pct);
  _prospect_import_bind_source (im, im->stmt, fields, 4);
  return _prospect_import_run (im, im->stmt, error) ? 1 : -1;
}

/* INSERT … ON CONFLICT DO UPDATE over the fee lines; only the descriptor's
 * fixed column names go into the text, every value is bound. */
static char *
fees_upsert_sql (void)
{
  guint n = prospect_fee_lines_count ();
  g_autoptr(GString) sql = g_string_new ("INSERT INTO fee_table (class_id");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (sql, ", %s", prospect_fee_lines_get (i)->column);
  g_string_append (sql, ", section, as_of) VALUES (?1");
  for (guint i = 0; i < n + 2; i++)
    g_string_append_printf (sql, ", ?%u", i + 2);
  g_string_append (sql, ") ON CONFLICT (class_id) DO UPDATE SET ");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (sql, "%s = excluded.%s, ", prospect_fee_lines_get (i)->column,
                            prospect_fee_lines_get (i)->column);
  g_string_append (sql, "section = excluded.section, as_of = excluded.as_of");
  return g_string_free (g_steal_pointer (&sql), FALSE);
}

int
_prospect_import_fees_row (Import    *im,
                           GPtrArray *fields,
                           guint      line,
                           GError   **error)
{
  guint n = prospect_fee_lines_count ();
  g_autofree double *values = g_new (double, n);
  g_autofree char *key = NULL;
  gint64 class_id;

  for (guint i = 0; i < n; i++)
    {
      const ProspectFeeLine *fee = prospect_fee_lines_get (i);

      /* The total is the one line a prospectus always prints. */
      if (!_prospect_import_number (im, fields, line, fee->column, fee->min, fee->max, !g_str_equal (fee->column, "total_pct"),
                                    &values[i]))
        return 0;
    }
  if (!_prospect_import_date_field (im, fields, line, "as_of"))
    return 0;
  class_id = find_class (im, fields, line, error);
  if (class_id <= 0)
    return (int) MAX (class_id, -1);
  key = g_strdup_printf ("%" G_GINT64_FORMAT, class_id);
  if (duplicate (im, line, key))
    return 0;

  if (im->stmt == NULL)
    {
      g_autofree char *sql = fees_upsert_sql ();

      if ((im->stmt = _prospect_database_prepare (im->db, sql, error)) == NULL)
        return -1;
    }
  sqlite3_bind_int64 (im->stmt, 1, class_id);
  for (guint i = 0; i < n; i++)
    _prospect_import_bind_double_or_null (im->stmt, (int) i + 2, values[i]);
  _prospect_import_bind_source (im, im->stmt, fields, (int) n + 2);
  return _prospect_import_run (im, im->stmt, error) ? 1 : -1;
}

int
_prospect_import_highlights_row (Import    *im,
                                 GPtrArray *fields,
                                 guint      line,
                                 GError   **error)
{
  double year, line_no, value;
  g_autofree char *key = NULL;
  gint64 class_id;

  if (!_prospect_import_number (im, fields, line, "year", 1800, 2200, FALSE, &year) ||
      !_prospect_import_number (im, fields, line, "line", 1, 18, FALSE, &line_no) ||
      !_prospect_import_number (im, fields, line, "value", -1e15, 1e15, TRUE, &value) ||
      !_prospect_import_date_field (im, fields, line, "as_of"))
    return 0;
  if (year != floor (year) || line_no != floor (line_no))
    {
      _prospect_import_add_problem (im, line, _("year and line must be whole numbers."));
      return 0;
    }
  class_id = find_class (im, fields, line, error);
  if (class_id <= 0)
    return (int) MAX (class_id, -1);
  key = g_strdup_printf ("%" G_GINT64_FORMAT "/%d/%d", class_id, (int) year, (int) line_no);
  if (duplicate (im, line, key))
    return 0;

  if (_prospect_import_row_statement (im, "INSERT INTO highlight_value (class_id, year, line, value, section, as_of) "
                                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (class_id, year, line) DO "
                                          "UPDATE SET value = excluded.value, section = excluded.section, "
                                          "as_of = excluded.as_of", error) == NULL)
    return -1;
  sqlite3_bind_int64 (im->stmt, 1, class_id);
  sqlite3_bind_int (im->stmt, 2, (int) year);
  sqlite3_bind_int (im->stmt, 3, (int) line_no);
  _prospect_import_bind_double_or_null (im->stmt, 4, value);
  _prospect_import_bind_source (im, im->stmt, fields, 5);
  return _prospect_import_run (im, im->stmt, error) ? 1 : -1;
}


/* A step of a class's front-end load schedule: from this amount on, this
 * load. */
int
_prospect_import_breakpoints_row (Import    *im,
                                  GPtrArray *fields,
                                  guint      line,
                                  GError   **error)
{
  double from_amount, load_pct;
  g_autofree char *key = NULL;
  gint64 class_id;

  if (!_prospect_import_number (im, fields, line, "from_amount", 0, 1e12, FALSE, &from_amount) ||
      !_prospect_import_number (im, fields, line, "load_pct", 0, 100, FALSE, &load_pct) ||
      !_prospect_import_date_field (im, fields, line, "as_of"))
    return 0;
  class_id = find_class (im, fields, line, error);
  if (class_id <= 0)
    return (int) MAX (class_id, -1);
  key = g_strdup_printf ("%" G_GINT64_FORMAT "/%.17g", class_id, from_amount);
  if (duplicate (im, line, key))
    return 0;

  if (_prospect_import_row_statement (im, "INSERT INTO load_breakpoint (class_id, from_amount, load_pct, section, as_of) "
                                          "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (class_id, from_amount) DO "
                                          "UPDATE SET load_pct = excluded.load_pct, section = excluded.section, "
                                          "as_of = excluded.as_of", error) == NULL)
    return -1;
  sqlite3_bind_int64 (im->stmt, 1, class_id);
  sqlite3_bind_double (im->stmt, 2, from_amount);
  sqlite3_bind_double (im->stmt, 3, load_pct);
  _prospect_import_bind_source (im, im->stmt, fields, 4);
  return _prospect_import_run (im, im->stmt, error) ? 1 : -1;
}
