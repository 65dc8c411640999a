/* fuzz-number.c: the parser behind every input field.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "prospect-number.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static const ProspectFieldSpec spec = { "Field", PROSPECT_UNIT_PERCENT, -100, 100, FALSE, FALSE };
  g_autofree char *text = g_strndup ((const char *) data, size);
  double value = 0, values[50];
  guint n = 0;

  for (int i = 0; i < 2; i++)
    {
      g_autoptr(GError) error = NULL;

      if (prospect_parse_number (text, i == 0 ? '.' : ',', &value, &error))
        g_assert (isfinite (value));
      else
        g_assert (error != NULL && g_utf8_validate (error->message, -1, NULL));
    }
  {
    g_autoptr(GError) error = NULL;

    if (prospect_parse_field (text, &spec, &value, &error))
      g_assert (value >= -100 && value <= 100);
    else
      g_assert (error != NULL);
  }
  {
    g_autoptr(GError) error = NULL;

    if (prospect_parse_list (text, &spec, values, G_N_ELEMENTS (values), &n, &error))
      for (guint i = 0; i < n; i++)
        g_assert (values[i] >= -100 && values[i] <= 100);
  }
  return 0;
}
