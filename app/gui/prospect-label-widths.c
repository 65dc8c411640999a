/* prospect-label-widths.c: a wrapped label's least width found from its
 * text laid out once.
 *
 * Asked how narrow it can be, GTK 4.8's GtkLabel lays its text out at a
 * width of nothing: one word a line (one character a line for rows'
 * subtitles, which may break words), and Pango shapes the rest of the
 * paragraph again for every line it breaks.  For a 50-character row
 * subtitle that took about a millisecond, for a 2,600-character paragraph
 * four, and it was most of the text layout in a page's first frame
 * (Compare: some 30 ms; bench/ui-latency, HACKING.md).
 *
 * The same width follows from the text laid out on one line, which GTK
 * lays out anyway for the natural width: the widest word, or, where words
 * may break, the widest character with the hyphen Pango adds at such a
 * break.  Labels this does not cover (ellipsized, or with width-chars or
 * max-width-chars, or asked for a width at a given height) are measured by
 * GTK as before.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-label-widths"

#include "config.h"

#include "prospect-label-widths.h"
#include "prospect-testing.h"

typedef void (*MeasureFunc) (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline);

static MeasureFunc gtk_label_measure;

/* The width, in Pango units, of the hyphen Pango sets at a break inside a
 * word, in LAYOUT's font. */
static int
hyphen_width (PangoLayout *layout)
{
  g_autoptr(PangoLayout) hyphen = pango_layout_copy (layout);
  int width;

  pango_layout_set_attributes (hyphen, NULL);
  pango_layout_set_text (hyphen, "-", 1);
  pango_layout_get_size (hyphen, &width, NULL);
  return width;
}

/* The least width, in Pango units, of LAYOUT (laid out without a width)
 * when every line is broken where WRAP allows. */
static int
least_width (PangoLayout  *layout,
             PangoWrapMode wrap)
{
  const char *text = pango_layout_get_text (layout);
  int n_chars = g_utf8_strlen (text, -1), n_attrs;
  const PangoLogAttr *attrs = pango_layout_get_log_attrs_readonly (layout, &n_attrs);
  g_autofree int *widths = g_new0 (int, n_chars + 1);
  int widest_word = 0, widest_char = 0, word = 0, trailing_white = 0, character = 0;

  /* Each character's advance, from the runs of the laid-out lines. */
  for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
    for (GSList *r = ((PangoLayoutLine *) l->data)->runs; r != NULL; r = r->next)
      {
        PangoGlyphItem *run = r->data;
        int first = g_utf8_pointer_to_offset (text, text + run->item->offset);
        g_autofree int *run_widths = g_new0 (int, run->item->num_chars);

        pango_glyph_item_get_logical_widths (run, text, run_widths);
        for (int i = 0; i < run->item->num_chars && first + i < n_chars; i++)
          widths[first + i] = run_widths[i];
      }

  for (int i = 0; i < n_chars && i < n_attrs; i++)
    {
      if (i > 0 && attrs[i].is_line_break)
        {
          widest_word = MAX (widest_word, word - trailing_white);
          word = trailing_white = 0;
        }
      if (attrs[i].is_cursor_position && i > 0)
        {
          widest_char = MAX (widest_char, character);
          character = 0;
        }
      word += widths[i];
      character += widths[i];
      trailing_white = attrs[i].is_white ? trailing_white + widths[i] : 0;
    }
  widest_word = MAX (widest_word, word - trailing_white);
  widest_char = MAX (widest_char, character);

  if (wrap == PANGO_WRAP_WORD)
    return widest_word;
  return MIN (widest_word, widest_char + hyphen_width (layout));
}

static gboolean
measured_here (GtkLabel      *label,
               GtkOrientation orientation,
               int            for_size)
{
  return orientation == GTK_ORIENTATION_HORIZONTAL && for_size < 0 && gtk_label_get_wrap (label) &&
         gtk_label_get_ellipsize (label) == PANGO_ELLIPSIZE_NONE && gtk_label_get_width_chars (label) < 0 &&
         gtk_label_get_max_width_chars (label) < 0;
}

static void
measure_from_one_line (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  GtkLabel *label = GTK_LABEL (widget);
  g_autoptr(PangoLayout) line = NULL;
  int width;

  if (!measured_here (label, orientation, for_size))
    {
      gtk_label_measure (widget, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
      return;
    }
  line = pango_layout_copy (gtk_label_get_layout (label));
  pango_layout_set_width (line, -1);
  pango_layout_get_size (line, &width, NULL);
  *natural = PANGO_PIXELS_CEIL (width);
  *minimum = MIN (PANGO_PIXELS_CEIL (least_width (line, gtk_label_get_wrap_mode (label))), *natural);
}

void
prospect_label_widths_install (void)
{
  GtkWidgetClass *label_class;

  if (gtk_label_measure != NULL)
    return;
  label_class = g_type_class_ref (GTK_TYPE_LABEL);
  gtk_label_measure = label_class->measure;
  label_class->measure = measure_from_one_line;
}

gboolean
prospect_label_widths_is_installed (void)
{
  return gtk_label_measure != NULL;
}

/* What GTK itself measures, for the tests to compare with. */
void
prospect_label_widths_measure_by_gtk (GtkLabel *label,
                                      int      *minimum,
                                      int      *natural)
{
  int minimum_baseline = -1, natural_baseline = -1;

  g_return_if_fail (gtk_label_measure != NULL);
  gtk_label_measure (GTK_WIDGET (label), GTK_ORIENTATION_HORIZONTAL, -1, minimum, natural, &minimum_baseline,
                     &natural_baseline);
}
