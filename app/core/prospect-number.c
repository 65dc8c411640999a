/* prospect-number.c: a parser for numbers as people type them: "10,000",
 * "$10,000.50", "0.66%", "(2.27)", "0,66" where the decimal mark is a comma.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-number"

#include "config.h"

#include <glib/gi18n.h>

#include <locale.h>
#include <math.h>

#include "prospect-number.h"

G_DEFINE_QUARK (prospect-input-error-quark, prospect_input_error)

/* Anything longer is not a number anybody typed. */
#define MAX_TYPED_LENGTH 64

char
prospect_locale_decimal_point (void)
{
  const struct lconv *conv = localeconv ();

  if (conv != NULL && conv->decimal_point != NULL && conv->decimal_point[0] == ',')
    return ',';
  return '.';
}

static gboolean
is_space (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F || c == 0x2009;
}

/* "1,234,567": one to three digits, then groups of exactly three. */
static gboolean
valid_grouping (const char *digits,
                char        separator)
{
  g_auto(GStrv) groups = g_strsplit (digits, (char[]) { separator, 0 }, -1);
  guint n = g_strv_length (groups);

  if (n < 2)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      size_t len = strlen (groups[i]);

      if (len == 0 || (i == 0 && len > 3) || (i > 0 && len != 3))
        return FALSE;
    }
  return TRUE;
}

static gboolean
all_digits (const char *text)
{
  if (*text == '\0')
    return FALSE;
  for (; *text != '\0'; text++)
    if (!g_ascii_isdigit (*text))
      return FALSE;
  return TRUE;
}

static gboolean
all_digits_n (const char *text,
              size_t      n)
{
  if (n == 0)
    return FALSE;
  for (size_t i = 0; i < n; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

static void
remove_char (char *text,
             char  c)
{
  char *out = text;

  for (; *text != '\0'; text++)
    if (*text != c)
      *out++ = *text;
  *out = '\0';
}

static gboolean
not_a_number (const char  *text,
              GError     **error)
{
  g_autofree char *shown = g_utf8_make_valid (text, MIN (strlen (text), 24));

  g_set_error (error, PROSPECT_INPUT_ERROR, PROSPECT_INPUT_ERROR_NOT_A_NUMBER,
               _("“%s%s” is not a number."), shown, strlen (text) > 24 ? "…" : "");
  return FALSE;
}

/* DECIMAL_POINT is the locale's mark ('.' or ','); the other one is taken
 * as a thousands separator where the digits group in threes, and as the
 * decimal mark otherwise, so "0,66" and "10,000" both mean what they say. */
gboolean
prospect_parse_number (const char  *text,
                       char         decimal_point,
                       double      *value,
                       GError     **error)
{
  g_autoptr(GString) s = NULL;
  g_autofree char *body = NULL;
  char other = decimal_point == ',' ? '.' : ',';
  gboolean negative = FALSE;
  char *dot;
  char *end = NULL;
  double parsed;

  g_return_val_if_fail (value != NULL, FALSE);

  if (text == NULL || *text == '\0')
    {
      g_set_error_literal (error, PROSPECT_INPUT_ERROR, PROSPECT_INPUT_ERROR_EMPTY, _("Enter a number."));
      return FALSE;
    }
  if (strlen (text) > MAX_TYPED_LENGTH * 4 || !g_utf8_validate (text, -1, NULL))
    return not_a_number (text, error);

  /* Drop spaces (including no-break and thin spaces, which some locales
   * group thousands with) and turn the Unicode minus into '-'. */
  s = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_space (c))
        continue;
      if (c == 0x2212)
        c = '-';
      if (c > 0x7f)
        return not_a_number (text, error);
      g_string_append_c (s, (char) c);
    }
  if (s->len == 0)
    {
      g_set_error_literal (error, PROSPECT_INPUT_ERROR, PROSPECT_INPUT_ERROR_EMPTY, _("Enter a number."));
      return FALSE;
    }
  if (s->len > MAX_TYPED_LENGTH)
    return not_a_number (text, error);

  /* Accounting style: (2.27%) is negative. */
  if (s->str[0] == '(' && s->str[s->len - 1] == ')')
    {
      negative = TRUE;
      g_string_erase (s, s->len - 1, 1);
      g_string_erase (s, 0, 1);
    }
  if (s->len > 0 && s->str[s->len - 1] == '%')
    g_string_truncate (s, s->len - 1);
  for (int pass = 0; pass < 2; pass++)
    {
      if (s->len > 0 && (s->str[0] == '-' || s->str[0] == '+'))
        {
          if (s->str[0] == '-')
            {
              if (negative)
                return not_a_number (text, error);
              negative = TRUE;
            }
          g_string_erase (s, 0, 1);
        }
      if (s->len > 0 && s->str[0] == '$')
        g_string_erase (s, 0, 1);
    }

  body = g_strdup (s->str);
  dot = strchr (body, decimal_point);
  if (dot != NULL)
    {
      /* Integer part may be grouped with the other mark; the fraction not. */
      g_autofree char *fraction = g_strdup (dot + 1);

      *dot = '\0';
      if (strchr (fraction, decimal_point) != NULL || strchr (fraction, other) != NULL)
        return not_a_number (text, error);
      if (strchr (body, other) != NULL)
        {
          if (!valid_grouping (body, other))
            return not_a_number (text, error);
          remove_char (body, other);
        }
      if ((*body != '\0' && !all_digits (body)) || (*fraction != '\0' && !all_digits (fraction)) ||
          (*body == '\0' && *fraction == '\0'))
        return not_a_number (text, error);
      {
        char *joined = g_strconcat (body, ".", fraction, NULL);

        g_free (body);
        body = joined;
      }
    }
  else if (strchr (body, other) != NULL)
    {
      if (valid_grouping (body, other))
        remove_char (body, other);
      else
        {
          char *mark = strchr (body, other);

          /* A single mark that does not group in threes is a decimal mark
           * typed by someone used to the other convention. */
          if (strchr (mark + 1, other) != NULL)
            return not_a_number (text, error);
          *mark = '.';
          if ((mark != body && !all_digits_n (body, (size_t) (mark - body))) ||
              (mark[1] != '\0' && !all_digits (mark + 1)) || (mark == body && mark[1] == '\0'))
            return not_a_number (text, error);
        }
    }
  else if (!all_digits (body))
    return not_a_number (text, error);

  parsed = g_ascii_strtod (body, &end);
  if (end == NULL || *end != '\0' || !isfinite (parsed))
    return not_a_number (text, error);

  *value = negative ? -parsed : parsed;
  return TRUE;
}

