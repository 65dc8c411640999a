/* prospect-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "prospect-database.h"

G_BEGIN_DECLS

#define PROSPECT_TYPE_WINDOW (prospect_window_get_type ())

G_DECLARE_FINAL_TYPE (ProspectWindow, prospect_window, PROSPECT, WINDOW, AdwApplicationWindow)

ProspectWindow   *prospect_window_new            (GtkApplication   *application,
                                                  ProspectDatabase *database);
ProspectDatabase *prospect_window_get_database   (ProspectWindow   *self);
void              prospect_window_show_problem   (ProspectWindow   *self,
                                                  const char       *message);
GtkWidget        *prospect_window_get_page       (ProspectWindow   *self,
                                                  const char       *name);
gboolean          prospect_window_set_database   (ProspectWindow   *self,
                                                  ProspectDatabase *database,
                                                  GError          **error);
void              prospect_window_import_filing  (ProspectWindow   *self,
                                                  GFile            *file);
gboolean          prospect_window_select_class   (ProspectWindow   *self,
                                                  gint64            class_id,
                                                  GError          **error);
gint64            prospect_window_get_class_id   (ProspectWindow   *self);
void              prospect_window_filter_classes (ProspectWindow   *self,
                                                  const char       *text);
gboolean          prospect_window_get_presentation (ProspectWindow *self);

G_END_DECLS
