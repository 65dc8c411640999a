/* prospect-window-actions.c: the window's commands: search and pick a
 * class, go to a page, step through charts, presentation mode and zoom,
 * export a chart or the handout, print, open another database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-window"

#include "config.h"

#include <glib/gi18n.h>

#include "prospect-fact-sheet.h"
#include "prospect-ui-util.h"
#include "prospect-window-private.h"

static void
dismiss_banner_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ProspectWindow *self = PROSPECT_WINDOW (widget);

  gtk_revealer_set_reveal_child (self->banner_revealer, FALSE);
}

static GPtrArray *
visible_charts (ProspectWindow *self)
{
  return prospect_page_get_charts (PROSPECT_PAGE (_prospect_window_ensure_page (self, _prospect_window_visible_page_index (self))));
}

/* Ctrl+F: on the Portfolio page the glossary; elsewhere the fund and class
 * selector. */
static void
search_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  ProspectWindow *self = PROSPECT_WINDOW (widget);

  if (!prospect_page_focus_search (PROSPECT_PAGE (_prospect_window_ensure_page (self, _prospect_window_visible_page_index (self)))))
    gtk_menu_button_popup (self->class_button);
}

static void
select_class_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  g_autoptr(GError) error = NULL;

  if (!prospect_window_select_class (PROSPECT_WINDOW (widget), g_variant_get_int64 (parameter), &error))
    prospect_window_show_problem (PROSPECT_WINDOW (widget), error->message);
}

static void
go_to_page_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ProspectWindow *self = PROSPECT_WINDOW (widget);
  int index = g_variant_get_int32 (parameter);

  if (index >= 0 && index < N_PAGES)
    adw_view_stack_set_visible_child_name (self->stack, _prospect_window_pages[index].name);
}

/* Page Down / Page Up (and a presentation clicker, which sends them) step
 * through the charts of a page, then on to the next page. */
static void
step_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  ProspectWindow *self = PROSPECT_WINDOW (widget);
  int delta = g_variant_get_int32 (parameter);
  g_autoptr(GPtrArray) charts = visible_charts (self);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  int current = -1, next, page;

  for (guint i = 0; i < charts->len; i++)
    {
      GtkWidget *chart = g_ptr_array_index (charts, i);

      if (focus != NULL && (focus == chart || gtk_widget_is_ancestor (focus, chart)))
        current = (int) i;
    }
  next = current < 0 ? (delta > 0 ? 0 : -1) : current + delta;
  while (next >= 0 && next < (int) charts->len &&
         (!gtk_widget_get_mapped (g_ptr_array_index (charts, next)) ||
          prospect_chart_view_get_data (g_ptr_array_index (charts, next)) == NULL))
    next += delta;
  if (next >= 0 && next < (int) charts->len && !(current < 0 && delta < 0))
    {
      gtk_widget_grab_focus (g_ptr_array_index (charts, next));
      return;
    }
  page = CLAMP (_prospect_window_visible_page_index (self) + delta, 0, N_PAGES - 1);
  adw_view_stack_set_visible_child_name (self->stack, _prospect_window_pages[page].name);
}

void
_prospect_window_apply_presentation_scale (ProspectWindow *self)
{
  double scale = self->presentation && self->settings != NULL
                   ? g_settings_get_double (self->settings, "presentation-scale") : 1.0;

  /* A page not yet built gets the scale when it is shown. */
  for (int p = 0; p < N_PAGES; p++)
    {
      g_autoptr(GPtrArray) charts = NULL;

      if (self->pages[p] == NULL)
        continue;
      charts = prospect_page_get_charts (PROSPECT_PAGE (self->pages[p]));
      for (guint i = 0; i < charts->len; i++)
        prospect_chart_view_set_font_scale (g_ptr_array_index (charts, i), scale);
    }
}

static void
set_presentation (ProspectWindow *self,
                  gboolean        presentation)
{
  if (self->presentation == presentation)
    return;
  self->presentation = presentation;
  if (presentation)
    {
      gtk_window_fullscreen (GTK_WINDOW (self));
      gtk_widget_add_css_class (GTK_WIDGET (self), "presentation");
    }
  else
    {
      gtk_window_unfullscreen (GTK_WINDOW (self));
      gtk_widget_remove_css_class (GTK_WIDGET (self), "presentation");
    }
  _prospect_window_apply_presentation_scale (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-presentation", presentation);
  /* While presenting, the clicker's keys are the window's before any
   * focused chart or scrolled page can take them. */
  gtk_event_controller_set_propagation_phase (self->presenter_keys, presentation ? GTK_PHASE_CAPTURE
                                                                                 : GTK_PHASE_NONE);
}

/* Page Down and Page Up, as presentation clickers send them: chart by
 * chart, then page by page.  Bound on the window too, but a scrolled page
 * would take them first; this controller runs in the capture phase while
 * presenting (see set_presentation ()). */
void
_prospect_window_init_presenter_keys (ProspectWindow *self)
{
  GtkShortcutController *controller = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());

  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new_with_arguments (gtk_keyval_trigger_new (GDK_KEY_Page_Down, 0),
                                                                         gtk_named_action_new ("win.step"), "i", 1));
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new_with_arguments (gtk_keyval_trigger_new (GDK_KEY_Page_Up, 0),
                                                                         gtk_named_action_new ("win.step"), "i", -1));
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (controller), GTK_PHASE_NONE);
  gtk_event_controller_set_name (GTK_EVENT_CONTROLLER (controller), "presenter-keys");
  self->presenter_keys = GTK_EVENT_CONTROLLER (controller);
  gtk_widget_add_controller (GTK_WIDGET (self), self->presenter_keys);
}

