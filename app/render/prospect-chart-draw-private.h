/* prospect-chart-draw-private.h: what the chart renderer's files share:
 * the drawing context and the primitives (colour, pixel snapping, text,
 * value to position, hatching, hit items) that the header, the notes and
 * the plot are drawn with.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "prospect-chart-data.h"

G_BEGIN_DECLS

typedef struct
{
  cairo_t                  *cr;
  const ProspectChartData  *data;
  const ProspectChartTheme *theme;
  ProspectChartLayout      *layout;
  double                    base;          /* font size, in user units */
  double                    axis_min;
  double                    axis_max;
  gboolean                  log;
  PangoContext             *pango;         /* made on first use, for every text of one drawing */
  int                       focus_series;  /* the item to outline, or -1 */
  int                       focus_category;
  ProspectChartItem         focused;       /* that item once drawn; outline NONE before */
} ProspectChartCtx;

void _prospect_chart_set_color (cairo_t *cr, const ProspectColor *c);
ProspectColor _prospect_chart_series_color (const ProspectChartCtx *ctx, guint series);
double _prospect_chart_device_pixel (cairo_t *cr);
double _prospect_chart_snap (cairo_t *cr, double y);
const cairo_font_options_t * _prospect_chart_chart_font_options (void);
PangoLayout * _prospect_chart_make_text (ProspectChartCtx *ctx, const char *text, double size, gboolean bold, double wrap_width);
void _prospect_chart_text_size (PangoLayout *layout, double *width, double *height);
void _prospect_chart_show_text (ProspectChartCtx *ctx, PangoLayout *layout, double x, double y, const ProspectColor *color);
double _prospect_chart_value_to_y (const ProspectChartCtx *ctx, double value, double plot_y, double plot_h);
void _prospect_chart_data_range (const ProspectChartData *data, double *min, double *max);
void _prospect_chart_hatch (cairo_t *cr, double x, double y, double w, double h, guint style, double spacing);
void _prospect_chart_add_item (ProspectChartCtx *ctx, guint series, guint category, double x, double y, double w, double h);
void _prospect_chart_add_outlined_item (ProspectChartCtx *ctx, const ProspectChartItem *item);
void _prospect_chart_draw_marker (cairo_t *cr, guint shape, double x, double y, double r);
void _prospect_chart_draw_sparkline (ProspectChartCtx *ctx, double width, double height);
double _prospect_chart_next_125 (double value);
void _prospect_chart_draw_plot (ProspectChartCtx *ctx, double px, double py, double pw, double ph, guint *dropped);
void _prospect_chart_draw_scatter (ProspectChartCtx *ctx, double px, double py, double pw, double ph, guint *dropped);
double _prospect_chart_draw_header (ProspectChartCtx *ctx, double x, double y, double width, double budget, guint *dropped);
double _prospect_chart_draw_notes (ProspectChartCtx *ctx, double x, double bottom, double width, double budget, guint *dropped);

G_END_DECLS
