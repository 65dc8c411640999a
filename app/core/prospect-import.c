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
#include "prospect-import-private.h"
#include "prospect-number.h"
#include "prospect-returns.h"

/* ----- one import ------------------------------------------------------- */


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


void
_prospect_import_add_problem (Import     *im,
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

const char *
_prospect_import_field (Import     *im,
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

char *
_prospect_import_shown (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, (gssize) MIN (strlen (text), 40));

  return strlen (text) > 40 ? g_strdup_printf ("%s…", valid) : g_steal_pointer (&valid);
}

/* A number from the file, or NAN for an empty field where ALLOW_EMPTY. */
gboolean
_prospect_import_number (Import     *im,
                         GPtrArray  *fields,
                         guint       line,
                         const char *name,
                         double      min,
                         double      max,
                         gboolean    allow_empty,
                         double     *value)
{
  const char *text = _prospect_import_field (im, fields, name);
  g_autoptr(GError) error = NULL;

  if (*text == '\0')
    {
      if (allow_empty)
        {
          *value = NAN;
          return TRUE;
        }
      _prospect_import_add_problem (im, line, _("%s is empty."), name);
      return FALSE;
    }
  if (!prospect_parse_number (text, im->decimal_point, value, &error))
    {
      g_autofree char *quoted = _prospect_import_shown (text);

      _prospect_import_add_problem (im, line, _("%s: “%s” is not a number."), name, quoted);
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
            g_autofree char *quoted = _prospect_import_shown (text);

            _prospect_import_add_problem (im, line, _("%s: “%s” is ambiguous: in this file the decimal mark is “%c” and “%c” only "
                                                      "groups thousands."), name, quoted, im->decimal_point, other);
            return FALSE;
          }
      }
  }
  if (*value < min || *value > max)
    {
      _prospect_import_add_problem (im, line, _("%s: %g is outside %g to %g."), name, *value, min, max);
      return FALSE;
    }
  return TRUE;
}

gboolean
_prospect_import_date_field (Import     *im,
                             GPtrArray  *fields,
                             guint       line,
                             const char *name)
{
  const char *text = _prospect_import_field (im, fields, name);
  GDate date;

  if (*text == '\0')
    return TRUE;
  if (prospect_parse_iso_date (text, &date))
    {
      if (g_str_equal (name, "inception_date") && prospect_date_is_future (&date))
        {
          _prospect_import_add_problem (im, line, _("%s: %s is in the future; a class cannot have started yet."), name, text);
          return FALSE;
        }
      return TRUE;
    }
  {
    g_autofree char *quoted = _prospect_import_shown (text);

    _prospect_import_add_problem (im, line, _("%s: “%s” is not a date written as YYYY-MM-DD."), name, quoted);
  }
  return FALSE;
}

void
_prospect_import_bind_text_or_null (ProspectStatement *stmt,
                                    int                index,
                                    const char        *text)
{
  if (text == NULL || *text == '\0')
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

/* Every row's last two columns: where the figure comes from and as of when. */
void
_prospect_import_bind_source (Import            *im,
                              ProspectStatement *stmt,
                              GPtrArray         *fields,
                              int                first)
{
  _prospect_import_bind_text_or_null (stmt, first, _prospect_import_field (im, fields, "source"));
  _prospect_import_bind_text_or_null (stmt, first + 1, _prospect_import_field (im, fields, "as_of"));
}

void
_prospect_import_bind_double_or_null (ProspectStatement *stmt,
                                      int                index,
                                      double             value)
{
  if (isnan (value))
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_double (stmt, index, value);
}

/* The kind's one statement, prepared on its first row and reused. */
ProspectStatement *
_prospect_import_row_statement (Import      *im,
                                const char  *sql,
                                GError     **error)
{
  if (im->stmt == NULL)
    im->stmt = _prospect_database_prepare (im->db, sql, error);
  return im->stmt;
}

gboolean
_prospect_import_run (Import             *im,
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
          g_autofree char *quoted = _prospect_import_shown (name);

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
  [PROSPECT_DATA_FUNDS] = _prospect_import_funds_row,
  [PROSPECT_DATA_RETURNS] = _prospect_import_returns_row,
  [PROSPECT_DATA_FEES] = _prospect_import_fees_row,
  [PROSPECT_DATA_HIGHLIGHTS] = _prospect_import_highlights_row,
  [PROSPECT_DATA_BREAKPOINTS] = _prospect_import_breakpoints_row,
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
  g_return_val_if_fail (kind <= PROSPECT_DATA_BREAKPOINTS, FALSE);
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
              _prospect_import_add_problem (&im, line, "%s", message);
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
