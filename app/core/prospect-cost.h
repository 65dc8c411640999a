/* prospect-cost.h: what an investment costs over time, fund and contract.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "prospect-expense.h"

G_BEGIN_DECLS

#define PROSPECT_MAX_BREAKPOINTS 20

typedef enum
{
  PROSPECT_LAYER_FUND,
  PROSPECT_LAYER_CONTRACT,
  PROSPECT_LAYER_RIDER,
  PROSPECT_LAYER_FLAT_FEE,
  PROSPECT_LAYER_LOADS,
  PROSPECT_LAYER_SURRENDER,
  PROSPECT_N_LAYERS
} ProspectLayer;

#define PROSPECT_MAX_SCENARIOS 6

/* One product: a fund or share class, optionally inside a variable
 * annuity or life contract.  Percent numbers; money in dollars. */
typedef struct
{
  char     name[64];
  /* Fund level */
  double   fund_gross_pct;
  double   fund_net_pct;                          /* NAN: no waiver */
  double   waiver_years;
  int      conversion_years;
  double   conversion_pct;
  double   front_load_pct;
  double   deferred_pct[PROSPECT_MAX_YEARS];      /* by year of redemption */
  guint    n_deferred;
  double   redemption_fee_pct;
  /* Contract level */
  double   mortality_expense_pct;                 /* of account value */
  double   administrative_pct;                    /* of account value */
  double   rider_pct;
  gboolean rider_on_benefit_base;                 /* else on account value */
  double   contract_fee;                          /* dollars a year */
  double   contract_fee_waived_above;             /* account value; 0: never waived */
  double   surrender_pct[PROSPECT_MAX_YEARS];     /* by contract year, or by the payment's age */
  guint    n_surrender;
  /* Deferred and surrender charges by "complete years since receipt of
   * each purchase payment", oldest money out first, rather than by
   * contract year. */
  gboolean charges_by_payment;
  double   free_withdrawal_pct;                   /* of the value, taken free of charges */
  /* A front-end load by amount (rights of accumulation: the amount is the
   * payment, the account's value and the other holdings together); none:
   * front_load_pct for every payment. */
  ProspectBreakpoint breakpoints[PROSPECT_MAX_BREAKPOINTS];
  guint    n_breakpoints;
  double   other_holdings;
} ProspectCostScenario;

/* How the yearly percentage charges are taken: the prospectus's way
 * (the balance grows by 1 + return − charges, the charge being the start
 * of year balance times the rate) or the SEC Mutual Fund Cost
 * Calculator's (the balance grows by the return, then the charges come off
 * the grown balance; each year's fee counted to the cent). */
typedef enum
{
  PROSPECT_COST_METHOD_PROSPECTUS,
  PROSPECT_COST_METHOD_SEC,
} ProspectCostMethod;

typedef struct
{
  double   amount;
  double   contribution;        /* each year, at the start of the year */
  double   employer_match;      /* each year, with the contribution */
  int      years;
  double   return_pct;          /* gross, before any cost */
  gboolean surrender_at_end;    /* redeem or surrender at the horizon */
  ProspectCostMethod method;
} ProspectCostAssumptions;

typedef struct
{
  int    year;
  double paid_in;               /* purchase payments so far */
  double value;                 /* with all costs, kept invested */
  double value_no_costs;
  double surrender_value;       /* what redeeming at the end of this year pays */
  double fees[PROSPECT_N_LAYERS];
} ProspectCostYear;

typedef struct
{
  GArray *years;                /* ProspectCostYear */
  double  fees[PROSPECT_N_LAYERS];
  double  value_with_costs;
  double  value_without_costs;
  double  fees_paid;
  double  foregone_earnings;
  double  total_cost;
} ProspectCostResult;

void                prospect_cost_scenario_init        (ProspectCostScenario          *scenario);
void                prospect_cost_scenario_set_fees    (ProspectCostScenario          *scenario,
                                                        const ProspectFeeTable        *fees);
void                prospect_cost_assumptions_init     (ProspectCostAssumptions       *assumptions);
gboolean            prospect_cost_validate             (const ProspectCostScenario    *scenario,
                                                        const ProspectCostAssumptions *assumptions,
                                                        GError                       **error);
ProspectCostResult *prospect_cost_compute              (const ProspectCostScenario    *scenario,
                                                        const ProspectCostAssumptions *assumptions,
                                                        GError                       **error);
void                prospect_cost_result_free          (ProspectCostResult            *result);
int                 prospect_cost_breakeven_year       (const ProspectCostResult      *a,
                                                        const ProspectCostResult      *b,
                                                        gboolean                       surrender_values);
GArray             *prospect_cost_crossings            (const ProspectCostResult      *a,
                                                        const ProspectCostResult      *b,
                                                        gboolean                       surrender_values);
char               *prospect_cost_describe_crossings   (const ProspectCostResult      *a,
                                                        const ProspectCostResult      *b,
                                                        const char                    *name_a,
                                                        const char                    *name_b,
                                                        gboolean                       surrender_values);
const char         *prospect_layer_label               (ProspectLayer                  layer);

double              prospect_cost_front_load_pct       (const ProspectCostScenario    *scenario,
                                                        double                         amount);
double              prospect_contract_charge_pct       (const ProspectCostScenario    *scenario);
double              prospect_net_of_charges            (double                         return_pct,
                                                        double                         charge_pct);
const char         *prospect_cost_method_to_string     (ProspectCostMethod             method);
gboolean            prospect_cost_method_from_string   (const char                    *text,
                                                        ProspectCostMethod            *method);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ProspectCostResult, prospect_cost_result_free)

G_END_DECLS
