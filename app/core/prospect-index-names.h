/* prospect-index-names.h: one benchmark under the names documents give it,
 * so that a filing's "S&P 500® Index (reflects no deduction for fees,
 * expenses, or taxes)" finds the reference series "S&P 500 Index" and its
 * calendar-year returns.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "prospect-database.h"

G_BEGIN_DECLS

char   *prospect_index_name_key     (const char        *name);
gint64  prospect_database_find_index (ProspectDatabase  *database,
                                      const char        *name,
                                      GError           **error);
gboolean prospect_database_list_indexes (ProspectDatabase *database,
                                         GArray           *ids,
                                         GPtrArray        *names,
                                         GError          **error);

G_END_DECLS
