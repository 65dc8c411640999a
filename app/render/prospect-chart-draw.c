/* prospect-chart-draw.c: drawing a chart into any cairo_t.
 *
 * Layout runs top-down: title, subtitle and legend above the plot, notes
 * below, axis labels beside it.  What does not fit is left out in a fixed
 * order (ProspectChartDropped): value labels on bars first, then every
 * other category label, subtitle, legend, title, and last the axis labels,
 * so no text ever overlaps, at any size.  The notes shrink before they go,
 * and callers size charts by prospect_chart_min_height () so they never
 * need to.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-chart"

#include "config.h"

#include <math.h>

#include "prospect-chart-draw-private.h"

/* Title, subtitle and legend stacked from the top; returns the height used. */
double
_prospect_chart_draw_header (ProspectChartCtx    *ctx,
                             double  x,
                             double  y,
                             double  width,
                             double  budget,
                             guint  *dropped)
{
  const ProspectChartData *data = ctx->data;
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) subtitle = NULL;
  double tw = 0, th = 0, sw = 0, sh = 0, used = 0;
  double gap = ctx->base * 0.4;
  double swatch = ctx->base * 0.8;
  double legend_h = 0;
  g_autoptr(GArray) legend_x = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) legend_row = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GPtrArray) legend_text = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean want_legend = data->series->len > 1 || data->kind == PROSPECT_CHART_LINES;
  ProspectColor dim = ctx->theme->foreground;

  dim.a *= 0.7;
  if (data->title != NULL && *data->title != '\0')
    {
      title = _prospect_chart_make_text (ctx, data->title, ctx->base * 1.35, TRUE, width);
      pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (title, -2);
      _prospect_chart_text_size (title, &tw, &th);
    }
  if (data->subtitle != NULL && *data->subtitle != '\0')
    {
      subtitle = _prospect_chart_make_text (ctx, data->subtitle, ctx->base * 0.95, FALSE, width);
      pango_layout_set_ellipsize (subtitle, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (subtitle, -1);
      _prospect_chart_text_size (subtitle, &sw, &sh);
    }
  if (want_legend)
    {
      double lx = 0;
      int row = 0;

      for (guint s = 0; s < data->series->len; s++)
        {
          const ProspectChartSeries *series = g_ptr_array_index (data->series, s);
          PangoLayout *l = _prospect_chart_make_text (ctx, series->name, ctx->base * 0.9, FALSE, width - swatch - gap);
          double lw, lh, item_w;

          pango_layout_set_ellipsize (l, PANGO_ELLIPSIZE_END);
          pango_layout_set_height (l, -1);
          _prospect_chart_text_size (l, &lw, &lh);
          item_w = swatch + gap + lw + ctx->base * 1.2;
          if (lx > 0 && lx + item_w > width)
            {
              row++;
              lx = 0;
            }
          g_array_append_val (legend_x, lx);
          g_array_append_val (legend_row, row);
          g_ptr_array_add (legend_text, l);
          lx += item_w;
          legend_h = (row + 1) * (MAX (lh, swatch) + gap);
        }
    }

  /* Leave out, in order, what the space cannot hold. */
  if (subtitle != NULL && th + sh + legend_h + 4 * gap > budget)
    {
      g_clear_object (&subtitle);
      sh = 0;
      *dropped |= PROSPECT_CHART_DROPPED_SUBTITLE;
    }
  if (want_legend && th + sh + legend_h + 3 * gap > budget)
    {
      want_legend = FALSE;
      legend_h = 0;
      *dropped |= PROSPECT_CHART_DROPPED_LEGEND;
    }
  if (title != NULL && th + gap > budget)
    {
      g_clear_object (&title);
      th = 0;
      *dropped |= PROSPECT_CHART_DROPPED_TITLE;
    }

  if (title != NULL)
    {
      _prospect_chart_show_text (ctx, title, x, y + used, &ctx->theme->foreground);
      used += th + gap * 0.5;
    }
  if (subtitle != NULL)
    {
      _prospect_chart_show_text (ctx, subtitle, x, y + used, &dim);
      used += sh + gap;
    }
  if (want_legend)
    {
      double row_h = legend_h / MAX (1, g_array_index (legend_row, int, legend_row->len - 1) + 1);

      for (guint s = 0; s < legend_text->len; s++)
        {
          PangoLayout *l = g_ptr_array_index (legend_text, s);
          double lx = x + g_array_index (legend_x, double, s);
          double ly = y + used + g_array_index (legend_row, int, s) * row_h;
          ProspectColor color = _prospect_chart_series_color (ctx, s);
          double lw, lh;

          _prospect_chart_text_size (l, &lw, &lh);
          _prospect_chart_set_color (ctx->cr, &color);
          if (data->kind == PROSPECT_CHART_LINES)
            {
              cairo_set_line_width (ctx->cr, MAX (_prospect_chart_device_pixel (ctx->cr) * 2, ctx->base * 0.15));
              cairo_move_to (ctx->cr, lx, ly + lh / 2);
              cairo_line_to (ctx->cr, lx + swatch, ly + lh / 2);
              cairo_stroke (ctx->cr);
              _prospect_chart_draw_marker (ctx->cr, s, lx + swatch / 2, ly + lh / 2, swatch * 0.22);
              cairo_fill (ctx->cr);
            }
          else
            {
              cairo_rectangle (ctx->cr, lx, ly + (lh - swatch) / 2, swatch, swatch);
              cairo_fill (ctx->cr);
              if (ctx->theme->patterns && s > 0)
                _prospect_chart_hatch (ctx->cr, lx, ly + (lh - swatch) / 2, swatch, swatch, s, swatch / 3);
            }
          _prospect_chart_show_text (ctx, l, lx + swatch + gap, ly, &ctx->theme->foreground);
        }
      used += legend_h;
    }
  return used > 0 ? used + gap : 0;
}

