/* prospect-data-page-transfer.c: the Data page's CSV import (a preview,
 * then all rows or the valid ones, in a worker thread with progress and
 * Cancel), CSV export and the database copy.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-data-page"

#include "config.h"

#include <glib/gi18n.h>

#include "prospect-data-page-private.h"
#include "prospect-ui-util.h"

static gboolean
kind_for_table (const ProspectTableSpec *table,
                ProspectDataKind        *kind)
{
  static const struct { const char *table; ProspectDataKind kind; } map[] = {
    { "funds", PROSPECT_DATA_FUNDS }, { "classes", PROSPECT_DATA_FUNDS }, { "series", PROSPECT_DATA_RETURNS },
    { "returns", PROSPECT_DATA_RETURNS }, { "fees", PROSPECT_DATA_FEES }, { "deferred", PROSPECT_DATA_FEES },
    { "highlights", PROSPECT_DATA_HIGHLIGHTS }, { "breakpoints", PROSPECT_DATA_BREAKPOINTS },
  };

  for (guint i = 0; table != NULL && i < G_N_ELEMENTS (map); i++)
    if (g_str_equal (map[i].table, table->id))
      {
        *kind = map[i].kind;
        return TRUE;
      }
  return FALSE;
}

/* ----- import ----------------------------------------------------------- */

typedef struct
{
  ProspectDatabase     *database;
  ProspectDataKind      kind;
  char                 *path;
  ProspectImportMode    mode;
  ProspectImportReport  report;
  GWeakRef              page;
} ImportJob;

static void
import_job_free (ImportJob *job)
{
  g_clear_object (&job->database);
  g_free (job->path);
  if (job->report.problems != NULL)
    prospect_import_report_clear (&job->report);
  g_weak_ref_clear (&job->page);
  g_free (job);
}

typedef struct
{
  GWeakRef page;
  double   fraction;
} Progress;

static gboolean
show_progress_cb (gpointer data)
{
  Progress *p = data;
  g_autoptr(ProspectDataPage) self = g_weak_ref_get (&p->page);

  if (self != NULL)
    gtk_progress_bar_set_fraction (self->progress_bar, p->fraction);
  g_weak_ref_clear (&p->page);
  g_free (p);
  return G_SOURCE_REMOVE;
}

/* Called on the worker thread: hand the figure to the main loop. */
static void
import_progress (double   fraction,
                 gpointer user_data)
{
  ImportJob *job = user_data;
  Progress *p = g_new0 (Progress, 1);
  g_autoptr(GObject) page = g_weak_ref_get (&job->page);

  g_weak_ref_init (&p->page, page);
  p->fraction = fraction;
  g_idle_add (show_progress_cb, p);
}

static void
import_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportJob *job = task_data;
  GError *error = NULL;
  const char *path = prospect_database_get_path (job->database);
  g_autoptr(ProspectDatabase) own = NULL;

  /* The import writes on its own connection, so a cell edited in the
   * window meanwhile is its own transaction, not one nested in the
   * import's; SQLite serializes the two.  The bundled data in memory
   * (shown when the user's file cannot be used) has no second connection. */
  if (path != NULL && g_strcmp0 (path, ":memory:") != 0)
    {
      own = prospect_database_open (path, &error);
      if (own == NULL)
        {
          prospect_import_report_init (&job->report);
          g_task_return_error (task, error);
          return;
        }
    }
  if (prospect_import_csv_file (own != NULL ? own : job->database, job->kind, job->path, job->mode, cancellable,
                                import_progress, job, &job->report, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}


static void
preview_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     ProspectDataPage *self)
{
  if (g_str_equal (response, "import") && self->import_path != NULL)
    _prospect_data_page_start_import (self, self->import_path, PROSPECT_IMPORT_ALL_OR_NOTHING);
  else if (g_str_equal (response, "import-valid") && self->import_path != NULL)
    _prospect_data_page_start_import (self, self->import_path, PROSPECT_IMPORT_VALID_ROWS);
}

