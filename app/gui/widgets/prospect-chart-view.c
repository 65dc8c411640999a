/* prospect-chart-view.c: a chart on screen.  The drawing is
 * prospect_chart_draw (); this widget supplies the theme from CSS, and
 * hover, keyboard focus, tooltips, the context menu and accessibility.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-chart-view"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include <adwaita.h>

#include "prospect-chart-view-private.h"
#include "prospect-testing.h"


G_DEFINE_FINAL_TYPE (ProspectChartView, prospect_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATA,
  PROP_FONT_SCALE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const ProspectChartItem *
item_at (ProspectChartView *self,
         int                index)
{
  if (self->layout.items == NULL || index < 0 || (guint) index >= self->layout.items->len)
    return NULL;
  return &g_array_index (self->layout.items, ProspectChartItem, index);
}

static void
update_accessible (ProspectChartView *self)
{
  g_autofree char *description = self->data != NULL ? prospect_chart_describe (self->data) : NULL;

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->data != NULL && self->data->title != NULL ? self->data->title : "Chart",
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description != NULL ? description : "",
                                  -1);
}

static ProspectColor
from_rgba (const GdkRGBA *rgba)
{
  return (ProspectColor) { rgba->red, rgba->green, rgba->blue, rgba->alpha };
}

/* Colours come from the style, so light, dark and high contrast follow the
 * desktop; the font is the desktop's interface font. */
static void
update_theme (ProspectChartView *self)
{
  GtkStyleContext *style = gtk_widget_get_style_context (GTK_WIDGET (self));
  AdwStyleManager *manager = adw_style_manager_get_default ();
  ProspectChartThemeKind kind = PROSPECT_CHART_THEME_LIGHT;
  g_autofree char *font_name = NULL;
  GdkRGBA fg, accent;

  if (adw_style_manager_get_high_contrast (manager))
    kind = PROSPECT_CHART_THEME_HIGH_CONTRAST;
  else if (adw_style_manager_get_dark (manager))
    kind = PROSPECT_CHART_THEME_DARK;
  prospect_chart_theme_init (&self->theme, kind);

  gtk_style_context_get_color (style, &fg);
  self->theme.foreground = from_rgba (&fg);
  self->theme.grid = self->theme.foreground;
  self->theme.grid.a *= kind == PROSPECT_CHART_THEME_HIGH_CONTRAST ? 0.4 : 0.15;
  self->theme.background.a = 0;
  if (gtk_style_context_lookup_color (style, "accent_color", &accent))
    self->theme.focus = from_rgba (&accent);

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-font-name", &font_name, NULL);
  if (font_name != NULL)
    {
      g_autoptr(PangoFontDescription) desc = pango_font_description_from_string (font_name);
      const char *family = pango_font_description_get_family (desc);

      if (family != NULL)
        g_strlcpy (self->theme.font_family, family, sizeof self->theme.font_family);
    }
  self->theme.font_scale = self->font_scale;
}

