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
const char       *prospect_window_get_problem    (ProspectWindow   *self);
GtkWidget        *prospect_window_get_page       (ProspectWindow   *self,
                                                  const char       *name);

G_END_DECLS
