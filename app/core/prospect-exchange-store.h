/* prospect-exchange-store.h: the saved 1035 exchange.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "prospect-database.h"
#include "prospect-exchange.h"

G_BEGIN_DECLS

typedef struct
{
  gint64                keep_id;   /* the saved scenario kept; 0: none chosen */
  gint64                into_id;   /* the one exchanged into; 0: none chosen */
  ProspectExchangeTerms terms;
} ProspectSavedExchange;

gboolean prospect_database_get_exchange  (ProspectDatabase            *database,
                                          ProspectSavedExchange       *exchange,
                                          GError                     **error);
gboolean prospect_database_save_exchange (ProspectDatabase            *database,
                                          const ProspectSavedExchange *exchange,
                                          GError                     **error);

G_END_DECLS
