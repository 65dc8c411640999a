/* prospect-chart-plot.c: the plot area: axes and grid, bars, stacked bars,
 * lines and sparklines, with the category and value labels that fit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-chart"

#include "config.h"

#include <math.h>

#include "prospect-chart-draw-private.h"

void
_prospect_chart_draw_sparkline (ProspectChartCtx    *ctx,
                                double  width,
                                double  height)
{
  cairo_t *cr = ctx->cr;
  double min, max;
  double pad = MAX (2.0, height * 0.12);
  guint n = ctx->data->categories->len;
  ProspectColor color = _prospect_chart_series_color (ctx, 0);
  gboolean started = FALSE;
  double last_x = 0, last_y = 0;

  _prospect_chart_data_range (ctx->data, &min, &max);
  if (!isfinite (min) || n == 0)
    return;
  if (max - min < 1e-12)
    {
      min -= 1;
      max += 1;
    }
  ctx->axis_min = min;
  ctx->axis_max = max;
  for (guint c = 0; c < n; c++)
    {
      double v = prospect_chart_data_get_value (ctx->data, 0, c);
      double x = n > 1 ? pad + (width - 2 * pad) * c / (n - 1) : width / 2;
      double y;

      if (!isfinite (v))
        continue;
      y = _prospect_chart_value_to_y (ctx, v, pad, height - 2 * pad);
      if (!started)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
      started = TRUE;
      last_x = x;
      last_y = y;
      _prospect_chart_add_item (ctx, 0, c, x - pad, 0, 2 * pad, height);
    }
  _prospect_chart_set_color (cr, &color);
  cairo_set_line_width (cr, MAX (1.5 * _prospect_chart_device_pixel (cr), height / 16));
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);
  if (started)
    {
      cairo_arc (cr, last_x, last_y, MAX (2.0, height / 10), 0, 2 * G_PI);
      cairo_fill (cr);
    }
}



static void
unref_layout (gpointer layout)
{
  if (layout != NULL)
    g_object_unref (layout);
}

static gboolean
series_has_values (const ProspectChartData *data,
                   guint                    series)
{
  for (guint c = 0; c < data->categories->len; c++)
    if (isfinite (prospect_chart_data_get_value (data, series, c)))
      return TRUE;
  return FALSE;
}

/* 1 → 2 → 5 → 10 → 20 … */
double
_prospect_chart_next_125 (double value)
{
  double leading = value / pow (10, floor (log10 (value) + 1e-9));

  return value * (leading < 1.5 ? 2.0 : leading < 3.0 ? 2.5 : 2.0);
}

