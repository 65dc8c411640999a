/* fuzz-calculator.c: the expense example and the cost calculator on any
 * inputs: valid ones give finite, non-negative costs; others an error.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "prospect-cost.h"
#include "prospect-expense.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

typedef struct
{
  const guint8 *data;
  size_t        size;
  size_t        pos;
} Bytes;

static double
next_double (Bytes *b)
{
  double value = 0;

  if (b->pos + sizeof value <= b->size)
    memcpy (&value, b->data + b->pos, sizeof value);
  b->pos += sizeof value;
  return value;
}

static guint
next_small (Bytes *b,
            guint  limit)
{
  guint value = b->pos < b->size ? b->data[b->pos] : 0;

  b->pos++;
  return value % (limit + 1);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  Bytes b = { data, size, 0 };
  ProspectExpenseInput input;
  ProspectCostScenario scenario;
  ProspectCostAssumptions assumptions;

  prospect_expense_input_init (&input);
  input.amount = next_double (&b);
  input.return_pct = next_double (&b);
  input.gross_pct = next_double (&b);
  input.net_pct = next_double (&b);
  input.waiver_years = next_double (&b);
  input.front_load_pct = next_double (&b);
  input.n_deferred = next_small (&b, 50);
  for (guint i = 0; i < input.n_deferred; i++)
    input.deferred_pct[i] = next_double (&b);
  input.conversion_years = (int) next_small (&b, 60);
  input.conversion_pct = next_double (&b);
  input.n_horizons = next_small (&b, 50);
  for (guint i = 0; i < input.n_horizons; i++)
    input.horizons[i] = (int) next_small (&b, 60);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(ProspectExpenseResult) result = prospect_expense_compute (&input, &error);

    if (result == NULL)
      g_assert (error != NULL);
    else
      for (guint i = 0; i < result->rows->len; i++)
        {
          const ProspectExpenseRow *row = &g_array_index (result->rows, ProspectExpenseRow, i);

          g_assert (isfinite (row->cost_exact) && row->cost_exact >= 0 && row->cost >= 0);
        }
  }

  prospect_cost_scenario_init (&scenario);
  scenario.fund_gross_pct = next_double (&b);
  scenario.front_load_pct = next_double (&b);
  scenario.mortality_expense_pct = next_double (&b);
  scenario.administrative_pct = next_double (&b);
  scenario.rider_pct = next_double (&b);
  scenario.rider_on_benefit_base = next_small (&b, 1);
  scenario.contract_fee = next_double (&b);
  scenario.contract_fee_waived_above = next_double (&b);
  scenario.redemption_fee_pct = next_double (&b);
  scenario.n_surrender = next_small (&b, 50);
  for (guint i = 0; i < scenario.n_surrender; i++)
    scenario.surrender_pct[i] = next_double (&b);
  prospect_cost_assumptions_init (&assumptions);
  assumptions.amount = next_double (&b);
  assumptions.contribution = next_double (&b);
  assumptions.employer_match = next_double (&b);
  assumptions.years = (int) next_small (&b, 60);
  assumptions.return_pct = next_double (&b);
  assumptions.surrender_at_end = next_small (&b, 1);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(ProspectCostResult) result = prospect_cost_compute (&scenario, &assumptions, &error);

    if (result == NULL)
      g_assert (error != NULL);
    else
      {
        g_assert (isfinite (result->value_with_costs) && result->value_with_costs >= 0);
        g_assert (isfinite (result->total_cost));
        for (int l = 0; l < PROSPECT_N_LAYERS; l++)
          g_assert (isfinite (result->fees[l]) && result->fees[l] >= 0);
      }
  }
  return 0;
}
