/* prospect-reconcile.h: stated average returns against the yearly data.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "prospect-database.h"
#include "prospect-returns.h"

G_BEGIN_DECLS

typedef struct
{
  ProspectStatedReturn *stated;     /* owned */
  ProspectPeriodReturn  computed;
  gboolean              agrees;     /* at the printed precision, hundredths of a percent */
  ProspectDayCount      day_count;
  double                sales_load_pct;  /* deducted from the start, as Form N-1A's table does; 0 when none */
} ProspectReconciliation;

void       prospect_reconciliation_free (ProspectReconciliation *reconciliation);
GPtrArray *prospect_reconcile_class     (ProspectDatabase        *database,
                                         gint64                   class_id,
                                         ProspectDayCount         day_count,
                                         GError                 **error);

G_END_DECLS
