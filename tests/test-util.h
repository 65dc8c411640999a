/* test-util.h: helpers the test programs share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void prospect_test_remove_tree (const char *path);

G_END_DECLS
