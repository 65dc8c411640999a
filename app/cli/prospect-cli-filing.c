/* prospect-cli-filing.c: --import-filing, with its preview (--dry-run).
 *
 * The filing is read before the database is opened, so a file that is not
 * a filing changes nothing, not even by creating the database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-cli"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "prospect-cli-private.h"
#include "prospect-filing-import.h"
#include "prospect-format.h"
#include "prospect-printed-example.h"
#include "prospect-returns.h"

static void
add_string_or_null (JsonBuilder *b,
                    const char  *name,
                    const char  *value)
{
  json_builder_set_member_name (b, name);
  if (value != NULL)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

static void
build_class_json (JsonBuilder               *b,
                  const ProspectFilingClass *klass,
                  gint64                     existing)
{
  g_autoptr(GArray) checks = NULL;
  g_autofree char *missing = NULL;

  json_builder_begin_object (b);
  add_string_or_null (b, "sec_id", klass->sec_id);
  add_string_or_null (b, "ticker", klass->ticker);
  add_string_or_null (b, "name", klass->name);
  json_builder_set_member_name (b, "replaces_class");
  if (existing > 0)
    json_builder_add_int_value (b, existing);
  else
    json_builder_add_null_value (b);
  _prospect_cli_add_double_or_null (b, "expense_ratio_pct", !isnan (klass->fees->total_pct), klass->fees->total_pct);
  _prospect_cli_add_double_or_null (b, "net_expense_ratio_pct", !isnan (klass->fees->net_pct), klass->fees->net_pct);
  json_builder_set_member_name (b, "figures");
  json_builder_add_int_value (b, klass->n_facts);
  json_builder_set_member_name (b, "annual_returns");
  json_builder_add_int_value (b, klass->annual->len);
  checks = prospect_filing_check_example (klass, &missing);
  json_builder_set_member_name (b, "example");
  json_builder_begin_array (b);
  for (guint i = 0; i < checks->len; i++)
    {
      const ProspectFilingExampleCheck *c = &g_array_index (checks, ProspectFilingExampleCheck, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "years");
      json_builder_add_int_value (b, c->years);
      json_builder_set_member_name (b, "redeemed");
      json_builder_add_boolean_value (b, c->redeemed);
      _prospect_cli_add_double_or_null (b, "printed", TRUE, c->printed);
      _prospect_cli_add_double_or_null (b, "recomputed", !isnan (c->recomputed), c->recomputed);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "agrees");
  json_builder_add_boolean_value (b, checks->len > 0 && missing == NULL);
  add_string_or_null (b, "missing_input", missing);
  json_builder_end_object (b);
}

static void
print_class (FILE                      *out,
             const ProspectFilingClass *klass,
             gint64                     existing)
{
  g_autoptr(GArray) checks = NULL;
  g_autoptr(GString) printed = g_string_new (NULL);
  g_autoptr(GString) recomputed = g_string_new (NULL);
  g_autofree char *missing = NULL;

  fprintf (out, "  %s", klass->name);
  if (klass->ticker != NULL && g_strcmp0 (klass->ticker, klass->name) != 0)
    fprintf (out, " (%s)", klass->ticker);
  if (klass->sec_id != NULL)
    fprintf (out, ", %s", klass->sec_id);
  if (existing > 0)
    fprintf (out, _(": replaces class %" G_GINT64_FORMAT), existing);
  else
    fprintf (out, _(": new"));
  if (!isnan (klass->fees->total_pct))
    {
      g_autofree char *ratio = prospect_format_percent (klass->fees->total_pct, 2, PROSPECT_NEGATIVE_MINUS);

      fprintf (out, _("; expenses %s a year"), ratio);
    }
  fprintf (out, _("; %u figures\n"), klass->n_facts);

  checks = prospect_filing_check_example (klass, &missing);
  for (guint i = 0; i < checks->len; i++)
    {
      const ProspectFilingExampleCheck *c = &g_array_index (checks, ProspectFilingExampleCheck, i);
      g_autofree char *p = prospect_format_money (c->printed, 0, PROSPECT_NEGATIVE_MINUS);
      g_autofree char *r = isnan (c->recomputed) ? g_strdup ("—")
                           : prospect_format_money (c->recomputed, 0, PROSPECT_NEGATIVE_MINUS);

      if (!c->redeemed && i > 0 && g_array_index (checks, ProspectFilingExampleCheck, i - 1).redeemed)
        {
          g_string_append (printed, _(" | kept: "));
          g_string_append (recomputed, _(" | kept: "));
        }
      else if (i > 0)
        {
          g_string_append (printed, " / ");
          g_string_append (recomputed, " / ");
        }
      g_string_append (printed, p);
      g_string_append (recomputed, r);
    }
  if (checks->len > 0)
    fprintf (out, _("    Example ($10,000 at 5%%): printed %s; recomputed %s: %s\n"), printed->str, recomputed->str,
             missing == NULL ? _("agrees") : _("differs"));
  if (missing != NULL)
    fprintf (out, "    %s\n", missing);
}

static GStrv
split_classes (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }
  return g_strv_builder_end (builder);
}

/* Every name in --classes must pick a class, so a typo is not a silent
 * import of nothing. */
