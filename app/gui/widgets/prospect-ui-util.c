/* prospect-ui-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-ui-util"

#include "config.h"

#include "prospect-ui-util.h"

void
prospect_ui_clear_grid (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

/* A wrapping label for a table built in a GtkGrid. */
GtkWidget *
prospect_ui_cell (const char *text,
                  const char *css_class,
                  float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* Shows TOAST in the window's overlay; takes ownership of a floating toast. */
void
prospect_ui_toast (GtkWidget *widget,
                   AdwToast  *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

/* Marks ENTRY in ROW with MESSAGE, or clears the mark (showing HINT again)
 * when MESSAGE is NULL.  The message is the row's subtitle and the entry's
 * accessible description. */
void
prospect_ui_mark_entry (AdwActionRow *row,
                        GtkWidget    *entry,
                        const char   *message,
                        const char   *hint)
{
  g_autofree char *subtitle = NULL;

  if (message != NULL)
    {
      gtk_widget_add_css_class (entry, "error");
      subtitle = g_markup_escape_text (message, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
      gtk_accessible_update_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
    }
  else
    {
      gtk_widget_remove_css_class (entry, "error");
      subtitle = hint != NULL ? g_markup_escape_text (hint, -1) : NULL;
      gtk_accessible_reset_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID);
    }
  adw_action_row_set_subtitle (row, subtitle != NULL ? subtitle : "");
}
