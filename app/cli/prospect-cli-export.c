/* prospect-cli-export.c: --export-chart and --export-handout.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-cli"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "prospect-cli-private.h"
#include "prospect-chart-catalogue.h"
#include "prospect-report.h"
#include "prospect-saved-scenario.h"

int
_prospect_cli_run_export_chart (const ProspectCliOptions *o,
                                FILE          *out,
                                FILE          *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = NULL;
  g_autoptr(ProspectChartData) chart = NULL;
  ProspectChartThemeKind theme_kind = PROSPECT_CHART_THEME_PRINT;
  ProspectChartTheme theme;
  gint64 class_id = 0;
  int width = 1600, height = 900;
  ProspectChartRequest request = { 0 };
  ProspectCostScenario contract;

  const char *name = o->export_chart;

  /* --log-scale is the growth chart's logarithmic twin in the catalogue. */
  if (o->log_scale && g_strcmp0 (name, "growth") == 0)
    name = "growth-log";
  if (prospect_chart_catalogue_find (name) == NULL)
    {
      g_autofree char *names = prospect_chart_catalogue_names ();
      g_autofree char *message = g_strdup_printf ("--export-chart must be %s.", names);

      return _prospect_cli_usage_error (err, message);
    }
  if (o->output == NULL)
    return _prospect_cli_usage_error (err, _("--export-chart needs --output FILE (.png, .svg or .pdf)."));
  if (!_prospect_cli_parse_class_id (o, &class_id, err) || !_prospect_cli_parse_size (o->width, "--width", &width, err) ||
      !_prospect_cli_parse_size (o->height, "--height", &height, err))
    return PROSPECT_CLI_EXIT_USAGE;
  if (o->theme != NULL && !prospect_chart_theme_kind_from_string (o->theme, &theme_kind))
    return _prospect_cli_usage_error (err, _("--theme must be light, dark, high-contrast or print."));
  prospect_chart_theme_init (&theme, theme_kind);

  {
    /* Check the name before reading anything, so a typo fails fast. */
    g_autofree char *lower = g_ascii_strdown (o->output, -1);

    /* The format comes from the name, so "-" (standard output) names none. */
    if (g_str_equal (o->output, "-"))
      return _prospect_cli_usage_error (err, _("--output for a chart must name a .png, .svg or .pdf file: the format "
                                               "comes from the name, so “-” (standard output) is for --export-csv only."));
    if (!g_str_has_suffix (lower, ".png") && !g_str_has_suffix (lower, ".svg") && !g_str_has_suffix (lower, ".pdf"))
      return _prospect_cli_usage_error (err, _("--output must end in .png, .svg or .pdf."));
  }

  db = _prospect_cli_open_class (o, &class_id, &error);
  if (db == NULL)
    return _prospect_cli_data_error (err, error);
  if (o->contract != NULL)
    {
      g_autoptr(GPtrArray) saved = prospect_database_list_scenarios (db, &error);
      g_autoptr(GString) names = g_string_new (NULL);

      if (saved == NULL)
        return _prospect_cli_data_error (err, error);
      for (guint i = 0; i < saved->len && request.contract == NULL; i++)
        {
          const ProspectSavedScenario *s = g_ptr_array_index (saved, i);

          if (g_utf8_collate (s->name, o->contract) == 0)
            {
              contract = s->scenario;
              g_strlcpy (contract.name, s->name, sizeof contract.name);
              request.contract = &contract;
            }
          g_string_append_printf (names, "%s“%s”", names->len > 0 ? ", " : "", s->name);
        }
      if (request.contract == NULL)
        {
          if (saved->len > 0)
            fprintf (err, _("prospect: There is no saved scenario named “%s”; the saved ones are %s.\n"), o->contract,
                     names->str);
          else
            fprintf (err, _("prospect: There is no saved scenario named “%s”; save one on the Compare page.\n"),
                     o->contract);
          return PROSPECT_CLI_EXIT_DATA;
        }
    }
  chart = prospect_chart_catalogue_build (db, name, class_id, &request, &error);
  if (chart == NULL)
    return _prospect_cli_data_error (err, error);
  if (prospect_chart_data_is_empty (chart))
    {
      fprintf (err, "prospect: The %s chart has no data for share class %" G_GINT64_FORMAT ".\n", name,
               class_id);
      return PROSPECT_CLI_EXIT_DATA;
    }
  if (!prospect_chart_export (chart, o->output, width, height, &theme, &error))
    return _prospect_cli_usage_error (err, error->message);
  return 0;
}

int
_prospect_cli_run_export_handout (const ProspectCliOptions *o,
                                  FILE          *out,
                                  FILE          *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = NULL;
  g_autoptr(ProspectReport) report = NULL;
  g_autofree char *lower = g_ascii_strdown (o->export_handout, -1);
  gint64 class_id = 0;

  if (!g_str_has_suffix (lower, ".pdf"))
    return _prospect_cli_usage_error (err, _("--export-handout must name a .pdf file."));
  if (!_prospect_cli_parse_class_id (o, &class_id, err))
    return PROSPECT_CLI_EXIT_USAGE;
  db = _prospect_cli_open_class (o, &class_id, &error);
  if (db == NULL)
    return _prospect_cli_data_error (err, error);
  if (!prospect_database_class_has_figures (db, class_id, &error))
    {
      g_autoptr(ProspectClassInfo) info = NULL;

      if (error != NULL)
        return _prospect_cli_data_error (err, error);
      /* A handout of empty pages would be handed out as if it said something. */
      info = prospect_database_get_class (db, class_id, NULL);
      fprintf (err, _("prospect: %s has no figures for a handout (no fee table, returns or highlights); add them on "
                      "the Data page or import the fund's filing.\n"), info != NULL ? info->name : _("The class"));
      return PROSPECT_CLI_EXIT_DATA;
    }
  {
    g_auto(GStrv) names = NULL;

    if (o->scenarios != NULL)
      {
        names = g_strsplit (o->scenarios, ",", -1);
        for (guint i = 0; names[i] != NULL; i++)
          g_strstrip (names[i]);
      }
    report = prospect_report_new (db, class_id, PROSPECT_REPORT_ALL, (const char * const *) names, NULL, &error);
  }
  if (report == NULL)
    return _prospect_cli_data_error (err, error);
  if (!prospect_report_export_pdf (report, o->export_handout, &error))
    return _prospect_cli_usage_error (err, error->message);
  return 0;
}
