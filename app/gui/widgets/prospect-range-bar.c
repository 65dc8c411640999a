/* prospect-range-bar.c: a 0–100% track with the allowed share shaded,
 * for a fund's investment limits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-range-bar"

#include "config.h"

#include <math.h>

#include "prospect-range-bar.h"

struct _ProspectRangeBar
{
  GtkWidget parent_instance;

  double min_pct;
  double max_pct;
};

G_DEFINE_FINAL_TYPE (ProspectRangeBar, prospect_range_bar, GTK_TYPE_WIDGET)

static void
prospect_range_bar_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  ProspectRangeBar *self = PROSPECT_RANGE_BAR (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GtkStyleContext *style = gtk_widget_get_style_context (widget);
  GdkRGBA fg, accent;
  GdkRGBA track;
  float track_h = 8;
  float y = (height - track_h) / 2.0f;
  float from, to;
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;

  if (width <= 0 || height <= 0)
    return;

  gtk_style_context_get_color (style, &fg);
  if (!gtk_style_context_lookup_color (style, "accent_bg_color", &accent))
    accent = (GdkRGBA) { 0.21f, 0.52f, 0.89f, 1.0f };
  track = fg;
  track.alpha *= 0.15f;

  gtk_snapshot_append_color (snapshot, &track, &GRAPHENE_RECT_INIT (0, y, width, track_h));

  from = (float) (CLAMP (self->min_pct, 0, 100) / 100.0 * width);
  to = (float) (CLAMP (self->max_pct, 0, 100) / 100.0 * width);
  if (rtl)
    {
      float t = width - from;

      from = width - to;
      to = t;
    }
  gtk_snapshot_append_color (snapshot, &accent, &GRAPHENE_RECT_INIT (from, y - 2, MAX (to - from, 2), track_h + 4));

  /* Quarter ticks so a reader can judge the share without numbers. */
  for (int q = 1; q < 4; q++)
    {
      GdkRGBA tick = fg;

      tick.alpha *= 0.35f;
      gtk_snapshot_append_color (snapshot, &tick, &GRAPHENE_RECT_INIT (roundf (width * q / 4.0f), y + track_h, 1, 4));
    }
}

static void
prospect_range_bar_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 80;
      *natural = 200;
    }
  else
    {
      *minimum = 16;
      *natural = 22;
    }
}

static void
prospect_range_bar_class_init (ProspectRangeBarClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = prospect_range_bar_snapshot;
  widget_class->measure = prospect_range_bar_measure;
  gtk_widget_class_set_css_name (widget_class, "rangebar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
prospect_range_bar_init (ProspectRangeBar *self)
{
  self->max_pct = 100;
}

GtkWidget *
prospect_range_bar_new (void)
{
  return g_object_new (PROSPECT_TYPE_RANGE_BAR, NULL);
}

void
prospect_range_bar_set_range (ProspectRangeBar *self,
                              double            min_pct,
                              double            max_pct,
                              const char       *description)
{
  g_return_if_fail (PROSPECT_IS_RANGE_BAR (self));

  self->min_pct = isnan (min_pct) ? 0 : min_pct;
  self->max_pct = isnan (max_pct) ? 100 : max_pct;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), description);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
