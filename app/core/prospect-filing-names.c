/* prospect-filing-names.c: what a filing's series, classes and rows are
 * called, where its labels are, and the checks on figures kept as filed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-filing"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "prospect-filing-facts.h"

/**
 * prospect_filing_readable_member:
 *
 * A member's name made readable: "Russell1000ValueIndexMember" →
 * "Russell 1000 Value Index", "MSCIEAFEIndexMember" → "MSCI EAFE Index".
 */
char *
prospect_filing_readable_member (const char *member)
{
  g_autofree char *stem = g_strdup (member);
  GString *out = g_string_new (NULL);
  gsize length;

  if (g_str_has_suffix (stem, "Member"))
    stem[strlen (stem) - strlen ("Member")] = '\0';
  length = strlen (stem);
  /* An SEC identifier, "C000006333", reads best as it is. */
  if (length == 10 && (stem[0] == 'C' || stem[0] == 'S') && strspn (stem + 1, "0123456789") == 9)
    {
      g_string_free (out, TRUE);
      return g_steal_pointer (&stem);
    }
  for (gsize i = 0; i < length; i++)
    {
      char c = stem[i];
      char before = i > 0 ? stem[i - 1] : '\0';
      char after = stem[i + 1];
      gboolean boundary = i > 0
                          && ((g_ascii_isupper (c) && g_ascii_islower (before))
                              || (g_ascii_isdigit (c) && g_ascii_isalpha (before))
                              || (g_ascii_isalpha (c) && g_ascii_isdigit (before))
                              || (g_ascii_isupper (c) && g_ascii_isupper (before) && g_ascii_islower (after)));

      if (c == '_')
        c = ' ';
      if (boundary && out->len > 0 && out->str[out->len - 1] != ' ')
        g_string_append_c (out, ' ');
      g_string_append_c (out, c);
    }
  return g_string_free (out, FALSE);
}

/* "C000006333Member" → "C000006333": the SEC's own identifier, when the
 * member is named by it. */
static char *
sec_identifier (const char *member,
                char        letter)
{
  gsize length = strlen (member);

  if (length != 10 + strlen ("Member") || member[0] != letter || !g_str_has_suffix (member, "Member"))
    return NULL;
  for (gsize i = 1; i < 10; i++)
    if (!g_ascii_isdigit (member[i]))
      return NULL;
  return g_strndup (member, 10);
}

char *
prospect_filing_source_title (const ProspectFiling *filing)
{
  GString *title = g_string_new (filing->registrant != NULL ? filing->registrant : _("Unnamed registrant"));

  g_string_append_printf (title, ", %s", filing->form_type != NULL ? filing->form_type : _("prospectus filing"));
  if (filing->period_end != NULL)
    g_string_append_printf (title, _(", period ending %s"), filing->period_end);
  if (filing->accession != NULL)
    g_string_append_printf (title, _(", accession %s"), filing->accession);
  if (filing->file_name != NULL)
    g_string_append_printf (title, " (%s)", filing->file_name);
  return g_string_free (title, FALSE);
}

static int
compare_years (gconstpointer a,
               gconstpointer b)
{
  return ((const ProspectAnnualReturn *) a)->year - ((const ProspectAnnualReturn *) b)->year;
}

/* "Delaware Value Fund seeks long-term capital appreciation." names the
 * fund when nothing else does. */
static char *
name_from_objective (const char *objective)
{
  const char *seeks = objective != NULL ? strstr (objective, " seeks ") : NULL;

  if (seeks == NULL || seeks == objective || seeks - objective > 100 || !g_ascii_isupper (*objective)
      || memchr (objective, '\n', seeks - objective) != NULL)
    return NULL;
  if (g_str_has_prefix (objective, "The ") && seeks - objective <= 8)
    return NULL;
  return g_strndup (objective, seeks - objective);
}

static void
name_rows (GHashTable *labels,
           GPtrArray  *rows)
{
  for (guint i = 0; i < rows->len; i++)
    {
      ProspectFilingRow *row = g_ptr_array_index (rows, i);
      const char *label = labels != NULL ? g_hash_table_lookup (labels, row->member) : NULL;

      if (row->kind == PROSPECT_FILING_ROW_AFTER_TAXES_ON_DISTRIBUTIONS)
        row->name = g_strdup (_("Return after taxes on distributions"));
      else if (row->kind == PROSPECT_FILING_ROW_AFTER_TAXES_ON_SALES)
        row->name = g_strdup (_("Return after taxes on distributions and sale of fund shares"));
      else
        row->name = label != NULL ? g_strdup (label) : prospect_filing_readable_member (row->member);
    }
}

