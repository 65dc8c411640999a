/* prospect-csv.h: reading and writing CSV as spreadsheets write it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PROSPECT_CSV_ERROR (prospect_csv_error_quark ())

typedef enum
{
  PROSPECT_CSV_ERROR_MALFORMED,
  PROSPECT_CSV_ERROR_NOT_TEXT,
} ProspectCsvError;

typedef struct _ProspectCsvReader ProspectCsvReader;

GQuark             prospect_csv_error_quark  (void);
ProspectCsvReader *prospect_csv_reader_new   (const char         *data,
                                              gsize               length,
                                              GError            **error);
void               prospect_csv_reader_free  (ProspectCsvReader  *reader);
char               prospect_csv_reader_get_separator (ProspectCsvReader *reader);
gboolean           prospect_csv_reader_next  (ProspectCsvReader  *reader,
                                              GPtrArray         **fields,
                                              guint              *line,
                                              GError            **error);
double             prospect_csv_reader_get_progress (ProspectCsvReader *reader);

char              *prospect_csv_guard        (const char         *text);
void               prospect_csv_unguard      (char               *text);
void               prospect_csv_append_field (GString            *out,
                                              const char         *field,
                                              gboolean            last);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ProspectCsvReader, prospect_csv_reader_free)

G_END_DECLS
