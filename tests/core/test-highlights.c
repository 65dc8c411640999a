/* test-highlights.c: the financial highlights add up.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "prospect-database.h"
#include "prospect-highlights.h"

static ProspectHighlights *
load_bundled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = prospect_database_open_bundled (&error);
  ProspectHighlights *h = prospect_database_get_highlights (db, 1, &error);

  g_assert_no_error (error);
  return h;
}

static void
test_bundled_all_pass (void)
{
  g_autoptr(ProspectHighlights) h = load_bundled ();
  g_autoptr(GArray) checks = prospect_highlights_check (h);

  /* Five years, three checks each; e.g. 2000: 0.64 + (1.22) = (0.58);
   * (0.69) + (2.00) + (0.31) + (0.02) = (3.02); 27.91 + (0.58) + (3.02) = 24.31. */
  g_assert_cmpuint (checks->len, ==, 15);
  for (guint i = 0; i < checks->len; i++)
    {
      const ProspectHighlightCheck *c = &g_array_index (checks, ProspectHighlightCheck, i);

      g_assert_true (c->available);
      g_assert_true (c->agrees);
      g_assert_cmpfloat (c->difference, ==, 0);
    }
  g_assert_cmpint (g_array_index (checks, ProspectHighlightCheck, 2).year, ==, 2000);
  g_assert_cmpfloat_with_epsilon (g_array_index (checks, ProspectHighlightCheck, 2).printed, 24.31, 1e-9);
  g_assert_cmpfloat_with_epsilon (g_array_index (checks, ProspectHighlightCheck, 1).computed, -3.02, 1e-9);
}

static void
test_mismatch_reported (void)
{
  g_autoptr(ProspectHighlights) h = load_bundled ();
  g_autoptr(GArray) checks = NULL;
  int line3 = prospect_highlights_line_index (h, 3);
  const ProspectHighlightCheck *operations;

  /* A misprint: 1999 net gains 5.48 instead of 5.38 breaks line 4 by
  * 0.10 (printed 5.97 against 6.07) but not the others' own sums. */
  g_assert_cmpint (g_array_index (h->years, int, 1), ==, 1999);
  h->values[1 * h->lines->len + (guint) line3] = 5.48;
  checks = prospect_highlights_check (h);
  operations = &g_array_index (checks, ProspectHighlightCheck, 3);
  g_assert_cmpint (operations->year, ==, 1999);
  g_assert_cmpint (operations->kind, ==, PROSPECT_HIGHLIGHT_CHECK_OPERATIONS);
  g_assert_false (operations->agrees);
  g_assert_cmpfloat_with_epsilon (operations->difference, -0.10, 1e-9);
  g_assert_true (g_array_index (checks, ProspectHighlightCheck, 4).agrees);
  g_assert_cmpstr (prospect_highlight_check_describe (PROSPECT_HIGHLIGHT_CHECK_NAV), ==,
                   "Line 11 = line 1 + line 4 + line 10");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/prospect/highlights/bundled-all-pass", test_bundled_all_pass);
  g_test_add_func ("/prospect/highlights/mismatch-reported", test_mismatch_reported);

  return g_test_run ();
}
