/* prospect-records.h: plain records read from the store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Where a figure comes from.  Missing parts are NULL. */
typedef struct
{
  char *document;
  char *section;
  char *as_of;
} ProspectSource;

typedef struct
{
  gint64  id;
  gint64  fund_id;
  char   *trust;
  char   *fund_name;
  char   *name;
  char   *inception_date;
  char   *note;
} ProspectClassInfo;

typedef struct
{
  gint64          id;
  char           *trust;
  char           *name;
  char           *adviser;
  char           *adviser_address;
  char           *portfolio_manager;
  char           *manager_since;
  char           *objective;
  double          breakpoint_from;   /* sales charge discounts from this amount; NAN: not stated */
  ProspectSource  source;
} ProspectFundInfo;

typedef struct
{
  char *heading;
  char *body;
  char *section;
} ProspectTextBlock;

/* Unset bounds are NAN. */
typedef struct
{
  char           *label;
  double          min_pct;
  double          max_pct;
  gboolean        max_exclusive;
  gboolean        unlimited;
  char           *basis;
  char           *wording;
  ProspectSource  source;
} ProspectPolicyLimit;

typedef enum
{
  PROSPECT_PERIOD_1Y,
  PROSPECT_PERIOD_5Y,
  PROSPECT_PERIOD_10Y,
  PROSPECT_PERIOD_INCEPTION,
} ProspectPeriod;

typedef struct
{
  gint64          series_id;
  char           *series_name;
  char           *footnote;
  gboolean        is_class;
  int             position;
  ProspectPeriod  period;
  char           *start_date;
  char           *end_date;
  double          return_pct;
  ProspectSource  source;
} ProspectStatedReturn;

typedef struct
{
  int    year;
  double return_pct;
} ProspectAnnualReturn;

/* Percent numbers; a line the document does not print is NAN. */
typedef struct
{
  double          front_load_pct;
  double          deferred_load_pct;
  double          redemption_fee_pct;
  double          exchange_fee_pct;
  double          account_fee;         /* dollars a year */
  double          management_fee_pct;
  double          distribution_fee_pct;
  double          other_expenses_pct;
  double          acquired_fund_fees_pct;
  double          total_pct;
  double          waiver_pct;
  double          net_pct;
  double          waiver_years;
  int             conversion_years;
  double          conversion_pct;
  GArray         *deferred_schedule;   /* double, percent for year 1, 2, … */
  char           *footnote;
  ProspectSource  source;
} ProspectFeeTable;

typedef struct
{
  int      years;
  gboolean redeemed;
  double   amount;
  double   return_pct;
  double   cost;
} ProspectPrintedExample;

typedef enum
{
  PROSPECT_QUARTER_BEST,
  PROSPECT_QUARTER_WORST,
  PROSPECT_QUARTER_YEAR_TO_DATE,
} ProspectQuarterKind;

/* The bar chart's best and worst quarter and year-to-date return. */
typedef struct
{
  ProspectQuarterKind kind;
  double              return_pct;
  char               *dated;      /* ISO date, or the date as printed; NULL when none */
} ProspectQuarterReturn;

/* One step of a front-end load schedule: from this amount on, this load. */
typedef struct
{
  double from_amount;
  double load_pct;
} ProspectBreakpoint;

typedef struct
{
  int   line;
  char *label;
  char *kind;          /* per_share, percent, thousands */
  char *group_label;
  char *marks;
} ProspectHighlightLine;

typedef struct
{
  char *mark;
  char *text;
} ProspectFootnote;

/* The financial highlights table: values[year_index * lines->len + line_index],
 * NAN where the document prints a dash. */
typedef struct
{
  GArray    *years;          /* int, in printed order (newest first) */
  GPtrArray *lines;          /* ProspectHighlightLine */
  double    *values;
  char     **value_marks;    /* same layout as values; NULL where none */
  GPtrArray *footnotes;      /* ProspectFootnote */
  GArray    *before_waiver;  /* ProspectAnnualReturn: year and ratio before waiver */
  ProspectSource source;
} ProspectHighlights;

void    prospect_source_clear          (ProspectSource        *source);
void    prospect_class_info_free       (ProspectClassInfo     *info);
void    prospect_fund_info_free        (ProspectFundInfo      *info);
void    prospect_text_block_free       (ProspectTextBlock     *block);
void    prospect_policy_limit_free     (ProspectPolicyLimit   *limit);
void    prospect_stated_return_free    (ProspectStatedReturn  *stated);
void    prospect_fee_table_free        (ProspectFeeTable      *fees);
void    prospect_highlights_free       (ProspectHighlights    *highlights);
void    prospect_footnote_free         (ProspectFootnote      *footnote);
void    prospect_highlight_line_free   (ProspectHighlightLine *line);

double  prospect_highlights_get        (const ProspectHighlights *highlights,
                                        int                       year,
                                        int                       line);
int     prospect_highlights_line_index (const ProspectHighlights *highlights,
                                        int                       line);

const char     *prospect_period_to_string   (ProspectPeriod  period);
gboolean        prospect_period_from_string (const char     *text,
                                             ProspectPeriod *period);
const char     *prospect_period_label       (ProspectPeriod  period);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ProspectClassInfo, prospect_class_info_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ProspectFundInfo, prospect_fund_info_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ProspectFeeTable, prospect_fee_table_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ProspectHighlights, prospect_highlights_free)

G_END_DECLS
