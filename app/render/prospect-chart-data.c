/* prospect-chart-data.c
 *
 * Layout runs top-down: title, subtitle and legend above the plot, notes
 * below, axis labels beside it.  What does not fit is left out in a fixed
 * order (ProspectChartDropped): value labels on bars first, then every
 * other category label, then notes, subtitle, legend, title, and last the
 * axis labels, so no text ever overlaps, at any size.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-chart"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "prospect-chart-data.h"
#include "prospect-format.h"

G_DEFINE_QUARK (prospect-chart-error-quark, prospect_chart_error)
G_DEFINE_BOXED_TYPE (ProspectChartData, prospect_chart_data, prospect_chart_data_ref, prospect_chart_data_unref)

#define MAX_EXPORT_SIZE 20000

/* ----- data ------------------------------------------------------------ */

static void
series_free (ProspectChartSeries *series)
{
  g_free (series->name);
  g_array_unref (series->values);
  g_ptr_array_unref (series->sources);
  g_free (series);
}

static void
data_clear (ProspectChartData *data)
{
  g_free (data->title);
  g_free (data->subtitle);
  g_ptr_array_unref (data->categories);
  g_ptr_array_unref (data->series);
  g_ptr_array_unref (data->notes);
}

ProspectChartData *
prospect_chart_data_new (ProspectChartKind   kind,
                         ProspectValueFormat format,
                         const char         *title)
{
  ProspectChartData *data = g_atomic_rc_box_new0 (ProspectChartData);

  data->kind = kind;
  data->format = format;
  data->decimals = format == PROSPECT_VALUE_PERCENT ? 2 : 0;
  data->value_labels = kind == PROSPECT_CHART_BARS;
  data->title = g_strdup (title);
  data->categories = g_ptr_array_new_with_free_func (g_free);
  data->series = g_ptr_array_new_with_free_func ((GDestroyNotify) series_free);
  data->notes = g_ptr_array_new_with_free_func (g_free);
  return data;
}

ProspectChartData *
prospect_chart_data_ref (ProspectChartData *data)
{
  g_return_val_if_fail (data != NULL, NULL);
  return g_atomic_rc_box_acquire (data);
}

void
prospect_chart_data_unref (ProspectChartData *data)
{
  g_return_if_fail (data != NULL);
  g_atomic_rc_box_release_full (data, (GDestroyNotify) data_clear);
}

static void
series_fill (ProspectChartSeries *series,
             guint                n)
{
  while (series->values->len < n)
    {
      double missing = NAN;

      g_array_append_val (series->values, missing);
      g_ptr_array_add (series->sources, NULL);
    }
}

void
prospect_chart_data_add_category (ProspectChartData *data,
                                  const char        *label)
{
  g_return_if_fail (data != NULL);

  g_ptr_array_add (data->categories, g_strdup (label != NULL ? label : ""));
  for (guint i = 0; i < data->series->len; i++)
    series_fill (g_ptr_array_index (data->series, i), data->categories->len);
}

ProspectChartSeries *
prospect_chart_data_add_series (ProspectChartData *data,
                                const char        *name)
{
  ProspectChartSeries *series;

  g_return_val_if_fail (data != NULL, NULL);

  series = g_new0 (ProspectChartSeries, 1);
  series->name = g_strdup (name != NULL ? name : "");
  series->values = g_array_new (FALSE, FALSE, sizeof (double));
  series->sources = g_ptr_array_new_with_free_func (g_free);
  series_fill (series, data->categories->len);
  g_ptr_array_add (data->series, series);
  return series;
}

void
prospect_chart_series_set (ProspectChartSeries *series,
                           guint                category,
                           double               value,
                           const char          *source)
{
  g_return_if_fail (series != NULL);
  g_return_if_fail (category < series->values->len);

  g_array_index (series->values, double, category) = value;
  g_free (g_ptr_array_index (series->sources, category));
  g_ptr_array_index (series->sources, category) = g_strdup (source);
}

