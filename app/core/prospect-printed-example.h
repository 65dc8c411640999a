/* prospect-printed-example.h: the one place that decides whether a
 * recomputed expense example agrees with the one printed in a prospectus.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "prospect-database.h"
#include "prospect-expense.h"

G_BEGIN_DECLS

gboolean                      prospect_printed_example_same_terms (const ProspectExpenseInput   *input,
                                                                   const ProspectExpenseInput   *printed_for);
const ProspectPrintedExample *prospect_printed_example_find       (const GArray                 *printed,
                                                                   int                           years,
                                                                   gboolean                      redeemed);
gboolean                      prospect_printed_example_agrees     (const ProspectPrintedExample *printed,
                                                                   const ProspectExpenseRow     *row);
char                         *prospect_printed_example_explain  (const ProspectFeeTable     *fees,
                                                                  gboolean                    short_differs,
                                                                  gboolean                    long_differs);
double                        prospect_printed_example_recompute (const ProspectFeeTable     *fees,
                                                                  const ProspectPrintedExample *printed);
GPtrArray                    *prospect_check_fee_tables          (ProspectDatabase             *database,
                                                                  GError                      **error);
GPtrArray                    *prospect_check_printed_examples     (ProspectDatabase             *database,
                                                                   GError                      **error);

G_END_DECLS
