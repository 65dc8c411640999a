/* prospect-chart-view-export.c: a chart out of the window: copied as an
 * image (Ctrl+C) or exported as PNG, SVG or PDF, in the print theme.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-chart-view"

#include "config.h"

#include <glib/gi18n.h>

#include <adwaita.h>

#include "prospect-chart-view-private.h"
#include "prospect-ui-util.h"

static void
copy_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  ProspectChartView *self = PROSPECT_CHART_VIEW (widget);
  g_autoptr(GdkTexture) texture = prospect_chart_view_render_texture (self, 1600, 900);

  if (texture != NULL)
    gdk_clipboard_set_texture (gtk_widget_get_clipboard (widget), texture);
}

static void
show_toast (ProspectChartView *self,
            const char        *message)
{
  prospect_ui_toast (GTK_WIDGET (self), adw_toast_new (message));
}

static void
export_response_cb (ProspectChartView    *self,
                    int                   response,
                    GtkFileChooserNative *chooser)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = prospect_ui_chooser_path (chooser, response, &error);
  ProspectChartTheme theme;

  prospect_chart_theme_init (&theme, PROSPECT_CHART_THEME_PRINT);
  if (path == NULL)
    {
      if (error != NULL)
        show_toast (self, error->message);
    }
  else if (self->data == NULL)
    ;
  else if (!prospect_chart_export (self->data, path, 1600, 900, &theme, &error))
    show_toast (self, error->message);
  else
    {
      g_autofree char *name = prospect_ui_file_name (path);
      g_autofree char *message = g_strdup_printf (_("Exported “%s”"), name);

      show_toast (self, message);
    }
  g_clear_object (&self->chooser);
}

static void
export_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  ProspectChartView *self = PROSPECT_CHART_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  static const struct { const char *name, *pattern; } formats[] = {
    { "PNG image", "*.png" }, { "SVG drawing", "*.svg" }, { "PDF document", "*.pdf" },
  };
  g_autofree char *suggested = NULL;

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Export Chart"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE, "_Export", "_Cancel");
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, formats[i].name);
      gtk_file_filter_add_pattern (filter, formats[i].pattern);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
    }
  suggested = g_strdup_printf ("%s.png", self->data != NULL && self->data->title != NULL ? self->data->title : "Chart");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), suggested);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (export_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/**
 * prospect_chart_view_render_texture:
 *
 * Returns: (transfer full) (nullable): the chart drawn at WIDTH × HEIGHT in
 *   the print theme, for the clipboard
 */
GdkTexture *
prospect_chart_view_render_texture (ProspectChartView *self,
                                    int                width,
                                    int                height)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  ProspectChartTheme theme;
  g_autoptr(GBytes) bytes = NULL;
  GdkTexture *texture;

  g_return_val_if_fail (PROSPECT_IS_CHART_VIEW (self), NULL);

  if (self->data == NULL || width <= 0 || height <= 0)
    return NULL;
  prospect_chart_theme_init (&theme, PROSPECT_CHART_THEME_PRINT);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  prospect_chart_draw (cr, self->data, width, height, &theme, -1, -1, NULL);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                       (gsize) cairo_image_surface_get_stride (surface) * (gsize) height);
  texture = gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes,
                                    (gsize) cairo_image_surface_get_stride (surface));
  cairo_surface_destroy (surface);
  return texture;
}

void
_prospect_chart_view_class_add_export_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "chart.copy", NULL, copy_cb);
  gtk_widget_class_install_action (widget_class, "chart.export", NULL, export_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "chart.copy", NULL);
}
