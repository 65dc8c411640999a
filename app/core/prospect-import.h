/* prospect-import.h: CSV import and export of the user's own fund data.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "prospect-database.h"

G_BEGIN_DECLS

typedef enum
{
  PROSPECT_DATA_FUNDS,
  PROSPECT_DATA_RETURNS,
  PROSPECT_DATA_FEES,
  PROSPECT_DATA_HIGHLIGHTS,
  PROSPECT_DATA_BREAKPOINTS,
} ProspectDataKind;

typedef enum
{
  PROSPECT_IMPORT_ALL_OR_NOTHING,
  PROSPECT_IMPORT_VALID_ROWS,
  PROSPECT_IMPORT_PREVIEW,     /* check every row, change nothing */
} ProspectImportMode;

typedef struct
{
  guint  line;
  char  *message;
} ProspectImportProblem;

typedef struct
{
  guint      rows_read;
  guint      rows_imported;
  GPtrArray *problems;        /* ProspectImportProblem */
} ProspectImportReport;

typedef void (*ProspectProgressFunc) (double   fraction,
                                      gpointer user_data);

#define PROSPECT_MAX_IMPORT_SIZE (256 * 1024 * 1024)

gboolean    prospect_data_kind_from_string (const char              *text,
                                            ProspectDataKind        *kind);
const char *prospect_data_kind_to_string   (ProspectDataKind         kind);
const char *prospect_data_kind_header      (ProspectDataKind         kind);

void        prospect_import_report_init    (ProspectImportReport    *report);
void        prospect_import_report_clear   (ProspectImportReport    *report);

gboolean    prospect_import_csv            (ProspectDatabase        *database,
                                            ProspectDataKind         kind,
                                            const char              *data,
                                            gsize                    length,
                                            ProspectImportMode       mode,
                                            GCancellable            *cancellable,
                                            ProspectProgressFunc     progress,
                                            gpointer                 progress_data,
                                            ProspectImportReport    *report,
                                            GError                 **error);
gboolean    prospect_import_csv_file       (ProspectDatabase        *database,
                                            ProspectDataKind         kind,
                                            const char              *path,
                                            ProspectImportMode       mode,
                                            GCancellable            *cancellable,
                                            ProspectProgressFunc     progress,
                                            gpointer                 progress_data,
                                            ProspectImportReport    *report,
                                            GError                 **error);
char       *prospect_export_csv            (ProspectDatabase        *database,
                                            ProspectDataKind         kind,
                                            GError                 **error);
gboolean    prospect_export_csv_file       (ProspectDatabase        *database,
                                            ProspectDataKind         kind,
                                            const char              *path,
                                            GError                 **error);

G_END_DECLS
