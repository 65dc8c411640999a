/* prospect-data-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "prospect-page.h"

#include "prospect-database.h"
#include "prospect-import.h"

G_BEGIN_DECLS

#define PROSPECT_TYPE_DATA_PAGE (prospect_data_page_get_type ())

G_DECLARE_FINAL_TYPE (ProspectDataPage, prospect_data_page, PROSPECT, DATA_PAGE, ProspectPage)

gboolean    prospect_data_page_load            (ProspectDataPage  *self,
                                                ProspectDatabase  *database,
                                                GError           **error);
gboolean    prospect_data_page_delete_row      (ProspectDataPage  *self,
                                                guint              row,
                                                GError           **error);
void        prospect_data_page_import_file     (ProspectDataPage  *self,
                                                const char        *path,
                                                ProspectImportMode mode);

G_END_DECLS