void
prospect_chart_data_add_note (ProspectChartData *data,
                              const char        *note)
{
  g_return_if_fail (data != NULL);

  if (note == NULL || *note == '\0')
    return;
  for (guint i = 0; i < data->notes->len; i++)
    if (g_str_equal (g_ptr_array_index (data->notes, i), note))
      return;
  g_ptr_array_add (data->notes, g_strdup (note));
}

double
prospect_chart_data_get_value (const ProspectChartData *data,
                               guint                    series,
                               guint                    category)
{
  const ProspectChartSeries *s;

  g_return_val_if_fail (data != NULL, NAN);

  if (series >= data->series->len)
    return NAN;
  s = g_ptr_array_index (data->series, series);
  if (category >= s->values->len)
    return NAN;
  return g_array_index (s->values, double, category);
}

gboolean
prospect_chart_data_is_empty (const ProspectChartData *data)
{
  if (data == NULL || data->categories->len == 0)
    return TRUE;
  for (guint s = 0; s < data->series->len; s++)
    for (guint c = 0; c < data->categories->len; c++)
      if (isfinite (prospect_chart_data_get_value (data, s, c)))
        return FALSE;
  return TRUE;
}

char *
prospect_chart_format_value (const ProspectChartData *data,
                             double                   value)
{
  if (data->format == PROSPECT_VALUE_DOLLARS)
    return prospect_format_money (value, data->decimals, PROSPECT_NEGATIVE_PARENTHESES);
  return prospect_format_percent (value, data->decimals, PROSPECT_NEGATIVE_PARENTHESES);
}

char *
prospect_chart_item_text (const ProspectChartData *data,
                          guint                    series,
                          guint                    category)
{
  const ProspectChartSeries *s;
  const char *source;
  g_autofree char *value = NULL;

  g_return_val_if_fail (data != NULL, NULL);
  if (series >= data->series->len || category >= data->categories->len)
    return NULL;

  s = g_ptr_array_index (data->series, series);
  value = prospect_chart_format_value (data, prospect_chart_data_get_value (data, series, category));
  source = g_ptr_array_index (s->sources, category);
  if (source != NULL)
    return g_strdup_printf ("%s, %s: %s\nSource: %s", s->name, (const char *) g_ptr_array_index (data->categories, category),
                            value, source);
  return g_strdup_printf ("%s, %s: %s", s->name, (const char *) g_ptr_array_index (data->categories, category), value);
}

/* One sentence for screen readers: what is shown, its range, and its
 * extremes. */
char *
prospect_chart_describe (const ProspectChartData *data)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (data != NULL, NULL);

  if (prospect_chart_data_is_empty (data))
    return g_strdup_printf ("%s: no data.", data->title != NULL ? data->title : "Chart");

  g_string_append_printf (text, "%s", data->title != NULL ? data->title : "Chart");
  if (data->categories->len > 0)
    g_string_append_printf (text, ", %s to %s",
                            (const char *) g_ptr_array_index (data->categories, 0),
                            (const char *) g_ptr_array_index (data->categories, data->categories->len - 1));
  for (guint s = 0; s < data->series->len; s++)
    {
      const ProspectChartSeries *series = g_ptr_array_index (data->series, s);
      int lo = -1, hi = -1;

      for (guint c = 0; c < series->values->len; c++)
        {
          double v = g_array_index (series->values, double, c);

          if (!isfinite (v))
            continue;
          if (lo < 0 || v < g_array_index (series->values, double, lo))
            lo = (int) c;
          if (hi < 0 || v > g_array_index (series->values, double, hi))
            hi = (int) c;
        }
      if (lo < 0)
        continue;
      {
        g_autofree char *low = prospect_chart_format_value (data, g_array_index (series->values, double, lo));
        g_autofree char *high = prospect_chart_format_value (data, g_array_index (series->values, double, hi));

        g_string_append_printf (text, "; %s from %s (%s) to %s (%s)", series->name, low,
                                (const char *) g_ptr_array_index (data->categories, lo), high,
                                (const char *) g_ptr_array_index (data->categories, hi));
      }
    }
  g_string_append_c (text, '.');
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* ----- themes ---------------------------------------------------------- */

