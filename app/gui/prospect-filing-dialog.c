/* prospect-filing-dialog.c: what a prospectus filing holds, before it is
 * imported: each series and class with its ticker, expense ratio, printed
 * example (and whether the fee table reproduces it) and figure count,
 * marked new or replacing a class already in the database.  The user
 * unticks classes and renames them; Import writes the ticked ones in one
 * transaction.  The file is read on a worker thread, so the window never
 * waits for it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-gui"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "prospect-filing-dialog.h"
#include "prospect-filing-import.h"
#include "prospect-format.h"
#include "prospect-testing.h"

typedef struct
{
  ProspectFilingSeries *series;
  ProspectFilingClass  *klass;
  GtkCheckButton       *check;
  GtkEditable          *name;
  AdwActionRow         *row;
} ClassRow;

struct _ProspectFilingDialog
{
  AdwWindow           parent_instance;

  GtkStack           *stack;
  AdwStatusPage      *error_page;
  AdwPreferencesPage *preview_page;
  GtkButton          *import_button;

  ProspectDatabase   *database;
  GFile              *file;
  GCancellable       *cancellable;
  ProspectFiling     *filing;
  GArray             *rows;          /* ClassRow */
  GPtrArray          *series_names;  /* GtkEditable, one per series */
  char               *error;
  gboolean            ready;
};

G_DEFINE_FINAL_TYPE (ProspectFilingDialog, prospect_filing_dialog, ADW_TYPE_WINDOW)

enum
{
  SIGNAL_IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_import_sensitive (ProspectFilingDialog *self)
{
  gboolean any = FALSE, named = TRUE;

  for (guint i = 0; self->rows != NULL && i < self->rows->len; i++)
    {
      ClassRow *row = &g_array_index (self->rows, ClassRow, i);
      g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (row->name)));

      if (gtk_check_button_get_active (row->check))
        {
          any = TRUE;
          named = named && *name != '\0';
        }
    }
  for (guint i = 0; self->series_names != NULL && i < self->series_names->len; i++)
    {
      g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (g_ptr_array_index (self->series_names,
                                                                                              i))));

      named = named && *name != '\0';
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), self->ready && any && named);
}

/* "$665 / $857 / $1,065 / $1,663", and whether the fee table gives them. */
static char *
example_text (const ProspectFilingClass *klass)
{
  g_autofree char *missing = NULL;
  g_autoptr(GArray) checks = prospect_filing_check_example (klass, &missing);
  g_autoptr(GString) printed = g_string_new (NULL);

  if (checks->len == 0)
    return g_strdup (_("No printed example"));
  for (guint i = 0; i < checks->len; i++)
    {
      const ProspectFilingExampleCheck *c = &g_array_index (checks, ProspectFilingExampleCheck, i);
      g_autofree char *money = NULL;

      if (!c->redeemed)
        break;
      money = prospect_format_money (c->printed, 0, PROSPECT_NEGATIVE_MINUS);
      g_string_append_printf (printed, "%s%s", i > 0 ? " / " : "", money);
    }
  if (missing == NULL)
    return g_strdup_printf (_("Example %s: ✓ the fee table gives the same"), printed->str);
  return g_strdup_printf (_("Example %s: differs from the fee table. %s"), printed->str, missing);
}

static char *
class_subtitle (ProspectFilingDialog      *self,
                const ProspectFilingClass *klass)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *example = example_text (klass);
  g_autoptr(GError) error = NULL;
  gint64 existing = prospect_filing_existing_class (self->database, klass, &error);

  if (klass->sec_id != NULL)
    g_string_append_printf (text, "%s · ", klass->sec_id);
  if (!isnan (klass->fees->total_pct))
    {
      g_autofree char *ratio = prospect_format_percent (klass->fees->total_pct, 2, PROSPECT_NEGATIVE_MINUS);

      g_string_append_printf (text, _("%s a year · "), ratio);
    }
  g_string_append_printf (text, ngettext ("%u figure", "%u figures", klass->n_facts), klass->n_facts);
  if (existing > 0)
    g_string_append (text, _(" · replaces the class already in the database"));
  else
    g_string_append (text, _(" · new"));
  g_string_append_printf (text, "\n%s", example);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
