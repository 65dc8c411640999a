/* prospect-page.h: what every page of the window is: it shows one share
 * class from one database, may have charts (stepped through with Page Down
 * and scaled in presentation mode) and a search of its own (Ctrl+F), and
 * may change the data ("changed").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "prospect-database.h"

G_BEGIN_DECLS

#define PROSPECT_TYPE_PAGE (prospect_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (ProspectPage, prospect_page, PROSPECT, PAGE, AdwBin)

struct _ProspectPageClass
{
  AdwBinClass parent_class;

  gboolean   (*load)         (ProspectPage      *self,
                              ProspectDatabase  *database,
                              gint64             class_id,
                              GError           **error);
  GPtrArray *(*get_charts)   (ProspectPage      *self);
  gboolean   (*focus_search) (ProspectPage      *self);

  gpointer padding[8];
};

gboolean          prospect_page_load         (ProspectPage      *self,
                                              ProspectDatabase  *database,
                                              gint64             class_id,
                                              GError           **error);
ProspectDatabase *prospect_page_get_database (ProspectPage      *self);
gint64            prospect_page_get_class_id (ProspectPage      *self);
GPtrArray        *prospect_page_get_charts   (ProspectPage      *self);
gboolean          prospect_page_focus_search (ProspectPage      *self);
void              prospect_page_changed      (ProspectPage      *self);

G_END_DECLS
