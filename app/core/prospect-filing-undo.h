/* prospect-filing-undo.h: taking back a filing import: what it added is
 * removed and what it replaced is restored, column for column.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "prospect-database.h"

G_BEGIN_DECLS

typedef struct _ProspectFilingUndo ProspectFilingUndo;

void     prospect_filing_undo_free   (ProspectFilingUndo  *undo);
gboolean prospect_filing_undo_apply  (ProspectDatabase    *database,
                                      ProspectFilingUndo  *undo,
                                      GError             **error);

/* For prospect-filing-import.c, inside its transaction. */
ProspectFilingUndo *_prospect_filing_undo_new            (gint64               document_id);
gboolean            _prospect_filing_undo_keep_class     (ProspectFilingUndo  *undo,
                                                          ProspectDatabase    *database,
                                                          gint64               class_id,
                                                          GError             **error);
gboolean            _prospect_filing_undo_keep_fund      (ProspectFilingUndo  *undo,
                                                          ProspectDatabase    *database,
                                                          gint64               fund_id,
                                                          GError             **error);
void                _prospect_filing_undo_added          (ProspectFilingUndo  *undo,
                                                          const char          *table,
                                                          gint64               id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ProspectFilingUndo, prospect_filing_undo_free)

G_END_DECLS