static void
presentation_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ProspectWindow *self = PROSPECT_WINDOW (widget);

  set_presentation (self, !self->presentation);
}

static void
leave_presentation_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  set_presentation (PROSPECT_WINDOW (widget), FALSE);
}

static void
zoom_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  ProspectWindow *self = PROSPECT_WINDOW (widget);
  double scale = g_settings_get_double (self->settings, "presentation-scale");

  scale = CLAMP (scale + 0.1 * g_variant_get_int32 (parameter), 1.0, 3.0);
  g_settings_set_double (self->settings, "presentation-scale", scale);
  _prospect_window_apply_presentation_scale (self);
}

static void
export_chart_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ProspectWindow *self = PROSPECT_WINDOW (widget);
  g_autoptr(GPtrArray) charts = visible_charts (self);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *target = NULL;

  for (guint i = 0; i < charts->len; i++)
    {
      GtkWidget *chart = g_ptr_array_index (charts, i);

      if (prospect_chart_view_get_data (PROSPECT_CHART_VIEW (chart)) == NULL)
        continue;
      if (target == NULL || focus == chart)
        target = chart;
    }
  if (target == NULL)
    {
      _prospect_window_show_toast (self, _("This page has no chart to export. The Performance page has three."));
      return;
    }
  gtk_widget_activate_action (target, "chart.export", NULL);
}

static ProspectReport *
build_report (ProspectWindow  *self,
              gboolean         whole_handout,
              GError         **error)
{
  ProspectReportContent content = PROSPECT_REPORT_ALL;

  if (!whole_handout)
    {
      const char *page = adw_view_stack_get_visible_child_name (self->stack);

      if (g_strcmp0 (page, "highlights") == 0)
        content = PROSPECT_REPORT_HIGHLIGHTS;
      else if (g_strcmp0 (page, "portfolio") == 0)
        content = PROSPECT_REPORT_PORTFOLIO;
      else if (g_strcmp0 (page, "fees") == 0)
        content = PROSPECT_REPORT_FEES;
      else if (g_strcmp0 (page, "compare") == 0)
        content = PROSPECT_REPORT_COSTS;
      else
        content = PROSPECT_REPORT_PERFORMANCE;
    }
  /* Printed and handed out as shown: the Fees page's own inputs, when the
   * user changed them, go in beside the printed figures. */
  {
    GtkWidget *fees = NULL;

    /* Only a page already built can show changed inputs. */
    for (int i = 0; i < N_PAGES; i++)
      if (g_str_equal (_prospect_window_pages[i].name, "fees"))
        fees = self->pages[i];
    const ProspectExpenseInput *shown = fees != NULL && (content & PROSPECT_REPORT_FEES)
                                        ? prospect_fees_page_get_shown_input (PROSPECT_FEES_PAGE (fees)) : NULL;

    return prospect_report_new_with_example (self->database, self->class_id, content, NULL, NULL, shown, error);
  }
}

typedef ProspectReport *(*ReportMaker) (ProspectWindow *self,
                                        GError        **error);

/* Writes the report MAKE builds to the file the user chose in CHOOSER.
 * Returns: the file's name to say it was saved, or NULL when the user
 * cancelled or the reason it was not has been shown. */
static char *
save_chosen_pdf (ProspectWindow       *self,
                 GtkFileChooserNative *chooser,
                 int                   response,
                 ReportMaker           make)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = prospect_ui_chooser_path (chooser, response, &error);
  g_autoptr(ProspectReport) report = NULL;
  char *name = NULL;

  if (path == NULL)
    {
      if (error != NULL)
        _prospect_window_show_toast (self, error->message);
    }
  else if ((report = make (self, &error)) == NULL || !prospect_report_export_pdf (report, path, &error))
    _prospect_window_show_toast (self, error->message);
  else
    name = prospect_ui_file_name (path);
  g_clear_object (&self->chooser);
  return name;
}

static ProspectReport *
make_handout (ProspectWindow *self,
              GError        **error)
{
  return build_report (self, TRUE, error);
}

static void
handout_response_cb (ProspectWindow       *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autofree char *name = save_chosen_pdf (self, chooser, response, make_handout);

  if (name != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Saved handout “%s”"), name);

      _prospect_window_show_toast (self, message);
    }
}

