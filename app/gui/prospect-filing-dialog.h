/* prospect-filing-dialog.h: the preview of a prospectus filing, and its
 * import.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "prospect-database.h"
#include "prospect-filing-undo.h"

G_BEGIN_DECLS

#define PROSPECT_TYPE_FILING_DIALOG (prospect_filing_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ProspectFilingDialog, prospect_filing_dialog, PROSPECT, FILING_DIALOG, AdwWindow)

ProspectFilingDialog *prospect_filing_dialog_new             (GtkWindow            *parent,
                                                              ProspectDatabase     *database,
                                                              GFile                *file);
gboolean              prospect_filing_dialog_import          (ProspectFilingDialog *self);

G_END_DECLS