/* For a change to what the chart shows or how: the next frame draws it anew. */
static void
forget_drawing (ProspectChartView *self)
{
  g_clear_pointer (&self->drawing, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
prospect_chart_view_css_changed (GtkWidget         *widget,
                                 GtkCssStyleChange *change)
{
  ProspectChartView *self = PROSPECT_CHART_VIEW (widget);
  ProspectChartTheme before = self->theme;

  GTK_WIDGET_CLASS (prospect_chart_view_parent_class)->css_changed (widget, change);
  update_theme (self);
  /* Most style changes (the window's focus, a hidden page shown again)
   * leave the chart's colours as they were.  The theme starts zeroed
   * (prospect_chart_theme_init ()), so its bytes compare. */
  if (memcmp (&before, &self->theme, sizeof before) != 0)
    forget_drawing (self);
}

static void
scrolled_cb (ProspectChartView *self)
{
  /* The viewport moves its content on its next allocation; the snapshot
   * that follows looks again. */
  if (self->unseen)
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
watch_scrolling (ProspectChartView *self,
                 GtkAdjustment     *adjustment)
{
  if (self->scroll_adjustment == adjustment)
    return;
  if (self->scroll_adjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->scroll_adjustment, scrolled_cb, self);
  g_set_object (&self->scroll_adjustment, adjustment);
  if (adjustment != NULL)
    {
      g_signal_connect_swapped (adjustment, "value-changed", G_CALLBACK (scrolled_cb), self);
      /* The page size changes when the window grows. */
      g_signal_connect_swapped (adjustment, "changed", G_CALLBACK (scrolled_cb), self);
    }
}

/* Whether any of the chart shows in the scrolled page around it.  A chart
 * below the fold is not drawn until it is scrolled to: drawing lays out
 * all its text, which on Compare's two charts took some 15 ms of the
 * page's first frame. */
static gboolean
in_view (ProspectChartView *self)
{
  GtkWidget *viewport = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_VIEWPORT);
  graphene_rect_t bounds;

  if (viewport == NULL)
    {
      watch_scrolling (self, NULL);
      return TRUE;
    }
  watch_scrolling (self, gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (viewport)));
  if (!gtk_widget_compute_bounds (GTK_WIDGET (self), viewport, &bounds))
    return TRUE;
  return bounds.origin.y < gtk_widget_get_height (viewport) && bounds.origin.y + bounds.size.height > 0;
}

static void
prospect_chart_view_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  ProspectChartView *self = PROSPECT_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  const ProspectChartItem *focus;

  if (width <= 0 || height <= 0 || self->data == NULL)
    {
      prospect_chart_layout_clear (&self->layout);
      return;
    }
  self->unseen = !in_view (self);
  if (self->unseen)
    return;

  if (self->drawing == NULL || self->drawing_width != width || self->drawing_height != height)
    {
      GtkSnapshot *own = gtk_snapshot_new ();
      cairo_t *cr = gtk_snapshot_append_cairo (own, &GRAPHENE_RECT_INIT (0, 0, width, height));

      prospect_chart_layout_clear (&self->layout);
      prospect_chart_draw (cr, self->data, width, height, &self->theme, -1, -1, &self->layout);
      cairo_destroy (cr);
      g_clear_pointer (&self->drawing, gsk_render_node_unref);
      self->drawing = gtk_snapshot_free_to_node (own);
      self->drawing_width = width;
      self->drawing_height = height;
      self->n_drawn++;
    }
  if (self->drawing != NULL)
    gtk_snapshot_append_node (snapshot, self->drawing);

  /* The item with the pointer or the focus, outlined over the drawing:
   * moving along a chart draws only this. */
  focus = item_at (self, self->focus_item >= 0 ? self->focus_item : self->hover_item);
  if (focus != NULL && focus->outline != PROSPECT_CHART_OUTLINE_NONE)
    {
      gboolean box = focus->outline == PROSPECT_CHART_OUTLINE_BOX;
      double reach = focus->line_width + (box ? 0 : focus->outline_width);
      graphene_rect_t bounds = GRAPHENE_RECT_INIT (focus->outline_x - reach, focus->outline_y - reach,
                                                   (box ? focus->outline_width : 0) + 2 * reach,
                                                   (box ? focus->outline_height : 0) + 2 * reach);
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &bounds);

      prospect_chart_item_draw_outline (cr, focus, &self->theme);
      cairo_destroy (cr);
    }
}

#define MIN_HEIGHT 220

/* The least height for WIDTH, from MIN_HEIGHT up, at which the notes fit,
 * remembered for the last width, data and type size asked about
 * (measuring lays out text). */
static int
notes_height (ProspectChartView *self,
              int                width)
{
  if (self->notes_for_width != width || self->notes_for_data != self->data
      || self->notes_for_scale != self->theme.font_scale)
    {
      self->notes_for_width = width;
      self->notes_for_data = self->data;
      self->notes_for_scale = self->theme.font_scale;
      self->notes_min_height = (int) ceil (prospect_chart_min_height_from (self->data, width, MIN_HEIGHT, &self->theme));
    }
  return self->notes_min_height;
}

static void
prospect_chart_view_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  ProspectChartView *self = PROSPECT_CHART_VIEW (widget);
  gboolean spark = self->data != NULL && self->data->kind == PROSPECT_CHART_SPARKLINE;

  /* Nothing to draw takes no room; pages show an empty state instead. */
  if (self->data == NULL)
    {
      *minimum = *natural = 0;
      return;
    }
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = spark ? 48 : 280;
      *natural = spark ? 96 : 720;
    }
  else
    {
      *minimum = spark ? 16 : MIN_HEIGHT;
      *natural = spark ? 24 : 420;
      /* Never so short that the required notes (past performance, index
       * returns without fees) would drop out: the page scrolls instead. */
      if (!spark && for_size > 0)
        {
          int needed = notes_height (self, for_size);

          *minimum = MAX (*minimum, needed);
          *natural = MAX (*natural, needed);
        }
    }
}

static GtkSizeRequestMode
prospect_chart_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
set_hover (ProspectChartView *self,
           int                item)
{
  if (self->hover_item == item)
    return;
  self->hover_item = item;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
motion_cb (ProspectChartView        *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *controller)
{
  set_hover (self, prospect_chart_layout_hit (&self->layout, x, y));
}

static void
leave_cb (ProspectChartView        *self,
          GtkEventControllerMotion *controller)
{
  set_hover (self, -1);
}

/* Made on first use: a popover menu for each chart on a page cost a
 * millisecond or two of startup apiece. */
static GtkPopover *
context_menu (ProspectChartView *self)
{
  if (self->menu == NULL)
    {
      g_autoptr(GMenu) menu = g_menu_new ();

      g_menu_append (menu, _("_Copy Image"), "chart.copy");
      g_menu_append (menu, _("_Export…"), "chart.export");
      self->menu = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
      gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), FALSE);
      gtk_widget_set_parent (self->menu, GTK_WIDGET (self));
    }
  return GTK_POPOVER (self->menu);
}