static ProspectColor
hex (guint32 rgb)
{
  return (ProspectColor) { ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0, 1.0 };
}

void
prospect_chart_theme_init (ProspectChartTheme     *theme,
                           ProspectChartThemeKind  kind)
{
  /* Okabe–Ito: told apart with any common colour vision deficiency.  The
   * fund takes the strong blue, benchmarks the orange and green. */
  static const guint32 okabe_ito[PROSPECT_CHART_N_COLORS] = {
    0x0072B2, 0xE69F00, 0x009E73, 0xD55E00, 0xCC79A7, 0x56B4E9, 0xF0E442,
  };

  g_return_if_fail (theme != NULL);

  memset (theme, 0, sizeof *theme);
  for (int i = 0; i < PROSPECT_CHART_N_COLORS; i++)
    theme->series[i] = hex (okabe_ito[i]);
  g_strlcpy (theme->font_family, "Sans", sizeof theme->font_family);
  theme->font_scale = 1.0;
  theme->draw_text = TRUE;

  switch (kind)
    {
    case PROSPECT_CHART_THEME_DARK:
      theme->background = hex (0x242424);
      theme->foreground = hex (0xffffff);
      theme->series[0] = hex (0x56B4E9);
      theme->series[5] = hex (0x0072B2);
      break;
    case PROSPECT_CHART_THEME_HIGH_CONTRAST:
      theme->background = hex (0xffffff);
      theme->foreground = hex (0x000000);
      theme->patterns = TRUE;
      break;
    case PROSPECT_CHART_THEME_PRINT:
      theme->background = hex (0xffffff);
      theme->foreground = hex (0x000000);
      theme->patterns = TRUE;
      break;
    case PROSPECT_CHART_THEME_LIGHT:
    default:
      theme->background = hex (0xfafafa);
      theme->foreground = hex (0x241f31);
      break;
    }
  theme->grid = theme->foreground;
  theme->grid.a = 0.15;
  theme->focus = theme->foreground;
}

gboolean
prospect_chart_theme_kind_from_string (const char             *text,
                                       ProspectChartThemeKind *kind)
{
  static const char * const names[] = { "light", "dark", "high-contrast", "print" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (text, names[i]) == 0)
      {
        *kind = (ProspectChartThemeKind) i;
        return TRUE;
      }
  return FALSE;
}

/* ----- axis ------------------------------------------------------------ */

/* Ticks at 1, 2 or 5 times a power of ten, covering MIN..MAX with at most
 * MAX_TICKS steps.  A flat range is widened around its value. */
gboolean
prospect_chart_nice_ticks (double  min,
                           double  max,
                           int     max_ticks,
                           double *first,
                           double *step,
                           int    *count)
{
  double span, raw, magnitude, residual, nice;

  if (!isfinite (min) || !isfinite (max) || max_ticks < 1)
    return FALSE;
  if (min > max)
    {
      double t = min;

      min = max;
      max = t;
    }
  if (max - min < 1e-12 * MAX (1.0, fabs (max)))
    {
      double pad = fabs (max) > 0 ? fabs (max) * 0.5 : 1.0;

      min -= pad;
      max += pad;
      if (min < 0 && max > 0 && fabs (min) < 1e-300)
        min = 0;
    }

  span = max - min;
  raw = span / max_ticks;
  magnitude = pow (10.0, floor (log10 (raw)));
  residual = raw / magnitude;
  if (residual <= 1.0)
    nice = 1.0;
  else if (residual <= 2.0)
    nice = 2.0;
  else if (residual <= 5.0)
    nice = 5.0;
  else
    nice = 10.0;
  *step = nice * magnitude;
  *first = floor (min / *step + 1e-9) * *step;
  *count = (int) ceil ((max - *first) / *step - 1e-9) + 1;
  while (*count - 1 > max_ticks)
    {
      *step *= 2;
      *first = floor (min / *step + 1e-9) * *step;
      *count = (int) ceil ((max - *first) / *step - 1e-9) + 1;
    }
  return isfinite (*first) && isfinite (*step) && *step > 0;
}

