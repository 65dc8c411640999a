/* prospect-highlights-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "prospect-page.h"

#include "prospect-database.h"

G_BEGIN_DECLS

#define PROSPECT_TYPE_HIGHLIGHTS_PAGE (prospect_highlights_page_get_type ())

G_DECLARE_FINAL_TYPE (ProspectHighlightsPage, prospect_highlights_page, PROSPECT, HIGHLIGHTS_PAGE, ProspectPage)

gboolean    prospect_highlights_page_load       (ProspectHighlightsPage  *self,
                                                 ProspectDatabase        *database,
                                                 gint64                   class_id,
                                                 GError                 **error);

G_END_DECLS
