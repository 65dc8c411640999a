/* prospect-window-class-selector.c: the header's fund and class selector: a popover
 * with a search entry over every class, read when it is first opened after
 * the data changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-window"

#include "config.h"

#include <glib/gi18n.h>

#include "prospect-class-item.h"
#include "prospect-window-private.h"

static void
setup_class_row_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_list_item_set_child (item, label);
}

static void
bind_class_row_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  ProspectClassItem *klass = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), prospect_class_item_get_label (klass));
}

static void
activate_class_at (ProspectWindow *self,
                   guint           position)
{
  g_autoptr(ProspectClassItem) item = g_list_model_get_item (G_LIST_MODEL (self->class_filter_model), position);
  g_autoptr(GError) error = NULL;

  if (item == NULL)
    return;
  gtk_popover_popdown (self->class_popover);
  if (!prospect_window_select_class (self, prospect_class_item_get_id (item), &error))
    prospect_window_show_problem (self, error->message);
}

/* The class list serves only the selector, and with tens of thousands of
 * classes reading it takes a tenth of a second: it is read when the
 * selector is first used after the data changed, not at startup or after
 * every edit. */
void
_prospect_window_ensure_classes (ProspectWindow *self)
{
  g_autoptr(GListModel) classes = NULL;
  g_autoptr(GError) error = NULL;

  if (!self->classes_stale || self->database == NULL)
    return;
  self->classes_stale = FALSE;
  classes = prospect_class_items_new (self->database, &error);
  if (classes == NULL)
    {
      _prospect_window_show_toast (self, error->message);
      return;
    }
  g_set_object (&self->classes, classes);
  gtk_filter_list_model_set_model (self->class_filter_model, classes);
}

void
_prospect_window_class_list_activate_cb (ProspectWindow *self,
                                         guint           position)
{
  activate_class_at (self, position);
}

void
_prospect_window_class_search_activate_cb (ProspectWindow *self)
{
  activate_class_at (self, 0);
}

void
_prospect_window_class_search_stop_cb (ProspectWindow *self)
{
  gtk_popover_popdown (self->class_popover);
}

void
_prospect_window_class_search_changed_cb (ProspectWindow *self)
{
  prospect_window_filter_classes (self, gtk_editable_get_text (GTK_EDITABLE (self->class_search)));
}

void
_prospect_window_class_popover_show_cb (ProspectWindow *self)
{
  _prospect_window_ensure_classes (self);
  gtk_editable_set_text (GTK_EDITABLE (self->class_search), "");
  prospect_window_filter_classes (self, "");
  gtk_widget_grab_focus (GTK_WIDGET (self->class_search));
}

/* The selector's list: every class, filtered as the user types. */
void
_prospect_window_init_class_selector (ProspectWindow *self)
{
  g_autoptr(GtkSingleSelection) selection = NULL;
  GtkListItemFactory *factory;

  self->class_filter = prospect_class_filter_new ();
  self->class_filter_model = gtk_filter_list_model_new (NULL, GTK_FILTER (self->class_filter));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_class_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_class_row_cb), NULL);
  gtk_list_view_set_factory (self->class_list, factory);
  g_object_unref (factory);
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->class_filter_model)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_list_view_set_model (self->class_list, GTK_SELECTION_MODEL (selection));
}

