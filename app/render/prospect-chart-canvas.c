/* prospect-chart-canvas.c: the primitives every part of a chart is drawn with:
 * colours, pixel snapping, text, value to position, hatching, hit items.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-chart"

#include "config.h"

#include <math.h>

#include "prospect-chart-draw-private.h"

void
prospect_chart_layout_clear (ProspectChartLayout *layout)
{
  g_clear_pointer (&layout->items, g_array_unref);
  g_clear_pointer (&layout->text_boxes, g_array_unref);
}

void
_prospect_chart_set_color (cairo_t             *cr,
                           const ProspectColor *c)
{
  cairo_set_source_rgba (cr, c->r, c->g, c->b, c->a);
}

ProspectColor
_prospect_chart_series_color (const ProspectChartCtx *ctx,
                              guint      series)
{
  return ctx->theme->series[series % PROSPECT_CHART_N_COLORS];
}

/* One device pixel, whatever the scale, so lines stay crisp. */
double
_prospect_chart_device_pixel (cairo_t *cr)
{
  double x = 1, y = 1;

  cairo_device_to_user_distance (cr, &x, &y);
  return fabs (y);
}

double
_prospect_chart_snap (cairo_t *cr,
                      double   y)
{
  double x = 0;

  cairo_user_to_device (cr, &x, &y);
  y = floor (y) + 0.5;
  cairo_device_to_user (cr, &x, &y);
  return y;
}

const cairo_font_options_t *
_prospect_chart_chart_font_options (void)
{
  static gsize initialized;
  static cairo_font_options_t *options;

  if (g_once_init_enter (&initialized))
    {
      options = cairo_font_options_create ();
      cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
      g_once_init_leave (&initialized, 1);
    }
  return options;
}

