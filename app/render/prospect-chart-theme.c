/* prospect-chart-theme.c: the chart themes (light, dark, high contrast, print)
 * and the 1-2-5 axis ticks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-chart"

#include "config.h"

#include <math.h>

#include "prospect-chart-data.h"

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
