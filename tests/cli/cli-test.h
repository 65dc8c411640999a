/* cli-test.h: what the command line's test programs share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>
#include <sys/resource.h>

G_BEGIN_DECLS

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

/* XDG_DATA_HOME for every run: a folder of the test's own. */
extern char *data_home;

void      run_clear            (Run        *run);
void      run_prospect         (Run        *run,
                                ...) G_GNUC_NULL_TERMINATED;
void      run_prospect_limited (Run        *run,
                                rlim_t      max_bytes,
                                ...) G_GNUC_NULL_TERMINATED;
void      assert_failed        (const Run  *run,
                                int         status,
                                const char *fragment);
JsonNode *parse_json           (const char *text);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

G_END_DECLS
