/* prospect-format.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-format"

#include "config.h"

#include <glib/gi18n.h>

#include <locale.h>
#include <math.h>

#include "prospect-format.h"
#include "prospect-returns.h"

/* The locale's marks, so a reader sees 10.000,50 where that is the custom;
 * where the locale names no thousands separator (the C locale) a comma,
 * as the prospectus prints. */
static void
locale_marks (const char **decimal_point,
              const char **thousands)
{
  const struct lconv *conv = localeconv ();

  *decimal_point = conv != NULL && conv->decimal_point != NULL && *conv->decimal_point != '\0'
                     ? conv->decimal_point : ".";
  *thousands = conv != NULL && conv->thousands_sep != NULL && *conv->thousands_sep != '\0'
                 ? conv->thousands_sep : (g_str_equal (*decimal_point, ",") ? "." : ",");
}

/* Digits of |value| rounded half-up, with thousands separators. */
char *
prospect_format_grouped (double value,
                         int    decimals)
{
  g_autofree char *digits = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  const char *point;
  const char *decimal_mark, *thousands;
  size_t int_len;

  if (!isfinite (value))
    return g_strdup ("—");

  locale_marks (&decimal_mark, &thousands);
  {
    char buffer[G_ASCII_DTOSTR_BUF_SIZE];

    /* Formatted in the C locale, then given the reader's marks. */
    g_ascii_formatd (buffer, sizeof buffer, decimals == 0 ? "%.0f" : decimals == 1 ? "%.1f"
                                           : decimals == 2 ? "%.2f" : decimals == 3 ? "%.3f" : "%.4f",
                     prospect_round_half_up (fabs (value), decimals));
    digits = g_strdup (buffer);
  }
  point = strchr (digits, '.');
  int_len = point != NULL ? (size_t) (point - digits) : strlen (digits);
  for (size_t i = 0; i < int_len; i++)
    {
      if (i > 0 && (int_len - i) % 3 == 0)
        g_string_append (out, thousands);
      g_string_append_c (out, digits[i]);
    }
  if (point != NULL)
    {
      g_string_append (out, decimal_mark);
      g_string_append (out, point + 1);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
shows_as_negative (double value,
                   int    decimals)
{
  return prospect_round_half_up (value, decimals) < 0;
}

char *
prospect_format_money (double                value,
                       int                   decimals,
                       ProspectNegativeStyle style)
{
  g_autofree char *digits = prospect_format_grouped (value, decimals);

  if (!isfinite (value))
    return g_steal_pointer (&digits);
  if (!shows_as_negative (value, decimals))
    return g_strdup_printf ("$%s", digits);
  if (style == PROSPECT_NEGATIVE_PARENTHESES)
    return g_strdup_printf ("$(%s)", digits);
  return g_strdup_printf ("−$%s", digits);
}

char *
prospect_format_percent (double                value_pct,
                         int                   decimals,
                         ProspectNegativeStyle style)
{
  g_autofree char *digits = prospect_format_grouped (value_pct, decimals);

  if (!isfinite (value_pct))
    return g_steal_pointer (&digits);
  if (!shows_as_negative (value_pct, decimals))
    return g_strdup_printf ("%s%%", digits);
  if (style == PROSPECT_NEGATIVE_PARENTHESES)
    return g_strdup_printf ("(%s%%)", digits);
  return g_strdup_printf ("−%s%%", digits);
}

/* "1993-09-13" → "9/13/93" is how the document prints it, but a reader
 * outside the US is better served by "September 13, 1993". */
char *
prospect_format_date (const char *iso_date)
{
  static const char * const months[] = {
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
  };
  GDate date;

  if (!prospect_parse_iso_date (iso_date, &date))
    return g_strdup (iso_date != NULL ? iso_date : "—");
  return g_strdup_printf ("%s %d, %d", months[g_date_get_month (&date) - 1], g_date_get_day (&date),
                          g_date_get_year (&date));
}

char *
prospect_source_describe (const ProspectSource *source)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (source == NULL)
    return NULL;
  if (source->document != NULL)
    g_string_append (text, source->document);
  if (source->section != NULL)
    g_string_append_printf (text, "%s%s", text->len > 0 ? ", " : "", source->section);
  if (source->as_of != NULL)
    {
      g_autofree char *date = prospect_format_date (source->as_of);

      g_string_append_printf (text, "%sas of %s", text->len > 0 ? "; " : "", date);
    }
  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

/**
 * prospect_format_quarters:
 * @quarters: (element-type ProspectQuarterReturn)
 *
 * Returns: (nullable): "Best quarter: 15.32% (June 30, 2020).  Worst
 *   quarter: …", as a prospectus states them beside its bar chart; NULL
 *   when there are none.
 */
char *
prospect_format_quarters (const GArray *quarters)
{
  static const char *const labels[] = {
    [PROSPECT_QUARTER_BEST] = N_("Best quarter"),
    [PROSPECT_QUARTER_WORST] = N_("Worst quarter"),
    [PROSPECT_QUARTER_YEAR_TO_DATE] = N_("Year to date"),
  };
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; quarters != NULL && i < quarters->len; i++)
    {
      const ProspectQuarterReturn *q = &g_array_index (quarters, ProspectQuarterReturn, i);
      g_autofree char *value = prospect_format_percent (q->return_pct, 2, PROSPECT_NEGATIVE_PARENTHESES);
      g_autofree char *date = q->dated != NULL ? prospect_format_date (q->dated) : NULL;

      g_string_append_printf (text, "%s%s: %s", text->len > 0 ? "  " : "", _(labels[q->kind]), value);
      if (date != NULL)
        g_string_append_printf (text, q->kind == PROSPECT_QUARTER_YEAR_TO_DATE ? _(" (to %s)") : _(" (quarter ended %s)"),
                                date);
      g_string_append_c (text, '.');
    }
  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}
