/* prospect-window-page-bar.c: the narrow window's page bar (buttons as wide
 * as their names) and the class label that gives way to the switcher.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-window"

#include "config.h"

#include <glib/gi18n.h>

#include "prospect-class-item.h"
#include "prospect-window-private.h"

void
_prospect_window_sync_page_bar (ProspectWindow *self)
{
  int index = _prospect_window_visible_page_index (self);

  /* Called while the template is still being built, before the bar is. */
  if (index >= 0 && self->page_buttons[index] != NULL)
    gtk_toggle_button_set_active (self->page_buttons[index], TRUE);
}

static void
page_button_toggled_cb (GtkToggleButton *button,
                        ProspectWindow  *self)
{
  if (!gtk_toggle_button_get_active (button))
    return;
  for (int i = 0; i < N_PAGES; i++)
    if (self->page_buttons[i] == button)
      adw_view_stack_set_visible_child_name (self->stack, _prospect_window_pages[i].name);
}

/* One button per page, each as wide as its name: the same titles, icons
 * and mnemonics as the view switcher's. */
static void
build_page_bar (ProspectWindow *self)
{
  for (int i = 0; i < N_PAGES; i++)
    {
      GtkWidget *child = adw_view_stack_get_child_by_name (self->stack, _prospect_window_pages[i].name);
      AdwViewStackPage *page = adw_view_stack_get_page (self->stack, child);
      GtkWidget *button = gtk_toggle_button_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *label = gtk_label_new_with_mnemonic (adw_view_stack_page_get_title (page));

      gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (adw_view_stack_page_get_icon_name (page)));
      gtk_box_append (GTK_BOX (box), label);
      gtk_label_set_mnemonic_widget (GTK_LABEL (label), button);
      gtk_button_set_child (GTK_BUTTON (button), box);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_hexpand (button, TRUE);
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), self->page_buttons[0]);
      g_signal_connect_object (button, "toggled", G_CALLBACK (page_button_toggled_cb), self, 0);
      gtk_box_append (self->page_bar, button);
      self->page_buttons[i] = GTK_TOGGLE_BUTTON (button);
    }
  _prospect_window_sync_page_bar (self);
}

/* On a narrow window the title shows the fund and class, and the selector,
 * with room for a few letters at most, keeps only its arrow. The change
 * waits for an idle moment: title-visible changes during size allocation,
 * when a widget must not be shown or hidden.
 *
 * Beside the switcher the header bar gives the selector only its minimum
 * width, so the label asks for the first letters of the name; it asks only
 * once the switcher is seen to fit, or a window restored narrow would be
 * held wider by a label it is about to hide. */
static gboolean
update_narrow_idle (gpointer data)
{
  ProspectWindow *self = data;
  gboolean narrow = adw_view_switcher_title_get_title_visible (self->switcher_title);

  self->narrow_idle = 0;
  /* Built when first needed: most windows are never narrow. */
  if (narrow && self->page_buttons[0] == NULL)
    build_page_bar (self);
  gtk_label_set_width_chars (self->class_label, narrow ? 1 : CLASS_LABEL_WIDE_CHARS);
  gtk_widget_set_visible (GTK_WIDGET (self->class_label), !narrow);
  return G_SOURCE_REMOVE;
}

static void
switcher_title_visible_cb (ProspectWindow *self)
{
  if (self->narrow_idle == 0)
    self->narrow_idle = g_idle_add (update_narrow_idle, self);
}

static void
first_paint_cb (GdkFrameClock  *clock,
                ProspectWindow *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_paint_cb, self);
  switcher_title_visible_cb (self);
}

/* The header's first layout tells whether the switcher fits. */
static void
window_map_cb (ProspectWindow *self)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint", G_CALLBACK (first_paint_cb),
                           self, 0);
}

void
_prospect_window_init_page_bar (ProspectWindow *self)
{
  g_signal_connect_object (self->switcher_title, "notify::title-visible", G_CALLBACK (switcher_title_visible_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "map", G_CALLBACK (window_map_cb), NULL);
}

