/* prospect-chart-catalogue.c: every chart Prospect draws, built from the store
 * and the calculators, and the one table of their names that the command
 * line, the tests, the benchmark and the handout share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-chart-catalogue"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "prospect-chart-catalogue.h"
#include "prospect-format.h"
#include "prospect-returns.h"

/* ----- the catalogue ---------------------------------------------------- */

static ProspectChartData *
build_annual_returns (ProspectDatabase           *database,
                      gint64                      class_id,
                      const ProspectChartRequest *request,
                      GError                    **error)
{
  return prospect_chart_annual_returns_after (database, class_id, request != NULL ? request->contract : NULL, NULL,
                                              error);
}

static ProspectChartData *
build_relative_returns (ProspectDatabase           *database,
                        gint64                      class_id,
                        const ProspectChartRequest *request,
                        GError                    **error)
{
  g_autoptr(ProspectChartData) annual = build_annual_returns (database, class_id, request, error);

  return annual != NULL ? prospect_chart_relative_returns (annual) : NULL;
}

static ProspectChartData *
build_average_returns (ProspectDatabase           *database,
                       gint64                      class_id,
                       const ProspectChartRequest *request,
                       GError                    **error)
{
  return prospect_chart_average_returns (database, class_id, error);
}

static ProspectChartData *
build_growth (ProspectDatabase           *database,
              gint64                      class_id,
              const ProspectChartRequest *request,
              GError                    **error)
{
  return prospect_chart_growth (database, class_id, 10000, FALSE, error);
}

static ProspectChartData *
build_growth_log (ProspectDatabase           *database,
                  gint64                      class_id,
                  const ProspectChartRequest *request,
                  GError                    **error)
{
  return prospect_chart_growth (database, class_id, 10000, TRUE, error);
}

/* The class's fee table, which the example and cost charts start from, and
 * the "Fund – Class" name they are drawn under. */
static ProspectFeeTable *
class_fees (ProspectDatabase  *database,
            gint64             class_id,
            char             **name,
            GError           **error)
{
  g_autoptr(ProspectClassInfo) info = prospect_database_get_class (database, class_id, error);

  if (info == NULL)
    return NULL;
  *name = g_strdup_printf ("%s – %s", info->fund_name, info->name);
  return prospect_database_get_fee_table (database, class_id, error);
}

static ProspectExpenseResult *
class_example (ProspectDatabase      *database,
               gint64                 class_id,
               ProspectExpenseInput  *input,
               char                 **name,
               GError               **error)
{
  g_autoptr(ProspectFeeTable) fees = class_fees (database, class_id, name, error);

  if (fees == NULL)
    return NULL;
  prospect_expense_input_init (input);
  prospect_expense_input_set_fee_table (input, fees);
  return prospect_expense_compute (input, error);
}

static ProspectChartData *
build_expense_example (ProspectDatabase           *database,
                       gint64                      class_id,
                       const ProspectChartRequest *request,
                       GError                    **error)
{
  g_autofree char *name = NULL;
  ProspectExpenseInput input;
  g_autoptr(ProspectExpenseResult) result = class_example (database, class_id, &input, &name, error);

  return result != NULL ? prospect_chart_expense_example (&input, result, name) : NULL;
}

static ProspectChartData *
build_expense_schedule (ProspectDatabase           *database,
                        gint64                      class_id,
                        const ProspectChartRequest *request,
                        GError                    **error)
{
  g_autofree char *name = NULL;
  ProspectExpenseInput input;
  g_autoptr(ProspectExpenseResult) result = class_example (database, class_id, &input, &name, error);

  return result != NULL ? prospect_chart_expense_schedule (result, name) : NULL;
}

static ProspectCostResult *
class_cost (ProspectDatabase            *database,
            gint64                       class_id,
            const ProspectChartRequest  *request,
            char                       **name,
            GError                     **error)
{
  g_autoptr(ProspectFeeTable) fees = class_fees (database, class_id, name, error);
  ProspectCostScenario scenario;
  ProspectCostAssumptions assumptions;

  if (fees == NULL)
    return NULL;
  if (request != NULL && request->contract != NULL)
    scenario = *request->contract;
  else
    prospect_cost_scenario_init (&scenario);
  prospect_cost_scenario_set_fees (&scenario, fees);
  prospect_cost_assumptions_init (&assumptions);
  assumptions.years = request != NULL && request->years > 0 ? request->years : 20;
  return prospect_cost_compute (&scenario, &assumptions, error);
}

static ProspectChartData *
build_cost_over_time (ProspectDatabase           *database,
                      gint64                      class_id,
                      const ProspectChartRequest *request,
                      GError                    **error)
{
  g_autofree char *name = NULL;
  g_autoptr(ProspectCostResult) result = class_cost (database, class_id, request, &name, error);
  const ProspectCostResult *results[1] = { result };
  const char *names[1] = { name };

  return result != NULL ? prospect_chart_cost_over_time (results, names, 1, TRUE) : NULL;
}

static ProspectChartData *
build_fees_by_layer (ProspectDatabase           *database,
                     gint64                      class_id,
                     const ProspectChartRequest *request,
                     GError                    **error)
{
  g_autofree char *name = NULL;
  g_autoptr(ProspectCostResult) result = class_cost (database, class_id, request, &name, error);

  return result != NULL ? prospect_chart_fees_by_layer (result, name) : NULL;
}

static const ProspectChartEntry catalogue[] = {
  { "annual-returns", "Calendar-year total returns", build_annual_returns },
  { "relative-returns", "Fund minus index, by calendar year", build_relative_returns },
  { "average-returns", "Average annual total returns", build_average_returns },
  { "growth", "Growth of $10,000", build_growth },
  { "growth-log", "Growth of $10,000 (logarithmic scale)", build_growth_log },
  { "expense-example", "Expense example", build_expense_example },
  { "expense-schedule", "Expense example, year by year", build_expense_schedule },
  { "cost-over-time", "Cost over time", build_cost_over_time },
  { "fees-by-layer", "Fees by layer", build_fees_by_layer },
};

guint
prospect_chart_catalogue_size (void)
{
  return G_N_ELEMENTS (catalogue);
}

const ProspectChartEntry *
prospect_chart_catalogue_get (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (catalogue), NULL);
  return &catalogue[index];
}

const ProspectChartEntry *
prospect_chart_catalogue_find (const char *name)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (catalogue); i++)
    if (g_str_equal (catalogue[i].name, name))
      return &catalogue[i];
  return NULL;
}

/* "a, b, … or z", for messages and help. */
char *
prospect_chart_catalogue_names (void)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (catalogue); i++)
    {
      if (i > 0)
        g_string_append (text, i + 1 == G_N_ELEMENTS (catalogue) ? " or " : ", ");
      g_string_append (text, catalogue[i].name);
    }
  return g_string_free (text, FALSE);
}

ProspectChartData *
prospect_chart_catalogue_build (ProspectDatabase           *database,
                                const char                 *name,
                                gint64                      class_id,
                                const ProspectChartRequest *request,
                                GError                    **error)
{
  const ProspectChartEntry *entry = prospect_chart_catalogue_find (name);

  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), NULL);
  if (entry == NULL)
    {
      g_autofree char *names = prospect_chart_catalogue_names ();

      g_set_error (error, PROSPECT_CHART_ERROR, PROSPECT_CHART_ERROR_INVALID,
                   _("There is no chart named “%s”; the charts are %s."), name, names);
      return NULL;
    }
  return entry->build (database, class_id, request, error);
}
