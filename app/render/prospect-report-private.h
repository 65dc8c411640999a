/* prospect-report-private.h: what the handout's files share: the blocks a
 * report is made of and the helpers that add them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "prospect-chart-data.h"
#include "prospect-expense.h"
#include "prospect-report.h"

G_BEGIN_DECLS

#define PAGE_WIDTH 612.0
#define PAGE_HEIGHT 792.0
#define MARGIN 48.0
#define GAP 8.0

typedef enum
{
  BLOCK_TITLE,
  BLOCK_HEADING,
  BLOCK_TEXT,
  BLOCK_NOTE,
  BLOCK_CHART,
  BLOCK_TABLE,
} BlockKind;

typedef struct
{
  BlockKind          kind;
  char              *text;
  ProspectChartData *chart;
  GPtrArray         *rows;   /* GStrv; the first is the header */
  int                drop_rank; /* to fit a page, blocks go highest rank first; 0: never */
  double             share;     /* a chart's most of the page height; 0: about half */
} Block;

struct _ProspectReport
{
  GPtrArray *blocks;
  GArray    *page_starts;    /* guint: first block of each page */
  char      *footer;
  char      *prepared;
  double     laid_width;
  double     laid_height;
  double     page_width;     /* points; 0: US Letter portrait */
  double     page_height;
  char      *title;          /* the PDF's title */
  gboolean   has_what_if;
  ProspectExpenseInput what_if;  /* the Fees page's inputs, when they are not the prospectus's */
  GHashTable *row_heights;   /* a table row's text and width → its height */
  GHashTable *layouts;       /* a text's style and width → its PangoLayout, made for LAYOUTS_FOR */
  cairo_t    *layouts_for;
};

void _prospect_report_block_free (Block *block);
ProspectReport *_prospect_report_new_empty (const char *prepared_date);
guint _prospect_report_fit_one_page (ProspectReport *report);
void _prospect_report_add_text (ProspectReport *report, BlockKind kind, const char *text);
void _prospect_report_add_chart (ProspectReport *report, ProspectChartData *chart);
GPtrArray * _prospect_report_add_table (ProspectReport *report);
void _prospect_report_add_row (GPtrArray *rows, const char *first, ...);
void _prospect_report_builder_take (GStrvBuilder *builder, char *text);
char * _prospect_report_pct (double value);
gboolean _prospect_report_add_cover (ProspectReport *report, ProspectDatabase *db, const ProspectClassInfo *info, GError **error);
gboolean _prospect_report_add_performance (ProspectReport *report, ProspectDatabase *db, const ProspectClassInfo *info, GError **error);
gboolean _prospect_report_add_fees (ProspectReport *report, ProspectDatabase *db, const ProspectClassInfo *info, GError **error);
gboolean _prospect_report_add_costs (ProspectReport *report, ProspectDatabase *db, const ProspectClassInfo *info, const char * const *names, GError **error);
gboolean _prospect_report_add_highlights (ProspectReport *report, ProspectDatabase *db, const ProspectClassInfo *info, GError **error);
gboolean _prospect_report_add_portfolio (ProspectReport *report, ProspectDatabase *db, const ProspectClassInfo *info, GError **error);

G_END_DECLS
