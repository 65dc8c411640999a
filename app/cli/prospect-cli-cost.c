/* prospect-cli-cost.c: --total-cost: what owning a class, a typed-in fund or
 * saved scenarios costs over a horizon, contract charges included, by either
 * named method; every figure the Compare page shows, without the window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-cli"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "prospect-cli-private.h"
#include "prospect-cost.h"
#include "prospect-expense.h"
#include "prospect-format.h"
#include "prospect-saved-scenario.h"

/* Names for the layers in JSON, in ProspectLayer order. */
static const char * const layer_keys[PROSPECT_N_LAYERS] = {
  "fund", "contract", "rider", "contract_fee", "loads", "surrender",
};

typedef struct
{
  char               *name;
  ProspectCostResult *result;
} Costed;

static void
costed_free (Costed *c)
{
  g_free (c->name);
  g_clear_pointer (&c->result, prospect_cost_result_free);
  g_free (c);
}

/* "0:5.75,50000:4.5,1000000:0": each amount from which a load applies,
 * rising, as the prospectus prints the schedule. */
static gboolean
parse_breakpoints (const char           *text,
                   ProspectCostScenario *s,
                   FILE                 *err)
{
  g_auto(GStrv) steps = g_strsplit (text, ",", -1);
  guint n = g_strv_length (steps);

  if (n == 0 || n > PROSPECT_MAX_BREAKPOINTS)
    {
      _prospect_cli_usage_error (err, _("--breakpoints takes 1 to 20 steps, AMOUNT:PCT each, separated by commas."));
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    {
      g_auto(GStrv) parts = g_strsplit (steps[i], ":", -1);
      ProspectBreakpoint *b = &s->breakpoints[i];

      if (g_strv_length (parts) != 2)
        {
          g_autofree char *message = g_strdup_printf (_("--breakpoints: “%s” is not AMOUNT:PCT (for example "
                                                        "50000:4.5)."), steps[i]);

          _prospect_cli_usage_error (err, message);
          return FALSE;
        }
      if (!_prospect_cli_parse_option (parts[0], "--breakpoints", _("Breakpoint amount"), PROSPECT_UNIT_DOLLARS, 0,
                                       PROSPECT_MAX_AMOUNT, FALSE, &b->from_amount, err) ||
          !_prospect_cli_parse_option (parts[1], "--breakpoints", _("Breakpoint load"), PROSPECT_UNIT_PERCENT, 0, 100,
                                       FALSE, &b->load_pct, err))
        return FALSE;
      if (i > 0 && b->from_amount <= s->breakpoints[i - 1].from_amount)
        {
          _prospect_cli_usage_error (err, _("--breakpoints: the amounts must rise, each step from a larger amount."));
          return FALSE;
        }
    }
  s->n_breakpoints = n;
  return TRUE;
}

/* The fund and contract terms given as options, over a class's fee table
 * or a typed-in ratio. */
static gboolean
parse_scenario (const ProspectCliOptions *o,
                ProspectCostScenario     *s,
                FILE                     *err)
{
  double conversion_years = 0;
  double rider_pct = 0;
  const ProspectCliFigure figures[] = {
    { o->expense_ratio, "--expense-ratio", N_("Expense ratio"), PROSPECT_UNIT_PERCENT, 0, 100, FALSE, &s->fund_gross_pct },
    { o->net_expense_ratio, "--net-expense-ratio", N_("Net expense ratio"), PROSPECT_UNIT_PERCENT, 0, 100, FALSE,
      &s->fund_net_pct },
    { o->waiver_years, "--waiver-years", N_("Waiver term"), PROSPECT_UNIT_YEARS, 0, 50, FALSE, &s->waiver_years },
    { o->front_load, "--front-load", N_("Front-end sales load"), PROSPECT_UNIT_PERCENT, 0, 100, FALSE,
      &s->front_load_pct },
    { o->conversion_years, "--conversion-years", N_("Conversion"), PROSPECT_UNIT_YEARS, 1, 50, TRUE, &conversion_years },
    { o->conversion_ratio, "--conversion-ratio", N_("Expense ratio after conversion"), PROSPECT_UNIT_PERCENT, 0, 100,
      FALSE, &s->conversion_pct },
    { o->m_and_e, "--m-and-e", N_("Mortality and expense charge"), PROSPECT_UNIT_PERCENT, 0, 100, FALSE,
      &s->mortality_expense_pct },
    { o->admin, "--admin", N_("Administrative charge"), PROSPECT_UNIT_PERCENT, 0, 100, FALSE, &s->administrative_pct },
    { o->rider, "--rider", N_("Rider charge"), PROSPECT_UNIT_PERCENT, 0, 100, FALSE, &rider_pct },
    { o->contract_fee, "--contract-fee", N_("Contract fee"), PROSPECT_UNIT_DOLLARS, 0, PROSPECT_MAX_AMOUNT, FALSE,
      &s->contract_fee },
    { o->contract_fee_waived_at, "--contract-fee-waived-at", N_("Contract fee waiver threshold"), PROSPECT_UNIT_DOLLARS,
      0, PROSPECT_MAX_AMOUNT, FALSE, &s->contract_fee_waived_above },
    { o->free_withdrawal, "--free-withdrawal", N_("Free withdrawal"), PROSPECT_UNIT_PERCENT, 0, 100, FALSE,
      &s->free_withdrawal_pct },
    { o->other_holdings, "--other-holdings", N_("Other holdings"), PROSPECT_UNIT_DOLLARS, 0, PROSPECT_MAX_AMOUNT, FALSE,
      &s->other_holdings },
  };

  if (!_prospect_cli_parse_figures (figures, G_N_ELEMENTS (figures), err))
    return FALSE;
  if (o->net_expense_ratio != NULL && o->waiver_years == NULL)
    {
      _prospect_cli_usage_error (err, _("--net-expense-ratio needs --waiver-years: how long the waiver is in force."));
      return FALSE;
    }
  if ((o->conversion_years != NULL) != (o->conversion_ratio != NULL))
    {
      _prospect_cli_usage_error (err, _("--conversion-years and --conversion-ratio go together: when the class "
                                        "converts, and its ratio after."));
      return FALSE;
    }
  if (o->conversion_years != NULL)
    s->conversion_years = (int) conversion_years;
  if (o->rider != NULL)
    s->rider_pct = rider_pct;
  if (o->rider_base != NULL)
    {
      if (g_strcmp0 (o->rider_base, "account") == 0)
        s->rider_on_benefit_base = FALSE;
      else if (g_strcmp0 (o->rider_base, "payments") == 0)
        s->rider_on_benefit_base = TRUE;
      else
        {
          _prospect_cli_usage_error (err, _("--rider-base must be account or payments."));
          return FALSE;
        }
    }
  if (o->breakpoints != NULL && !parse_breakpoints (o->breakpoints, s, err))
    return FALSE;
  if (o->surrender_by != NULL)
    {
      if (g_strcmp0 (o->surrender_by, "year") == 0)
        s->charges_by_payment = FALSE;
      else if (g_strcmp0 (o->surrender_by, "payment") == 0)
        s->charges_by_payment = TRUE;
      else
        {
          _prospect_cli_usage_error (err, _("--surrender-by must be year or payment."));
          return FALSE;
        }
    }
  if (o->deferred_load != NULL &&
      !_prospect_cli_parse_list (o->deferred_load, "--deferred-load", _("Deferred sales charge"), PROSPECT_UNIT_PERCENT, 0,
                                 100, FALSE, s->deferred_pct, &s->n_deferred, err))
    return FALSE;
  if (o->surrender != NULL &&
      !_prospect_cli_parse_list (o->surrender, "--surrender", _("Surrender charge"), PROSPECT_UNIT_PERCENT, 0, 100,
                                 FALSE, s->surrender_pct, &s->n_surrender, err))
    return FALSE;
  return TRUE;
}

static gboolean
parse_assumptions (const ProspectCliOptions *o,
                   ProspectCostAssumptions  *a,
                   FILE                     *err)
{
  double years = a->years;
  const ProspectCliFigure figures[] = {
    /* With yearly payments, nothing need be invested at the start. */
    { o->amount, "--amount", N_("Amount"), PROSPECT_UNIT_DOLLARS, 0, PROSPECT_MAX_AMOUNT, FALSE, &a->amount },
    { o->contribution, "--contribution", N_("Contribution"), PROSPECT_UNIT_DOLLARS, 0, PROSPECT_MAX_AMOUNT, FALSE,
      &a->contribution },
    { o->match, "--match", N_("Employer match"), PROSPECT_UNIT_DOLLARS, 0, PROSPECT_MAX_AMOUNT, FALSE,
      &a->employer_match },
    { o->return_pct, "--return", N_("Annual return"), PROSPECT_UNIT_PERCENT, -100, 100, FALSE, &a->return_pct },
    { o->years, "--years", N_("Years"), PROSPECT_UNIT_YEARS, 1, 50, TRUE, &years },
  };

  if (!_prospect_cli_parse_figures (figures, G_N_ELEMENTS (figures), err))
    return FALSE;
  a->years = (int) years;
  if (o->method != NULL && !prospect_cost_method_from_string (o->method, &a->method))
    {
      _prospect_cli_usage_error (err, _("--method must be prospectus or sec."));
      return FALSE;
    }
  return TRUE;
}

static void
add_layers (JsonBuilder  *b,
            const double *fees)
{
  json_builder_begin_object (b);
  for (int l = 0; l < PROSPECT_N_LAYERS; l++)
    {
      json_builder_set_member_name (b, layer_keys[l]);
      json_builder_add_double_value (b, fees[l]);
    }
  json_builder_end_object (b);
}

static void
print_json (FILE                          *out,
            const ProspectCostAssumptions *a,
            GPtrArray                     *costed)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "method");
  json_builder_add_string_value (b, prospect_cost_method_to_string (a->method));
  json_builder_set_member_name (b, "amount");
  json_builder_add_double_value (b, a->amount);
  json_builder_set_member_name (b, "contribution");
  json_builder_add_double_value (b, a->contribution);
  json_builder_set_member_name (b, "match");
  json_builder_add_double_value (b, a->employer_match);
  json_builder_set_member_name (b, "annual_return_pct");
  json_builder_add_double_value (b, a->return_pct);
  json_builder_set_member_name (b, "years");
  json_builder_add_int_value (b, a->years);
  json_builder_set_member_name (b, "surrendered_at_end");
  json_builder_add_boolean_value (b, a->surrender_at_end);
  json_builder_set_member_name (b, "scenarios");
  json_builder_begin_array (b);
  for (guint i = 0; i < costed->len; i++)
    {
      const Costed *c = g_ptr_array_index (costed, i);
      const ProspectCostResult *r = c->result;

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, c->name);
      json_builder_set_member_name (b, "value_with_costs");
      json_builder_add_double_value (b, r->value_with_costs);
      json_builder_set_member_name (b, "value_without_costs");
      json_builder_add_double_value (b, r->value_without_costs);
      json_builder_set_member_name (b, "fees_paid");
      json_builder_add_double_value (b, r->fees_paid);
      json_builder_set_member_name (b, "foregone_earnings");
      json_builder_add_double_value (b, r->foregone_earnings);
      json_builder_set_member_name (b, "total_cost");
      json_builder_add_double_value (b, r->total_cost);
      json_builder_set_member_name (b, "fees_by_layer");
      add_layers (b, r->fees);
      json_builder_set_member_name (b, "by_year");
      json_builder_begin_array (b);
      for (guint y = 0; y < r->years->len; y++)
        {
          const ProspectCostYear *year = &g_array_index (r->years, ProspectCostYear, y);

          json_builder_begin_object (b);
          json_builder_set_member_name (b, "year");
          json_builder_add_int_value (b, year->year);
          json_builder_set_member_name (b, "paid_in");
          json_builder_add_double_value (b, year->paid_in);
          json_builder_set_member_name (b, "value");
          json_builder_add_double_value (b, year->value);
          json_builder_set_member_name (b, "value_without_costs");
          json_builder_add_double_value (b, year->value_no_costs);
          json_builder_set_member_name (b, "surrender_value");
          json_builder_add_double_value (b, year->surrender_value);
          json_builder_set_member_name (b, "fees");
          add_layers (b, year->fees);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "crossings");
  json_builder_begin_array (b);
  for (guint i = 0; i < costed->len; i++)
    for (guint j = i + 1; j < costed->len; j++)
      {
        const Costed *x = g_ptr_array_index (costed, i);
        const Costed *y = g_ptr_array_index (costed, j);
        g_autoptr(GArray) years = prospect_cost_crossings (x->result, y->result, a->surrender_at_end);

        json_builder_begin_object (b);
        json_builder_set_member_name (b, "a");
        json_builder_add_string_value (b, x->name);
        json_builder_set_member_name (b, "b");
        json_builder_add_string_value (b, y->name);
        json_builder_set_member_name (b, "years");
        json_builder_begin_array (b);
        for (guint k = 0; k < years->len; k++)
          json_builder_add_int_value (b, g_array_index (years, int, k));
        json_builder_end_array (b);
        json_builder_end_object (b);
      }
  json_builder_end_array (b);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  _prospect_cli_print_json (out, root);
}