static char *
unknown_choice (const ProspectFiling *filing,
                const char * const   *chosen)
{
  for (guint i = 0; chosen != NULL && chosen[i] != NULL; i++)
    {
      const char *one[] = { chosen[i], NULL };
      gboolean found = FALSE;

      for (guint s = 0; !found && s < filing->series->len; s++)
        {
          ProspectFilingSeries *series = g_ptr_array_index (filing->series, s);

          for (guint c = 0; !found && c < series->classes->len; c++)
            found = prospect_filing_class_chosen (g_ptr_array_index (series->classes, c), one);
        }
      if (!found)
        return g_strdup (chosen[i]);
    }
  return NULL;
}

int
_prospect_cli_run_import_filing (const ProspectCliOptions *o,
                                 FILE                     *out,
                                 FILE                     *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectFiling) filing = NULL;
  g_autoptr(ProspectDatabase) db = NULL;
  g_auto(GStrv) chosen = NULL;
  g_autofree char *unknown = NULL;
  g_autofree char *title = NULL;
  g_autofree char *shown = g_filename_display_name (o->import_filing);
  g_autoptr(JsonBuilder) b = json_builder_new ();
  ProspectFilingImportReport report = { 0 };

  filing = prospect_filing_read_file (o->import_filing, &error);
  if (filing == NULL)
    {
      fprintf (err, "prospect: %s: %s\n", shown, error->message);
      return PROSPECT_CLI_EXIT_USAGE;
    }
  if (o->classes != NULL)
    {
      chosen = split_classes (o->classes);
      if (chosen[0] == NULL)
        return _prospect_cli_usage_error (err, _("--classes needs class ids or tickers, separated by commas."));
      unknown = unknown_choice (filing, (const char * const *) chosen);
      if (unknown != NULL)
        {
          fprintf (err, _("prospect: %s: the filing has no class “%s” (give SEC class ids, tickers or names).\n"),
                   shown, unknown);
          return PROSPECT_CLI_EXIT_USAGE;
        }
    }
  db = _prospect_cli_open_database (o, &error);
  if (db == NULL)
    return _prospect_cli_data_error (err, error);

  title = prospect_filing_source_title (filing);
  json_builder_begin_object (b);
  add_string_or_null (b, "file", filing->file_name);
  add_string_or_null (b, "registrant", filing->registrant);
  add_string_or_null (b, "form_type", filing->form_type);
  add_string_or_null (b, "period_end", filing->period_end);
  add_string_or_null (b, "accession", filing->accession);
  add_string_or_null (b, "taxonomy", filing->taxonomy);
  json_builder_set_member_name (b, "numeric_facts");
  json_builder_add_int_value (b, filing->n_facts);
  json_builder_set_member_name (b, "contexts");
  json_builder_add_int_value (b, filing->n_contexts);
  json_builder_set_member_name (b, "warnings");
  json_builder_begin_array (b);
  for (guint i = 0; i < filing->warnings->len; i++)
    json_builder_add_string_value (b, g_ptr_array_index (filing->warnings, i));
  json_builder_end_array (b);
  json_builder_set_member_name (b, "series");
  json_builder_begin_array (b);
  if (!o->json)
    fprintf (out, _("%s: %s, %u figures in %u contexts\n"), title, filing->taxonomy, filing->n_facts,
             filing->n_contexts);
  for (guint s = 0; s < filing->series->len; s++)
    {
      ProspectFilingSeries *series = g_ptr_array_index (filing->series, s);

      json_builder_begin_object (b);
      add_string_or_null (b, "sec_id", series->sec_id);
      add_string_or_null (b, "name", series->name);
      _prospect_cli_add_double_or_null (b, "turnover_pct", !isnan (series->turnover_pct), series->turnover_pct);
      json_builder_set_member_name (b, "indexes");
      json_builder_begin_array (b);
      for (guint i = 0; i < series->indexes->len; i++)
        json_builder_add_string_value (b, ((ProspectFilingRow *) g_ptr_array_index (series->indexes, i))->name);
      json_builder_end_array (b);
      if (!o->json)
        fprintf (out, _("%s%s%s%s: %u classes\n"), series->name, series->sec_id != NULL ? " (" : "",
                 series->sec_id != NULL ? series->sec_id : "", series->sec_id != NULL ? ")" : "",
                 series->classes->len);
      json_builder_set_member_name (b, "classes");
      json_builder_begin_array (b);
      for (guint c = 0; c < series->classes->len; c++)
        {
          ProspectFilingClass *klass = g_ptr_array_index (series->classes, c);
          gint64 existing;

          if (!prospect_filing_class_chosen (klass, (const char * const *) chosen))
            continue;
          existing = prospect_filing_existing_class (db, klass, &error);
          if (existing < 0)
            return _prospect_cli_data_error (err, error);
          if (o->json)
            build_class_json (b, klass, existing);
          else
            print_class (out, klass, existing);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  for (guint i = 0; !o->json && i < filing->warnings->len; i++)
    fprintf (out, _("Warning: %s\n"), (const char *) g_ptr_array_index (filing->warnings, i));

  if (!o->dry_run)
    {
      if (!prospect_filing_import (db, filing, (const char * const *) chosen, &report, NULL, &error))
        return _prospect_cli_data_error (err, error);
      json_builder_set_member_name (b, "imported");
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "classes_added");
      json_builder_add_int_value (b, report.classes_added);
      json_builder_set_member_name (b, "classes_replaced");
      json_builder_add_int_value (b, report.classes_replaced);
      json_builder_set_member_name (b, "figures");
      json_builder_add_int_value (b, report.figures);
      json_builder_set_member_name (b, "class_ids");
      json_builder_begin_array (b);
      for (guint i = 0; i < report.class_ids->len; i++)
        json_builder_add_int_value (b, g_array_index (report.class_ids, gint64, i));
      json_builder_end_array (b);
      json_builder_end_object (b);
      if (!o->json)
        fprintf (out, _("Imported %u new and %u replaced classes (%u figures) into %s.\n"), report.classes_added,
                 report.classes_replaced, report.figures, prospect_database_get_path (db));
      prospect_filing_import_report_clear (&report);
    }
  else if (!o->json)
    fprintf (out, _("Nothing was written (--dry-run).\n"));
  json_builder_end_object (b);
  if (o->json)
    {
      g_autoptr(JsonNode) root = json_builder_get_root (b);

      _prospect_cli_print_json (out, root);
    }
  return 0;
}
