/* test-util.h: helpers the test programs share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "prospect-database.h"

G_BEGIN_DECLS

void              prospect_test_remove_tree  (const char *path);
ProspectDatabase *prospect_test_new_database (const char *dir,
                                              const char *name);

G_END_DECLS
