/* fuzz-filing.c: the filing reader on any bytes.  The seed corpus is the
 * filings in tests/data/filings (scripts/fuzz copies them in).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "prospect-filing.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectFiling) filing = prospect_filing_read ((const char *) data, size, NULL, &error);

  /* Either a filing with at least one class, or one error in words. */
  g_assert ((filing == NULL) != (error == NULL));
  if (error != NULL)
    {
      g_assert (error->domain == PROSPECT_FILING_ERROR);
      g_assert (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }
  g_assert (prospect_filing_n_classes (filing) > 0);
  for (guint s = 0; s < filing->series->len; s++)
    {
      ProspectFilingSeries *series = g_ptr_array_index (filing->series, s);

      g_assert (series->name != NULL);
      for (guint c = 0; c < series->classes->len; c++)
        {
          ProspectFilingClass *klass = g_ptr_array_index (series->classes, c);

          g_assert (klass->name != NULL);
          g_assert (isnan (klass->fees->total_pct) || (klass->fees->total_pct >= 0 && klass->fees->total_pct <= 100));
        }
    }
  return 0;
}
