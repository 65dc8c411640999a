/* prospect-class-item.h: a share class, as an item of a GListModel.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "prospect-database.h"

G_BEGIN_DECLS

#define PROSPECT_TYPE_CLASS_ITEM (prospect_class_item_get_type ())

G_DECLARE_FINAL_TYPE (ProspectClassItem, prospect_class_item, PROSPECT, CLASS_ITEM, GObject)

GListModel *prospect_class_items_new         (ProspectDatabase  *database,
                                              GError           **error);
gint64      prospect_class_item_get_id       (ProspectClassItem *self);
const char *prospect_class_item_get_label    (ProspectClassItem *self);
const char *prospect_class_item_get_fund     (ProspectClassItem *self);
const char *prospect_class_item_get_name     (ProspectClassItem *self);
char       *prospect_class_item_fold         (const char        *text);
gboolean    prospect_class_item_matches      (ProspectClassItem *self,
                                              const char        *folded);

G_END_DECLS
