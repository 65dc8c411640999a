/* prospect-cli-csv.c: --import and --export-csv.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-cli"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "prospect-cli-private.h"
#include "prospect-import.h"

int
_prospect_cli_run_import (const ProspectCliOptions *o,
                          FILE          *out,
                          FILE          *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = NULL;
  ProspectImportReport report;
  ProspectDataKind kind;
  gboolean ok;

  if (o->kind == NULL || !prospect_data_kind_from_string (o->kind, &kind))
    return _prospect_cli_usage_error (err, _("--import needs --kind funds, returns, fees, highlights or breakpoints."));
  db = _prospect_cli_open_database (o, &error);
  if (db == NULL)
    return _prospect_cli_data_error (err, error);

  ok = prospect_import_csv_file (db, kind, o->import,
                                 o->valid_rows ? PROSPECT_IMPORT_VALID_ROWS : PROSPECT_IMPORT_ALL_OR_NOTHING,
                                 NULL, NULL, NULL, &report, &error);
  for (guint i = 0; i < report.problems->len; i++)
    {
      const ProspectImportProblem *p = g_ptr_array_index (report.problems, i);

      fprintf (err, "prospect: %s:%u: %s\n", o->import, p->line, p->message);
    }
  if (!ok)
    {
      fprintf (err, "prospect: %s\n", error->message);
      prospect_import_report_clear (&report);
      return g_error_matches (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_READ_ONLY) ||
             g_error_matches (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_LOCKED) ? PROSPECT_CLI_EXIT_DATA : PROSPECT_CLI_EXIT_USAGE;
    }
  fprintf (out, ngettext ("Imported %u of %u row into %s.\n", "Imported %u of %u rows into %s.\n", report.rows_read),
           report.rows_imported, report.rows_read, prospect_database_get_path (db));
  ok = report.problems->len == 0;
  prospect_import_report_clear (&report);
  return ok ? 0 : PROSPECT_CLI_EXIT_USAGE;
}

int
_prospect_cli_run_export_csv (const ProspectCliOptions *o,
                              FILE          *out,
                              FILE          *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = NULL;
  ProspectDataKind kind;

  if (!prospect_data_kind_from_string (o->export_csv, &kind))
    return _prospect_cli_usage_error (err, _("--export-csv must be funds, returns, fees, highlights or breakpoints."));
  if (o->output == NULL)
    return _prospect_cli_usage_error (err, _("--export-csv needs --output FILE.csv."));
  db = _prospect_cli_open_database (o, &error);
  if (db == NULL)
    return _prospect_cli_data_error (err, error);
  if (!prospect_export_csv_file (db, kind, o->output, &error))
    return _prospect_cli_usage_error (err, error->message);
  return 0;
}
