/* prospect-import.c
 *
 * Each import runs in one transaction.  All-or-nothing mode rolls it back
 * when any row has a problem; valid-rows mode skips the bad rows.  Either
 * way every bad row is reported with its line number and the reason, and
 * a killed import leaves the database as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-import"

#include "config.h"

#include <glib/gi18n.h>

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "prospect-csv.h"
#include "prospect-database-private.h"
#include "prospect-fee-lines.h"
#include "prospect-import.h"
#include "prospect-number.h"
#include "prospect-returns.h"

/* ----- one import ------------------------------------------------------- */

typedef struct
{
  ProspectDatabase     *db;
  ProspectDataKind      kind;
  ProspectImportReport *report;
  char                  decimal_point;
  int                   column[24];        /* header position of each expected column, or -1 */
  char                **names;             /* expected column names */
  GHashTable           *class_ids;         /* "fund\nclass" → gint64 */
  GHashTable           *series_ids;        /* name → gint64 */
  GHashTable           *seen;              /* row keys, for duplicates */
  ProspectStatement    *stmt;
  ProspectStatement    *stmt2;
} Import;

static void
import_clear (Import *im)
{
  g_strfreev (im->names);
  g_clear_pointer (&im->class_ids, g_hash_table_unref);
  g_clear_pointer (&im->series_ids, g_hash_table_unref);
  g_clear_pointer (&im->seen, g_hash_table_unref);
  g_clear_pointer (&im->stmt, sqlite3_finalize);
  g_clear_pointer (&im->stmt2, sqlite3_finalize);
}

static void
add_problem (Import     *im,
             guint       line,
             const char *format,
             ...) G_GNUC_PRINTF (3, 4);

static void
add_problem (Import     *im,
             guint       line,
             const char *format,
             ...)
{
  ProspectImportProblem *problem = g_new0 (ProspectImportProblem, 1);
  va_list args;

  problem->line = line;
  va_start (args, format);
  problem->message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (im->report->problems, problem);
}

static const char *
field (Import     *im,
       GPtrArray  *fields,
       const char *name)
{
  for (guint i = 0; im->names[i] != NULL; i++)
    if (g_str_equal (im->names[i], name))
      {
        int c = im->column[i];

        return c >= 0 && (guint) c < fields->len ? g_strstrip ((char *) g_ptr_array_index (fields, c)) : "";
      }
  return "";
}

static char *
shown (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, (gssize) MIN (strlen (text), 40));

  return strlen (text) > 40 ? g_strdup_printf ("%s…", valid) : g_steal_pointer (&valid);
}

/* A number from the file, or NAN for an empty field where ALLOW_EMPTY. */
static gboolean
number (Import     *im,
        GPtrArray  *fields,
        guint       line,
        const char *name,
        double      min,
        double      max,
        gboolean    allow_empty,
        double     *value)
{
  const char *text = field (im, fields, name);
  g_autoptr(GError) error = NULL;

  if (*text == '\0')
    {
      if (allow_empty)
        {
          *value = NAN;
          return TRUE;
        }
      add_problem (im, line, _("%s is empty."), name);
      return FALSE;
    }
  if (!prospect_parse_number (text, im->decimal_point, value, &error))
    {
      g_autofree char *quoted = shown (text);

      add_problem (im, line, _("%s: “%s” is not a number."), name, quoted);
      return FALSE;
    }
  /* The file's own decimal mark is the only one: the other mark may only
   * group thousands ("2,500"), never stand for the decimal ("25,51"). */
  {
    char other = im->decimal_point == ',' ? '.' : ',';

    if (strchr (text, other) != NULL)
      {
        g_autofree char *ungrouped = g_strdup (text);
        double plain = NAN;
        char *out = ungrouped;

        for (const char *p = text; *p != '\0'; p++)
          if (*p != other)
            *out++ = *p;
        *out = '\0';
        if (!prospect_parse_number (ungrouped, im->decimal_point, &plain, NULL) || plain != *value)
          {
            g_autofree char *quoted = shown (text);

            add_problem (im, line, _("%s: “%s” is ambiguous: in this file the decimal mark is “%c” and “%c” only "
                                     "groups thousands."), name, quoted, im->decimal_point, other);
            return FALSE;
          }
      }
  }
  if (*value < min || *value > max)
    {
      add_problem (im, line, _("%s: %g is outside %g to %g."), name, *value, min, max);
      return FALSE;
    }
  return TRUE;
}