void
_prospect_filing_name_everything (ProspectFiling *filing,
                                  GHashTable     *labels,
                                  GHashTable     *tickers,
                                  GHashTable     *class_names)
{
  for (guint s = 0; s < filing->series->len; s++)
    {
      ProspectFilingSeries *series = g_ptr_array_index (filing->series, s);
      const char *label = labels != NULL ? g_hash_table_lookup (labels, series->member) : NULL;

      series->sec_id = sec_identifier (series->member, 'S');
      if (label != NULL)
        series->name = g_strdup (label);
      if (series->name == NULL)
        series->name = name_from_objective (series->objective);
      if (series->name == NULL && filing->registrant != NULL && filing->series->len == 1)
        series->name = g_strdup (filing->registrant);
      if (series->name == NULL)
        series->name = *series->member != '\0' ? prospect_filing_readable_member (series->member)
                                                : g_strdup (_("Unnamed fund"));
      name_rows (labels, series->indexes);

      for (guint c = 0; c < series->classes->len; c++)
        {
          ProspectFilingClass *klass = g_ptr_array_index (series->classes, c);
          const char *class_label = labels != NULL ? g_hash_table_lookup (labels, klass->member) : NULL;
          const char *class_name = g_hash_table_lookup (class_names, klass->member);

          klass->sec_id = sec_identifier (klass->member, 'C');
          klass->ticker = g_strdup (g_hash_table_lookup (tickers, klass->member));
          if (class_name != NULL)
            klass->name = g_strdup (class_name);
          else if (class_label != NULL)
            klass->name = g_strdup (class_label);
          else if (klass->ticker != NULL)
            klass->name = g_strdup (klass->ticker);
          else
            klass->name = prospect_filing_readable_member (klass->member);
          name_rows (labels, klass->after_tax);
          g_array_sort (klass->annual, compare_years);
        }
    }
}

/* A year that lost money had a quarter that did: a worst quarter given as
 * a gain beside a losing year has lost its minus sign in the filing.  The
 * figure is kept as filed, and the preview says so. */
void
_prospect_filing_check_quarters (ProspectFiling *filing)
{
  for (guint s = 0; s < filing->series->len; s++)
    {
      ProspectFilingSeries *series = g_ptr_array_index (filing->series, s);

      for (guint c = 0; c < series->classes->len; c++)
        {
          ProspectFilingClass *klass = g_ptr_array_index (series->classes, c);
          gboolean losing_year = FALSE;

          for (guint i = 0; i < klass->annual->len; i++)
            losing_year |= g_array_index (klass->annual, ProspectAnnualReturn, i).return_pct < 0;
          if (losing_year && !isnan (klass->worst_quarter) && klass->worst_quarter > 0)
            g_ptr_array_add (filing->warnings,
                             g_strdup_printf (_("%s: the lowest quarterly return is given as %.2f%%, a gain, though "
                                                "the bar chart has a losing year; the filing probably lacks its "
                                                "minus sign. It is kept as filed."), klass->name,
                                              klass->worst_quarter));
        }
    }
}

/* "0000950123-24-000123" in a file name such as
 * "0000950123-24-000123.htm" or "000095012324000123-index.htm". */
char *
_prospect_filing_accession (const char *name)
{
  for (const char *p = name; *p != '\0'; p++)
    {
      int a, b, c;
      char tail[2];

      if (strlen (p) >= 20 && sscanf (p, "%10d-%2d-%6d%1[^0-9]", &a, &b, &c, tail) >= 3 && g_ascii_isdigit (p[0])
          && p[10] == '-' && p[13] == '-')
        return g_strndup (p, 20);
    }
  return NULL;
}

GHashTable *
_prospect_filing_labels_beside (const char *path,
                                const char *schema)
{
  g_autofree char *dir = NULL;
  g_autofree char *schema_path = NULL;

  /* Only a file named plainly, beside the filing: never a URL or another folder. */
  if (schema == NULL || *schema == '\0' || *schema == '.' || strpbrk (schema, "/\\:") != NULL)
    return NULL;
  dir = g_path_get_dirname (path);
  schema_path = g_build_filename (dir, schema, NULL);
  if (!g_file_test (schema_path, G_FILE_TEST_IS_REGULAR))
    {
      /* Saved from EDGAR under another name, the schema keeps the filing's. */
      g_autofree char *base = g_path_get_basename (path);
      char *dot = strrchr (base, '.');

      if (dot != NULL)
        *dot = '\0';
      g_free (schema_path);
      schema_path = g_strdup_printf ("%s%s%s.xsd", dir, G_DIR_SEPARATOR_S, base);
      if (!g_file_test (schema_path, G_FILE_TEST_IS_REGULAR))
        return NULL;
    }
  return _prospect_filing_read_labels (schema_path);
}
