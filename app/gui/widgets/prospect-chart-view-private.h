/* prospect-chart-view-private.h: the chart view's state, shared by its
 * files: the view (drawing, pointer, keyboard, size) and what takes a
 * chart out of the window (prospect-chart-view-export.c: copy, export).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "prospect-chart-view.h"

G_BEGIN_DECLS

struct _ProspectChartView
{
  GtkWidget parent_instance;

  /* Owned */
  ProspectChartData   *data;
  ProspectChartLayout  layout;
  ProspectChartTheme   theme;
  GtkWidget           *menu;
  GtkFileChooserNative *chooser;

  double font_scale;
  int    hover_item;
  int    focus_item;

  /* A chart scrolled out of sight is drawn when it comes into view. */
  GtkAdjustment *scroll_adjustment;
  gboolean       unseen;

  /* The last drawing and the size it was drawn at.  GTK drops a widget's
   * drawing whenever its page is hidden; kept here, a page shown again
   * does not lay out all its charts' text again. */
  GskRenderNode *drawing;
  int            drawing_width;
  int            drawing_height;
  guint          n_drawn;

  /* notes_height ()'s memory */
  int                      notes_for_width;
  const ProspectChartData *notes_for_data;
  double                   notes_for_scale;
  int                      notes_min_height;
};

void _prospect_chart_view_class_add_export_actions (GtkWidgetClass *widget_class);

G_END_DECLS
