/* prospect-highlights.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-highlights"

#include "config.h"

#include <math.h>

#include "prospect-highlights.h"

static const struct
{
  int         total_line;
  int         parts[5];
  guint       n_parts;
  const char *description;
} checks[PROSPECT_N_HIGHLIGHT_CHECKS] = {
  { 4, { 2, 3 }, 2, "Line 4 = line 2 + line 3" },
  { 10, { 5, 6, 7, 8, 9 }, 5, "Line 10 = lines 5 to 9" },
  { 11, { 1, 4, 10 }, 3, "Line 11 = line 1 + line 4 + line 10" },
};

const char *
prospect_highlight_check_describe (ProspectHighlightCheckKind kind)
{
  g_return_val_if_fail (kind < PROSPECT_N_HIGHLIGHT_CHECKS, NULL);
  return checks[kind].description;
}

int
prospect_highlight_check_line (ProspectHighlightCheckKind kind)
{
  g_return_val_if_fail (kind < PROSPECT_N_HIGHLIGHT_CHECKS, 0);
  return checks[kind].total_line;
}

static gint64
cents (double value)
{
  return llround (value * 100.0);
}

/**
 * prospect_highlights_check:
 *
 * Checks each year's per-share lines add up as printed, to the cent.  A
 * printed dash counts as zero; a line missing from the table makes the
 * check unavailable rather than passed.
 *
 * Returns: (transfer full): #ProspectHighlightCheck, by year as the table
 *   orders them, then by check.
 */
GArray *
prospect_highlights_check (const ProspectHighlights *highlights)
{
  GArray *results = g_array_new (FALSE, TRUE, sizeof (ProspectHighlightCheck));

  g_return_val_if_fail (highlights != NULL, results);

  for (guint y = 0; y < highlights->years->len; y++)
    {
      int year = g_array_index (highlights->years, int, y);

      for (int k = 0; k < PROSPECT_N_HIGHLIGHT_CHECKS; k++)
        {
          ProspectHighlightCheck check = { .year = year, .kind = (ProspectHighlightCheckKind) k, .available = TRUE };
          double printed;

          if (prospect_highlights_line_index (highlights, checks[k].total_line) < 0)
            check.available = FALSE;
          printed = prospect_highlights_get (highlights, year, checks[k].total_line);
          check.printed = isnan (printed) ? 0 : printed;
          for (guint p = 0; p < checks[k].n_parts; p++)
            {
              double part;

              if (prospect_highlights_line_index (highlights, checks[k].parts[p]) < 0)
                check.available = FALSE;
              part = prospect_highlights_get (highlights, year, checks[k].parts[p]);
              check.computed += isnan (part) ? 0 : part;
            }
          check.difference = (double) (cents (check.printed) - cents (check.computed)) / 100.0;
          check.agrees = check.available && cents (check.printed) == cents (check.computed);
          g_array_append_val (results, check);
        }
    }
  return results;
}
