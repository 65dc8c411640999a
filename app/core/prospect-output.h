/* prospect-output.h: writing a file the user named, safely: to a temporary
 * file beside it, checked to the last byte and synced, then renamed over
 * it; through a symbolic link to the file it names; "-" for standard
 * output; never over a device, a pipe or a folder.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PROSPECT_OUTPUT_ERROR (prospect_output_error_quark ())

typedef enum
{
  PROSPECT_OUTPUT_ERROR_FAILED,
} ProspectOutputError;

typedef struct _ProspectOutput ProspectOutput;

GQuark          prospect_output_error_quark (void);
ProspectOutput *prospect_output_open        (const char      *path,
                                             GError         **error);
gboolean        prospect_output_write       (ProspectOutput  *output,
                                             const void      *data,
                                             gsize            length);
gboolean        prospect_output_commit      (ProspectOutput  *output,
                                             GError         **error);
void            prospect_output_free        (ProspectOutput  *output);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ProspectOutput, prospect_output_free)

G_END_DECLS
