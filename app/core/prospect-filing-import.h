/* prospect-filing-import.h: a filing's classes written into the store,
 * all chosen classes in one transaction or none.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "prospect-database.h"
#include "prospect-filing.h"
#include "prospect-filing-undo.h"

G_BEGIN_DECLS

typedef struct
{
  guint   classes_added;
  guint   classes_replaced;
  guint   figures;        /* figures written */
  GArray *class_ids;      /* gint64: each imported class, in the filing's order */
} ProspectFilingImportReport;

/* One printed figure of a class beside what its own fee table gives. */
typedef struct
{
  int      years;
  gboolean redeemed;
  double   printed;
  double   recomputed;   /* NAN when the fee table cannot give it */
} ProspectFilingExampleCheck;

GArray  *prospect_filing_check_example  (const ProspectFilingClass  *klass,
                                         char                      **missing);
gboolean prospect_filing_class_chosen   (const ProspectFilingClass  *klass,
                                         const char * const         *chosen);
gint64   prospect_filing_existing_class (ProspectDatabase           *database,
                                         const ProspectFilingClass  *klass,
                                         GError                    **error);
gboolean prospect_filing_import         (ProspectDatabase           *database,
                                         const ProspectFiling       *filing,
                                         const char * const         *chosen,
                                         ProspectFilingImportReport *report,
                                         ProspectFilingUndo        **undo,
                                         GError                    **error);
void     prospect_filing_import_report_clear (ProspectFilingImportReport *report);

G_END_DECLS