class_name_changed_cb (GtkEditable          *editable,
                       ProspectFilingDialog *self)
{
  update_import_sensitive (self);
}

static void
build_preview (ProspectFilingDialog *self)
{
  ProspectFiling *filing = self->filing;
  g_autofree char *source = prospect_filing_source_title (filing);

  self->rows = g_array_new (FALSE, FALSE, sizeof (ClassRow));
  self->series_names = g_ptr_array_new ();
  for (guint s = 0; s < filing->series->len; s++)
    {
      ProspectFilingSeries *series = g_ptr_array_index (filing->series, s);
      AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      GtkWidget *fund_name = adw_entry_row_new ();
      g_autofree char *description = g_strdup_printf (
        ngettext ("%s. %u class; untick any you do not want, and rename any.",
                  "%s. %u classes; untick any you do not want, and rename any.", series->classes->len),
        source, series->classes->len);

      adw_preferences_group_set_title (group, series->sec_id != NULL ? series->sec_id : _("Fund"));
      adw_preferences_group_set_description (group, description);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (fund_name), _("Fund name"));
      gtk_editable_set_text (GTK_EDITABLE (fund_name), series->name);
      g_signal_connect_object (fund_name, "changed", G_CALLBACK (class_name_changed_cb), self, 0);
      g_ptr_array_add (self->series_names, fund_name);
      adw_preferences_group_add (group, fund_name);

      for (guint c = 0; c < series->classes->len; c++)
        {
          ProspectFilingClass *klass = g_ptr_array_index (series->classes, c);
          g_autofree char *subtitle = class_subtitle (self, klass);
          ClassRow row = { series, klass, NULL, NULL, NULL };
          GtkWidget *entry = gtk_entry_new ();

          row.row = ADW_ACTION_ROW (adw_action_row_new ());
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row.row), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row.row),
                                         klass->ticker != NULL ? klass->ticker : klass->name);
          adw_action_row_set_subtitle (row.row, subtitle);
          adw_action_row_set_subtitle_lines (row.row, 0);
          row.check = GTK_CHECK_BUTTON (gtk_check_button_new ());
          gtk_check_button_set_active (row.check, TRUE);
          gtk_widget_set_valign (GTK_WIDGET (row.check), GTK_ALIGN_CENTER);
          gtk_accessible_update_property (GTK_ACCESSIBLE (row.check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          _("Import this class"), -1);
          adw_action_row_add_prefix (row.row, GTK_WIDGET (row.check));
          adw_action_row_set_activatable_widget (row.row, GTK_WIDGET (row.check));
          g_signal_connect_object (row.check, "toggled", G_CALLBACK (update_import_sensitive), self,
                                   G_CONNECT_SWAPPED);

          gtk_editable_set_text (GTK_EDITABLE (entry), klass->name);
          gtk_editable_set_width_chars (GTK_EDITABLE (entry), 14);
          gtk_entry_set_max_length (GTK_ENTRY (entry), 200);
          gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
          gtk_widget_set_tooltip_text (entry, _("The class's name in Prospect"));
          gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Class name"), -1);
          g_signal_connect_object (entry, "changed", G_CALLBACK (class_name_changed_cb), self, 0);
          adw_action_row_add_suffix (row.row, entry);
          row.name = GTK_EDITABLE (entry);
          g_array_append_val (self->rows, row);
          adw_preferences_group_add (group, GTK_WIDGET (row.row));
        }
      adw_preferences_page_add (self->preview_page, group);
    }
  if (filing->warnings->len > 0)
    {
      AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      g_autofree char *joined = NULL;
      GString *text = g_string_new (NULL);

      for (guint i = 0; i < filing->warnings->len; i++)
        g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", (const char *) g_ptr_array_index (filing->warnings, i));
      joined = g_markup_escape_text (text->str, -1);
      g_string_free (text, TRUE);
      adw_preferences_group_set_title (group, _("Check Before Presenting"));
      adw_preferences_group_set_description (group, joined);
      adw_preferences_page_add (self->preview_page, group);
    }
  gtk_stack_set_visible_child_name (self->stack, "preview");
  self->ready = TRUE;
  update_import_sensitive (self);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;
  ProspectFiling *filing;

  if (path != NULL)
    filing = prospect_filing_read_file (path, &error);
  else
    {
      g_autoptr(GBytes) bytes = g_file_load_bytes (file, cancellable, NULL, &error);
      g_autofree char *name = g_file_get_basename (file);

      filing = bytes != NULL ? prospect_filing_read (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), name,
                                                     &error)
                             : NULL;
    }
  if (filing == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, filing, (GDestroyNotify) prospect_filing_free);
}