/* The legends a regulator requires (past performance, index returns
* without fees) are the last text to give up its place: notes first take a
* third of the height at their own size, then shrink to a floor and take
* up to nearly half, and only then are they left out of the picture (for
* the caller to show under it: see prospect_chart_min_height ()). */
#define NOTE_SCALE 0.75
#define NOTE_FLOOR_SCALE 0.6
#define NOTE_MIN_PX 8.0

static GPtrArray *
layout_notes (ProspectChartCtx *ctx,
              double            width,
              double            size,
              double           *total)
{
  GPtrArray *layouts = g_ptr_array_new_with_free_func (g_object_unref);
  double gap = ctx->base * 0.2;

  *total = 0;
  for (guint i = 0; i < ctx->data->notes->len; i++)
    {
      PangoLayout *l = _prospect_chart_make_text (ctx, g_ptr_array_index (ctx->data->notes, i), size, FALSE, width);
      double w, h;

      _prospect_chart_text_size (l, &w, &h);
      *total += h + gap;
      g_ptr_array_add (layouts, l);
    }
  return layouts;
}

/* The notes laid out to fit AVAILABLE (the chart's inner height), or NULL
 * when they cannot. */
static GPtrArray *
fit_notes (ProspectChartCtx *ctx,
           double            width,
           double            available,
           double           *total)
{
  double size = ctx->base * NOTE_SCALE;
  double floor_size = MIN (size, MAX (ctx->base * NOTE_FLOOR_SCALE, NOTE_MIN_PX));
  GPtrArray *layouts = layout_notes (ctx, width, size, total);

  if (*total <= available * 0.3)
    return layouts;
  g_ptr_array_unref (layouts);
  layouts = layout_notes (ctx, width, floor_size, total);
  if (*total <= available * 0.45)
    return layouts;
  g_ptr_array_unref (layouts);
  return NULL;
}

/* Notes from the bottom up; returns the height used. */
double
_prospect_chart_draw_notes (ProspectChartCtx    *ctx,
                            double  x,
                            double  bottom,
                            double  width,
                            double  available,
                            guint  *dropped)
{
  g_autoptr(GPtrArray) layouts = NULL;
  double total = 0;
  double gap = ctx->base * 0.2;
  ProspectColor dim = ctx->theme->foreground;

  dim.a *= 0.7;
  if (ctx->data->notes->len == 0)
    return 0;
  layouts = fit_notes (ctx, width, available, &total);
  if (layouts == NULL)
    {
      *dropped |= PROSPECT_CHART_DROPPED_NOTES;
      return 0;
    }
  {
    double y = bottom - total;

    for (guint i = 0; i < layouts->len; i++)
      {
        double w, h;

        _prospect_chart_text_size (g_ptr_array_index (layouts, i), &w, &h);
        _prospect_chart_show_text (ctx, g_ptr_array_index (layouts, i), x, y, &dim);
        y += h + gap;
      }
  }
  return total + gap * 2;
}

