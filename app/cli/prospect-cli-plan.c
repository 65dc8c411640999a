/* prospect-cli-plan.c: --export-comparative-chart and --export-fact-sheet.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-cli"

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "prospect-cli-private.h"
#include "prospect-fact-sheet.h"
#include "prospect-output.h"
#include "prospect-plan-report.h"
#include "prospect-returns.h"

/* "all", or Prospect's class ids separated by commas. */
static GPtrArray *
options_for (ProspectDatabase  *db,
             const char        *text,
             FILE              *err)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_auto(GStrv) parts = NULL;

  if (g_strcmp0 (g_strstrip ((char *) text), "all") == 0)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) classes = prospect_database_list_classes (db, &error);

      if (classes == NULL)
        {
          _prospect_cli_data_error (err, error);
          return NULL;
        }
      for (guint i = 0; i < classes->len; i++)
        g_array_append_val (ids, ((ProspectClassInfo *) g_ptr_array_index (classes, i))->id);
    }
  else
    {
      parts = g_strsplit (text, ",", -1);
      for (guint i = 0; parts[i] != NULL; i++)
        {
          guint64 value = 0;

          g_strstrip (parts[i]);
          if (!g_ascii_string_to_unsigned (parts[i], 10, 1, G_MAXINT64, &value, NULL))
            {
              g_autofree char *shown = g_utf8_make_valid (parts[i], (gssize) MIN (strlen (parts[i]), 24));

              fprintf (err, _("prospect: --classes: “%s” is not a share class id; give ids from --list-funds, "
                              "separated by commas, or all.\n"), shown);
              return NULL;
            }
          g_array_append_val (ids, value);
        }
    }
  if (ids->len == 0)
    {
      fprintf (err, _("prospect: There are no classes to chart.\n"));
      return NULL;
    }
  return prospect_plan_options_for_classes ((const gint64 *) (void *) ids->data, ids->len);
}

int
_prospect_cli_run_export_comparative_chart (const ProspectCliOptions *o,
                                            FILE                     *out,
                                            FILE                     *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = NULL;
  g_autoptr(ProspectPlan) plan = NULL;
  g_autoptr(GPtrArray) options = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *lower = g_ascii_strdown (o->export_comparative_chart, -1);
  gboolean csv = g_str_has_suffix (lower, ".csv");
  const char *as_of = o->as_of;

  if (!csv && !g_str_has_suffix (lower, ".pdf"))
    return _prospect_cli_usage_error (err, _("--export-comparative-chart must name a .pdf or a .csv file."));
  if ((o->plan == NULL) == (o->classes == NULL))
    return _prospect_cli_usage_error (err, _("--export-comparative-chart needs --plan NAME or --classes ID,… (one of "
                                             "them)."));
  if (as_of != NULL)
    {
      GDate date;

      if (!prospect_parse_iso_date (as_of, &date))
        return _prospect_cli_usage_error (err, _("--as-of must be a date written as YYYY-MM-DD."));
    }
  db = _prospect_cli_open_database (o, &error);
  if (db == NULL)
    return _prospect_cli_data_error (err, error);
  if (o->plan != NULL)
    {
      plan = prospect_database_find_plan (db, o->plan, &error);
      if (plan == NULL)
        {
          if (error != NULL)
            return _prospect_cli_data_error (err, error);
          fprintf (err, _("prospect: There is no plan named “%s”; make one on the Plan page.\n"), o->plan);
          return PROSPECT_CLI_EXIT_DATA;
        }
      options = prospect_database_list_plan_options (db, plan->id, &error);
      if (options == NULL)
        return _prospect_cli_data_error (err, error);
      if (options->len == 0)
        {
          fprintf (err, _("prospect: The plan “%s” has no options yet.\n"), plan->name);
          return PROSPECT_CLI_EXIT_DATA;
        }
      if (as_of == NULL)
        as_of = plan->as_of;
    }
  else if ((options = options_for (db, o->classes, err)) == NULL)
    return PROSPECT_CLI_EXIT_USAGE;

  rows = prospect_plan_rows_build (db, options, as_of, &error);
  if (rows == NULL)
    return _prospect_cli_data_error (err, error);
  if (csv)
    {
      g_autofree char *text = prospect_plan_rows_to_csv (rows);
      g_autoptr(ProspectOutput) output = prospect_output_open (o->export_comparative_chart, &error);

      if (output == NULL)
        return _prospect_cli_usage_error (err, error->message);
      prospect_output_write (output, text, strlen (text));
      if (!prospect_output_commit (output, &error))
        return _prospect_cli_usage_error (err, error->message);
      return 0;
    }
  {
    g_autoptr(ProspectReport) report = prospect_plan_report_new (plan, rows, as_of, NULL);

    if (!prospect_report_export_pdf (report, o->export_comparative_chart, &error))
      return _prospect_cli_usage_error (err, error->message);
  }
  return 0;
}

int
_prospect_cli_run_export_fact_sheet (const ProspectCliOptions *o,
                                     FILE                     *out,
                                     FILE                     *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = NULL;
  g_autoptr(ProspectReport) report = NULL;
  g_autofree char *lower = g_ascii_strdown (o->export_fact_sheet, -1);
  ProspectPaper paper = prospect_paper_from_locale ();
  gint64 class_id = 0;

  if (!g_str_has_suffix (lower, ".pdf"))
    return _prospect_cli_usage_error (err, _("--export-fact-sheet must name a .pdf file."));
  if (o->paper != NULL && !prospect_paper_from_string (o->paper, &paper))
    return _prospect_cli_usage_error (err, _("--paper must be letter or a4."));
  if (!_prospect_cli_parse_class_id (o, &class_id, err))
    return PROSPECT_CLI_EXIT_USAGE;
  db = _prospect_cli_open_class (o, &class_id, &error);
  if (db == NULL)
    return _prospect_cli_data_error (err, error);
  report = prospect_fact_sheet_new (db, class_id, paper, NULL, &error);
  if (report == NULL)
    return _prospect_cli_data_error (err, error);
  if (!prospect_report_export_pdf (report, o->export_fact_sheet, &error))
    return _prospect_cli_usage_error (err, error->message);
  return 0;
}
