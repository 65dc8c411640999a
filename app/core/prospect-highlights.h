/* prospect-highlights.h: the arithmetic of a financial highlights table.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "prospect-records.h"

G_BEGIN_DECLS

typedef enum
{
  PROSPECT_HIGHLIGHT_CHECK_OPERATIONS,     /* line 4 = line 2 + line 3 */
  PROSPECT_HIGHLIGHT_CHECK_DISTRIBUTIONS,  /* line 10 = lines 5 … 9 */
  PROSPECT_HIGHLIGHT_CHECK_NAV,            /* line 11 = line 1 + line 4 + line 10 */
  PROSPECT_N_HIGHLIGHT_CHECKS
} ProspectHighlightCheckKind;

typedef struct
{
  int                        year;
  ProspectHighlightCheckKind kind;
  gboolean                   available;    /* FALSE: a line the check needs is missing */
  double                     computed;     /* the sum of the printed parts */
  double                     printed;
  double                     difference;   /* printed − computed, in cents' precision */
  gboolean                   agrees;
} ProspectHighlightCheck;

const char *prospect_highlight_check_describe (ProspectHighlightCheckKind kind);
int         prospect_highlight_check_line     (ProspectHighlightCheckKind kind);
GArray     *prospect_highlights_check         (const ProspectHighlights  *highlights);

G_END_DECLS