static char *
format_bound (double       value,
              ProspectUnit unit)
{
  switch (unit)
    {
    case PROSPECT_UNIT_DOLLARS:
      {
        double whole = floor (fabs (value));
        g_autofree char *digits = g_strdup_printf ("%.0f", whole);
        g_autoptr(GString) grouped = g_string_new (value < 0 ? "−$" : "$");
        size_t len = strlen (digits);

        for (size_t i = 0; i < len; i++)
          {
            if (i > 0 && (len - i) % 3 == 0)
              g_string_append_c (grouped, ',');
            g_string_append_c (grouped, digits[i]);
          }
        /* A bound in cents ($0.01) is shown in cents, never rounded to a
         * whole dollar that the bound itself excludes. */
        if (fabs (value) != whole)
          g_string_append_printf (grouped, ".%02.0f", round ((fabs (value) - whole) * 100));
        return g_string_free (g_steal_pointer (&grouped), FALSE);
      }
    case PROSPECT_UNIT_PERCENT:
      return value < 0 ? g_strdup_printf ("−%g%%", -value) : g_strdup_printf ("%g%%", value);
    case PROSPECT_UNIT_YEARS:
    default:
      return g_strdup_printf ("%g", value);
    }
}

char *
prospect_format_range (const ProspectFieldSpec *spec)
{
  g_autofree char *min = format_bound (spec->min, spec->unit);
  g_autofree char *max = format_bound (spec->max, spec->unit);

  if (spec->min_exclusive)
    return g_strdup_printf ("more than %s and at most %s%s", min, max,
                            spec->unit == PROSPECT_UNIT_YEARS ? " years" : "");
  return g_strdup_printf ("from %s to %s%s", min, max, spec->unit == PROSPECT_UNIT_YEARS ? " years" : "");
}

gboolean
prospect_parse_field (const char               *text,
                      const ProspectFieldSpec  *spec,
                      double                   *value,
                      GError                  **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *range = NULL;
  double parsed = 0;

  g_return_val_if_fail (spec != NULL && spec->name != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  range = prospect_format_range (spec);
  if (!prospect_parse_number (text, prospect_locale_decimal_point (), &parsed, &local_error))
    {
      if (g_error_matches (local_error, PROSPECT_INPUT_ERROR, PROSPECT_INPUT_ERROR_EMPTY))
        g_set_error (error, PROSPECT_INPUT_ERROR, PROSPECT_INPUT_ERROR_EMPTY,
                     _("%s is empty: enter a number %s."), spec->name, range);
      else
        g_set_error (error, PROSPECT_INPUT_ERROR, PROSPECT_INPUT_ERROR_NOT_A_NUMBER,
                     _("%s: %s Enter a number %s."), spec->name, local_error->message, range);
      return FALSE;
    }

  if (parsed < spec->min || (spec->min_exclusive && parsed == spec->min) || parsed > spec->max ||
      (spec->whole && parsed != floor (parsed)))
    {
      g_set_error (error, PROSPECT_INPUT_ERROR, PROSPECT_INPUT_ERROR_OUT_OF_RANGE,
                   _("%s must be %s%s."), spec->name, spec->whole ? "a whole number " : "", range);
      return FALSE;
    }
  *value = parsed;
  return TRUE;
}

/**
 * prospect_parse_list:
 *
 * Parses "5, 4, 3" or "5; 4; 3" (where a comma is the decimal mark, only
 * semicolons and spaces separate) into VALUES, each checked against SPEC.
 * An empty text is an empty list.
 */
gboolean
prospect_parse_list (const char               *text,
                     const ProspectFieldSpec  *spec,
                     double                   *values,
                     guint                     max_values,
                     guint                    *n_values,
                     GError                  **error)
{
  const char *separators = prospect_locale_decimal_point () == ',' ? "; \t" : ",; \t";
  g_auto(GStrv) parts = NULL;
  guint n = 0;

  g_return_val_if_fail (spec != NULL && values != NULL && n_values != NULL, FALSE);

  *n_values = 0;
  if (text == NULL)
    return TRUE;
  if (strlen (text) > MAX_TYPED_LENGTH * 64)
    return not_a_number (text, error);
  parts = g_strsplit_set (text, separators, -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (*parts[i] == '\0')
        continue;
      if (n >= max_values)
        {
          g_set_error (error, PROSPECT_INPUT_ERROR, PROSPECT_INPUT_ERROR_OUT_OF_RANGE,
                       _("%s: give at most %u values."), spec->name, max_values);
          return FALSE;
        }
      if (!prospect_parse_field (parts[i], spec, &values[n], error))
        return FALSE;
      n++;
    }
  *n_values = n;
  return TRUE;
}
