/* prospect-import-private.h: one CSV import, shared by the file that runs
 * it (prospect-import.c) and the file that imports each kind's rows
 * (prospect-import-rows.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "prospect-database-private.h"
#include "prospect-import.h"

G_BEGIN_DECLS

typedef struct
{
  ProspectDatabase     *db;
  ProspectDataKind      kind;
  ProspectImportReport *report;
  char                  decimal_point;
  int                   column[24];        /* header position of each expected column, or -1 */
  char                **names;             /* expected column names */
  GHashTable           *class_ids;         /* "fund\nclass" → gint64 */
  GHashTable           *series_ids;        /* name → gint64 */
  GHashTable           *seen;              /* row keys, for duplicates */
  ProspectStatement    *stmt;
  ProspectStatement    *stmt2;
} Import;

void               _prospect_import_add_problem         (Import            *im,
                                                         guint              line,
                                                         const char        *format,
                                                         ...) G_GNUC_PRINTF (3, 4);
const char        *_prospect_import_field               (Import            *im,
                                                         GPtrArray         *fields,
                                                         const char        *name);
char              *_prospect_import_shown               (const char        *text);
gboolean           _prospect_import_number              (Import            *im,
                                                         GPtrArray         *fields,
                                                         guint              line,
                                                         const char        *name,
                                                         double             min,
                                                         double             max,
                                                         gboolean           allow_empty,
                                                         double            *value);
gboolean           _prospect_import_date_field          (Import            *im,
                                                         GPtrArray         *fields,
                                                         guint              line,
                                                         const char        *name);
void               _prospect_import_bind_text_or_null   (ProspectStatement *stmt,
                                                         int                index,
                                                         const char        *text);
void               _prospect_import_bind_source         (Import            *im,
                                                         ProspectStatement *stmt,
                                                         GPtrArray         *fields,
                                                         int                first);
void               _prospect_import_bind_double_or_null (ProspectStatement *stmt,
                                                         int                index,
                                                         double             value);
ProspectStatement *_prospect_import_row_statement       (Import            *im,
                                                         const char        *sql,
                                                         GError           **error);
gboolean           _prospect_import_run                 (Import            *im,
                                                         ProspectStatement *stmt,
                                                         GError           **error);

/* Each kind's row, imported: 1 done, 0 refused (a problem added), -1 the
 * database failed. */
int _prospect_import_funds_row      (Import *im, GPtrArray *fields, guint line, GError **error);
int _prospect_import_returns_row    (Import *im, GPtrArray *fields, guint line, GError **error);
int _prospect_import_fees_row       (Import *im, GPtrArray *fields, guint line, GError **error);
int _prospect_import_highlights_row (Import *im, GPtrArray *fields, guint line, GError **error);
int _prospect_import_breakpoints_row (Import *im, GPtrArray *fields, guint line, GError **error);

G_END_DECLS