/* The text size everything scales with, as prospect_chart_draw () sets it. */
static double
base_size (double                    width,
           double                    height,
           const ProspectChartTheme *theme)
{
  /* The floor keeps the smallest text (value labels at 0.7 of this) at 8
   * pixels: a chart too small for its text leaves text out instead. */
  return CLAMP (MIN (width * 0.7, height) / 30.0, 11.5, 48.0) * CLAMP (theme->font_scale, 0.5, 4.0);
}

/* The notes' heights at one text size and wrapping width: what deciding
 * whether they fit needs, laid out once for every chart height that asks. */
typedef struct
{
  int     size_px;     /* as _prospect_chart_make_text () rounds it */
  int     wrap_width;  /* Pango units, as it sets it */
  GArray *heights;     /* double, one a note */
} NotesHeights;

static void
notes_heights_clear (gpointer data)
{
  g_array_unref (((NotesHeights *) data)->heights);
}

static const GArray *
notes_heights (ProspectChartCtx *ctx,
               GArray           *memo,
               double            width,
               double            size)
{
  NotesHeights entry = { (int) MAX (round (size), 1.0), (int) (width * PANGO_SCALE), NULL };

  for (guint i = 0; i < memo->len; i++)
    {
      const NotesHeights *known = &g_array_index (memo, NotesHeights, i);

      if (known->size_px == entry.size_px && known->wrap_width == entry.wrap_width)
        return known->heights;
    }
  entry.heights = g_array_sized_new (FALSE, FALSE, sizeof (double), ctx->data->notes->len);
  for (guint i = 0; i < ctx->data->notes->len; i++)
    {
      g_autoptr(PangoLayout) l = _prospect_chart_make_text (ctx, g_ptr_array_index (ctx->data->notes, i), size, FALSE,
                                                            width);
      double w, h;

      _prospect_chart_text_size (l, &w, &h);
      g_array_append_val (entry.heights, h);
    }
  g_array_append_val (memo, entry);
  return entry.heights;
}

/* The notes' total height with their gaps, added up as layout_notes () does. */
static double
notes_total (const GArray *heights,
             double        gap)
{
  double total = 0;

  for (guint i = 0; i < heights->len; i++)
    total += g_array_index (heights, double, i) + gap;
  return total;
}

/* fit_notes ()'s answer for a WIDTH × HEIGHT chart, without drawing. */
static gboolean
notes_fit_in (ProspectChartCtx *ctx,
              GArray           *memo,
              double            width,
              double            height)
{
  double pad, inner, available, size, floor_size, gap;

  ctx->base = base_size (width, height, ctx->theme);
  pad = ctx->base * 0.8;
  inner = width - 2 * pad;
  available = height - 2 * pad;
  size = ctx->base * NOTE_SCALE;
  floor_size = MIN (size, MAX (ctx->base * NOTE_FLOOR_SCALE, NOTE_MIN_PX));
  gap = ctx->base * 0.2;
  if (notes_total (notes_heights (ctx, memo, inner, size), gap) <= available * 0.3)
    return TRUE;
  return notes_total (notes_heights (ctx, memo, inner, floor_size), gap) <= available * 0.45;
}

/* The least height from FROM up, in steps of 8 units and below TO, at which
 * a chart WIDTH wide has room for DATA's notes; TO when none has. */
static double
least_height_for_notes (const ProspectChartData  *data,
                        const ProspectChartTheme *theme,
                        double                    width,
                        double                    from,
                        double                    to)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  ProspectChartCtx ctx = { .cr = cr, .data = data, .theme = theme, .focus_series = -1, .focus_category = -1 };
  g_autoptr(GArray) memo = g_array_new (FALSE, FALSE, sizeof (NotesHeights));
  double found = to;

  g_array_set_clear_func (memo, notes_heights_clear);
  for (double h = from; h < to; h += 8)
    if (notes_fit_in (&ctx, memo, width, h))
      {
        found = h;
        break;
      }
  g_clear_object (&ctx.pango);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return found;
}

/**
 * prospect_chart_notes_fit:
 *
 * Returns: whether DATA's notes fit inside a WIDTH × HEIGHT chart.
 */
