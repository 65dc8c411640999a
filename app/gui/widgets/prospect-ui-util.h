/* prospect-ui-util.h: small pieces the pages share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void       prospect_ui_clear_grid    (GtkGrid      *grid);
GtkWidget *prospect_ui_cell          (const char   *text,
                                      const char   *css_class,
                                      float         xalign);
/* Fills a grid of labels in place: cells set in one pass keep their
 * widgets from the last pass, so a keystroke changes texts, not widgets. */
typedef struct
{
  GtkGrid    *grid;
  GHashTable *kept;   /* the cells set in this pass */
  GHashTable *at;     /* cells by their top-left corner (see grid_key) */
} ProspectGridUpdate;

void       prospect_ui_grid_begin    (ProspectGridUpdate *update,
                                      GtkGrid            *grid);
GtkWidget *prospect_ui_grid_set      (ProspectGridUpdate *update,
                                      int                 column,
                                      int                 row,
                                      int                 width,
                                      const char         *text,
                                      const char         *css_class,
                                      float               xalign);
void       prospect_ui_grid_end      (ProspectGridUpdate *update);
char      *prospect_ui_chooser_path  (GtkFileChooserNative *chooser,
                                      int                   response,
                                      GError              **error);
char      *prospect_ui_file_name     (const char         *path);
void       prospect_ui_toast         (GtkWidget    *widget,
                                      AdwToast     *toast);
void       prospect_ui_mark_entry    (AdwActionRow *row,
                                      GtkWidget    *entry,
                                      const char   *message,
                                      const char   *hint);
void       prospect_ui_measure_when_open (AdwExpanderRow *row);
void       prospect_ui_set_tooltip   (GtkWidget    *widget,
                                      const char   *text);
const char *prospect_ui_get_tooltip  (GtkWidget    *widget);

G_END_DECLS