static void
read_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  ProspectFilingDialog *self = PROSPECT_FILING_DIALOG (source);
  g_autoptr(GError) error = NULL;
  ProspectFiling *filing = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || g_cancellable_is_cancelled (self->cancellable))
    {
      g_clear_pointer (&filing, prospect_filing_free);
      return;
    }
  if (filing == NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      self->error = g_strdup (error->message);
      adw_status_page_set_description (self->error_page, escaped);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }
  self->filing = filing;
  build_preview (self);
}

/* The ticked classes only, under the names typed. */
static void
apply_choices (ProspectFilingDialog *self)
{
  for (guint i = 0; i < self->series_names->len; i++)
    {
      ProspectFilingSeries *series = g_ptr_array_index (self->filing->series, i);

      g_free (series->name);
      series->name = g_strstrip (g_strdup (gtk_editable_get_text (g_ptr_array_index (self->series_names, i))));
    }
  for (guint i = self->rows->len; i-- > 0;)
    {
      ClassRow *row = &g_array_index (self->rows, ClassRow, i);

      if (gtk_check_button_get_active (row->check))
        {
          g_free (row->klass->name);
          row->klass->name = g_strstrip (g_strdup (gtk_editable_get_text (row->name)));
        }
      else
        g_ptr_array_remove (row->series->classes, row->klass);
    }
  /* The rows now point at classes that may be gone: nothing may read them. */
  g_array_set_size (self->rows, 0);
}

/**
 * prospect_filing_dialog_import:
 *
 * Imports the ticked classes; on success emits ::imported and closes.
 *
 * Returns: whether the import was committed
 */
gboolean
prospect_filing_dialog_import (ProspectFilingDialog *self)
{
  g_autoptr(GError) error = NULL;
  ProspectFilingImportReport report = { 0 };
  ProspectFilingUndo *undo = NULL;
  gint64 first;
  guint n;

  g_return_val_if_fail (PROSPECT_IS_FILING_DIALOG (self), FALSE);
  if (!gtk_widget_get_sensitive (GTK_WIDGET (self->import_button)))
    return FALSE;
  apply_choices (self);
  self->ready = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
  if (!prospect_filing_import (self->database, self->filing, NULL, &report, &undo, &error))
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      self->error = g_strdup (error->message);
      adw_status_page_set_title (self->error_page, _("Nothing Was Imported"));
      adw_status_page_set_description (self->error_page, escaped);
      gtk_stack_set_visible_child_name (self->stack, "error");
      prospect_filing_import_report_clear (&report);
      return FALSE;
    }
  first = report.class_ids->len > 0 ? g_array_index (report.class_ids, gint64, 0) : 0;
  n = report.class_ids->len;
  prospect_filing_import_report_clear (&report);
  g_signal_emit (self, signals[SIGNAL_IMPORTED], 0, first, n, undo);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
import_clicked_cb (ProspectFilingDialog *self)
{
  prospect_filing_dialog_import (self);
}

static gboolean
import_shortcut_cb (GtkWidget *widget,
                    GVariant  *args,
                    gpointer   user_data)
{
  return prospect_filing_dialog_import (PROSPECT_FILING_DIALOG (widget));
}

static void
prospect_filing_dialog_dispose (GObject *object)
{
  ProspectFilingDialog *self = PROSPECT_FILING_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), PROSPECT_TYPE_FILING_DIALOG);
  G_OBJECT_CLASS (prospect_filing_dialog_parent_class)->dispose (object);
}

