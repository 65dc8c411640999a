/* prospect-chart-scatter.c: a point for each category at (x, value), with
 * both axes on nice ticks and their titles, each point's label beside it
 * where it fits among the others: "5-year return against the expense
 * ratio" across a plan's options.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-chart"

#include "config.h"

#include <math.h>

#include "prospect-chart-draw-private.h"

static gboolean
x_range (const ProspectChartData *data,
         double                  *min,
         double                  *max)
{
  *min = INFINITY;
  *max = -INFINITY;
  for (guint s = 0; s < data->series->len; s++)
    {
      const ProspectChartSeries *series = g_ptr_array_index (data->series, s);

      for (guint c = 0; series->x_values != NULL && c < series->x_values->len; c++)
        {
          double x = g_array_index (series->x_values, double, c);

          if (isfinite (x) && isfinite (prospect_chart_data_get_value (data, s, c)))
            {
              *min = MIN (*min, x);
              *max = MAX (*max, x);
            }
        }
    }
  return isfinite (*min);
}

/* Nice ticks over [MIN, MAX] with a margin, so that no point sits on the
 * plot's edge (a single value is widened around itself). */
static gboolean
ticks (double  min,
       double  max,
       int     max_ticks,
       double *first,
       double *step,
       int    *count)
{
  double margin = (max - min) * 0.08;

  if (max - min < 1e-9)
    margin = MAX (fabs (min) * 0.1, 0.5);
  min -= margin;
  max += margin;
  return prospect_chart_nice_ticks (min, max, max_ticks, first, step, count);
}

static PangoLayout *
tick_label (ProspectChartCtx    *ctx,
            ProspectValueFormat  format,
            double               value,
            double               step)
{
  ProspectChartData copy = *ctx->data;
  g_autofree char *text = NULL;

  copy.format = format;
  copy.decimals = step >= 1 ? 0 : step >= 0.1 ? 1 : 2;
  text = prospect_chart_format_value (&copy, value);
  return _prospect_chart_make_text (ctx, text, ctx->base * 0.8, FALSE, -1);
}

static gboolean
overlaps (GArray           *boxes,
          const cairo_rectangle_t *box)
{
  for (guint i = 0; i < boxes->len; i++)
    {
      const cairo_rectangle_t *b = &g_array_index (boxes, cairo_rectangle_t, i);

      if (box->x < b->x + b->width && b->x < box->x + box->width && box->y < b->y + b->height &&
          b->y < box->y + box->height)
        return TRUE;
    }
  return FALSE;
}