void
_prospect_chart_draw_plot (ProspectChartCtx    *ctx,
                           double  px,
                           double  py,
                           double  pw,
                           double  ph,
                           guint  *dropped)
{
  cairo_t *cr = ctx->cr;
  const ProspectChartData *data = ctx->data;
  guint n_cat = data->categories->len;
  guint n_ser = data->series->len;
  double first, step;
  int count;
  double min, max;
  double px1 = _prospect_chart_device_pixel (cr);
  g_autoptr(GPtrArray) tick_labels = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) tick_values = g_array_new (FALSE, FALSE, sizeof (double));
  double label_w = 0, label_h = 0, cat_h = 0;
  gboolean axis_text = TRUE;
  g_autoptr(GPtrArray) cat_layouts = g_ptr_array_new_with_free_func (g_object_unref);
  double group_w, bar_w, inner_x;
  guint cat_stride = 1;
  double zero_y;

  if (data->kind == PROSPECT_CHART_SCATTER)
    {
      _prospect_chart_draw_scatter (ctx, px, py, pw, ph, dropped);
      return;
    }
  _prospect_chart_data_range (data, &min, &max);
  if (!isfinite (min))
    return;

  ctx->log = data->log_scale && data->kind == PROSPECT_CHART_LINES && min > 0;
  if (data->kind != PROSPECT_CHART_LINES)
    {
      /* Bars grow from zero, so zero is always on the axis; and value
       * labels need headroom beyond the longest bars. */
      min = MIN (min, 0);
      max = MAX (max, 0);
      if (data->value_labels && data->kind == PROSPECT_CHART_BARS)
        {
          double span = max - min;

          if (max > 0)
            max += span * 0.12;
          if (min < 0)
            min -= span * 0.12;
        }
    }
  if (ctx->log)
    {
      /* Bounds and ticks on the 1-2-5 sequence around the data. */
      double lo = pow (10, floor (log10 (min)));
      double hi = pow (10, floor (log10 (max)));

      while (_prospect_chart_next_125 (lo) <= min)
        lo = _prospect_chart_next_125 (lo);
      while (hi < max)
        hi = _prospect_chart_next_125 (hi);
      ctx->axis_min = lo;
      ctx->axis_max = hi;
      for (double v = lo; v <= hi * 1.0001; v = _prospect_chart_next_125 (v))
        g_array_append_val (tick_values, v);
    }
  else
    {
      int max_ticks = CLAMP ((int) (ph / (ctx->base * 2.5)), 2, 10);

      if (!prospect_chart_nice_ticks (min, max, max_ticks, &first, &step, &count))
        return;
      ctx->axis_min = first;
      ctx->axis_max = first + step * (count - 1);
      for (int i = 0; i < count; i++)
        g_array_append_val (tick_values, (double) { first + step * i });
    }

  for (guint i = 0; i < tick_values->len; i++)
    {
      ProspectChartData copy = *data;
      g_autofree char *text = NULL;
      double w, h;
      double v = g_array_index (tick_values, double, i);

      /* Axis labels need no more decimals than the step shows. */
      copy.decimals = ctx->log || step >= 1 ? 0 : step >= 0.1 ? 1 : 2;
      text = prospect_chart_format_value (&copy, v);
      g_ptr_array_add (tick_labels, _prospect_chart_make_text (ctx, text, ctx->base * 0.8, FALSE, -1));
      _prospect_chart_text_size (g_ptr_array_index (tick_labels, i), &w, &h);
      label_w = MAX (label_w, w);
      label_h = MAX (label_h, h);
    }
  for (guint c = 0; c < n_cat; c++)
    {
      PangoLayout *l = _prospect_chart_make_text (ctx, g_ptr_array_index (data->categories, c), ctx->base * 0.85, FALSE, -1);
      double w, h;

      _prospect_chart_text_size (l, &w, &h);
      cat_h = MAX (cat_h, h);
      g_ptr_array_add (cat_layouts, l);
    }

  if (pw < label_w * 3 || ph < (label_h + cat_h) * 2.5)
    {
      axis_text = FALSE;
      *dropped |= PROSPECT_CHART_DROPPED_AXIS;
      label_w = 0;
      cat_h = 0;
    }
  else
    {
      px += label_w + ctx->base * 0.5;
      pw -= label_w + ctx->base * 0.5;
      ph -= cat_h + ctx->base * 0.4;
    }
  if (pw <= 4 || ph <= 4)
    return;

  if (ctx->layout != NULL)
    {
      ctx->layout->plot_x = px;
      ctx->layout->plot_y = py;
      ctx->layout->plot_width = pw;
      ctx->layout->plot_height = ph;
    }

  /* Grid and tick labels. */
  cairo_set_line_width (cr, px1);
  for (guint i = 0; i < tick_values->len; i++)
    {
      double v = g_array_index (tick_values, double, i);
      double y = _prospect_chart_snap (cr, _prospect_chart_value_to_y (ctx, v, py, ph));

      _prospect_chart_set_color (cr, &ctx->theme->grid);
      cairo_move_to (cr, px, y);
      cairo_line_to (cr, px + pw, y);
      cairo_stroke (cr);
      if (axis_text)
        {
          double w, h;

          _prospect_chart_text_size (g_ptr_array_index (tick_labels, i), &w, &h);
          _prospect_chart_show_text (ctx, g_ptr_array_index (tick_labels, i), px - ctx->base * 0.4 - w, y - h / 2,
                                     &ctx->theme->foreground);
        }
    }

  /* Category labels: every one if they fit, else every other, and so on. */
  group_w = pw / MAX (n_cat, 1);
  if (axis_text)
    {
      double widest = 0;

      for (guint c = 0; c < n_cat; c++)
        {
          double w, h;

          _prospect_chart_text_size (g_ptr_array_index (cat_layouts, c), &w, &h);
          widest = MAX (widest, w);
        }
      while (widest + ctx->base * 0.5 > group_w * cat_stride && cat_stride < n_cat)
        cat_stride *= 2;
      if (cat_stride > 1)
        *dropped |= PROSPECT_CHART_DROPPED_SOME_CATEGORIES;
      for (guint c = 0; c < n_cat; c += cat_stride)
        {
          double w, h;
          double cx = px + group_w * (c + 0.5);

          _prospect_chart_text_size (g_ptr_array_index (cat_layouts, c), &w, &h);
          cx = CLAMP (cx - w / 2, px, px + pw - w);
          _prospect_chart_show_text (ctx, g_ptr_array_index (cat_layouts, c), cx, py + ph + ctx->base * 0.3, &ctx->theme->foreground);
        }
    }

  zero_y = ctx->log ? py + ph : _prospect_chart_value_to_y (ctx, 0, py, ph);

  if (data->kind == PROSPECT_CHART_BARS || data->kind == PROSPECT_CHART_STACKED)
    {
      guint slots = data->kind == PROSPECT_CHART_BARS ? MAX (n_ser, 1) : 1;
      gboolean labels = data->value_labels && axis_text && data->kind == PROSPECT_CHART_BARS;
      /* NULL where a bar has no value. */
      g_autoptr(GPtrArray) value_layouts = g_ptr_array_new_with_free_func (unref_layout);

      bar_w = group_w * 0.78 / slots;
      inner_x = group_w * 0.11;

      /* Value labels go on every bar or on none: a partial set would
       * mislead.  They need the bar's width and room above or below it. */
      if (labels)
        for (guint c = 0; c < n_cat && labels; c++)
          for (guint s = 0; s < n_ser && labels; s++)
            {
              double v = prospect_chart_data_get_value (data, s, c);
              g_autofree char *text = NULL;
              PangoLayout *l;
              double w, h;

              if (!isfinite (v))
                {
                  g_ptr_array_add (value_layouts, NULL);
                  continue;
                }
              text = prospect_chart_format_value (data, v);
              l = _prospect_chart_make_text (ctx, text, ctx->base * 0.7, FALSE, -1);
              _prospect_chart_text_size (l, &w, &h);
              g_ptr_array_add (value_layouts, l);
              if (w > bar_w * 1.05 + group_w * 0.1 / slots)
                labels = FALSE;
              else
                {
                  double y = _prospect_chart_value_to_y (ctx, v, py, ph);

                  if ((v >= 0 && y - h < py) || (v < 0 && y + h > py + ph))
                    labels = FALSE;
                }
            }
      if (data->value_labels && data->kind == PROSPECT_CHART_BARS && !labels)
        *dropped |= PROSPECT_CHART_DROPPED_VALUE_LABELS;

      for (guint c = 0; c < n_cat; c++)
        {
          double stack_pos = 0, stack_neg = 0;

          for (guint s = 0; s < n_ser; s++)
            {
              double v = prospect_chart_data_get_value (data, s, c);
              ProspectColor color = _prospect_chart_series_color (ctx, s);
              double x, y0, y1, top, h;

              if (!isfinite (v))
                {
                  /* A year the series lacks, between years it has: marked,
                   * so the gap is not read as a zero. */
                  if (data->kind == PROSPECT_CHART_BARS && series_has_values (data, s))
                    {
                      g_autoptr(PangoLayout) gap = _prospect_chart_make_text (ctx, "n/a", ctx->base * 0.7, FALSE, -1);
                      double w, lh;

                      x = px + group_w * c + inner_x + bar_w * s;
                      _prospect_chart_text_size (gap, &w, &lh);
                      if (w <= bar_w * 1.5 + group_w * 0.1)
                        _prospect_chart_show_text (ctx, gap, x + bar_w / 2 - w / 2, zero_y - lh - px1,
                                                   &ctx->theme->foreground);
                    }
                  continue;
                }
              if (data->kind == PROSPECT_CHART_STACKED)
                {
                  double from = v >= 0 ? stack_pos : stack_neg;

                  x = px + group_w * c + inner_x;
                  y0 = _prospect_chart_value_to_y (ctx, from, py, ph);
                  y1 = _prospect_chart_value_to_y (ctx, from + v, py, ph);
                  if (v >= 0)
                    stack_pos += v;
                  else
                    stack_neg += v;
                }
              else
                {
                  x = px + group_w * c + inner_x + bar_w * s;
                  y0 = zero_y;
                  y1 = _prospect_chart_value_to_y (ctx, v, py, ph);
                }
              top = MIN (y0, y1);
              h = MAX (fabs (y1 - y0), px1);
              _prospect_chart_set_color (cr, &color);
              cairo_rectangle (cr, x + px1 * 0.5, top, MAX (bar_w - px1, px1), h);
              cairo_fill (cr);
              if (ctx->theme->patterns && s > 0)
                _prospect_chart_hatch (cr, x + px1 * 0.5, top, MAX (bar_w - px1, px1), h, s, MAX (ctx->base * 0.5, 3 * px1));
              _prospect_chart_add_outlined_item (ctx, &(ProspectChartItem) {
          (int) s, (int) c, x, MIN (top, zero_y - ctx->base), bar_w, MAX (h, ctx->base),
          PROSPECT_CHART_OUTLINE_BOX, x - px1, top - px1, bar_w + px1, h + 2 * px1, 2 * px1,
        });

              if (labels)
                {
                  PangoLayout *l = g_ptr_array_index (value_layouts, c * n_ser + s);
                  double w, lh;

                  _prospect_chart_text_size (l, &w, &lh);
                  _prospect_chart_show_text (ctx, l, x + bar_w / 2 - w / 2, v >= 0 ? y1 - lh - px1 : y1 + px1,
                                             &ctx->theme->foreground);
                }
            }
        }
    }
  else if (data->kind == PROSPECT_CHART_LINES)
    {
      static const double dashes[][2] = { { 0, 0 }, { 6, 3 }, { 2, 3 }, { 8, 3 } };

      for (guint s = 0; s < n_ser; s++)
        {
          ProspectColor color = _prospect_chart_series_color (ctx, s);
          gboolean started = FALSE;
          double r = MAX (ctx->base * 0.22, 2 * px1);

          _prospect_chart_set_color (cr, &color);
          cairo_set_line_width (cr, MAX (2 * px1, ctx->base * 0.14));
          cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
          if (ctx->theme->patterns && s % 4 != 0)
            {
              double d[2] = { dashes[s % 4][0] * ctx->base * 0.15, dashes[s % 4][1] * ctx->base * 0.15 };

              cairo_set_dash (cr, d, 2, 0);
            }
          for (guint c = 0; c < n_cat; c++)
            {
              double v = prospect_chart_data_get_value (data, s, c);
              double x = px + group_w * (c + 0.5);

              if (!isfinite (v) || (ctx->log && v <= 0))
                {
                  started = FALSE;
                  continue;
                }
              if (!started)
                cairo_move_to (cr, x, _prospect_chart_value_to_y (ctx, v, py, ph));
              else
                cairo_line_to (cr, x, _prospect_chart_value_to_y (ctx, v, py, ph));
              started = TRUE;
            }
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
          for (guint c = 0; c < n_cat; c++)
            {
              double v = prospect_chart_data_get_value (data, s, c);
              double x = px + group_w * (c + 0.5);
              double y;

              if (!isfinite (v) || (ctx->log && v <= 0))
                continue;
              y = _prospect_chart_value_to_y (ctx, v, py, ph);
              /* Markers only where they do not crowd each other. */
              if (pw / MAX (n_cat, 1) > r * 4)
                {
                  _prospect_chart_set_color (cr, &color);
                  _prospect_chart_draw_marker (cr, s, x, y, r);
                  cairo_fill (cr);
                }
              _prospect_chart_add_outlined_item (ctx, &(ProspectChartItem) {
          (int) s, (int) c, x - MAX (r * 2, group_w / 2 / MAX (n_ser, 1)), y - r * 3,
          MAX (r * 4, group_w / MAX (n_ser, 1)), r * 6,
          PROSPECT_CHART_OUTLINE_RING, x, y, r * 2, 0, 2 * px1,
        });
            }
        }
    }

  /* The zero line, over the bars, so losses read as below it. */
  if (!ctx->log && ctx->axis_min < 0 && ctx->axis_max > 0)
    {
      double y = _prospect_chart_snap (cr, zero_y);

      _prospect_chart_set_color (cr, &ctx->theme->foreground);
      cairo_set_line_width (cr, 2 * px1);
      cairo_move_to (cr, px, y);
      cairo_line_to (cr, px + pw, y);
      cairo_stroke (cr);
    }
  else
    {
      double y = _prospect_chart_snap (cr, py + ph);

      _prospect_chart_set_color (cr, &ctx->theme->foreground);
      cairo_set_line_width (cr, px1);
      cairo_move_to (cr, px, y);
      cairo_line_to (cr, px + pw, y);
      cairo_stroke (cr);
    }
}
