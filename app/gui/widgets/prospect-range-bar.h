/* prospect-range-bar.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PROSPECT_TYPE_RANGE_BAR (prospect_range_bar_get_type ())

G_DECLARE_FINAL_TYPE (ProspectRangeBar, prospect_range_bar, PROSPECT, RANGE_BAR, GtkWidget)

GtkWidget *prospect_range_bar_new       (void);
void       prospect_range_bar_set_range (ProspectRangeBar *self,
                                         double            min_pct,
                                         double            max_pct,
                                         const char       *description);

G_END_DECLS