static void
prospect_filing_dialog_finalize (GObject *object)
{
  ProspectFilingDialog *self = PROSPECT_FILING_DIALOG (object);

  g_clear_object (&self->database);
  g_clear_object (&self->file);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->filing, prospect_filing_free);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->series_names, g_ptr_array_unref);
  g_free (self->error);
  G_OBJECT_CLASS (prospect_filing_dialog_parent_class)->finalize (object);
}

static void
prospect_filing_dialog_class_init (ProspectFilingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prospect_filing_dialog_dispose;
  object_class->finalize = prospect_filing_dialog_finalize;

  /**
   * ProspectFilingDialog::imported:
   * @first_class_id: the first class imported
   * @n_classes: how many were
   * @undo: (transfer full): how to take the import back; the handler owns it
   */
  signals[SIGNAL_IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                           NULL, G_TYPE_NONE, 3, G_TYPE_INT64, G_TYPE_UINT, G_TYPE_POINTER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/prospect-filing-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ProspectFilingDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, ProspectFilingDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, ProspectFilingDialog, preview_page);
  gtk_widget_class_bind_template_child (widget_class, ProspectFilingDialog, import_button);
  gtk_widget_class_bind_template_callback (widget_class, import_clicked_cb);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, import_shortcut_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, import_shortcut_cb, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
prospect_filing_dialog_init (ProspectFilingDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

/**
 * prospect_filing_dialog_new:
 *
 * Opens the preview of @file; the file is read at once, off the main
 * thread.
 */
ProspectFilingDialog *
prospect_filing_dialog_new (GtkWindow        *parent,
                            ProspectDatabase *database,
                            GFile            *file)
{
  ProspectFilingDialog *self;
  g_autoptr(GTask) task = NULL;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (PROSPECT_TYPE_FILING_DIALOG, "transient-for", parent, NULL);
  self->database = g_object_ref (database);
  self->file = g_object_ref (file);
  task = g_task_new (self, self->cancellable, read_done_cb, NULL);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, read_thread);
  return self;
}

gboolean
prospect_filing_dialog_get_ready (ProspectFilingDialog *self)
{
  g_return_val_if_fail (PROSPECT_IS_FILING_DIALOG (self), FALSE);
  return self->ready;
}

guint
prospect_filing_dialog_get_n_classes (ProspectFilingDialog *self)
{
  g_return_val_if_fail (PROSPECT_IS_FILING_DIALOG (self), 0);
  return self->rows != NULL ? self->rows->len : 0;
}

/* The message shown when the file could not be read or imported. */
const char *
prospect_filing_dialog_get_error (ProspectFilingDialog *self)
{
  g_return_val_if_fail (PROSPECT_IS_FILING_DIALOG (self), NULL);
  return self->error;
}

void
prospect_filing_dialog_set_chosen (ProspectFilingDialog *self,
                                   guint                 index,
                                   gboolean              chosen)
{
  g_return_if_fail (PROSPECT_IS_FILING_DIALOG (self));
  g_return_if_fail (self->rows != NULL && index < self->rows->len);
  gtk_check_button_set_active (g_array_index (self->rows, ClassRow, index).check, chosen);
}

void
prospect_filing_dialog_set_class_name (ProspectFilingDialog *self,
                                       guint                 index,
                                       const char           *name)
{
  g_return_if_fail (PROSPECT_IS_FILING_DIALOG (self));
  g_return_if_fail (self->rows != NULL && index < self->rows->len);
  gtk_editable_set_text (g_array_index (self->rows, ClassRow, index).name, name);
}

/* A class row's title and subtitle, as the preview shows them. */
char *
prospect_filing_dialog_get_class_text (ProspectFilingDialog *self,
                                       guint                 index)
{
  AdwActionRow *row;

  g_return_val_if_fail (PROSPECT_IS_FILING_DIALOG (self), NULL);
  g_return_val_if_fail (self->rows != NULL && index < self->rows->len, NULL);
  row = g_array_index (self->rows, ClassRow, index).row;
  return g_strdup_printf ("%s\n%s", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                          adw_action_row_get_subtitle (row));
}
