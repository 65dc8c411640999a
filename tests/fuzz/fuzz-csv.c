/* fuzz-csv.c: CSV import of any bytes, into the bundled data.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "prospect-import.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static ProspectDatabase *db;
  ProspectImportReport report;
  g_autoptr(GError) error = NULL;
  ProspectDataKind kind;

  if (db == NULL)
    db = prospect_database_open_bundled (NULL);
  if (size < 1)
    return 0;
  kind = (ProspectDataKind) (data[0] % (PROSPECT_DATA_BREAKPOINTS + 1));
  /* A preview checks every row and rolls back, so each input starts from
   * the same data. */
  prospect_import_csv (db, kind, (const char *) data + 1, size - 1, PROSPECT_IMPORT_PREVIEW, NULL, NULL, NULL, &report,
                       &error);
  g_assert (report.problems != NULL);
  for (guint i = 0; i < report.problems->len; i++)
    g_assert (g_utf8_validate (((ProspectImportProblem *) g_ptr_array_index (report.problems, i))->message, -1, NULL));
  prospect_import_report_clear (&report);
  return 0;
}