static void
show_preview (ProspectDataPage           *self,
              const ProspectImportReport *report)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  guint valid = report->rows_read - report->problems->len;

  for (guint i = 0; i < report->problems->len && i < 200; i++)
    {
      const ProspectImportProblem *p = g_ptr_array_index (report->problems, i);

      g_string_append_printf (problems, "Line %u: %s\n", p->line, p->message);
    }
  if (report->problems->len > 200)
    g_string_append_printf (problems, "… and %u more.\n", report->problems->len - 200);
  body = report->problems->len == 0
    ? g_strdup_printf ("All %u rows can be imported.", report->rows_read)
    : g_strdup_printf ("%u of %u rows have problems. Import nothing, or only the %u valid rows?",
                       report->problems->len, report->rows_read, valid);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _("Import CSV"),
                                                       body));
  if (problems->len > 0)
    {
      GtkWidget *scroller = gtk_scrolled_window_new ();
      GtkWidget *label = gtk_label_new (problems->str);

      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), label);
      gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 160);
      adw_message_dialog_set_extra_child (dialog, scroller);
    }
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  if (report->problems->len == 0)
    {
      adw_message_dialog_add_response (dialog, "import", _("_Import"));
      adw_message_dialog_set_response_appearance (dialog, "import", ADW_RESPONSE_SUGGESTED);
    }
  else if (valid > 0)
    adw_message_dialog_add_response (dialog, "import-valid", _("Import the _Valid Rows"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (preview_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GTask *task = G_TASK (result);
  ImportJob *job = g_task_get_task_data (task);
  g_autoptr(ProspectDataPage) self = g_weak_ref_get (&job->page);
  g_autoptr(GError) error = NULL;
  gboolean ok = g_task_propagate_boolean (task, &error);

  if (self == NULL)
    return;
  g_clear_object (&self->import_cancellable);
  gtk_widget_set_visible (self->progress_box, FALSE);
  _prospect_data_page_update_actions (self);

  if (!ok)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _prospect_data_page_show_message (self, error->message);
      else
        _prospect_data_page_show_message (self, _("Import cancelled: nothing was changed."));
      return;
    }
  if (job->mode == PROSPECT_IMPORT_PREVIEW)
    {
      show_preview (self, &job->report);
      return;
    }
  {
    g_autofree char *message = g_strdup_printf (ngettext ("Imported %u row", "Imported %u rows",
                                                          job->report.rows_imported), job->report.rows_imported);

    _prospect_data_page_show_message (self, message);
  }
  /* The file changed under the undo history: replaying it now could
   * undo or redo rows the import has since rewritten. */
  prospect_editor_forget (self->editor);
  _prospect_data_page_update_actions (self);
  _prospect_data_page_changed (self);
}

void
_prospect_data_page_start_import (ProspectDataPage  *self,
                                  const char        *path,
                                  ProspectImportMode mode)
{
  g_autoptr(GTask) task = NULL;
  ImportJob *job;
  ProspectDataKind kind;

  if (self->import_cancellable != NULL)
    return;
  if (!kind_for_table (self->table, &kind))
    {
      _prospect_data_page_show_message (self, _("This table has no CSV format; choose Funds, Share classes, Calendar-year returns, "
                                                "Fee tables or Financial highlights."));
      return;
    }
  if (path != self->import_path)
    {
      g_free (self->import_path);
      self->import_path = g_strdup (path);
    }
  job = g_new0 (ImportJob, 1);
  job->database = g_object_ref (self->database);
  job->kind = kind;
  job->path = g_strdup (path);
  job->mode = mode;
  g_weak_ref_init (&job->page, self);

  self->import_cancellable = g_cancellable_new ();
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_progress_bar_set_text (self->progress_bar, mode == PROSPECT_IMPORT_PREVIEW ? "Checking the file…"
                                                                                  : "Importing…");
  gtk_widget_set_visible (self->progress_box, TRUE);
  _prospect_data_page_update_actions (self);

  task = g_task_new (NULL, self->import_cancellable, import_done_cb, NULL);
  g_task_set_source_tag (task, _prospect_data_page_start_import);
  g_task_set_task_data (task, job, (GDestroyNotify) import_job_free);
  g_task_set_priority (task, G_PRIORITY_LOW);
  g_task_run_in_thread (task, import_thread);
}

static void
import_response_cb (ProspectDataPage     *self,
                    int                   response,
                    GtkFileChooserNative *chooser)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = prospect_ui_chooser_path (chooser, response, &error);

  if (path != NULL)
    _prospect_data_page_start_import (self, path, PROSPECT_IMPORT_PREVIEW);
  else if (error != NULL)
    _prospect_data_page_show_message (self, error->message);
  g_clear_object (&self->chooser);
}

static void
export_response_cb (ProspectDataPage     *self,
                    int                   response,
                    GtkFileChooserNative *chooser)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = prospect_ui_chooser_path (chooser, response, &error);
  gboolean whole = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "whole"));
  ProspectDataKind kind;

  if (path == NULL)
    {
      if (error != NULL)
        _prospect_data_page_show_message (self, error->message);
    }
  else if (whole ? !prospect_database_save_copy (self->database, path, &error)
                 : !(kind_for_table (self->table, &kind) && prospect_export_csv_file (self->database, kind, path,
                                                                                      &error)))
    _prospect_data_page_show_message (self, error != NULL ? error->message : _("This table has no CSV format."));
  else
    {
      g_autofree char *name = prospect_ui_file_name (path);
      g_autofree char *message = g_strdup_printf (_("Saved “%s”"), name);

      _prospect_data_page_show_message (self, message);
    }
  g_clear_object (&self->chooser);
}

static void
choose_file (ProspectDataPage     *self,
             GtkFileChooserAction  action,
             const char           *title,
             const char           *suggested,
             gboolean              whole,
             GCallback             callback)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, action, NULL,
                                               NULL);
  if (suggested != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), suggested);
  g_object_set_data (G_OBJECT (self->chooser), "whole", GINT_TO_POINTER (whole));
  g_signal_connect_object (self->chooser, "response", callback, self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

void
_prospect_data_page_transfer_cb (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  ProspectDataPage *self = PROSPECT_DATA_PAGE (widget);
  ProspectDataKind kind;

  if (g_str_equal (action_name, "data.import"))
    choose_file (self, GTK_FILE_CHOOSER_ACTION_OPEN, "Import CSV", NULL, FALSE, G_CALLBACK (import_response_cb));
  else if (g_str_equal (action_name, "data.export-database"))
    choose_file (self, GTK_FILE_CHOOSER_ACTION_SAVE, "Export Database", "Prospect.db", TRUE,
                 G_CALLBACK (export_response_cb));
  else if (kind_for_table (self->table, &kind))
    {
      g_autofree char *name = g_strdup_printf ("%s.csv", prospect_data_kind_to_string (kind));

      choose_file (self, GTK_FILE_CHOOSER_ACTION_SAVE, "Export CSV", name, FALSE, G_CALLBACK (export_response_cb));
    }
  else
    _prospect_data_page_show_message (self, _("This table has no CSV format."));
}

void
_prospect_data_page_cancel_import_cb (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  ProspectDataPage *self = PROSPECT_DATA_PAGE (widget);

  if (self->import_cancellable != NULL)
    g_cancellable_cancel (self->import_cancellable);
}
