/* prospect-expense.h: the SEC Form N-1A expense example.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "prospect-records.h"

G_BEGIN_DECLS

#define PROSPECT_EXPENSE_ERROR (prospect_expense_error_quark ())

typedef enum
{
  PROSPECT_EXPENSE_ERROR_INVALID,
} ProspectExpenseError;

#define PROSPECT_MAX_YEARS 50
#define PROSPECT_MAX_AMOUNT 1e12

/* Percent numbers throughout: 0.66 means 0.66%. */
typedef struct
{
  double amount;
  double return_pct;
  double gross_pct;
  double net_pct;                           /* NAN: no waiver */
  double waiver_years;                      /* may be fractional */
  double front_load_pct;
  double deferred_pct[PROSPECT_MAX_YEARS];  /* by year of redemption */
  guint  n_deferred;
  int    conversion_years;                  /* 0: no conversion */
  double conversion_pct;
  int    horizons[PROSPECT_MAX_YEARS];
  guint  n_horizons;
} ProspectExpenseInput;

typedef struct
{
  int    year;
  double begin;
  double ratio_pct;
  double cost;
  double end;
} ProspectExpenseYear;

typedef struct
{
  int      years;
  gboolean redeemed;
  double   cost_exact;
  double   cost;            /* rounded half-up to whole dollars, once */
  double   deferred_charge;
  double   ending_value;
} ProspectExpenseRow;

typedef struct
{
  double  front_load_cost;
  GArray *schedule;         /* ProspectExpenseYear, years 1 … the longest horizon */
  GArray *rows;             /* ProspectExpenseRow: redeemed rows, then not-redeemed rows */
} ProspectExpenseResult;

GQuark                 prospect_expense_error_quark          (void);

void                   prospect_expense_input_init           (ProspectExpenseInput       *input);
void                   prospect_expense_input_set_fee_table  (ProspectExpenseInput       *input,
                                                              const ProspectFeeTable     *fees);
gboolean               prospect_expense_input_validate       (const ProspectExpenseInput *input,
                                                              GError                    **error);
double                 prospect_expense_ratio_for_year       (const ProspectExpenseInput *input,
                                                              int                         year);
gboolean               prospect_expense_has_deferred_charge  (const ProspectExpenseInput *input);

ProspectExpenseResult *prospect_expense_compute              (const ProspectExpenseInput *input,
                                                              GError                    **error);
void                   prospect_expense_result_free          (ProspectExpenseResult      *result);
const ProspectExpenseRow *prospect_expense_result_find       (const ProspectExpenseResult *result,
                                                              int                          years,
                                                              gboolean                     redeemed);

const char            *prospect_expense_method               (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ProspectExpenseResult, prospect_expense_result_free)

G_END_DECLS
