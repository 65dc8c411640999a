/* prospect-table-row.h: one row of a table of the user's data, as the Data
 * page lists it: the store's row id and each column's value as text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PROSPECT_TYPE_TABLE_ROW (prospect_table_row_get_type ())

G_DECLARE_FINAL_TYPE (ProspectTableRow, prospect_table_row, PROSPECT, TABLE_ROW, GObject)

ProspectTableRow  *prospect_table_row_new        (gint64               rowid,
                                                  const char * const  *values);
gint64             prospect_table_row_get_rowid  (ProspectTableRow    *self);
guint              prospect_table_row_get_n_values (ProspectTableRow  *self);
const char        *prospect_table_row_get_value  (ProspectTableRow    *self,
                                                  guint                column);

G_END_DECLS
