/* prospect-class-filter.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PROSPECT_TYPE_CLASS_FILTER (prospect_class_filter_get_type ())

G_DECLARE_FINAL_TYPE (ProspectClassFilter, prospect_class_filter, PROSPECT, CLASS_FILTER, GtkFilter)

ProspectClassFilter *prospect_class_filter_new        (void);
void                 prospect_class_filter_set_search (ProspectClassFilter *self,
                                                       const char          *text);

G_END_DECLS
