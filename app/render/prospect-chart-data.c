/* prospect-chart-data.c: the data a chart shows (categories, series with
 * their sources, notes) and its description in words.  Drawing it is
 * prospect-chart-draw.c.
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
#include "prospect-returns.h"

G_DEFINE_QUARK (prospect-chart-error-quark, prospect_chart_error)
G_DEFINE_BOXED_TYPE (ProspectChartData, prospect_chart_data, prospect_chart_data_ref, prospect_chart_data_unref)


/* ----- data ------------------------------------------------------------ */

static void
series_free (ProspectChartSeries *series)
{
  g_free (series->name);
  g_array_unref (series->values);
  g_ptr_array_unref (series->sources);
  g_clear_pointer (&series->x_values, g_array_unref);
  g_free (series);
}

static void
data_clear (ProspectChartData *data)
{
  g_free (data->title);
  g_free (data->subtitle);
  g_free (data->x_title);
  g_free (data->y_title);
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
  data->decimals = format == PROSPECT_VALUE_DOLLARS ? 0 : 2;
  data->value_labels = kind == PROSPECT_CHART_BARS;
  data->title = g_strdup (title);
  data->categories = g_ptr_array_new_with_free_func (g_free);
  data->series = g_ptr_array_new_with_free_func ((GDestroyNotify) series_free);
  data->notes = g_ptr_array_new_with_free_func (g_free);
  data->versus_series = -1;
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

/* For a scatter chart: where across the category's point sits. */
void
prospect_chart_series_set_x (ProspectChartSeries *series,
                             guint                category,
                             double               x)
{
  g_return_if_fail (series != NULL);
  g_return_if_fail (category < series->values->len);

  if (series->x_values == NULL)
    series->x_values = g_array_new (FALSE, FALSE, sizeof (double));
  while (series->x_values->len < series->values->len)
    {
      double missing = NAN;

      g_array_append_val (series->x_values, missing);
    }
  g_array_index (series->x_values, double, category) = x;
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
  if (data->format == PROSPECT_VALUE_POINTS)
    {
      double rounded = prospect_round_half_up (fabs (value), data->decimals);

      if (!isfinite (value))
        return g_strdup ("—");
      return g_strdup_printf ("%s%.*f", rounded == 0 ? "" : value > 0 ? "+" : "−", data->decimals, rounded);
    }
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
  g_autoptr(GString) text = NULL;

  g_return_val_if_fail (data != NULL, NULL);
  if (series >= data->series->len || category >= data->categories->len)
    return NULL;

  s = g_ptr_array_index (data->series, series);
  value = prospect_chart_format_value (data, prospect_chart_data_get_value (data, series, category));
  source = g_ptr_array_index (s->sources, category);
  text = g_string_new (NULL);
  g_string_append_printf (text, "%s, %s: %s", s->name, (const char *) g_ptr_array_index (data->categories, category),
                          value);
  /* An index's bar also says how far the fund was above or below it. */
  if (data->versus_series >= 0 && (guint) data->versus_series < data->series->len && (int) series != data->versus_series)
    {
      const ProspectChartSeries *fund = g_ptr_array_index (data->series, data->versus_series);
      double difference = prospect_return_difference (prospect_chart_data_get_value (data, data->versus_series, category),
                                                      prospect_chart_data_get_value (data, series, category));

      if (!isnan (difference))
        g_string_append_printf (text, "\n%s − %s: %s%.2f percentage points", fund->name, s->name,
                                difference > 0 ? "+" : difference < 0 ? "−" : "", fabs (difference));
    }
  /* A scatter point also says where across it sits. */
  if (data->kind == PROSPECT_CHART_SCATTER && s->x_values != NULL && category < s->x_values->len)
    {
      ProspectChartData copy = *data;
      g_autofree char *x = NULL;

      copy.format = data->x_format;
      x = prospect_chart_format_value (&copy, g_array_index (s->x_values, double, category));
      g_string_append_printf (text, "\n%s: %s", data->x_title != NULL ? data->x_title : "Across", x);
    }
  if (source != NULL)
    g_string_append_printf (text, "\nSource: %s", source);
  return g_string_free (g_steal_pointer (&text), FALSE);
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