static char *
money (double value)
{
  return prospect_format_money (value, 2, PROSPECT_NEGATIVE_PARENTHESES);
}

static void
print_text (FILE                          *out,
            const ProspectCostAssumptions *a,
            GPtrArray                     *costed)
{
  g_autofree char *amount = money (a->amount);
  g_autofree char *contribution = money (a->contribution + a->employer_match);
  g_autofree char *ret = prospect_format_percent (a->return_pct, 2, PROSPECT_NEGATIVE_MINUS);

  fprintf (out, "Total cost: %s invested, %s a year paid in, %s a year before costs, %d years, %s; method: %s\n",
           amount, contribution, ret, a->years, a->surrender_at_end ? "surrendered at the end" : "kept",
           prospect_cost_method_to_string (a->method));
  for (guint i = 0; i < costed->len; i++)
    {
      const Costed *c = g_ptr_array_index (costed, i);
      const ProspectCostResult *r = c->result;
      g_autofree char *with = money (r->value_with_costs);
      g_autofree char *without = money (r->value_without_costs);
      g_autofree char *fees = money (r->fees_paid);
      g_autofree char *foregone = money (r->foregone_earnings);
      g_autofree char *total = money (r->total_cost);

      fprintf (out, "%s: value %s (without costs %s); fees paid %s, earnings foregone %s, total cost %s\n", c->name,
               with, without, fees, foregone, total);
      {
        g_autoptr(GString) layers = g_string_new (NULL);

        /* The layers that cost something, in the order they are charged. */
        for (int l = 0; l < PROSPECT_N_LAYERS; l++)
          if (r->fees[l] != 0)
            {
              g_autofree char *layer = money (r->fees[l]);

              g_string_append_printf (layers, "%s %s %s", layers->len > 0 ? ";" : "", prospect_layer_label (l), layer);
            }
        fprintf (out, "  Fees by layer:%s\n", layers->len > 0 ? layers->str : " none");
      }
    }
  for (guint i = 0; i < costed->len; i++)
    for (guint j = i + 1; j < costed->len; j++)
      {
        const Costed *x = g_ptr_array_index (costed, i);
        const Costed *y = g_ptr_array_index (costed, j);
        g_autofree char *sentence = prospect_cost_describe_crossings (x->result, y->result, x->name, y->name,
                                                                      a->surrender_at_end);

        fprintf (out, "%s\n", sentence);
      }
}

