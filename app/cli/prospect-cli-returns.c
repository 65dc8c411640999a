/* prospect-cli-returns.c: --average-returns: stated averages beside the ones
 * recomputed from the yearly returns.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-cli"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "prospect-cli-private.h"
#include "prospect-format.h"
#include "prospect-reconcile.h"

int
_prospect_cli_run_average_returns (const ProspectCliOptions *o,
                                   FILE          *out,
                                   FILE          *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  ProspectDayCount day_count = PROSPECT_DAY_COUNT_DEFAULT;
  gint64 class_id = 0;

  if (!_prospect_cli_parse_class_id (o, &class_id, err))
    return PROSPECT_CLI_EXIT_USAGE;
  if (o->day_count != NULL && !prospect_day_count_from_string (o->day_count, &day_count))
    return _prospect_cli_usage_error (err, _("--day-count must be anniversary, actual/365 or actual/365.25."));

  db = _prospect_cli_open_class (o, &class_id, &error);
  if (db == NULL)
    return _prospect_cli_data_error (err, error);
  rows = prospect_reconcile_class (db, class_id, day_count, &error);
  if (rows == NULL)
    return _prospect_cli_data_error (err, error);

  if (o->json)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "class_id");
      json_builder_add_int_value (b, class_id);
      json_builder_set_member_name (b, "day_count");
      json_builder_add_string_value (b, prospect_day_count_to_string (day_count));
      json_builder_set_member_name (b, "rows");
      json_builder_begin_array (b);
      for (guint i = 0; i < rows->len; i++)
        {
          const ProspectReconciliation *r = g_ptr_array_index (rows, i);

          json_builder_begin_object (b);
          json_builder_set_member_name (b, "series");
          json_builder_add_string_value (b, r->stated->series_name);
          json_builder_set_member_name (b, "period");
          json_builder_add_string_value (b, prospect_period_to_string (r->stated->period));
          json_builder_set_member_name (b, "start_date");
          json_builder_add_string_value (b, r->stated->start_date);
          json_builder_set_member_name (b, "end_date");
          json_builder_add_string_value (b, r->stated->end_date);
          json_builder_set_member_name (b, "stated_pct");
          json_builder_add_double_value (b, r->stated->return_pct);
          _prospect_cli_add_double_or_null (b, "computed_pct", r->computed.available, r->computed.average_pct);
          _prospect_cli_add_double_or_null (b, "n_years", r->computed.available, r->computed.n_years);
          json_builder_set_member_name (b, "annualized");
          json_builder_add_boolean_value (b, r->computed.annualized);
          json_builder_set_member_name (b, "sales_load_pct");
          json_builder_add_double_value (b, r->sales_load_pct);
          json_builder_set_member_name (b, "agree");
          if (r->computed.available)
            json_builder_add_boolean_value (b, r->agrees);
          else
            json_builder_add_null_value (b);
          json_builder_set_member_name (b, "reason");
          if (r->computed.reason != NULL)
            json_builder_add_string_value (b, r->computed.reason);
          else
            json_builder_add_null_value (b);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
      root = json_builder_get_root (b);
      _prospect_cli_print_json (out, root);
      return 0;
    }

  fprintf (out, "Average annual total returns (day count: %s; periods under a year are not annualized)\n",
           prospect_day_count_to_string (day_count));
  fprintf (out, "%-44s %-16s %10s %10s  %s\n", "Series", "Period", "Stated", "Computed", "Agrees");
  for (guint i = 0; i < rows->len; i++)
    {
      const ProspectReconciliation *r = g_ptr_array_index (rows, i);
      g_autofree char *stated = prospect_format_percent (r->stated->return_pct, 2, PROSPECT_NEGATIVE_PARENTHESES);
      g_autofree char *computed = r->computed.available
        ? prospect_format_percent (r->computed.average_pct, 2, PROSPECT_NEGATIVE_PARENTHESES)
        : g_strdup ("—");

      _prospect_cli_print_padded (out, r->stated->series_name, 44);
      fprintf (out, " %-16s %10s %10s  %s\n", prospect_period_label (r->stated->period), stated, computed,
               r->computed.available ? (r->agrees ? "yes" : "no") : r->computed.reason);
    }
  for (guint i = 0; i < rows->len; i++)
    {
      const ProspectReconciliation *r = g_ptr_array_index (rows, i);

      if (r->sales_load_pct > 0)
        {
          g_autofree char *load = prospect_format_percent (r->sales_load_pct, 2, PROSPECT_NEGATIVE_MINUS);

          fprintf (out, _("The class's own figures are computed with its %s maximum sales load taken off the "
                          "initial investment, as the prospectus's table is.\n"), load);
          break;
        }
    }
  return 0;
}