PangoLayout *
_prospect_chart_make_text (ProspectChartCtx        *ctx,
                           const char *text,
                           double      size,
                           gboolean    bold,
                           double      wrap_width)
{
  PangoLayout *layout;
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();

  /* One context for all of a drawing's text: making one per text cost
   * more than laying most of them out. */
  if (ctx->pango == NULL)
    {
      ctx->pango = pango_cairo_create_context (ctx->cr);
      /* Small chart text set on whole pixels and hinted advances comes out
      * unevenly spaced; fractional positions keep words even on screen. */
      pango_context_set_round_glyph_positions (ctx->pango, FALSE);
      pango_cairo_context_set_font_options (ctx->pango, _prospect_chart_chart_font_options ());
    }
  layout = pango_layout_new (ctx->pango);

  pango_font_description_set_family (font, ctx->theme->font_family);
  /* Whole pixels: every distinct size costs Pango a fontconfig sort, and a
   * chart scaled continuously with its allocation would ask for new sizes on
   * every frame of a resize. */
  pango_font_description_set_absolute_size (font, MAX (round (size), 1.0) * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  if (wrap_width > 0)
    {
      pango_layout_set_width (layout, (int) (wrap_width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  return layout;
}

void
_prospect_chart_text_size (PangoLayout *layout,
                           double      *width,
                           double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  *width = (double) logical.width / PANGO_SCALE;
  *height = (double) logical.height / PANGO_SCALE;
}

void
_prospect_chart_show_text (ProspectChartCtx                 *ctx,
                           PangoLayout         *layout,
                           double               x,
                           double               y,
                           const ProspectColor *color)
{
  cairo_rectangle_t box;

  _prospect_chart_text_size (layout, &box.width, &box.height);
  box.x = x;
  box.y = y;
  if (ctx->layout != NULL)
    g_array_append_val (ctx->layout->text_boxes, box);
  if (!ctx->theme->draw_text)
    return;
  _prospect_chart_set_color (ctx->cr, color);
  cairo_move_to (ctx->cr, x, y);
  pango_cairo_show_layout (ctx->cr, layout);
}

double
_prospect_chart_value_to_y (const ProspectChartCtx *ctx,
                            double     value,
                            double     plot_y,
                            double     plot_h)
{
  double lo = ctx->axis_min, hi = ctx->axis_max, v = value;

  if (ctx->log)
    {
      lo = log10 (lo);
      hi = log10 (hi);
      v = log10 (MAX (value, ctx->axis_min));
    }
  return plot_y + plot_h - (v - lo) / (hi - lo) * plot_h;
}

void
_prospect_chart_data_range (const ProspectChartData *data,
                            double                  *min,
                            double                  *max)
{
  *min = INFINITY;
  *max = -INFINITY;
  for (guint c = 0; c < data->categories->len; c++)
    {
      double stack_pos = 0, stack_neg = 0;

      for (guint s = 0; s < data->series->len; s++)
        {
          double v = prospect_chart_data_get_value (data, s, c);

          if (!isfinite (v))
            continue;
          if (data->kind == PROSPECT_CHART_STACKED)
            {
              if (v >= 0)
                stack_pos += v;
              else
                stack_neg += v;
              *min = MIN (*min, stack_neg);
              *max = MAX (*max, stack_pos);
            }
          else
            {
              *min = MIN (*min, v);
              *max = MAX (*max, v);
            }
        }
    }
}

void
_prospect_chart_hatch (cairo_t *cr,
                       double   x,
                       double   y,
                       double   w,
                       double   h,
                       guint    style,
                       double   spacing)
{
  cairo_save (cr);
  cairo_rectangle (cr, x, y, w, h);
  cairo_clip (cr);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.85);
  cairo_set_line_width (cr, MAX (spacing / 4, _prospect_chart_device_pixel (cr)));
  for (double d = -h; d < w + h; d += spacing)
    {
      if (style % 2 == 1)
        {
          cairo_move_to (cr, x + d, y + h);
          cairo_line_to (cr, x + d + h, y);
        }
      else
        {
          cairo_move_to (cr, x + d, y);
          cairo_line_to (cr, x + d + h, y + h);
        }
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
_prospect_chart_add_item (ProspectChartCtx   *ctx,
                          guint  series,
                          guint  category,
                          double x,
                          double y,
                          double w,
                          double h)
{
  ProspectChartItem item = { (int) series, (int) category, x, y, w, h };

  _prospect_chart_add_outlined_item (ctx, &item);
}

void
_prospect_chart_add_outlined_item (ProspectChartCtx        *ctx,
                                   const ProspectChartItem *item)
{
  if (ctx->layout != NULL)
    g_array_append_val (ctx->layout->items, *item);
  if (item->series == ctx->focus_series && item->category == ctx->focus_category)
    ctx->focused = *item;
}

/**
 * prospect_chart_item_draw_outline:
 *
 * Outlines ITEM as the item with the pointer or the keyboard focus, in
 * the theme's focus colour: drawn over the chart, by itself, so that a
 * view moving the focus need not draw the chart again.
 */
void
prospect_chart_item_draw_outline (cairo_t                  *cr,
                                  const ProspectChartItem  *item,
                                  const ProspectChartTheme *theme)
{
  g_return_if_fail (cr != NULL && item != NULL && theme != NULL);

  if (item->outline == PROSPECT_CHART_OUTLINE_NONE)
    return;
  cairo_save (cr);
  _prospect_chart_set_color (cr, &theme->focus);
  cairo_set_line_width (cr, item->line_width);
  cairo_new_path (cr);
  if (item->outline == PROSPECT_CHART_OUTLINE_BOX)
    cairo_rectangle (cr, item->outline_x, item->outline_y, item->outline_width, item->outline_height);
  else
    cairo_arc (cr, item->outline_x, item->outline_y, item->outline_width, 0, 2 * G_PI);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
_prospect_chart_draw_marker (cairo_t *cr,
                             guint    shape,
                             double   x,
                             double   y,
                             double   r)
{
  switch (shape % 4)
    {
    case 0:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    case 1:
      cairo_rectangle (cr, x - r, y - r, 2 * r, 2 * r);
      break;
    case 2:
      cairo_move_to (cr, x, y - r * 1.2);
      cairo_line_to (cr, x + r * 1.1, y + r * 0.8);
      cairo_line_to (cr, x - r * 1.1, y + r * 0.8);
      cairo_close_path (cr);
      break;
    default:
      cairo_move_to (cr, x, y - r * 1.3);
      cairo_line_to (cr, x + r * 1.3, y);
      cairo_line_to (cr, x, y + r * 1.3);
      cairo_line_to (cr, x - r * 1.3, y);
      cairo_close_path (cr);
      break;
    }
}
