/* prospect-format.h: figures the way a prospectus prints them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "prospect-records.h"

G_BEGIN_DECLS

typedef enum
{
  PROSPECT_NEGATIVE_MINUS,        /* −2.27% */
  PROSPECT_NEGATIVE_PARENTHESES,  /* (2.27%) as prospectuses print losses */
} ProspectNegativeStyle;

char *prospect_format_grouped (double                value,
                               int                   decimals);
char *prospect_format_money   (double                value,
                               int                   decimals,
                               ProspectNegativeStyle style);
char *prospect_format_percent (double                value_pct,
                               int                   decimals,
                               ProspectNegativeStyle style);
char *prospect_format_date    (const char           *iso_date);

/* "Document, section; as of date", or NULL when nothing is known. */
char *prospect_source_describe (const ProspectSource *source);
char *prospect_format_quarters (const GArray         *quarters);

G_END_DECLS
