/* prospect-csv-export.c: the user's data as CSV files that Prospect's own
 * import reads back unchanged.
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
#include "prospect-output.h"
#include "prospect-number.h"

static void
append_number (GString  *out,
               double    value,
               gboolean  last)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (value))
    prospect_csv_append_field (out, "", last);
  else
    {
      /* Shortest text that reads back as the same double. */
      g_ascii_formatd (buffer, sizeof buffer, "%.15g", value);
      prospect_csv_append_field (out, buffer, last);
    }
}

static double
column_number (ProspectStatement *stmt,
               int                column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? NAN : sqlite3_column_double (stmt, column);
}

static void
append_text_column (GString           *out,
                    ProspectStatement *stmt,
                    int                column,
                    gboolean           last)
{
  g_autofree char *guarded = prospect_csv_guard ((const char *) sqlite3_column_text (stmt, column));

  prospect_csv_append_field (out, guarded, last);
}

/**
 * prospect_export_csv:
 *
 * Returns: (transfer full): the data of KIND as CSV, header first, in a
 *   stable order, so exporting what was imported gives the same file
 */
char *
prospect_export_csv (ProspectDatabase  *database,
                     ProspectDataKind   kind,
                     GError           **error)
{
  g_autofree char *fee_columns = prospect_fee_lines_columns ("t");
  g_autofree char *fees_query = g_strdup_printf ("SELECT f.trust, f.name, c.name, %s, t.section, t.as_of "
                                                 "FROM fee_table t JOIN share_class c ON c.id = t.class_id "
                                                 "JOIN fund f ON f.id = c.fund_id ORDER BY f.trust, f.name, c.name",
                                                 fee_columns);
  const char * const queries[] = {
    "SELECT f.trust, f.name, c.name, c.inception_date, c.section, c.as_of FROM share_class c "
    "JOIN fund f ON f.id = c.fund_id ORDER BY f.trust, f.name, c.name",
    "SELECT f.trust, f.name, c.name, CASE WHEN s.class_id IS NULL THEN s.name END, r.year, r.return_pct, r.section, "
    "r.as_of FROM annual_return r JOIN series s ON s.id = r.series_id LEFT JOIN share_class c ON c.id = s.class_id "
    "LEFT JOIN fund f ON f.id = c.fund_id ORDER BY s.class_id IS NULL, f.trust, f.name, c.name, s.name, r.year",
    fees_query,
    "SELECT f.trust, f.name, c.name, v.year, v.line, v.value, v.section, v.as_of FROM highlight_value v "
    "JOIN share_class c ON c.id = v.class_id JOIN fund f ON f.id = c.fund_id "
    "ORDER BY f.trust, f.name, c.name, v.year DESC, v.line",
    "SELECT f.trust, f.name, c.name, b.from_amount, b.load_pct, b.section, b.as_of FROM load_breakpoint b "
    "JOIN share_class c ON c.id = b.class_id JOIN fund f ON f.id = c.fund_id "
    "ORDER BY f.trust, f.name, c.name, b.from_amount",
  };
  g_autoptr(ProspectStatement) stmt = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) header = NULL;
  gboolean row, ok;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), NULL);
  g_return_val_if_fail (kind <= PROSPECT_DATA_BREAKPOINTS, NULL);

  header = g_strsplit (prospect_data_kind_header (kind), ",", -1);
  for (guint i = 0; header[i] != NULL; i++)
    prospect_csv_append_field (out, header[i], header[i + 1] == NULL);

  stmt = _prospect_database_prepare (database, queries[kind], error);
  if (stmt == NULL)
    return NULL;
  /* The columns written as numbers, where the query has them: a year, a
   * percentage, a fee line, a highlights value.  The rest is text. */
  const int numbers[][2] = {
    [PROSPECT_DATA_FUNDS] = { 0, 0 },
    [PROSPECT_DATA_RETURNS] = { 4, 2 },
    [PROSPECT_DATA_FEES] = { 3, (int) prospect_fee_lines_count () },
    [PROSPECT_DATA_HIGHLIGHTS] = { 3, 3 },
    [PROSPECT_DATA_BREAKPOINTS] = { 3, 2 },
  };
  int first_number = numbers[kind][0], n_numbers = numbers[kind][1];

  while ((ok = _prospect_database_step (database, stmt, &row, error)) && row)
    {
      int n = sqlite3_column_count (stmt);

      for (int c = 0; c < n; c++)
        {
          gboolean last = c == n - 1;
          gboolean numeric = c >= first_number && c < first_number + n_numbers;

          if (numeric)
            append_number (out, column_number (stmt, c), last);
          else
            append_text_column (out, stmt, c, last);
        }
    }
  if (!ok)
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Written under a temporary name and renamed, so no half-written file. */
gboolean
prospect_export_csv_file (ProspectDatabase  *database,
                          ProspectDataKind   kind,
                          const char        *path,
                          GError           **error)
{
  g_autofree char *text = prospect_export_csv (database, kind, error);
  g_autoptr(ProspectOutput) output = NULL;

  if (text == NULL)
    return FALSE;
  /* A temporary file beside PATH, synced and renamed; "-" is the output. */
  output = prospect_output_open (path, error);
  if (output == NULL)
    return FALSE;
  prospect_output_write (output, text, strlen (text));
  return prospect_output_commit (output, error);
}
