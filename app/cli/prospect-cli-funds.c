/* prospect-cli-funds.c: --list-funds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-cli"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "prospect-cli-private.h"

int
_prospect_cli_run_list_funds (const ProspectCliOptions *o,
                              FILE          *out,
                              FILE          *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = _prospect_cli_open_database (o, &error);
  g_autoptr(GPtrArray) classes = NULL;

  if (db == NULL)
    return _prospect_cli_data_error (err, error);
  classes = prospect_database_list_classes (db, &error);
  if (classes == NULL)
    return _prospect_cli_data_error (err, error);
  if (classes->len == 0)
    {
      g_autofree char *shown = g_filename_display_name (prospect_database_get_path (db));

      /* Nothing to show is a failure the README promises as one. */
      fprintf (err, _("prospect: “%s” holds no funds; import some with --import-filing or --import.\n"), shown);
      return PROSPECT_CLI_EXIT_DATA;
    }

  if (o->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;
      gint64 fund_id = -1;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "funds");
      json_builder_begin_array (builder);
      for (guint i = 0; i < classes->len; i++)
        {
          const ProspectClassInfo *c = g_ptr_array_index (classes, i);

          if (c->fund_id != fund_id)
            {
              if (fund_id != -1)
                {
                  json_builder_end_array (builder);
                  json_builder_end_object (builder);
                }
              fund_id = c->fund_id;
              json_builder_begin_object (builder);
              json_builder_set_member_name (builder, "id");
              json_builder_add_int_value (builder, c->fund_id);
              json_builder_set_member_name (builder, "trust");
              json_builder_add_string_value (builder, c->trust);
              json_builder_set_member_name (builder, "name");
              json_builder_add_string_value (builder, c->fund_name);
              json_builder_set_member_name (builder, "classes");
              json_builder_begin_array (builder);
            }
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_int_value (builder, c->id);
          json_builder_set_member_name (builder, "name");
          json_builder_add_string_value (builder, c->name);
          json_builder_set_member_name (builder, "inception_date");
          if (c->inception_date != NULL)
            json_builder_add_string_value (builder, c->inception_date);
          else
            json_builder_add_null_value (builder);
          json_builder_end_object (builder);
        }
      if (fund_id != -1)
        {
          json_builder_end_array (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      _prospect_cli_print_json (out, root);
      return 0;
    }

  fprintf (out, "%-6s %-44s %s\n", "ID", "Fund", "Share class");
  for (guint i = 0; i < classes->len; i++)
    {
      const ProspectClassInfo *c = g_ptr_array_index (classes, i);
      g_autofree char *fund = g_strdup_printf ("%s – %s", c->trust, c->fund_name);

      fprintf (out, "%-6" G_GINT64_FORMAT " ", c->id);
      _prospect_cli_print_padded (out, fund, 44);
      fprintf (out, " %s\n", c->name);
    }
  return 0;
}