void
_prospect_chart_draw_scatter (ProspectChartCtx *ctx,
                              double            px,
                              double            py,
                              double            pw,
                              double            ph,
                              guint            *dropped)
{
  cairo_t *cr = ctx->cr;
  const ProspectChartData *data = ctx->data;
  double px1 = _prospect_chart_device_pixel (cr);
  double ymin, ymax, xmin, xmax, yfirst, ystep, xfirst, xstep, x_lo, x_hi;
  int ycount, xcount;
  double label_w = 0, label_h = 0, title_h = 0;
  g_autoptr(GPtrArray) ylabels = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) xlabels = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PangoLayout) x_title = NULL;
  g_autoptr(PangoLayout) y_title = NULL;
  g_autoptr(GArray) taken = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
  double r = MAX (ctx->base * 0.3, 3 * px1);

  _prospect_chart_data_range (data, &ymin, &ymax);
  if (!isfinite (ymin) || !x_range (data, &xmin, &xmax))
    return;
  if (!ticks (ymin, ymax, CLAMP ((int) (ph / (ctx->base * 2.5)), 2, 8), &yfirst, &ystep, &ycount) ||
      !ticks (xmin, xmax, CLAMP ((int) (pw / (ctx->base * 6)), 2, 8), &xfirst, &xstep, &xcount))
    return;
  ctx->log = FALSE;
  ctx->axis_min = yfirst;
  ctx->axis_max = yfirst + ystep * (ycount - 1);
  x_lo = xfirst;
  x_hi = xfirst + xstep * (xcount - 1);

  for (int i = 0; i < ycount; i++)
    {
      double w, h;

      g_ptr_array_add (ylabels, tick_label (ctx, data->format, yfirst + ystep * i, ystep));
      _prospect_chart_text_size (g_ptr_array_index (ylabels, i), &w, &h);
      label_w = MAX (label_w, w);
      label_h = MAX (label_h, h);
    }
  for (int i = 0; i < xcount; i++)
    g_ptr_array_add (xlabels, tick_label (ctx, data->x_format, xfirst + xstep * i, xstep));
  if (data->x_title != NULL)
    x_title = _prospect_chart_make_text (ctx, data->x_title, ctx->base * 0.8, FALSE, (int) pw);
  if (data->y_title != NULL)
    y_title = _prospect_chart_make_text (ctx, data->y_title, ctx->base * 0.8, FALSE, (int) pw);
  if (y_title != NULL)
    {
      double w;

      _prospect_chart_text_size (y_title, &w, &title_h);
      _prospect_chart_show_text (ctx, y_title, px, py, &ctx->theme->foreground);
      /* The top tick's value stands half above the plot. */
      py += title_h + ctx->base * 0.3 + label_h / 2;
      ph -= title_h + ctx->base * 0.3 + label_h / 2;
    }
  /* Below the plot: the across ticks' values, then the across title. */
  px += label_w + ctx->base * 0.5;
  pw -= label_w + ctx->base * 0.5;
  ph -= label_h + ctx->base * 0.4;
  if (x_title != NULL)
    {
      double w, h;

      _prospect_chart_text_size (x_title, &w, &h);
      ph -= h + ctx->base * 0.2;
      _prospect_chart_show_text (ctx, x_title, px + pw - w, py + ph + ctx->base * 0.4 + label_h + ctx->base * 0.2,
                                 &ctx->theme->foreground);
    }
  if (pw <= 4 || ph <= 4)
    {
      *dropped |= PROSPECT_CHART_DROPPED_AXIS;
      return;
    }
  if (ctx->layout != NULL)
    {
      ctx->layout->plot_x = px;
      ctx->layout->plot_y = py;
      ctx->layout->plot_width = pw;
      ctx->layout->plot_height = ph;
    }

  /* The grid both ways, and the ticks' values. */
  cairo_set_line_width (cr, px1);
  for (int i = 0; i < ycount; i++)
    {
      double y = _prospect_chart_snap (cr, _prospect_chart_value_to_y (ctx, yfirst + ystep * i, py, ph));
      double w, h;

      _prospect_chart_set_color (cr, &ctx->theme->grid);
      cairo_move_to (cr, px, y);
      cairo_line_to (cr, px + pw, y);
      cairo_stroke (cr);
      _prospect_chart_text_size (g_ptr_array_index (ylabels, i), &w, &h);
      _prospect_chart_show_text (ctx, g_ptr_array_index (ylabels, i), px - ctx->base * 0.4 - w, y - h / 2,
                                 &ctx->theme->foreground);
    }
  for (int i = 0; i < xcount; i++)
    {
      double x = _prospect_chart_snap (cr, px + (xfirst + xstep * i - x_lo) / (x_hi - x_lo) * pw);
      double w, h;

      _prospect_chart_set_color (cr, &ctx->theme->grid);
      cairo_move_to (cr, x, py);
      cairo_line_to (cr, x, py + ph);
      cairo_stroke (cr);
      _prospect_chart_text_size (g_ptr_array_index (xlabels, i), &w, &h);
      /* Not left of the plot, where the up axis has its values. */
      _prospect_chart_show_text (ctx, g_ptr_array_index (xlabels, i), CLAMP (x - w / 2, px, px + pw - w),
                                 py + ph + ctx->base * 0.3, &ctx->theme->foreground);
      g_array_append_val (taken, ((cairo_rectangle_t) { x - w / 2, py + ph, w, h }));
    }

  /* The points, and their names where they do not cover another's. */
  for (guint s = 0; s < data->series->len; s++)
    {
      const ProspectChartSeries *series = g_ptr_array_index (data->series, s);
      ProspectColor color = _prospect_chart_series_color (ctx, s);

      for (guint c = 0; series->x_values != NULL && c < series->x_values->len; c++)
        {
          double value = prospect_chart_data_get_value (data, s, c);
          double xv = g_array_index (series->x_values, double, c);
          double x, y;

          if (!isfinite (value) || !isfinite (xv))
            continue;
          x = px + (xv - x_lo) / (x_hi - x_lo) * pw;
          y = _prospect_chart_value_to_y (ctx, value, py, ph);
          g_array_append_val (taken, ((cairo_rectangle_t) { x - r, y - r, 2 * r, 2 * r }));
          _prospect_chart_set_color (cr, &color);
          _prospect_chart_draw_marker (cr, s, x, y, r);
          cairo_fill (cr);
          _prospect_chart_add_outlined_item (ctx, &(ProspectChartItem) {
        (int) s, (int) c, x - r * 2, y - r * 2, r * 4, r * 4,
        PROSPECT_CHART_OUTLINE_RING, x, y, r * 2, 0, 2 * px1,
      });
        }
    }
  for (guint s = 0; s < data->series->len; s++)
    {
      const ProspectChartSeries *series = g_ptr_array_index (data->series, s);

      for (guint c = 0; series->x_values != NULL && c < series->x_values->len; c++)
        {
          double value = prospect_chart_data_get_value (data, s, c);
          double xv = g_array_index (series->x_values, double, c);
          g_autoptr(PangoLayout) name = NULL;
          cairo_rectangle_t box;
          double w, h;

          if (!isfinite (value) || !isfinite (xv))
            continue;
          name = _prospect_chart_make_text (ctx, g_ptr_array_index (data->categories, c), ctx->base * 0.7, FALSE, -1);
          _prospect_chart_text_size (name, &w, &h);
          box.x = px + (xv - x_lo) / (x_hi - x_lo) * pw + r * 1.5;
          box.y = _prospect_chart_value_to_y (ctx, value, py, ph) - h / 2;
          box.width = w;
          box.height = h;
          if (box.x + w > px + pw)
            box.x -= w + r * 3;
          if (box.x < px || box.y < py || box.y + h > py + ph || overlaps (taken, &box))
            {
              *dropped |= PROSPECT_CHART_DROPPED_VALUE_LABELS;
              continue;
            }
          g_array_append_val (taken, box);
          _prospect_chart_show_text (ctx, name, box.x, box.y, &ctx->theme->foreground);
        }
    }
}
