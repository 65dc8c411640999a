/* prospect-highlight-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-highlight-row"

#include "config.h"

#include <math.h>

#include "prospect-format.h"
#include "prospect-highlight-row.h"

struct _ProspectHighlightRow
{
  GObject parent_instance;

  int      line;          /* 0 for a group heading */
  char    *label;         /* with its footnote marks */
  char    *kind;
  GArray  *values;        /* double, in the table's year order */
  GPtrArray *marks;       /* char *, per value */
};

G_DEFINE_FINAL_TYPE (ProspectHighlightRow, prospect_highlight_row, G_TYPE_OBJECT)

static void
prospect_highlight_row_finalize (GObject *object)
{
  ProspectHighlightRow *self = (ProspectHighlightRow *) object;

  g_free (self->label);
  g_free (self->kind);
  g_clear_pointer (&self->values, g_array_unref);
  g_clear_pointer (&self->marks, g_ptr_array_unref);

  G_OBJECT_CLASS (prospect_highlight_row_parent_class)->finalize (object);
}

static void
prospect_highlight_row_class_init (ProspectHighlightRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = prospect_highlight_row_finalize;
}

static void
prospect_highlight_row_init (ProspectHighlightRow *self)
{
  self->values = g_array_new (FALSE, FALSE, sizeof (double));
  self->marks = g_ptr_array_new_with_free_func (g_free);
}

/* "1" → "⁽¹⁾", as the document prints footnote marks. */
char *
prospect_format_marks (const char *marks)
{
  static const char * const superscripts[] = { "⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹" };
  g_autoptr(GString) out = g_string_new (NULL);

  if (marks == NULL || *marks == '\0')
    return g_strdup ("");
  g_string_append (out, "⁽");
  for (const char *p = marks; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      g_string_append (out, superscripts[*p - '0']);
    else
      g_string_append_c (out, *p);
  g_string_append (out, "⁾");
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * prospect_highlight_rows_new:
 *
 * Returns: (transfer full): a #GListModel of #ProspectHighlightRow, with a
 *   heading row before each group of lines, as the table is printed
 */
GListModel *
prospect_highlight_rows_new (const ProspectHighlights *h)
{
  GListStore *store = g_list_store_new (PROSPECT_TYPE_HIGHLIGHT_ROW);
  const char *group = NULL;

  g_return_val_if_fail (h != NULL, G_LIST_MODEL (store));

  for (guint l = 0; l < h->lines->len; l++)
    {
      const ProspectHighlightLine *line = g_ptr_array_index (h->lines, l);
      g_autoptr(ProspectHighlightRow) row = g_object_new (PROSPECT_TYPE_HIGHLIGHT_ROW, NULL);
      g_autofree char *marks = prospect_format_marks (line->marks);

      if (line->group_label != NULL && g_strcmp0 (line->group_label, group) != 0)
        {
          g_autoptr(ProspectHighlightRow) heading = g_object_new (PROSPECT_TYPE_HIGHLIGHT_ROW, NULL);

          heading->label = g_strdup (line->group_label);
          heading->kind = g_strdup ("group");
          g_list_store_append (store, heading);
        }
      group = line->group_label;

      row->line = line->line;
      row->label = g_strdup_printf ("%d. %s%s%s", line->line, line->label, *marks ? " " : "", marks);
      row->kind = g_strdup (line->kind);
      for (guint y = 0; y < h->years->len; y++)
        {
          guint i = y * h->lines->len + l;
          double value = h->values[i];

          g_array_append_val (row->values, value);
          g_ptr_array_add (row->marks, g_strdup (h->value_marks[i]));
        }
      g_list_store_append (store, row);
    }
  return G_LIST_MODEL (store);
}

int
prospect_highlight_row_get_line (ProspectHighlightRow *self)
{
  g_return_val_if_fail (PROSPECT_IS_HIGHLIGHT_ROW (self), 0);
  return self->line;
}

gboolean
prospect_highlight_row_is_group (ProspectHighlightRow *self)
{
  g_return_val_if_fail (PROSPECT_IS_HIGHLIGHT_ROW (self), FALSE);
  return self->line == 0;
}

const char *
prospect_highlight_row_get_label (ProspectHighlightRow *self)
{
  g_return_val_if_fail (PROSPECT_IS_HIGHLIGHT_ROW (self), NULL);
  return self->label;
}

guint
prospect_highlight_row_get_n_years (ProspectHighlightRow *self)
{
  g_return_val_if_fail (PROSPECT_IS_HIGHLIGHT_ROW (self), 0);
  return self->values->len;
}

double
prospect_highlight_row_get_value (ProspectHighlightRow *self,
                                  guint                 year_index)
{
  g_return_val_if_fail (PROSPECT_IS_HIGHLIGHT_ROW (self), NAN);
  if (year_index >= self->values->len)
    return NAN;
  return g_array_index (self->values, double, year_index);
}

/* As printed: $27.91 on the net asset value lines, (1.22) for a loss, a
 * dash for none, percentages with two decimals (turnover with none), and
 * thousands with separators. */
char *
prospect_highlight_row_format_value (ProspectHighlightRow *self,
                                     guint                 year_index)
{
  double value;
  g_autofree char *marks = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (PROSPECT_IS_HIGHLIGHT_ROW (self), NULL);

  if (self->line == 0 || year_index >= self->values->len)
    return g_strdup ("");
  value = g_array_index (self->values, double, year_index);
  if (isnan (value))
    return g_strdup ("—");
  marks = prospect_format_marks (g_ptr_array_index (self->marks, year_index));

  if (g_strcmp0 (self->kind, "percent") == 0)
    text = prospect_format_percent (value, self->line == 18 ? 0 : 2, PROSPECT_NEGATIVE_PARENTHESES);
  else if (g_strcmp0 (self->kind, "thousands") == 0)
    text = prospect_format_money (value, 0, PROSPECT_NEGATIVE_PARENTHESES);
  else if (self->line == 1 || self->line == 11)
    text = prospect_format_money (value, 2, PROSPECT_NEGATIVE_PARENTHESES);
  else
    {
      g_autofree char *digits = prospect_format_grouped (value, 2);

      text = value < 0 && g_strcmp0 (digits, "0.00") != 0
        ? g_strdup_printf ("(%s)", digits) : g_strdup (digits);
    }
  if (*marks == '\0')
    return g_steal_pointer (&text);
  return g_strdup_printf ("%s %s", text, marks);
}