int
_prospect_cli_run_total_cost (const ProspectCliOptions *o,
                              FILE                     *out,
                              FILE                     *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = NULL;
  g_autoptr(GPtrArray) costed = g_ptr_array_new_with_free_func ((GDestroyNotify) costed_free);
  ProspectCostAssumptions a;
  gint64 class_id = 0;

  prospect_cost_assumptions_init (&a);
  a.years = 20;
  if (!_prospect_cli_parse_class_id (o, &class_id, err))
    return PROSPECT_CLI_EXIT_USAGE;
  if (o->scenarios != NULL)
    {
      /* A saved scenario keeps its own terms; only the shared assumptions
       * (amount, payments, return, horizon, method) can be changed. */
      const char *const own_terms[][2] = {
        { o->class_id, "--class" }, { o->expense_ratio, "--expense-ratio" },
        { o->net_expense_ratio, "--net-expense-ratio" }, { o->waiver_years, "--waiver-years" },
        { o->front_load, "--front-load" }, { o->deferred_load, "--deferred-load" },
        { o->conversion_years, "--conversion-years" }, { o->conversion_ratio, "--conversion-ratio" },
        { o->m_and_e, "--m-and-e" }, { o->admin, "--admin" }, { o->rider, "--rider" },
        { o->rider_base, "--rider-base" }, { o->contract_fee, "--contract-fee" },
        { o->contract_fee_waived_at, "--contract-fee-waived-at" }, { o->surrender, "--surrender" },
        { o->surrender_by, "--surrender-by" }, { o->free_withdrawal, "--free-withdrawal" },
        { o->breakpoints, "--breakpoints" }, { o->other_holdings, "--other-holdings" },
      };

      for (guint i = 0; i < G_N_ELEMENTS (own_terms); i++)
        if (own_terms[i][0] != NULL)
          {
            g_autofree char *message = g_strdup_printf (_("%s describes one fund; saved scenarios (--scenarios) keep "
                                                          "their own terms. Change them on the Compare page."),
                                                        own_terms[i][1]);

            return _prospect_cli_usage_error (err, message);
          }
    }

  if (o->scenarios != NULL)
    {
      g_auto(GStrv) names = g_strsplit (o->scenarios, ",", -1);
      g_autoptr(GPtrArray) saved = NULL;

      /* The saved comparison's own assumptions, unless options say otherwise. */
      db = _prospect_cli_open_database (o, &error);
      if (db == NULL || !prospect_database_get_assumptions (db, &a, &error) ||
          (saved = prospect_database_list_scenarios (db, &error)) == NULL)
        return _prospect_cli_data_error (err, error);
      if (!parse_assumptions (o, &a, err))
        return PROSPECT_CLI_EXIT_USAGE;
      for (guint n = 0; names[n] != NULL; n++)
        {
          const ProspectSavedScenario *found = NULL;

          g_strstrip (names[n]);
          for (guint i = 0; i < saved->len && found == NULL; i++)
            if (g_utf8_collate (((ProspectSavedScenario *) g_ptr_array_index (saved, i))->name, names[n]) == 0)
              found = g_ptr_array_index (saved, i);
          if (found == NULL)
            {
              fprintf (err, _("prospect: There is no saved scenario named “%s”.\n"), names[n]);
              return PROSPECT_CLI_EXIT_DATA;
            }
          {
            Costed *c = g_new0 (Costed, 1);

            c->name = g_strdup (found->name);
            g_ptr_array_add (costed, c);
            c->result = prospect_cost_compute (&found->scenario, &a, &error);
            if (c->result == NULL)
              {
                fprintf (err, _("prospect: Scenario “%s”: %s\n"), found->name, error->message);
                return PROSPECT_CLI_EXIT_DATA;
              }
          }
        }
    }
  else
    {
      ProspectCostScenario s;
      Costed *c = g_new0 (Costed, 1);

      g_ptr_array_add (costed, c);
      prospect_cost_scenario_init (&s);
      if (o->expense_ratio == NULL)
        {
          g_autoptr(ProspectFeeTable) fees = NULL;
          g_autoptr(ProspectClassInfo) info = NULL;

          db = _prospect_cli_open_class (o, &class_id, &error);
          if (db == NULL)
            return _prospect_cli_data_error (err, error);
          fees = prospect_database_get_fee_table (db, class_id, &error);
          if (fees == NULL)
            {
              fprintf (err, _("prospect: %s Give the ratio with --expense-ratio.\n"), error->message);
              return PROSPECT_CLI_EXIT_DATA;
            }
          prospect_cost_scenario_set_fees (&s, fees);
          info = prospect_database_get_class (db, class_id, NULL);
          c->name = info != NULL ? g_strdup_printf ("%s – %s", info->fund_name, info->name)
                                 : g_strdup_printf ("Class %" G_GINT64_FORMAT, class_id);
        }
      else
        c->name = g_strdup (_("The fund"));
      if (!parse_scenario (o, &s, err) || !parse_assumptions (o, &a, err))
        return PROSPECT_CLI_EXIT_USAGE;
      c->result = prospect_cost_compute (&s, &a, &error);
      if (c->result == NULL)
        return _prospect_cli_usage_error (err, error->message);
    }

  if (o->json)
    print_json (out, &a, costed);
  else
    print_text (out, &a, costed);
  return 0;
}
