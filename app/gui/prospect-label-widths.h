/* prospect-label-widths.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void     prospect_label_widths_install      (void);
gboolean prospect_label_widths_is_installed (void);

G_END_DECLS
