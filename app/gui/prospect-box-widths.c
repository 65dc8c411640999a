/* prospect-box-widths.c: boxes tell their width without being given a
 * height.
 *
 * Every page of Prospect flows from top to bottom: its width comes from the
 * window, and heights follow from it.  GTK 4.8's GtkBoxLayout also answers
 * the opposite question, how wide a box must be for a given height, and
 * asks it of its children while measuring: a vertical box measured for its
 * width asks each child how wide it must be at that child's least height,
 * and a row's horizontal box does the same for the row's height.  A wrapped
 * GtkLabel has no direct answer, so a container or the label searches for
 * it, laying the text out again at a dozen or more widths.  Each action row
 * and group description on a page did that twice on its first frame:
 * Compare, with six scenarios, spent some 100 of its 190 ms there, the Fees
 * page 40 of 90 (bench/ui-latency; see HACKING.md).
 *
 * Installed once, before any window: a box measured for its width measures
 * its children for theirs with no height given, which is what later GTK
 * releases do when no height is given.  Allocation is unchanged: each child
 * still gets the height it asks for at the width it is given.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-box-widths"

#include "config.h"

#include "prospect-box-widths.h"

typedef void (*MeasureFunc) (GtkLayoutManager *manager,
                             GtkWidget        *widget,
                             GtkOrientation    orientation,
                             int               for_size,
                             int              *minimum,
                             int              *natural,
                             int              *minimum_baseline,
                             int              *natural_baseline);

static MeasureFunc gtk_box_measure;

static void
measure_width_first (GtkLayoutManager *manager,
                     GtkWidget        *widget,
                     GtkOrientation    orientation,
                     int               for_size,
                     int              *minimum,
                     int              *natural,
                     int              *minimum_baseline,
                     int              *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      gtk_box_measure (manager, widget, orientation, for_size, minimum, natural, minimum_baseline,
                       natural_baseline);
      return;
    }

  /* Across a vertical box, the widest child sets the width. */
  if (gtk_orientable_get_orientation (GTK_ORIENTABLE (manager)) == GTK_ORIENTATION_VERTICAL)
    {
      *minimum = *natural = 0;
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_minimum, child_natural;

          /* As GtkBoxLayout counts them: popovers and other surfaces of
           * their own take no room in the box. */
          if (!gtk_widget_get_visible (child) || GTK_IS_NATIVE (child))
            continue;
          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_minimum, &child_natural, NULL, NULL);
          *minimum = MAX (*minimum, child_minimum);
          *natural = MAX (*natural, child_natural);
        }
      return;
    }

  /* Along a horizontal box GTK adds the children up, with its spacing and
   * homogeneity; only the height is left out of the question. */
  gtk_box_measure (manager, widget, orientation, -1, minimum, natural, minimum_baseline, natural_baseline);
}

void
prospect_box_widths_install (void)
{
  GtkLayoutManagerClass *box_class;

  if (gtk_box_measure != NULL)
    return;
  box_class = g_type_class_ref (GTK_TYPE_BOX_LAYOUT);
  gtk_box_measure = box_class->measure;
  box_class->measure = measure_width_first;
}

gboolean
prospect_box_widths_is_installed (void)
{
  return gtk_box_measure != NULL;
}
