/* prospect-fees-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "prospect-expense.h"
#include "prospect-page.h"

#include "prospect-database.h"

G_BEGIN_DECLS

#define PROSPECT_TYPE_FEES_PAGE (prospect_fees_page_get_type ())

G_DECLARE_FINAL_TYPE (ProspectFeesPage, prospect_fees_page, PROSPECT, FEES_PAGE, ProspectPage)

/* The calculator's fields, by name. */
typedef enum
{
  PROSPECT_FEES_FIELD_AMOUNT,
  PROSPECT_FEES_FIELD_RETURN,
  PROSPECT_FEES_FIELD_RATIO,
  PROSPECT_FEES_FIELD_NET_RATIO,
  PROSPECT_FEES_FIELD_WAIVER_YEARS,
  PROSPECT_FEES_FIELD_FRONT_LOAD,
  PROSPECT_FEES_FIELD_DEFERRED,
  PROSPECT_FEES_FIELD_YEARS,
  PROSPECT_FEES_N_FIELDS
} ProspectFeesField;

gboolean     prospect_fees_page_load            (ProspectFeesPage  *self,
                                                 ProspectDatabase  *database,
                                                 gint64             class_id,
                                                 GError           **error);
void         prospect_fees_page_reset           (ProspectFeesPage  *self);
GtkWidget   *prospect_fees_page_get_chart       (ProspectFeesPage  *self);

const ProspectExpenseInput *prospect_fees_page_get_shown_input (ProspectFeesPage *self);

G_END_DECLS
