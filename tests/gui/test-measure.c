/* test-measure.c: how Prospect measures widgets where GTK 4.8 was slow
 * (prospect-box-widths.c, prospect-label-widths.c): boxes answer widths
 * without a height, and a wrapped label's least width comes from its text
 * laid out once, the same as GTK finds by laying it out a word a line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "gui-test.h"
#include "prospect-box-widths.h"
#include "prospect-label-widths.h"
#include "prospect-testing.h"

/* Measured across, a box asks its children for their widths with no height
 * given, whatever height it is offered (prospect-box-widths.c: GTK 4.8
 * would have every wrapped label search for the width that fits a height);
 * measured down, a box is as GTK made it. */
static void
test_box_widths (void)
{
  GtkWidget *column = g_object_ref_sink (gtk_box_new (GTK_ORIENTATION_VERTICAL, 0));
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *note = gtk_label_new ("Past performance does not guarantee future results. Fees and expenses are "
                                   "only one of several factors to consider when you make investment decisions.");
  GtkWidget *title = gtk_label_new ("Fund expenses, as a percentage of the fund's average daily net assets");
  GtkWidget *button = gtk_button_new_with_label ("Details");
  int note_min, note_nat, title_min, title_nat, button_min, button_nat;
  int min, nat, min_for_height, nat_for_height, narrow, wide;

  g_assert_true (prospect_box_widths_is_installed ());
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_box_append (GTK_BOX (row), note);
  gtk_box_append (GTK_BOX (row), button);
  gtk_box_append (GTK_BOX (column), title);
  gtk_box_append (GTK_BOX (column), row);

  gtk_widget_measure (note, GTK_ORIENTATION_HORIZONTAL, -1, &note_min, &note_nat, NULL, NULL);
  gtk_widget_measure (title, GTK_ORIENTATION_HORIZONTAL, -1, &title_min, &title_nat, NULL, NULL);
  gtk_widget_measure (button, GTK_ORIENTATION_HORIZONTAL, -1, &button_min, &button_nat, NULL, NULL);

  /* Along the row: the children side by side, with the spacing. */
  gtk_widget_measure (row, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  g_assert_cmpint (min, ==, note_min + 6 + button_min);
  g_assert_cmpint (nat, ==, note_nat + 6 + button_nat);
  gtk_widget_measure (row, GTK_ORIENTATION_HORIZONTAL, 40, &min_for_height, &nat_for_height, NULL, NULL);
  g_assert_cmpint (min_for_height, ==, min);
  g_assert_cmpint (nat_for_height, ==, nat);

  /* Across the column: its widest child. */
  gtk_widget_measure (column, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  g_assert_cmpint (min, ==, MAX (title_min, note_min + 6 + button_min));
  g_assert_cmpint (nat, ==, MAX (title_nat, note_nat + 6 + button_nat));
  gtk_widget_measure (column, GTK_ORIENTATION_HORIZONTAL, 40, &min_for_height, &nat_for_height, NULL, NULL);
  g_assert_cmpint (min_for_height, ==, min);
  g_assert_cmpint (nat_for_height, ==, nat);

  /* Down the column, the wrapped text still takes more lines when narrow. */
  gtk_widget_measure (column, GTK_ORIENTATION_VERTICAL, nat, &wide, NULL, NULL, NULL);
  gtk_widget_measure (column, GTK_ORIENTATION_VERTICAL, min, &narrow, NULL, NULL, NULL);
  g_assert_cmpint (narrow, >, wide);
  g_object_unref (column);
}

/* Texts as the pages have them: a row's subtitle that may break words, a
 * paragraph of sentences, one with a line break of its own, a long figure
 * list, marked-up text, and words only. */
static const struct
{
  const char   *text;
  PangoWrapMode wrap;
  gboolean      markup;
} label_cases[] = {
  { "Fund 0.66% a year, contract charges 1.10% a year, surrender from 7.00% over 7 years", PANGO_WRAP_WORD_CHAR, FALSE },
  { "How the yearly charges are taken (see Methods below)", PANGO_WRAP_WORD_CHAR, FALSE },
  { "Expenses are based upon expenses for the year ended December 31, 2000, restated to reflect a reduction in the "
    "management fee. All expenses are shown without the effect of any expense offset arrangements.",
    PANGO_WRAP_WORD, FALSE },
  { "Scenario 1: 1994 (2.27%) → (3.67%); 1995 24.84% → 23.44%\nScenario 2: 1996 16.18% → 14.68%; 1997 22.10% → 20.60%",
    PANGO_WRAP_WORD, FALSE },
  { "<b>Net expenses</b> after the <i>adviser’s</i> waiver: 0.66%, in dollars $66 a year on $10,000",
    PANGO_WRAP_WORD, TRUE },
  { "Supercalifragilisticexpialidocious antidisestablishmentarianism", PANGO_WRAP_WORD_CHAR, FALSE },
  { "$1,433,566", PANGO_WRAP_WORD, FALSE },
};

/* A wrapped label measures as GTK would measure it, to the pixel where
 * words stay whole; where they may break, no narrower than GTK, and wider
 * by no more than the hyphen Pango adds at such a break. */
static void
test_label_widths (void)
{
  g_assert_true (prospect_label_widths_is_installed ());
  for (guint i = 0; i < G_N_ELEMENTS (label_cases); i++)
    {
      GtkWidget *label = g_object_ref_sink (gtk_label_new (NULL));
      int min, nat, gtk_min, gtk_nat, for_height_min, for_height_nat;

      if (label_cases[i].markup)
        gtk_label_set_markup (GTK_LABEL (label), label_cases[i].text);
      else
        gtk_label_set_text (GTK_LABEL (label), label_cases[i].text);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), label_cases[i].wrap);

      gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
      prospect_label_widths_measure_by_gtk (GTK_LABEL (label), &gtk_min, &gtk_nat);
      g_test_message ("%s: %d–%d (GTK %d–%d)", label_cases[i].text, min, nat, gtk_min, gtk_nat);
      g_assert_cmpint (nat, ==, gtk_nat);
      if (label_cases[i].wrap == PANGO_WRAP_WORD)
        g_assert_cmpint (ABS (min - gtk_min), <=, 1);
      else
        {
          g_assert_cmpint (min, >=, gtk_min - 1);
          g_assert_cmpint (min, <=, gtk_min + 8);
        }

      /* Asked for its width at a height, the label is GTK's own. */
      gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, 400, &for_height_min, &for_height_nat, NULL, NULL);
      g_assert_cmpint (for_height_nat, <=, gtk_nat);
      g_object_unref (label);
    }

  /* Labels this does not cover are left to GTK. */
  {
    GtkWidget *label = g_object_ref_sink (gtk_label_new (label_cases[2].text));
    int min, nat, gtk_min, gtk_nat;

    gtk_label_set_wrap (GTK_LABEL (label), TRUE);
    gtk_label_set_width_chars (GTK_LABEL (label), 12);
    gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
    prospect_label_widths_measure_by_gtk (GTK_LABEL (label), &gtk_min, &gtk_nat);
    g_assert_cmpint (min, ==, gtk_min);
    g_assert_cmpint (nat, ==, gtk_nat);
    g_object_unref (label);
  }
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv);
  gui_test_add ("/prospect/measure/box-widths", test_box_widths);
  gui_test_add ("/prospect/measure/label-widths", test_label_widths);
  return gui_test_run ();
}
