/* prospect-cli-exchange.c: --exchange: keep one saved contract or exchange
 * it for another (section 1035), as the Compare page computes it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "prospect-cli-private.h"
#include "prospect-exchange-store.h"
#include "prospect-format.h"
#include "prospect-saved-scenario.h"

static const ProspectSavedScenario *
find_scenario (GPtrArray  *saved,
               const char *name)
{
  for (guint i = 0; i < saved->len; i++)
    if (g_utf8_collate (((ProspectSavedScenario *) g_ptr_array_index (saved, i))->name, name) == 0)
      return g_ptr_array_index (saved, i);
  return NULL;
}

/* The saved terms, with what the options say instead. */
static gboolean
parse_terms (const ProspectCliOptions *o,
             ProspectExchangeTerms    *t,
             ProspectCostAssumptions  *a,
             FILE                     *err)
{
  double years_held = t->years_held, years = a->years;
  const ProspectCliFigure figures[] = {
    { o->years_held, "--years-held", N_("Years held"), PROSPECT_UNIT_YEARS, 0, 50, TRUE, &years_held },
    { o->value, "--value", N_("Value today"), PROSPECT_UNIT_DOLLARS, 0.01, 1e12, FALSE, &t->value },
    { o->payments, "--payments", N_("Purchase payments"), PROSPECT_UNIT_DOLLARS, 0, 1e12, FALSE, &t->payments },
    { o->bonus, "--bonus", N_("Bonus credit"), PROSPECT_UNIT_PERCENT, 0, 100, FALSE, &t->bonus_pct },
    { o->years, "--years", N_("Years"), PROSPECT_UNIT_YEARS, 1, 50, TRUE, &years },
    { o->return_pct, "--return", N_("Annual return"), PROSPECT_UNIT_PERCENT, -100, 100, FALSE, &a->return_pct },
  };

  if (!_prospect_cli_parse_figures (figures, G_N_ELEMENTS (figures), err))
    return FALSE;
  t->years_held = (int) years_held;
  a->years = (int) years;
  if (o->recapture != NULL &&
      !_prospect_cli_parse_list (o->recapture, "--recapture", _("Bonus recapture"), PROSPECT_UNIT_PERCENT, 0, 100, FALSE,
                                 t->recapture_pct, &t->n_recapture, err))
    return FALSE;
  if (o->method != NULL && !prospect_cost_method_from_string (o->method, &a->method))
    {
      _prospect_cli_usage_error (err, _("--method must be prospectus or sec."));
      return FALSE;
    }
  return TRUE;
}

static void
print_json (FILE                          *out,
            const ProspectExchangeResult  *r,
            const char                    *keep,
            const char                    *into,
            const ProspectCostAssumptions *a)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "keep");
  json_builder_add_string_value (b, keep);
  json_builder_set_member_name (b, "exchange_into");
  json_builder_add_string_value (b, into);
  json_builder_set_member_name (b, "method");
  json_builder_add_string_value (b, prospect_cost_method_to_string (a->method));
  json_builder_set_member_name (b, "annual_return_pct");
  json_builder_add_double_value (b, a->return_pct);
  json_builder_set_member_name (b, "surrender_charge_now");
  json_builder_add_double_value (b, r->surrender_now);
  json_builder_set_member_name (b, "bonus_now");
  json_builder_add_double_value (b, r->bonus_now);
  json_builder_set_member_name (b, "old_schedule_years");
  json_builder_add_int_value (b, r->old_schedule_years);
  json_builder_set_member_name (b, "exchange_ahead_from");
  if (r->ahead_from > 0)
    json_builder_add_int_value (b, r->ahead_from);
  else
    json_builder_add_null_value (b);
  json_builder_set_member_name (b, "cost_of_exchanging_now");
  json_builder_add_double_value (b, r->cost_of_now);
  json_builder_set_member_name (b, "by_year");
  json_builder_begin_array (b);
  for (guint i = 0; i < r->keep->len; i++)
    {
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "year");
      json_builder_add_int_value (b, (gint64) i + 1);
      json_builder_set_member_name (b, "keep");
      json_builder_add_double_value (b, g_array_index (r->keep, double, i));
      json_builder_set_member_name (b, "exchange_now");
      json_builder_add_double_value (b, g_array_index (r->exchange, double, i));
      json_builder_set_member_name (b, "exchange_later");
      json_builder_add_double_value (b, g_array_index (r->exchange_later, double, i));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  _prospect_cli_print_json (out, root);
}

int
_prospect_cli_run_exchange (const ProspectCliOptions *o,
                            FILE                     *out,
                            FILE                     *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = NULL;
  g_autoptr(GPtrArray) saved = NULL;
  g_autoptr(ProspectExchangeResult) result = NULL;
  g_auto(GStrv) names = NULL;
  const ProspectSavedScenario *keep, *into;
  ProspectSavedExchange x;
  ProspectCostAssumptions a;

  if (o->scenarios == NULL)
    return _prospect_cli_usage_error (err, _("--exchange needs --scenarios OLD,NEW: the saved scenario kept and the "
                                             "one exchanged into."));
  names = g_strsplit (o->scenarios, ",", -1);
  if (g_strv_length (names) != 2)
    return _prospect_cli_usage_error (err, _("--exchange compares two saved scenarios: --scenarios OLD,NEW."));
  db = _prospect_cli_open_database (o, &error);
  if (db == NULL || !prospect_database_get_assumptions (db, &a, &error) ||
      !prospect_database_get_exchange (db, &x, &error) || (saved = prospect_database_list_scenarios (db, &error)) == NULL)
    return _prospect_cli_data_error (err, error);
  for (guint i = 0; i < 2; i++)
    {
      g_strstrip (names[i]);
      if (find_scenario (saved, names[i]) == NULL)
        {
          fprintf (err, _("prospect: There is no saved scenario named “%s”.\n"), names[i]);
          return PROSPECT_CLI_EXIT_DATA;
        }
    }
  keep = find_scenario (saved, names[0]);
  into = find_scenario (saved, names[1]);
  if (!parse_terms (o, &x.terms, &a, err))
    return PROSPECT_CLI_EXIT_USAGE;
  result = prospect_exchange_compute (&keep->scenario, &into->scenario, &x.terms, &a, &error);
  if (result == NULL)
    return _prospect_cli_usage_error (err, error->message);

  if (o->json)
    {
      print_json (out, result, keep->name, into->name, &a);
      return 0;
    }
  {
    g_autofree char *sentence = prospect_exchange_describe (result, keep->name, into->name);
    g_autofree char *ret = prospect_format_percent (a.return_pct, 2, PROSPECT_NEGATIVE_MINUS);

    fprintf (out, "%s\n", sentence);
    fprintf (out, "Surrender values at the end of each year, %s a year before costs; method: %s\n", ret,
             prospect_cost_method_to_string (a.method));
    fprintf (out, "%-6s %-16s %-16s %s\n", "Year", "Keep", "Exchange now", "Exchange later");
    for (guint i = 0; i < result->keep->len; i++)
      {
        g_autofree char *k = prospect_format_money (g_array_index (result->keep, double, i), 2, PROSPECT_NEGATIVE_MINUS);
        g_autofree char *n = prospect_format_money (g_array_index (result->exchange, double, i), 2,
                                                    PROSPECT_NEGATIVE_MINUS);
        g_autofree char *l = prospect_format_money (g_array_index (result->exchange_later, double, i), 2,
                                                    PROSPECT_NEGATIVE_MINUS);

        fprintf (out, "%-6u %-16s %-16s %s\n", i + 1, k, n, l);
      }
  }
  return 0;
}