static void
pressed_cb (ProspectChartView *self,
            int                n_press,
            double             x,
            double             y,
            GtkGestureClick   *gesture)
{
  int button = (int) gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  if (button == GDK_BUTTON_SECONDARY)
    {
      gtk_popover_set_pointing_to (context_menu (self), &(GdkRectangle) { (int) x, (int) y, 1, 1 });
      gtk_popover_popup (context_menu (self));
      return;
    }
  gtk_widget_grab_focus (GTK_WIDGET (self));
  self->focus_item = prospect_chart_layout_hit (&self->layout, x, y);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
prospect_chart_view_query_tooltip (GtkWidget  *widget,
                                   int         x,
                                   int         y,
                                   gboolean    keyboard_mode,
                                   GtkTooltip *tooltip)
{
  ProspectChartView *self = PROSPECT_CHART_VIEW (widget);
  int index = keyboard_mode ? self->focus_item : prospect_chart_layout_hit (&self->layout, x, y);
  const ProspectChartItem *item = item_at (self, index);
  g_autofree char *text = NULL;

  if (item == NULL || self->data == NULL)
    return FALSE;
  text = prospect_chart_item_text (self->data, (guint) item->series, (guint) item->category);
  gtk_tooltip_set_text (tooltip, text);
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { (int) item->x, (int) item->y, MAX ((int) item->width, 1),
                                                       MAX ((int) item->height, 1) });
  return TRUE;
}

static void
move_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  prospect_chart_view_move_focus (PROSPECT_CHART_VIEW (widget), g_variant_get_int32 (parameter));
}

static void
menu_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  ProspectChartView *self = PROSPECT_CHART_VIEW (widget);
  const ProspectChartItem *item = item_at (self, self->focus_item);

  if (item != NULL)
    gtk_popover_set_pointing_to (context_menu (self),
                                 &(GdkRectangle) { (int) item->x, (int) item->y, (int) item->width, 1 });
  else
    gtk_popover_set_pointing_to (context_menu (self), NULL);
  gtk_popover_popup (context_menu (self));
}

static void
focus_leave_cb (ProspectChartView       *self,
                GtkEventControllerFocus *controller)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
prospect_chart_view_dispose (GObject *object)
{
  ProspectChartView *self = (ProspectChartView *) object;

  watch_scrolling (self, NULL);
  g_clear_pointer (&self->menu, gtk_widget_unparent);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_pointer (&self->data, prospect_chart_data_unref);
  g_clear_pointer (&self->drawing, gsk_render_node_unref);
  prospect_chart_layout_clear (&self->layout);

  G_OBJECT_CLASS (prospect_chart_view_parent_class)->dispose (object);
}

static void
prospect_chart_view_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  ProspectChartView *self = PROSPECT_CHART_VIEW (widget);

  if (self->menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->menu));
}

