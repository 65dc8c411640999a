/* prospect-fact-sheet.h: a share class's one-page fact sheet.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "prospect-report.h"

G_BEGIN_DECLS

typedef enum
{
  PROSPECT_PAPER_LETTER,
  PROSPECT_PAPER_A4,
} ProspectPaper;

ProspectPaper   prospect_paper_from_locale (void);
gboolean        prospect_paper_from_string (const char        *text,
                                            ProspectPaper     *paper);
ProspectReport *prospect_fact_sheet_new    (ProspectDatabase  *database,
                                            gint64             class_id,
                                            ProspectPaper      paper,
                                            const char        *prepared_date,
                                            GError           **error);

G_END_DECLS