/* A save dialog for a PDF, answered through RESPONSE. */
static void
ask_for_pdf (ProspectWindow *self,
             const char     *title,
             const char     *file_name,
             GCallback       response)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  self->chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                               _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF document"));
  gtk_file_filter_add_pattern (filter, "*.pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), file_name);
  g_signal_connect_object (self->chooser, "response", response, self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* The class's one-page fact sheet, on the locale's paper. */
static ProspectReport *
make_fact_sheet (ProspectWindow *self,
                 GError        **error)
{
  return prospect_fact_sheet_new (self->database, self->class_id, prospect_paper_from_locale (), NULL, error);
}

static void
fact_sheet_response_cb (ProspectWindow       *self,
                        int                   response,
                        GtkFileChooserNative *chooser)
{
  g_autofree char *name = save_chosen_pdf (self, chooser, response, make_fact_sheet);

  if (name != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Saved fact sheet “%s”"), name);

      _prospect_window_show_toast (self, message);
    }
}

static void
export_fact_sheet_cb (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ProspectWindow *self = PROSPECT_WINDOW (widget);

  if (self->chooser != NULL || self->database == NULL)
    return;
  ask_for_pdf (self, _("Export Fact Sheet"), _("Fact sheet.pdf"), G_CALLBACK (fact_sheet_response_cb));
}

static void
export_handout_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ProspectWindow *self = PROSPECT_WINDOW (widget);

  if (self->chooser != NULL || self->database == NULL)
    return;
  /* A handout of empty pages would be handed out as if it said something. */
  if (!prospect_database_class_has_figures (self->database, self->class_id, NULL))
    {
      _prospect_window_show_toast (self, _("This class has no figures for a handout yet: add them on the Data page "
                                           "or import the fund's filing."));
      return;
    }
  ask_for_pdf (self, _("Export Handout"), "Handout.pdf", G_CALLBACK (handout_response_cb));
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                ProspectReport    *report)
{
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);

  gtk_print_operation_set_n_pages (operation,
                                   (int) prospect_report_paginate (report, gtk_print_context_get_cairo_context (context),
                                                                   width, height));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              ProspectReport    *report)
{
  prospect_report_draw_page (report, gtk_print_context_get_cairo_context (context),
                             gtk_print_context_get_width (context), gtk_print_context_get_height (context),
                             (guint) page);
}

static void
print_cb (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  ProspectWindow *self = PROSPECT_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  ProspectReport *report = build_report (self, FALSE, &error);

  if (report == NULL)
    {
      _prospect_window_show_toast (self, error->message);
      return;
    }
  operation = gtk_print_operation_new ();
  gtk_print_operation_set_job_name (operation, "Prospect");
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), report);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), report);
  g_object_set_data_full (G_OBJECT (operation), "report", report, (GDestroyNotify) prospect_report_free);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self), &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    _prospect_window_show_toast (self, error->message);
}

static void
open_response_cb (ProspectWindow       *self,
                  int                   response,
                  GtkFileChooserNative *chooser)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = prospect_ui_chooser_path (chooser, response, &error);
  g_autoptr(ProspectDatabase) database = NULL;

  if (path != NULL || error != NULL)
    {
      if (path == NULL)
        _prospect_window_show_toast (self, error->message);
      else if ((database = prospect_database_open (path, &error)) == NULL)
        {
          AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (
            adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Open the Database"), error->message));

          adw_message_dialog_add_response (dialog, "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (dialog));
        }
      else if (!prospect_window_set_database (self, database, &error))
        _prospect_window_show_toast (self, error->message);
    }
  g_clear_object (&self->chooser);
}

static void
open_database_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ProspectWindow *self = PROSPECT_WINDOW (widget);

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Open Database"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                               "_Open", "_Cancel");
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (open_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

void
_prospect_window_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.dismiss-banner", NULL, dismiss_banner_cb);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_cb);
  gtk_widget_class_install_action (widget_class, "win.select-class", "x", select_class_cb);
  gtk_widget_class_install_action (widget_class, "win.go-to-page", "i", go_to_page_cb);
  gtk_widget_class_install_action (widget_class, "win.step", "i", step_cb);
  gtk_widget_class_install_action (widget_class, "win.presentation", NULL, presentation_cb);
  gtk_widget_class_install_action (widget_class, "win.leave-presentation", NULL, leave_presentation_cb);
  gtk_widget_class_install_action (widget_class, "win.zoom", "i", zoom_cb);
  gtk_widget_class_install_action (widget_class, "win.export-chart", NULL, export_chart_cb);
  gtk_widget_class_install_action (widget_class, "win.export-handout", NULL, export_handout_cb);
  gtk_widget_class_install_action (widget_class, "win.export-fact-sheet", NULL, export_fact_sheet_cb);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_cb);
  gtk_widget_class_install_action (widget_class, "win.open-database", NULL, open_database_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open-database", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "win.presentation", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.leave-presentation", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "win.step", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "win.step", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "win.zoom", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "win.zoom", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "win.zoom", "i", -1);
  for (int i = 0; i < N_PAGES; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_CONTROL_MASK, "win.go-to-page", "i", i);
}
