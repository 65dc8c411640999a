/* prospect-gtk-init.h: opening the display the way Prospect's window
 * wants it, before the application starts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean prospect_gtk_init_check (void);
void     prospect_gtk_preload_icons (void);

G_END_DECLS
