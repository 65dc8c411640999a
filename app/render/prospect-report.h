/* prospect-report.h: multi-page documents (the client handout, printouts)
 * laid out with Cairo and Pango, for PDF and for printing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "prospect-database.h"
#include "prospect-expense.h"

G_BEGIN_DECLS

typedef enum
{
  PROSPECT_REPORT_COVER       = 1 << 0,
  PROSPECT_REPORT_PERFORMANCE = 1 << 1,
  PROSPECT_REPORT_FEES        = 1 << 2,
  PROSPECT_REPORT_COSTS       = 1 << 3,
  PROSPECT_REPORT_HIGHLIGHTS  = 1 << 4,
  PROSPECT_REPORT_PORTFOLIO   = 1 << 5,
  PROSPECT_REPORT_ALL         = 0x1f,   /* the handout: all but the portfolio text */
} ProspectReportContent;

typedef struct _ProspectReport ProspectReport;

ProspectReport *prospect_report_new         (ProspectDatabase       *database,
                                             gint64                  class_id,
                                             ProspectReportContent   content,
                                             const char * const     *scenario_names,
                                             const char             *prepared_date,
                                             GError                **error);
ProspectReport *prospect_report_new_with_example (ProspectDatabase          *database,
                                                 gint64                     class_id,
                                                 ProspectReportContent      content,
                                                 const char * const        *scenario_names,
                                                 const char                *prepared_date,
                                                 const ProspectExpenseInput *what_if,
                                                 GError                   **error);
void            prospect_report_free        (ProspectReport         *report);
guint           prospect_report_paginate    (ProspectReport         *report,
                                             cairo_t                *cr,
                                             double                  width,
                                             double                  height);
void            prospect_report_draw_page   (ProspectReport         *report,
                                             cairo_t                *cr,
                                             double                  width,
                                             double                  height,
                                             guint                   page);
gboolean        prospect_report_export_pdf  (ProspectReport         *report,
                                             const char             *path,
                                             GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ProspectReport, prospect_report_free)

G_END_DECLS