/* ----- drawing --------------------------------------------------------- */

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
} Ctx;

void
prospect_chart_layout_clear (ProspectChartLayout *layout)
{
  g_clear_pointer (&layout->items, g_array_unref);
  g_clear_pointer (&layout->text_boxes, g_array_unref);
}

static void
set_color (cairo_t             *cr,
           const ProspectColor *c)
{
  cairo_set_source_rgba (cr, c->r, c->g, c->b, c->a);
}

static ProspectColor
series_color (const Ctx *ctx,
              guint      series)
{
  return ctx->theme->series[series % PROSPECT_CHART_N_COLORS];
}

/* One device pixel, whatever the scale, so lines stay crisp. */
static double
device_pixel (cairo_t *cr)
{
  double x = 1, y = 1;

  cairo_device_to_user_distance (cr, &x, &y);
  return fabs (y);
}

static double
snap (cairo_t *cr,
      double   y)
{
  double x = 0;

  cairo_user_to_device (cr, &x, &y);
  y = floor (y) + 0.5;
  cairo_device_to_user (cr, &x, &y);
  return y;
}

static const cairo_font_options_t *
chart_font_options (void)
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

static PangoLayout *
make_text (Ctx        *ctx,
           const char *text,
           double      size,
           gboolean    bold,
           double      wrap_width)
{
  PangoLayout *layout = pango_cairo_create_layout (ctx->cr);
  PangoContext *context = pango_layout_get_context (layout);
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();

  /* Small chart text set on whole pixels and hinted advances comes out
   * unevenly spaced; fractional positions keep words even on screen. */
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_cairo_context_set_font_options (context, chart_font_options ());
  pango_layout_context_changed (layout);

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

static void
text_size (PangoLayout *layout,
           double      *width,
           double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  *width = (double) logical.width / PANGO_SCALE;
  *height = (double) logical.height / PANGO_SCALE;
}

static void
show_text (Ctx                 *ctx,
           PangoLayout         *layout,
           double               x,
           double               y,
           const ProspectColor *color)
{
  cairo_rectangle_t box;

  text_size (layout, &box.width, &box.height);
  box.x = x;
  box.y = y;
  if (ctx->layout != NULL)
    g_array_append_val (ctx->layout->text_boxes, box);
  if (!ctx->theme->draw_text)
    return;
  set_color (ctx->cr, color);
  cairo_move_to (ctx->cr, x, y);
  pango_cairo_show_layout (ctx->cr, layout);
}

static double
value_to_y (const Ctx *ctx,
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

static void
data_range (const ProspectChartData *data,
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

static void
hatch (cairo_t *cr,
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
  cairo_set_line_width (cr, MAX (spacing / 4, device_pixel (cr)));
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

static void
add_item (Ctx   *ctx,
          guint  series,
          guint  category,
          double x,
          double y,
          double w,
          double h)
{
  ProspectChartItem item = { (int) series, (int) category, x, y, w, h };

  if (ctx->layout != NULL)
    g_array_append_val (ctx->layout->items, item);
}

static void
draw_marker (cairo_t *cr,
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

static void
draw_sparkline (Ctx    *ctx,
                double  width,
                double  height)
{
  cairo_t *cr = ctx->cr;
  double min, max;
  double pad = MAX (2.0, height * 0.12);
  guint n = ctx->data->categories->len;
  ProspectColor color = series_color (ctx, 0);
  gboolean started = FALSE;
  double last_x = 0, last_y = 0;

  data_range (ctx->data, &min, &max);
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
      y = value_to_y (ctx, v, pad, height - 2 * pad);
      if (!started)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
      started = TRUE;
      last_x = x;
      last_y = y;
      add_item (ctx, 0, c, x - pad, 0, 2 * pad, height);
    }
  set_color (cr, &color);
  cairo_set_line_width (cr, MAX (1.5 * device_pixel (cr), height / 16));
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);
  if (started)
    {
      cairo_arc (cr, last_x, last_y, MAX (2.0, height / 10), 0, 2 * G_PI);
      cairo_fill (cr);
    }
}

/* Title, subtitle and legend stacked from the top; returns the height used. */
static double
draw_header (Ctx    *ctx,
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
      title = make_text (ctx, data->title, ctx->base * 1.35, TRUE, width);
      pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (title, -2);
      text_size (title, &tw, &th);
    }
  if (data->subtitle != NULL && *data->subtitle != '\0')
    {
      subtitle = make_text (ctx, data->subtitle, ctx->base * 0.95, FALSE, width);
      pango_layout_set_ellipsize (subtitle, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (subtitle, -1);
      text_size (subtitle, &sw, &sh);
    }
  if (want_legend)
    {
      double lx = 0;
      int row = 0;

      for (guint s = 0; s < data->series->len; s++)
        {
          const ProspectChartSeries *series = g_ptr_array_index (data->series, s);
          PangoLayout *l = make_text (ctx, series->name, ctx->base * 0.9, FALSE, width - swatch - gap);
          double lw, lh, item_w;

          pango_layout_set_ellipsize (l, PANGO_ELLIPSIZE_END);
          pango_layout_set_height (l, -1);
          text_size (l, &lw, &lh);
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
      show_text (ctx, title, x, y + used, &ctx->theme->foreground);
      used += th + gap * 0.5;
    }
  if (subtitle != NULL)
    {
      show_text (ctx, subtitle, x, y + used, &dim);
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
          ProspectColor color = series_color (ctx, s);
          double lw, lh;

          text_size (l, &lw, &lh);
          set_color (ctx->cr, &color);
          if (data->kind == PROSPECT_CHART_LINES)
            {
              cairo_set_line_width (ctx->cr, MAX (device_pixel (ctx->cr) * 2, ctx->base * 0.15));
              cairo_move_to (ctx->cr, lx, ly + lh / 2);
              cairo_line_to (ctx->cr, lx + swatch, ly + lh / 2);
              cairo_stroke (ctx->cr);
              draw_marker (ctx->cr, s, lx + swatch / 2, ly + lh / 2, swatch * 0.22);
              cairo_fill (ctx->cr);
            }
          else
            {
              cairo_rectangle (ctx->cr, lx, ly + (lh - swatch) / 2, swatch, swatch);
              cairo_fill (ctx->cr);
              if (ctx->theme->patterns && s > 0)
                hatch (ctx->cr, lx, ly + (lh - swatch) / 2, swatch, swatch, s, swatch / 3);
            }
          show_text (ctx, l, lx + swatch + gap, ly, &ctx->theme->foreground);
        }
      used += legend_h;
    }
  return used > 0 ? used + gap : 0;
}

/* Notes from the bottom up; returns the height used. */
static double
draw_notes (Ctx    *ctx,
            double  x,
            double  bottom,
            double  width,
            double  budget,
            guint  *dropped)
{
  g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);
  double total = 0;
  double gap = ctx->base * 0.2;
  ProspectColor dim = ctx->theme->foreground;

  dim.a *= 0.7;
  for (guint i = 0; i < ctx->data->notes->len; i++)
    {
      PangoLayout *l = make_text (ctx, g_ptr_array_index (ctx->data->notes, i), ctx->base * 0.75, FALSE, width);
      double w, h;

      text_size (l, &w, &h);
      total += h + gap;
      g_ptr_array_add (layouts, l);
    }
  if (layouts->len == 0)
    return 0;
  if (total > budget)
    {
      *dropped |= PROSPECT_CHART_DROPPED_NOTES;
      return 0;
    }
  {
    double y = bottom - total;

    for (guint i = 0; i < layouts->len; i++)
      {
        double w, h;

        text_size (g_ptr_array_index (layouts, i), &w, &h);
        show_text (ctx, g_ptr_array_index (layouts, i), x, y, &dim);
        y += h + gap;
      }
  }
  return total + gap * 2;
}

/* 1 → 2 → 5 → 10 → 20 … */
static double
next_125 (double value)
{
  double leading = value / pow (10, floor (log10 (value) + 1e-9));

  return value * (leading < 1.5 ? 2.0 : leading < 3.0 ? 2.5 : 2.0);
}

static void
draw_plot (Ctx    *ctx,
           double  px,
           double  py,
           double  pw,
           double  ph,
           guint  *dropped,
           int     focus_series,
           int     focus_category)
{
  cairo_t *cr = ctx->cr;
  const ProspectChartData *data = ctx->data;
  guint n_cat = data->categories->len;
  guint n_ser = data->series->len;
  double first, step;
  int count;
  double min, max;
  double px1 = device_pixel (cr);
  g_autoptr(GPtrArray) tick_labels = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) tick_values = g_array_new (FALSE, FALSE, sizeof (double));
  double label_w = 0, label_h = 0, cat_h = 0;
  gboolean axis_text = TRUE;
  g_autoptr(GPtrArray) cat_layouts = g_ptr_array_new_with_free_func (g_object_unref);
  double group_w, bar_w, inner_x;
  guint cat_stride = 1;
  double zero_y;

  data_range (data, &min, &max);
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

      while (next_125 (lo) <= min)
        lo = next_125 (lo);
      while (hi < max)
        hi = next_125 (hi);
      ctx->axis_min = lo;
      ctx->axis_max = hi;
      for (double v = lo; v <= hi * 1.0001; v = next_125 (v))
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
      g_ptr_array_add (tick_labels, make_text (ctx, text, ctx->base * 0.8, FALSE, -1));
      text_size (g_ptr_array_index (tick_labels, i), &w, &h);
      label_w = MAX (label_w, w);
      label_h = MAX (label_h, h);
    }
  for (guint c = 0; c < n_cat; c++)
    {
      PangoLayout *l = make_text (ctx, g_ptr_array_index (data->categories, c), ctx->base * 0.85, FALSE, -1);
      double w, h;

      text_size (l, &w, &h);
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
      double y = snap (cr, value_to_y (ctx, v, py, ph));

      set_color (cr, &ctx->theme->grid);
      cairo_move_to (cr, px, y);
      cairo_line_to (cr, px + pw, y);
      cairo_stroke (cr);
      if (axis_text)
        {
          double w, h;

          text_size (g_ptr_array_index (tick_labels, i), &w, &h);
          show_text (ctx, g_ptr_array_index (tick_labels, i), px - ctx->base * 0.4 - w, y - h / 2,
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

          text_size (g_ptr_array_index (cat_layouts, c), &w, &h);
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

          text_size (g_ptr_array_index (cat_layouts, c), &w, &h);
          cx = CLAMP (cx - w / 2, px, px + pw - w);
          show_text (ctx, g_ptr_array_index (cat_layouts, c), cx, py + ph + ctx->base * 0.3, &ctx->theme->foreground);
        }
    }

  zero_y = ctx->log ? py + ph : value_to_y (ctx, 0, py, ph);

  if (data->kind == PROSPECT_CHART_BARS || data->kind == PROSPECT_CHART_STACKED)
    {
      guint slots = data->kind == PROSPECT_CHART_BARS ? MAX (n_ser, 1) : 1;
      gboolean labels = data->value_labels && axis_text && data->kind == PROSPECT_CHART_BARS;
      g_autoptr(GPtrArray) value_layouts = g_ptr_array_new_with_free_func (g_object_unref);

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
              l = make_text (ctx, text, ctx->base * 0.7, FALSE, -1);
              text_size (l, &w, &h);
              g_ptr_array_add (value_layouts, l);
              if (w > bar_w * 1.05 + group_w * 0.1 / slots)
                labels = FALSE;
              else
                {
                  double y = value_to_y (ctx, v, py, ph);

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
              ProspectColor color = series_color (ctx, s);
              double x, y0, y1, top, h;

              if (!isfinite (v))
                continue;
              if (data->kind == PROSPECT_CHART_STACKED)
                {
                  double from = v >= 0 ? stack_pos : stack_neg;

                  x = px + group_w * c + inner_x;
                  y0 = value_to_y (ctx, from, py, ph);
                  y1 = value_to_y (ctx, from + v, py, ph);
                  if (v >= 0)
                    stack_pos += v;
                  else
                    stack_neg += v;
                }
              else
                {
                  x = px + group_w * c + inner_x + bar_w * s;
                  y0 = zero_y;
                  y1 = value_to_y (ctx, v, py, ph);
                }
              top = MIN (y0, y1);
              h = MAX (fabs (y1 - y0), px1);
              set_color (cr, &color);
              cairo_rectangle (cr, x + px1 * 0.5, top, MAX (bar_w - px1, px1), h);
              cairo_fill (cr);
              if (ctx->theme->patterns && s > 0)
                hatch (cr, x + px1 * 0.5, top, MAX (bar_w - px1, px1), h, s, MAX (ctx->base * 0.5, 3 * px1));
              if ((int) s == focus_series && (int) c == focus_category)
                {
                  set_color (cr, &ctx->theme->focus);
                  cairo_set_line_width (cr, 2 * px1);
                  cairo_rectangle (cr, x - px1, top - px1, bar_w + px1, h + 2 * px1);
                  cairo_stroke (cr);
                }
              add_item (ctx, s, c, x, MIN (top, zero_y - ctx->base), bar_w, MAX (h, ctx->base));

              if (labels)
                {
                  PangoLayout *l = g_ptr_array_index (value_layouts, c * n_ser + s);
                  double w, lh;

                  text_size (l, &w, &lh);
                  show_text (ctx, l, x + bar_w / 2 - w / 2, v >= 0 ? y1 - lh - px1 : y1 + px1,
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
          ProspectColor color = series_color (ctx, s);
          gboolean started = FALSE;
          double r = MAX (ctx->base * 0.22, 2 * px1);

          set_color (cr, &color);
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
                cairo_move_to (cr, x, value_to_y (ctx, v, py, ph));
              else
                cairo_line_to (cr, x, value_to_y (ctx, v, py, ph));
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
              y = value_to_y (ctx, v, py, ph);
              /* Markers only where they do not crowd each other. */
              if (pw / MAX (n_cat, 1) > r * 4)
                {
                  set_color (cr, &color);
                  draw_marker (cr, s, x, y, r);
                  cairo_fill (cr);
                }
              if ((int) s == focus_series && (int) c == focus_category)
                {
                  set_color (cr, &ctx->theme->focus);
                  cairo_set_line_width (cr, 2 * px1);
                  cairo_arc (cr, x, y, r * 2, 0, 2 * G_PI);
                  cairo_stroke (cr);
                }
              add_item (ctx, s, c, x - MAX (r * 2, group_w / 2 / MAX (n_ser, 1)), y - r * 3,
                        MAX (r * 4, group_w / MAX (n_ser, 1)), r * 6);
            }
        }
    }

  /* The zero line, over the bars, so losses read as below it. */
  if (!ctx->log && ctx->axis_min < 0 && ctx->axis_max > 0)
    {
      double y = snap (cr, zero_y);

      set_color (cr, &ctx->theme->foreground);
      cairo_set_line_width (cr, 2 * px1);
      cairo_move_to (cr, px, y);
      cairo_line_to (cr, px + pw, y);
      cairo_stroke (cr);
    }
  else
    {
      double y = snap (cr, py + ph);

      set_color (cr, &ctx->theme->foreground);
      cairo_set_line_width (cr, px1);
      cairo_move_to (cr, px, y);
      cairo_line_to (cr, px + pw, y);
      cairo_stroke (cr);
    }
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
  Ctx ctx = { cr, data, theme, layout };
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
      set_color (cr, &theme->background);
      cairo_paint (cr);
    }

  if (data->kind == PROSPECT_CHART_SPARKLINE)
    {
      draw_sparkline (&ctx, width, height);
      cairo_restore (cr);
      return;
    }
  if (prospect_chart_data_is_empty (data))
    {
      cairo_restore (cr);
      return;
    }

  /* Text scales with the smaller side, within readable bounds. */
  ctx.base = CLAMP (MIN (width * 0.7, height) / 30.0, 7.0, 48.0) * CLAMP (theme->font_scale, 0.5, 4.0);
  pad = ctx.base * 0.8;
  top = pad;
  bottom = height - pad;

  top += draw_header (&ctx, pad, top, width - 2 * pad, (height - 2 * pad) * 0.35, &dropped);
  bottom -= draw_notes (&ctx, pad, bottom, width - 2 * pad, (height - 2 * pad) * 0.3, &dropped);
  draw_plot (&ctx, pad, top, width - 2 * pad, MAX (0, bottom - top), &dropped, focus_series, focus_category);

  if (layout != NULL)
    layout->dropped = dropped;
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

/* ----- export ---------------------------------------------------------- */

static gboolean
write_error (GError     **error,
             const char  *path,
             const char  *reason)
{
  g_autofree char *shown = g_filename_display_name (path);

  g_set_error (error, PROSPECT_CHART_ERROR, PROSPECT_CHART_ERROR_WRITE, "Could not write “%s”: %s.", shown, reason);
  return FALSE;
}

/**
 * prospect_chart_export:
 *
 * Writes the chart to PATH as PNG, SVG or PDF, by PATH's extension.  The
 * file is written under a temporary name beside PATH and renamed when
 * complete, so a failure never leaves a partial file.
 */
gboolean
prospect_chart_export (const ProspectChartData  *data,
                       const char               *path,
                       int                       width,
                       int                       height,
                       const ProspectChartTheme *theme,
                       GError                  **error)
{
  g_autofree char *lower = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *tmp = NULL;
  cairo_surface_t *surface = NULL;
  cairo_t *cr;
  cairo_status_t status;
  enum { PNG, SVG, PDF } format;
  int fd;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (theme != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  if (g_str_has_suffix (lower, ".png"))
    format = PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    format = SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    format = PDF;
  else
    {
      g_autofree char *shown = g_filename_display_name (path);

      g_set_error (error, PROSPECT_CHART_ERROR, PROSPECT_CHART_ERROR_INVALID,
                   "“%s” must end in .png, .svg or .pdf.", shown);
      return FALSE;
    }
  if (width < 1 || height < 1 || width > MAX_EXPORT_SIZE || height > MAX_EXPORT_SIZE)
    {
      g_set_error (error, PROSPECT_CHART_ERROR, PROSPECT_CHART_ERROR_INVALID,
                   "Width and height must be from 1 to %d pixels.", MAX_EXPORT_SIZE);
      return FALSE;
    }
  dir = g_path_get_dirname (path);
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    return write_error (error, path, "the folder does not exist");
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    return write_error (error, path, "it is a folder");

  tmp = g_strdup_printf ("%s.XXXXXX", path);
  fd = g_mkstemp_full (tmp, O_WRONLY, 0644);
  if (fd < 0)
    {
      int saved_errno = errno;

      return write_error (error, path, g_strerror (saved_errno));
    }
  close (fd);

  switch (format)
    {
    case SVG:
      surface = cairo_svg_surface_create (tmp, width, height);
      break;
    case PDF:
      surface = cairo_pdf_surface_create (tmp, width, height);
      break;
    case PNG:
    default:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      break;
    }
  cr = cairo_create (surface);
  prospect_chart_draw (cr, data, width, height, theme, -1, -1, NULL);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS && format == PNG)
    status = cairo_surface_write_to_png (surface, tmp);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_unlink (tmp);
      return write_error (error, path, cairo_status_to_string (status));
    }
  if (g_rename (tmp, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (tmp);
      return write_error (error, path, g_strerror (saved_errno));
    }
  return TRUE;
}
