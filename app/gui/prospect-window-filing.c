/* prospect-window-filing.c: bringing a fund in from its prospectus
 * filing: Import Filing… (app menu, Data page), a file dropped on the
 * window, the preview, and the notification whose Undo takes it back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "prospect-filing-dialog.h"
#include "prospect-testing.h"
#include "prospect-window-private.h"

static void
imported_cb (ProspectWindow     *self,
             gint64              first_class_id,
             guint               n_classes,
             ProspectFilingUndo *undo)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  g_clear_pointer (&self->filing_undo, prospect_filing_undo_free);
  self->filing_undo = undo;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo-import", TRUE);
  _prospect_window_data_changed (self);
  if (first_class_id != 0 && !prospect_window_select_class (self, first_class_id, &error))
    _prospect_window_show_toast (self, error->message);

  message = g_strdup_printf (ngettext ("Imported %u class from the filing", "Imported %u classes from the filing",
                                       n_classes), n_classes);
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-import");
  adw_toast_set_timeout (toast, 10);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
dialog_destroyed_cb (ProspectWindow *self)
{
  self->filing_dialog = NULL;
}

/**
 * prospect_window_import_filing:
 *
 * Opens the preview of a filing; Import there brings its classes in.
 */
void
prospect_window_import_filing (ProspectWindow *self,
                               GFile          *file)
{
  g_return_if_fail (PROSPECT_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->database == NULL)
    return;
  if (prospect_database_get_read_only (self->database))
    {
      _prospect_window_show_toast (self, _("This database is read-only; open another to import a filing."));
      return;
    }
  if (self->filing_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->filing_dialog));
  self->filing_dialog = prospect_filing_dialog_new (GTK_WINDOW (self), self->database, file);
  g_signal_connect_object (self->filing_dialog, "imported", G_CALLBACK (imported_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filing_dialog, "destroy", G_CALLBACK (dialog_destroyed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (self->filing_dialog));
}

static void
chooser_response_cb (ProspectWindow       *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file != NULL)
    prospect_window_import_filing (self, file);
}

static void
import_filing_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ProspectWindow *self = PROSPECT_WINDOW (widget);
  g_autoptr(GtkFileFilter) filings = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;
  gtk_file_filter_set_name (filings, _("Prospectus filings (.htm, .xml)"));
  gtk_file_filter_add_suffix (filings, "htm");
  gtk_file_filter_add_suffix (filings, "html");
  gtk_file_filter_add_suffix (filings, "xhtml");
  gtk_file_filter_add_suffix (filings, "xml");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  self->chooser = gtk_file_chooser_native_new (_("Import Filing"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filings);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
undo_import_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ProspectWindow *self = PROSPECT_WINDOW (widget);
  g_autoptr(ProspectFilingUndo) undo = g_steal_pointer (&self->filing_undo);
  g_autoptr(GError) error = NULL;

  gtk_widget_action_set_enabled (widget, "win.undo-import", FALSE);
  if (undo == NULL || self->database == NULL)
    return;
  if (!prospect_filing_undo_apply (self->database, undo, &error))
    {
      _prospect_window_show_toast (self, error->message);
      return;
    }
  _prospect_window_data_changed (self);
  _prospect_window_show_toast (self, _("The import was undone"));
}

/* Another change to the data: an import's undo would no longer be exact. */
void
_prospect_window_forget_import (ProspectWindow *self)
{
  g_clear_pointer (&self->filing_undo, prospect_filing_undo_free);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo-import", FALSE);
}

static gboolean
drop_cb (GtkDropTarget  *target,
         const GValue   *value,
         double          x,
         double          y,
         ProspectWindow *self)
{
  GFile *file = g_value_get_object (value);

  if (file == NULL)
    return FALSE;
  prospect_window_import_filing (self, file);
  return TRUE;
}

void
_prospect_window_init_filing (ProspectWindow *self)
{
  self->drop_target = gtk_drop_target_new (G_TYPE_FILE, GDK_ACTION_COPY);
  g_signal_connect_object (self->drop_target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (self->drop_target));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo-import", FALSE);
}

void
_prospect_window_class_add_filing_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import-filing", NULL, import_filing_cb);
  gtk_widget_class_install_action (widget_class, "win.undo-import", NULL, undo_import_cb);
}

ProspectFilingDialog *
prospect_window_get_filing_dialog (ProspectWindow *self)
{
  g_return_val_if_fail (PROSPECT_IS_WINDOW (self), NULL);
  return self->filing_dialog;
}

GtkDropTarget *
prospect_window_get_drop_target (ProspectWindow *self)
{
  g_return_val_if_fail (PROSPECT_IS_WINDOW (self), NULL);
  return self->drop_target;
}
