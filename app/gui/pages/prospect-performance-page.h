/* prospect-performance-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "prospect-page.h"

#include "prospect-database.h"

G_BEGIN_DECLS

#define PROSPECT_TYPE_PERFORMANCE_PAGE (prospect_performance_page_get_type ())

G_DECLARE_FINAL_TYPE (ProspectPerformancePage, prospect_performance_page, PROSPECT, PERFORMANCE_PAGE, ProspectPage)

gboolean   prospect_performance_page_load       (ProspectPerformancePage  *self,
                                                 ProspectDatabase         *database,
                                                 gint64                    class_id,
                                                 GError                  **error);
GPtrArray *prospect_performance_page_get_charts (ProspectPerformancePage  *self);

G_END_DECLS