gboolean
prospect_chart_notes_fit (const ProspectChartData  *data,
                          double                    width,
                          double                    height,
                          const ProspectChartTheme *theme)
{
  g_return_val_if_fail (data != NULL && theme != NULL, FALSE);
  if (data->notes->len == 0 || data->kind == PROSPECT_CHART_SPARKLINE)
    return TRUE;
  return least_height_for_notes (data, theme, width, height, height + 1) == height;
}

/**
 * prospect_chart_min_height:
 *
 * Returns: the least height, in steps of 8 units, at which a chart WIDTH
 *   wide has room for all of DATA's notes; views and exports are at least
 *   this tall, so the required legends are never left out.
 */
double
prospect_chart_min_height (const ProspectChartData  *data,
                           double                    width,
                           const ProspectChartTheme *theme)
{
  return prospect_chart_min_height_from (data, width, 120, theme);
}

/**
 * prospect_chart_min_height_from:
 *
 * As prospect_chart_min_height (), for a caller that makes the chart at
 * least FROM tall anyway: the least height from FROM up, in steps of 8
 * units.  The notes are laid out once for each text size and width the
 * steps reach (below about 345 units every step has the same), not once
 * a step.
 */
double
prospect_chart_min_height_from (const ProspectChartData  *data,
                                double                    width,
                                double                    from,
                                const ProspectChartTheme *theme)
{
  g_return_val_if_fail (data != NULL && theme != NULL, 0);
  if (data->notes->len == 0 || data->kind == PROSPECT_CHART_SPARKLINE)
    return from;
  return least_height_for_notes (data, theme, width, from, 4000);
}

/**
 * prospect_chart_draw:
 * @focus_series: the series of the item to outline, or -1
 * @layout: (out caller-allocates) (optional): where things were drawn
 *
 * Draws DATA into WIDTH × HEIGHT user units of CR.
 */
void
prospect_chart_draw (cairo_t                  *cr,
                     const ProspectChartData  *data,
                     double                    width,
                     double                    height,
                     const ProspectChartTheme *theme,
                     int                       focus_series,
                     int                       focus_category,
                     ProspectChartLayout      *layout)
{
  ProspectChartCtx ctx = {
    .cr = cr, .data = data, .theme = theme, .layout = layout,
    .focus_series = focus_series, .focus_category = focus_category,
  };
  double pad, top, bottom;
  guint dropped = 0;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);
  g_return_if_fail (theme != NULL);

  if (layout != NULL)
    {
      memset (layout, 0, sizeof *layout);
      layout->items = g_array_new (FALSE, FALSE, sizeof (ProspectChartItem));
      layout->text_boxes = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
    }
  if (!(width > 0) || !(height > 0) || !isfinite (width) || !isfinite (height))
    return;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  if (theme->background.a > 0)
    {
      _prospect_chart_set_color (cr, &theme->background);
      cairo_paint (cr);
    }

  if (data->kind == PROSPECT_CHART_SPARKLINE)
    {
      _prospect_chart_draw_sparkline (&ctx, width, height);
      g_clear_object (&ctx.pango);
      cairo_restore (cr);
      return;
    }
  if (prospect_chart_data_is_empty (data))
    {
      cairo_restore (cr);
      return;
    }

  /* Text scales with the smaller side, within readable bounds. */
  ctx.base = base_size (width, height, theme);
  pad = ctx.base * 0.8;
  top = pad;
  bottom = height - pad;

  top += _prospect_chart_draw_header (&ctx, pad, top, width - 2 * pad, (height - 2 * pad) * 0.35, &dropped);
  bottom -= _prospect_chart_draw_notes (&ctx, pad, bottom, width - 2 * pad, height - 2 * pad, &dropped);
  _prospect_chart_draw_plot (&ctx, pad, top, width - 2 * pad, MAX (0, bottom - top), &dropped);
  prospect_chart_item_draw_outline (cr, &ctx.focused, theme);

  if (layout != NULL)
    layout->dropped = dropped;
  g_clear_object (&ctx.pango);
  cairo_restore (cr);
}

int
prospect_chart_layout_hit (const ProspectChartLayout *layout,
                           double                     x,
                           double                     y)
{
  g_return_val_if_fail (layout != NULL, -1);

  if (layout->items == NULL)
    return -1;
  for (guint i = 0; i < layout->items->len; i++)
    {
      const ProspectChartItem *item = &g_array_index (layout->items, ProspectChartItem, i);

      if (x >= item->x && x < item->x + item->width && y >= item->y && y < item->y + item->height)
        return (int) i;
    }
  return -1;
}
