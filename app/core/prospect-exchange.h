/* prospect-exchange.h: a 1035 exchange, keep this contract or move into
 * that one, computed with the cost calculator's arithmetic.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "prospect-cost.h"

G_BEGIN_DECLS

typedef struct
{
  int    years_held;                            /* complete contract years in the old contract */
  double value;                                 /* the old contract's value today */
  double payments;                              /* its purchase payments (surrender charge base); 0: the value */
  double bonus_pct;                             /* the new contract's bonus credit, % of what comes in */
  double recapture_pct[PROSPECT_MAX_YEARS];     /* % of the bonus taken back on surrender, by new contract year */
  guint  n_recapture;
} ProspectExchangeTerms;

typedef struct
{
  double  surrender_now;        /* the old contract's surrender charge paid at the exchange */
  double  bonus_now;
  int     old_schedule_years;   /* years until the old contract's schedule ends */
  GArray *keep;                 /* double: surrender value at the end of each year, kept */
  GArray *exchange;             /* double: the same after exchanging today */
  GArray *exchange_later;       /* double: after keeping until the old schedule ends, then exchanging */
  int     ahead_from;           /* first year from which exchanging today is ahead for good; 0: never */
  double  cost_of_now;          /* at the horizon, exchanging later minus exchanging today */
} ProspectExchangeResult;

void                    prospect_exchange_terms_init   (ProspectExchangeTerms         *terms);
ProspectExchangeResult *prospect_exchange_compute      (const ProspectCostScenario    *old_contract,
                                                        const ProspectCostScenario    *new_contract,
                                                        const ProspectExchangeTerms   *terms,
                                                        const ProspectCostAssumptions *assumptions,
                                                        GError                       **error);
void                    prospect_exchange_result_free  (ProspectExchangeResult        *result);
char                   *prospect_exchange_describe     (const ProspectExchangeResult  *result,
                                                        const char                    *old_name,
                                                        const char                    *new_name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ProspectExchangeResult, prospect_exchange_result_free)

G_END_DECLS