static void
prospect_chart_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  ProspectChartView *self = PROSPECT_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATA:
      g_value_set_boxed (value, self->data);
      break;
    case PROP_FONT_SCALE:
      g_value_set_double (value, self->font_scale);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prospect_chart_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  ProspectChartView *self = PROSPECT_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATA:
      prospect_chart_view_set_data (self, g_value_get_boxed (value));
      break;
    case PROP_FONT_SCALE:
      prospect_chart_view_set_font_scale (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prospect_chart_view_class_init (ProspectChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prospect_chart_view_dispose;
  object_class->get_property = prospect_chart_view_get_property;
  object_class->set_property = prospect_chart_view_set_property;
  widget_class->snapshot = prospect_chart_view_snapshot;
  widget_class->measure = prospect_chart_view_measure;
  widget_class->get_request_mode = prospect_chart_view_get_request_mode;
  widget_class->css_changed = prospect_chart_view_css_changed;
  widget_class->query_tooltip = prospect_chart_view_query_tooltip;
  widget_class->size_allocate = prospect_chart_view_size_allocate;

  properties[PROP_DATA] =
    g_param_spec_boxed ("data", NULL, NULL, PROSPECT_TYPE_CHART_DATA,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FONT_SCALE] =
    g_param_spec_double ("font-scale", NULL, NULL, 0.5, 4.0, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);

  gtk_widget_class_install_action (widget_class, "chart.move", "i", move_cb);
  gtk_widget_class_install_action (widget_class, "chart.menu", NULL, menu_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "chart.move", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0, "chart.move", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "chart.move", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0, "chart.move", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "chart.menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "chart.menu", NULL);
  _prospect_chart_view_class_add_export_actions (widget_class);
}

static void
prospect_chart_view_init (ProspectChartView *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->font_scale = 1.0;
  self->hover_item = -1;
  self->focus_item = -1;
  prospect_chart_theme_init (&self->theme, PROSPECT_CHART_THEME_LIGHT);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);

  g_signal_connect_object (motion, "motion", G_CALLBACK (motion_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (motion, "leave", G_CALLBACK (leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect_object (click, "pressed", G_CALLBACK (pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_object (focus, "leave", G_CALLBACK (focus_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);

  update_accessible (self);
}

GtkWidget *
prospect_chart_view_new (void)
{
  return g_object_new (PROSPECT_TYPE_CHART_VIEW, NULL);
}

ProspectChartData *
prospect_chart_view_get_data (ProspectChartView *self)
{
  g_return_val_if_fail (PROSPECT_IS_CHART_VIEW (self), NULL);
  return self->data;
}

void
prospect_chart_view_set_data (ProspectChartView *self,
                              ProspectChartData *data)
{
  g_return_if_fail (PROSPECT_IS_CHART_VIEW (self));

  if (self->data == data)
    return;
  g_clear_pointer (&self->data, prospect_chart_data_unref);
  if (data != NULL)
    self->data = prospect_chart_data_ref (data);
  self->focus_item = -1;
  self->hover_item = -1;
  self->notes_for_data = NULL;
  prospect_chart_layout_clear (&self->layout);
  forget_drawing (self);
  update_accessible (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.export", data != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.copy", data != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATA]);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

double
prospect_chart_view_get_font_scale (ProspectChartView *self)
{
  g_return_val_if_fail (PROSPECT_IS_CHART_VIEW (self), 1.0);
  return self->font_scale;
}

void
prospect_chart_view_set_font_scale (ProspectChartView *self,
                                    double             scale)
{
  g_return_if_fail (PROSPECT_IS_CHART_VIEW (self));

  scale = CLAMP (scale, 0.5, 4.0);
  if (self->font_scale == scale)
    return;
  self->font_scale = scale;
  self->theme.font_scale = scale;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FONT_SCALE]);
  forget_drawing (self);
}

int
prospect_chart_view_get_focus_item (ProspectChartView *self)
{
  g_return_val_if_fail (PROSPECT_IS_CHART_VIEW (self), -1);
  return self->focus_item;
}

/* The text the tooltip shows for the focused item, for keyboard users and
 * for tests. */
char *
prospect_chart_view_dup_focus_text (ProspectChartView *self)
{
  const ProspectChartItem *item;

  g_return_val_if_fail (PROSPECT_IS_CHART_VIEW (self), NULL);

  item = item_at (self, self->focus_item);
  if (item == NULL || self->data == NULL)
    return NULL;
  return prospect_chart_item_text (self->data, (guint) item->series, (guint) item->category);
}

/**
 * prospect_chart_view_move_focus:
 *
 * Moves keyboard focus DELTA items along the chart, stopping at the ends.
 *
 * Returns: whether the focus moved
 */
gboolean
prospect_chart_view_move_focus (ProspectChartView *self,
                                int                delta)
{
  int n, next;

  g_return_val_if_fail (PROSPECT_IS_CHART_VIEW (self), FALSE);

  n = self->layout.items != NULL ? (int) self->layout.items->len : 0;
  if (n == 0)
    return FALSE;
  next = self->focus_item < 0 ? (delta > 0 ? 0 : n - 1) : CLAMP (self->focus_item + delta, 0, n - 1);
  if (next == self->focus_item)
    return FALSE;
  self->focus_item = next;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
  return TRUE;
}

/* What the last drawing left out (ProspectChartDropped), for the tests. */
guint
prospect_chart_view_get_dropped (ProspectChartView *self)
{
  g_return_val_if_fail (PROSPECT_IS_CHART_VIEW (self), 0);
  return self->layout.dropped;
}

/* Whether the chart has been drawn at its present size, for the tests. */
gboolean
prospect_chart_view_get_size_drawn (ProspectChartView *self)
{
  g_return_val_if_fail (PROSPECT_IS_CHART_VIEW (self), FALSE);
  return self->drawing != NULL && self->drawing_width == gtk_widget_get_width (GTK_WIDGET (self)) &&
         self->drawing_height == gtk_widget_get_height (GTK_WIDGET (self));
}

/* How many times the chart was drawn anew, for the tests. */
guint
prospect_chart_view_get_n_drawn (ProspectChartView *self)
{
  g_return_val_if_fail (PROSPECT_IS_CHART_VIEW (self), 0);
  return self->n_drawn;
}
