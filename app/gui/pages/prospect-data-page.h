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
void        prospect_data_page_show_table      (ProspectDataPage  *self,
                                                const char        *table_id);
guint       prospect_data_page_get_n_rows      (ProspectDataPage  *self);
gboolean    prospect_data_page_edit_cell       (ProspectDataPage  *self,
                                                guint              row,
                                                guint              column,
                                                const char        *text,
                                                GError           **error);
const char *prospect_data_page_get_cell        (ProspectDataPage  *self,
                                                guint              row,
                                                guint              column);
gboolean    prospect_data_page_delete_row      (ProspectDataPage  *self,
                                                guint              row,
                                                GError           **error);
const char *prospect_data_page_get_check_text  (ProspectDataPage  *self);
void        prospect_data_page_import_file     (ProspectDataPage  *self,
                                                const char        *path,
                                                ProspectImportMode mode);

G_END_DECLS
