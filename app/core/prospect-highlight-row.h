/* prospect-highlight-row.h: one line of a financial highlights table, as an
 * item of a GListModel.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "prospect-records.h"

G_BEGIN_DECLS

#define PROSPECT_TYPE_HIGHLIGHT_ROW (prospect_highlight_row_get_type ())

G_DECLARE_FINAL_TYPE (ProspectHighlightRow, prospect_highlight_row, PROSPECT, HIGHLIGHT_ROW, GObject)

GListModel *prospect_highlight_rows_new               (const ProspectHighlights *highlights);
int         prospect_highlight_row_get_line           (ProspectHighlightRow     *self);
gboolean    prospect_highlight_row_is_group           (ProspectHighlightRow     *self);
const char *prospect_highlight_row_get_label          (ProspectHighlightRow     *self);
char       *prospect_highlight_row_format_value       (ProspectHighlightRow     *self,
                                                       guint                     year_index);
double      prospect_highlight_row_get_value          (ProspectHighlightRow     *self,
                                                       guint                     year_index);
guint       prospect_highlight_row_get_n_years        (ProspectHighlightRow     *self);

char       *prospect_format_marks                     (const char               *marks);

G_END_DECLS