static gboolean
date_field (Import     *im,
            GPtrArray  *fields,
            guint       line,
            const char *name)
{
  const char *text = field (im, fields, name);
  GDate date;

  if (*text == '\0')
    return TRUE;
  if (prospect_parse_iso_date (text, &date))
    {
      if (g_str_equal (name, "inception_date") && prospect_date_is_future (&date))
        {
          add_problem (im, line, _("%s: %s is in the future; a class cannot have started yet."), name, text);
          return FALSE;
        }
      return TRUE;
    }
  {
    g_autofree char *quoted = shown (text);

    add_problem (im, line, _("%s: “%s” is not a date written as YYYY-MM-DD."), name, quoted);
  }
  return FALSE;
}

static void
bind_text_or_null (ProspectStatement *stmt,
                   int                index,
                   const char        *text)
{
  if (text == NULL || *text == '\0')
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

/* Every row's last two columns: where the figure comes from and as of when. */
static void
bind_source (Import            *im,
             ProspectStatement *stmt,
             GPtrArray         *fields,
             int                first)
{
  bind_text_or_null (stmt, first, field (im, fields, "source"));
  bind_text_or_null (stmt, first + 1, field (im, fields, "as_of"));
}

static void
bind_double_or_null (ProspectStatement *stmt,
                     int                index,
                     double             value)
{
  if (isnan (value))
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_double (stmt, index, value);
}

/* The kind's one statement, prepared on its first row and reused. */
static ProspectStatement *
row_statement (Import      *im,
               const char  *sql,
               GError     **error)
{
  if (im->stmt == NULL)
    im->stmt = _prospect_database_prepare (im->db, sql, error);
  return im->stmt;
}

static gboolean
run (Import             *im,
     ProspectStatement  *stmt,
     GError            **error)
{
  gboolean row;
  gboolean ok = _prospect_database_step (im->db, stmt, &row, error);

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return ok;
}

/* The class named by the row's fund and class columns: 0 with a problem
 * when there is none. */
static gint64
find_class (Import    *im,
            GPtrArray *fields,
            guint      line,
            GError   **error)
{
  const char *trust = field (im, fields, "trust");
  const char *fund = field (im, fields, "fund");
  const char *klass = field (im, fields, "class");
  g_autofree char *key = g_strdup_printf ("%s\n%s\n%s", trust, fund, klass);
  gpointer cached;
  g_autoptr(ProspectStatement) stmt = NULL;
  gboolean row;
  gint64 id = 0;

  if (*fund == '\0' || *klass == '\0')
    {
      add_problem (im, line, _("fund and class must both be given."));
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
      bind_text_or_null (stmt, 3, trust);
      if (!_prospect_database_step (im->db, stmt, &row, error))
        return -1;
      id = row ? sqlite3_column_int64 (stmt, 0) : 0;
      /* Without a trust, a name two trusts share would pick one silently. */
      if (row && !_prospect_database_step (im->db, stmt, &row, error))
        return -1;
      if (id != 0 && row)
        {
          g_autofree char *f = shown (fund);
          g_autofree char *c = shown (klass);

          add_problem (im, line, _("two trusts have a class “%s” of a fund “%s”; give the trust column to say "
                                   "which."), c, f);
          return 0;
        }
      g_hash_table_insert (im->class_ids, g_steal_pointer (&key), g_memdup2 (&id, sizeof id));
    }
  if (id == 0)
    {
      g_autofree char *f = shown (fund);
      g_autofree char *c = shown (klass);

      add_problem (im, line, _("there is no class “%s” of fund “%s”; import it with --kind funds first."), c, f);
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
      add_problem (im, line, _("the same figure is given on line %u already."), GPOINTER_TO_UINT (first));
      return TRUE;
    }
  g_hash_table_insert (im->seen, g_strdup (key), GUINT_TO_POINTER (line));
  return FALSE;
}

static int
import_funds_row (Import    *im,
                  GPtrArray *fields,
                  guint      line,
                  GError   **error)
{
  const char *trust = field (im, fields, "trust");
  const char *fund = field (im, fields, "fund");
  const char *klass = field (im, fields, "class");
  g_autoptr(ProspectStatement) find = NULL;
  g_autofree char *key = NULL;
  gboolean row;
  gint64 fund_id;

  if (*trust == '\0' || *fund == '\0' || *klass == '\0')
    {
      add_problem (im, line, _("trust, fund and class must all be given."));
      return 0;
    }
  if (!date_field (im, fields, line, "inception_date") || !date_field (im, fields, line, "as_of"))
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
      bind_source (im, insert, fields, 3);
      if (!_prospect_database_step (im->db, insert, &row, error))
        return -1;
      fund_id = sqlite3_last_insert_rowid (_prospect_database_get_handle (im->db));
    }

  if (row_statement (im, "INSERT INTO share_class (fund_id, name, inception_date, section, as_of) "
                         "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (fund_id, name) DO UPDATE SET "
                         "inception_date = excluded.inception_date, section = excluded.section, "
                         "as_of = excluded.as_of", error) == NULL)
    return -1;
  sqlite3_bind_int64 (im->stmt, 1, fund_id);
  sqlite3_bind_text (im->stmt, 2, klass, -1, SQLITE_TRANSIENT);
  bind_text_or_null (im->stmt, 3, field (im, fields, "inception_date"));
  bind_source (im, im->stmt, fields, 4);
  return run (im, im->stmt, error) ? 1 : -1;
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
  const char *benchmark = field (im, fields, "benchmark");
  const char *fund = field (im, fields, "fund");
  const char *klass = field (im, fields, "class");
  g_autofree char *name = NULL;
  g_autofree char *series_key = NULL;
  gint64 class_id = 0;
  gpointer cached;
  gboolean row;

  if (*benchmark != '\0' && (*fund != '\0' || *klass != '\0'))
    {
      add_problem (im, line, _("give either a benchmark or a fund and class, not both."));
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
    name = class_id != 0 ? unique_series_name (im, fund, klass, field (im, fields, "trust"), error)
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

static int
import_returns_row (Import    *im,
                    GPtrArray *fields,
                    guint      line,
                    GError   **error)
{
  const char *label = NULL;
  double year, pct;
  gint64 series;
  g_autofree char *key = NULL;

  if (!number (im, fields, line, "year", 1800, 2200, FALSE, &year) ||
      !number (im, fields, line, "return_pct", -100, 100000, FALSE, &pct) ||
      !date_field (im, fields, line, "as_of"))
    return 0;
  if (year != floor (year))
    {
      add_problem (im, line, _("year must be a whole number."));
      return 0;
    }
  series = series_for (im, fields, line, &label, error);
  if (series <= 0)
    return (int) MAX (series, -1);
  key = g_strdup_printf ("%" G_GINT64_FORMAT "/%d", series, (int) year);
  if (duplicate (im, line, key))
    return 0;

  if (row_statement (im, "INSERT INTO annual_return (series_id, year, return_pct, section, as_of) "
                         "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (series_id, year) DO UPDATE SET "
                         "return_pct = excluded.return_pct, section = excluded.section, "
                         "as_of = excluded.as_of", error) == NULL)
    return -1;
  sqlite3_bind_int64 (im->stmt, 1, series);
  sqlite3_bind_int (im->stmt, 2, (int) year);
  sqlite3_bind_double (im->stmt, 3, pct);
  bind_source (im, im->stmt, fields, 4);
  return run (im, im->stmt, error) ? 1 : -1;
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

static int
import_fees_row (Import    *im,
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
      if (!number (im, fields, line, fee->column, fee->min, fee->max, !g_str_equal (fee->column, "total_pct"),
                   &values[i]))
        return 0;
    }
  if (!date_field (im, fields, line, "as_of"))
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
    bind_double_or_null (im->stmt, (int) i + 2, values[i]);
  bind_source (im, im->stmt, fields, (int) n + 2);
  return run (im, im->stmt, error) ? 1 : -1;
}

static int
import_highlights_row (Import    *im,
                       GPtrArray *fields,
                       guint      line,
                       GError   **error)
{
  double year, line_no, value;
  g_autofree char *key = NULL;
  gint64 class_id;

  if (!number (im, fields, line, "year", 1800, 2200, FALSE, &year) ||
      !number (im, fields, line, "line", 1, 18, FALSE, &line_no) ||
      !number (im, fields, line, "value", -1e15, 1e15, TRUE, &value) ||
      !date_field (im, fields, line, "as_of"))
    return 0;
  if (year != floor (year) || line_no != floor (line_no))
    {
      add_problem (im, line, _("year and line must be whole numbers."));
      return 0;
    }
  class_id = find_class (im, fields, line, error);
  if (class_id <= 0)
    return (int) MAX (class_id, -1);
  key = g_strdup_printf ("%" G_GINT64_FORMAT "/%d/%d", class_id, (int) year, (int) line_no);
  if (duplicate (im, line, key))
    return 0;

  if (row_statement (im, "INSERT INTO highlight_value (class_id, year, line, value, section, as_of) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (class_id, year, line) DO "
                         "UPDATE SET value = excluded.value, section = excluded.section, "
                         "as_of = excluded.as_of", error) == NULL)
    return -1;
  sqlite3_bind_int64 (im->stmt, 1, class_id);
  sqlite3_bind_int (im->stmt, 2, (int) year);
  sqlite3_bind_int (im->stmt, 3, (int) line_no);
  bind_double_or_null (im->stmt, 4, value);
  bind_source (im, im->stmt, fields, 5);
  return run (im, im->stmt, error) ? 1 : -1;
}

static gboolean
optional_fee_line (const char *column)
{
  const ProspectFeeLine *line = prospect_fee_lines_find (column);

  return line != NULL && line->only_if_given;
}

static gboolean
read_header (Import            *im,
             ProspectCsvReader *reader,
             GError           **error)
{
  g_autoptr(GPtrArray) header = NULL;
  g_autoptr(GString) missing = g_string_new (NULL);
  g_autoptr(GError) local_error = NULL;
  guint line;

  if (!prospect_csv_reader_next (reader, &header, &line, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, PROSPECT_CSV_ERROR, PROSPECT_CSV_ERROR_MALFORMED,
                     _("The file is empty: it needs a header line (%s)."), prospect_data_kind_header (im->kind));
      return FALSE;
    }
  /* Every column must be one this kind has, and given once: a misspelt
   * or repeated column would otherwise be ignored without a word. */
  for (guint h = 0; h < header->len; h++)
    {
      g_autofree char *name = g_ascii_strdown (g_strstrip ((char *) g_ptr_array_index (header, h)), -1);
      gboolean known = FALSE;

      for (guint i = 0; im->names[i] != NULL && !known; i++)
        known = g_str_equal (name, im->names[i]);
      for (guint earlier = 0; earlier < h; earlier++)
        {
          g_autofree char *other = g_ascii_strdown (g_ptr_array_index (header, earlier), -1);

          if (g_str_equal (g_strstrip (other), name))
            {
              g_set_error (error, PROSPECT_CSV_ERROR, PROSPECT_CSV_ERROR_MALFORMED,
                           _("Line 1: the column “%s” is given twice."), name);
              return FALSE;
            }
        }
      if (!known)
        {
          g_autofree char *quoted = shown (name);

          g_set_error (error, PROSPECT_CSV_ERROR, PROSPECT_CSV_ERROR_MALFORMED,
                       _("Line 1: there is no column “%s” in a %s file, which has: %s"), quoted,
                       prospect_data_kind_to_string (im->kind), prospect_data_kind_header (im->kind));
          return FALSE;
        }
    }
  for (guint i = 0; im->names[i] != NULL; i++)
    {
      im->column[i] = -1;
      for (guint h = 0; h < header->len; h++)
        {
          g_autofree char *name = g_ascii_strdown (g_strstrip ((char *) g_ptr_array_index (header, h)), -1);

          if (g_str_equal (name, im->names[i]))
            im->column[i] = (int) h;
        }
      /* source, as_of, inception_date and the fee lines few funds print
       * may be left out (files written before those lines existed lack
       * them); the rest say what the row is. */
      if (im->column[i] < 0 && !g_str_equal (im->names[i], "source") && !g_str_equal (im->names[i], "as_of") &&
          !g_str_equal (im->names[i], "inception_date") && !optional_fee_line (im->names[i]) &&
          !(g_str_equal (im->names[i], "trust") && im->kind != PROSPECT_DATA_FUNDS))
        g_string_append_printf (missing, "%s%s", missing->len > 0 ? ", " : "", im->names[i]);
    }
  if (missing->len > 0)
    {
      g_set_error (error, PROSPECT_CSV_ERROR, PROSPECT_CSV_ERROR_MALFORMED,
                   _("Line 1: the header lacks %s. A %s file starts with: %s"), missing->str, prospect_data_kind_to_string (im->kind),
                   prospect_data_kind_header (im->kind));
      return FALSE;
    }
  return TRUE;
}

/* Each kind's row, imported: 1 done, 0 refused (a problem added), -1 the
 * database failed. */
static int (*const import_row[]) (Import    *im,
                                  GPtrArray *fields,
                                  guint      line,
                                  GError   **error) = {
  [PROSPECT_DATA_FUNDS] = import_funds_row,
  [PROSPECT_DATA_RETURNS] = import_returns_row,
  [PROSPECT_DATA_FEES] = import_fees_row,
  [PROSPECT_DATA_HIGHLIGHTS] = import_highlights_row,
};

/**
 * prospect_import_csv:
 * @report: (out caller-allocates): rows read and imported, and every
 *   problem with its line
 *
 * Returns: TRUE when the import was committed.  In all-or-nothing mode a
 *   row with a problem makes it FALSE, with nothing changed.
 */
gboolean
prospect_import_csv (ProspectDatabase      *database,
                     ProspectDataKind       kind,
                     const char            *data,
                     gsize                  length,
                     ProspectImportMode     mode,
                     GCancellable          *cancellable,
                     ProspectProgressFunc   progress,
                     gpointer               progress_data,
                     ProspectImportReport  *report,
                     GError               **error)
{
  g_autoptr(ProspectCsvReader) reader = NULL;
  g_autoptr(GError) local_error = NULL;
  Import im = { 0 };
  gboolean ok = FALSE;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (kind <= PROSPECT_DATA_HIGHLIGHTS, FALSE);
  g_return_val_if_fail (report != NULL, FALSE);

  prospect_import_report_init (report);
  if (mode != PROSPECT_IMPORT_PREVIEW && !_prospect_database_writable (database, error))
    return FALSE;
  reader = prospect_csv_reader_new (data, length, error);
  if (reader == NULL)
    return FALSE;

  im.db = database;
  im.kind = kind;
  im.report = report;
  /* Semicolon files come from locales whose decimal mark is a comma. */
  im.decimal_point = prospect_csv_reader_get_separator (reader) == ';' ? ',' : '.';
  im.names = g_strsplit (prospect_data_kind_header (kind), ",", -1);
  im.class_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  im.series_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  im.seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (!read_header (&im, reader, error))
    goto out;
  if (!_prospect_database_exec (database, "BEGIN IMMEDIATE", error))
    goto out;

  for (;;)
    {
      g_autoptr(GPtrArray) fields = NULL;
      guint line = 0;
      guint before = report->problems->len;
      int result;

      if (!prospect_csv_reader_next (reader, &fields, &line, &local_error))
        {
          if (local_error != NULL)
            {
              const char *message = local_error->message;
              g_autofree char *prefix = g_strdup_printf (_("Line %u: "), line);

              /* The rest of the file cannot be read reliably.  The problem
               * carries its line already. */
              if (g_str_has_prefix (message, prefix))
                message += strlen (prefix);
              add_problem (&im, line, "%s", message);
            }
          break;
        }
      report->rows_read++;
      for (guint f = 0; f < fields->len; f++)
        prospect_csv_unguard (g_ptr_array_index (fields, f));
      result = import_row[kind] (&im, fields, line, error);
      if (result < 0)
        {
          _prospect_database_exec (database, "ROLLBACK", NULL);
          report->rows_imported = 0;
          goto out;
        }
      if (result > 0 && report->problems->len == before)
        report->rows_imported++;
      if (report->rows_read % 1000 == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            {
              _prospect_database_exec (database, "ROLLBACK", NULL);
              report->rows_imported = 0;
              goto out;
            }
          if (progress != NULL)
            progress (prospect_csv_reader_get_progress (reader), progress_data);
        }
    }

  if (mode == PROSPECT_IMPORT_PREVIEW)
    {
      _prospect_database_exec (database, "ROLLBACK", NULL);
      if (progress != NULL)
        progress (1.0, progress_data);
      ok = TRUE;
      goto out;
    }
  if (mode == PROSPECT_IMPORT_ALL_OR_NOTHING && report->problems->len > 0)
    {
      _prospect_database_exec (database, "ROLLBACK", NULL);
      report->rows_imported = 0;
      if (report->problems->len > report->rows_read)
        g_set_error (error, PROSPECT_CSV_ERROR, PROSPECT_CSV_ERROR_MALFORMED,
                     _("Nothing was imported: the file has problems."));
      else
        g_set_error (error, PROSPECT_CSV_ERROR, PROSPECT_CSV_ERROR_MALFORMED,
                     ngettext ("Nothing was imported: %u row of %u has a problem.",
                               "Nothing was imported: %u rows of %u have problems.", report->problems->len),
                     report->problems->len, report->rows_read);
      goto out;
    }
  if (!_prospect_database_exec (database, "COMMIT", error))
    {
      _prospect_database_exec (database, "ROLLBACK", NULL);
      report->rows_imported = 0;
      goto out;
    }
  if (progress != NULL)
    progress (1.0, progress_data);
  ok = TRUE;

out:
  import_clear (&im);
  return ok;
}

gboolean
prospect_import_csv_file (ProspectDatabase      *database,
                          ProspectDataKind       kind,
                          const char            *path,
                          ProspectImportMode     mode,
                          GCancellable          *cancellable,
                          ProspectProgressFunc   progress,
                          gpointer               progress_data,
                          ProspectImportReport  *report,
                          GError               **error)
{
  g_autoptr(GMappedFile) file = NULL;
  g_autoptr(GError) local_error = NULL;
  GStatBuf st;
  g_autofree char *shown = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  shown = g_filename_display_name (path);
  prospect_import_report_init (report);
  if (g_stat (path, &st) == 0 && st.st_size > PROSPECT_MAX_IMPORT_SIZE)
    {
      g_set_error (error, PROSPECT_CSV_ERROR, PROSPECT_CSV_ERROR_MALFORMED,
                   _("“%s” is larger than 256 MiB; split it into smaller files."), shown);
      return FALSE;
    }
  file = g_mapped_file_new (path, FALSE, &local_error);
  if (file == NULL)
    {
      g_set_error (error, PROSPECT_CSV_ERROR, PROSPECT_CSV_ERROR_MALFORMED, _("Could not read “%s”: %s"), shown,
                   local_error->message);
      return FALSE;
    }
  prospect_import_report_clear (report);
  return prospect_import_csv (database, kind, g_mapped_file_get_contents (file), g_mapped_file_get_length (file), mode,
                              cancellable, progress, progress_data, report, error);
}
