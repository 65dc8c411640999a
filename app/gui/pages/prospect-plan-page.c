/* prospect-plan-page.c: the Plan page: plan line-ups (new, renamed,
 * deleted with undo), each plan's own facts, and the comparative chart
 * exported as the participants' PDF or as CSV.  Every change is saved at
 * once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-plan-page"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>
#include <string.h>

#include "prospect-format.h"
#include "prospect-index-names.h"
#include "prospect-number.h"
#include "prospect-output.h"
#include "prospect-plan-page-private.h"
#include "prospect-plan-report.h"
#include "prospect-returns.h"
#include "prospect-testing.h"
#include "prospect-ui-util.h"

G_DEFINE_FINAL_TYPE (ProspectPlanPage, prospect_plan_page, PROSPECT_TYPE_PAGE)

static const struct
{
  const char *title;
  const char *hint;
} facts[PLAN_N_FACTS] = {
  { N_("Name"), NULL },
  { N_("Figures as of"), N_("YYYY-MM-DD, usually the last calendar year-end; empty: each document's own date") },
  { N_("Where participants find more"), N_("A web address") },
  { N_("Administrative fees, dollars a year"), NULL },
  { N_("Administrative fees, percent of the account a year"), NULL },
  { N_("How the fees are charged"), N_("For example: deducted quarterly from each account") },
};

ProspectPlan *
_prospect_plan_page_current (ProspectPlanPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->plan_dropdown);

  if (self->plans == NULL || selected == GTK_INVALID_LIST_POSITION || selected >= self->plans->len)
    return NULL;
  return g_ptr_array_index (self->plans, selected);
}

/* The options of the plan shown, and their rows of figures. */
void
_prospect_plan_page_reload_options (ProspectPlanPage *self)
{
  ProspectPlan *plan = _prospect_plan_page_current (self);
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->options, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  if (plan == NULL || self->database == NULL)
    return;
  self->options = prospect_database_list_plan_options (self->database, plan->id, &error);
  if (self->options != NULL)
    self->rows = prospect_plan_rows_build (self->database, self->options, plan->as_of, &error);
  if (error != NULL)
    prospect_ui_toast (GTK_WIDGET (self), adw_toast_new (error->message));
}

/* Everything below the plan chooser, from the store. */
void
_prospect_plan_page_refresh (ProspectPlanPage *self)
{
  ProspectPlan *plan = _prospect_plan_page_current (self);

  gtk_widget_set_visible (self->empty_label, plan == NULL);
  gtk_widget_set_visible (self->content_box, plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.delete", plan != NULL);
  if (plan == NULL)
    return;
  self->loading = TRUE;
  {
    g_autofree char *dollars = plan->admin_fee_dollars > 0 ? prospect_format_grouped (plan->admin_fee_dollars, 2)
                                                           : g_strdup ("");
    g_autofree char *pct = plan->admin_fee_pct > 0 ? prospect_format_grouped (plan->admin_fee_pct, 2) : g_strdup ("");
    const char *texts[PLAN_N_FACTS] = {
      plan->name, plan->as_of, plan->web_address, dollars, pct, plan->admin_fee_note,
    };

    for (int f = 0; f < PLAN_N_FACTS; f++)
      {
        gtk_editable_set_text (GTK_EDITABLE (self->facts[f]), texts[f] != NULL ? texts[f] : "");
        prospect_ui_mark_entry (self->fact_rows[f], GTK_WIDGET (self->facts[f]), NULL, (facts[f].hint != NULL ? _(facts[f].hint) : NULL));
      }
  }
  self->loading = FALSE;
  _prospect_plan_page_reload_options (self);
  _prospect_plan_options_rebuild (self);
  _prospect_plan_table_update (self);
}

/* The plan chooser, from the store, showing SELECT_ID where it exists. */
static void
fill_plans (ProspectPlanPage *self,
            gint64            select_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;

  g_clear_pointer (&self->plans, g_ptr_array_unref);
  self->plans = prospect_database_list_plans (self->database, &error);
  if (self->plans == NULL)
    {
      prospect_ui_toast (GTK_WIDGET (self), adw_toast_new (error->message));
      self->plans = g_ptr_array_new_with_free_func ((GDestroyNotify) prospect_plan_free);
    }
  for (guint i = 0; i < self->plans->len; i++)
    {
      const ProspectPlan *plan = g_ptr_array_index (self->plans, i);

      gtk_string_list_append (names, plan->name);
      if (plan->id == select_id)
        selected = i;
    }
  self->loading = TRUE;
  gtk_drop_down_set_model (self->plan_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->plan_dropdown, self->plans->len > 0 ? selected : GTK_INVALID_LIST_POSITION);
  self->loading = FALSE;
  _prospect_plan_page_refresh (self);
}

static void
plan_selected_cb (ProspectPlanPage *self)
{
  if (!self->loading)
    _prospect_plan_page_refresh (self);
}

static void
filter_changed_cb (ProspectPlanPage *self)
{
  if (!self->loading)
    _prospect_plan_table_update (self);
}

/* Reads a fact; a bad one is marked and not saved. */
static void
fact_changed_cb (GtkEditable      *entry,
                 ProspectPlanPage *self)
{
  ProspectPlan *plan = _prospect_plan_page_current (self);
  g_autoptr(ProspectPlan) edited = NULL;
  g_autoptr(GError) error = NULL;
  int f;

  if (self->loading || plan == NULL)
    return;
  for (f = 0; f < PLAN_N_FACTS && GTK_EDITABLE (self->facts[f]) != entry; f++)
    ;
  edited = prospect_plan_copy (plan);
  {
    g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
    ProspectFieldSpec dollars = { _("Administrative fees"), PROSPECT_UNIT_DOLLARS, 0, 1e9, FALSE, FALSE };
    ProspectFieldSpec pct = { _("Administrative fees"), PROSPECT_UNIT_PERCENT, 0, 100, FALSE, FALSE };
    double value = 0;
    GDate date;

    switch (f)
      {
      case PLAN_FACT_NAME:
        g_free (edited->name);
        edited->name = g_steal_pointer (&text);
        break;
      case PLAN_FACT_AS_OF:
        if (*text != '\0' && !prospect_parse_iso_date (text, &date))
          g_set_error_literal (&error, PROSPECT_INPUT_ERROR, PROSPECT_INPUT_ERROR_NOT_A_NUMBER,
                               _("Write the date as YYYY-MM-DD, for example 2000-12-31."));
        g_free (edited->as_of);
        edited->as_of = *text != '\0' ? g_steal_pointer (&text) : NULL;
        break;
      case PLAN_FACT_WEB:
        g_free (edited->web_address);
        edited->web_address = *text != '\0' ? g_steal_pointer (&text) : NULL;
        break;
      case PLAN_FACT_FEE_DOLLARS:
        if (*text == '\0' || prospect_parse_field (text, &dollars, &value, &error))
          edited->admin_fee_dollars = value;
        break;
      case PLAN_FACT_FEE_PCT:
        if (*text == '\0' || prospect_parse_field (text, &pct, &value, &error))
          edited->admin_fee_pct = value;
        break;
      default:
        g_free (edited->admin_fee_note);
        edited->admin_fee_note = *text != '\0' ? g_steal_pointer (&text) : NULL;
        break;
      }
  }
  if (error == NULL)
    prospect_database_save_plan (self->database, edited, &error);
  prospect_ui_mark_entry (self->fact_rows[f], GTK_WIDGET (entry), error != NULL ? error->message : NULL,
                          (facts[f].hint != NULL ? _(facts[f].hint) : NULL));
  if (error != NULL)
    return;
  /* The stored plan, and what depends on it: the name in the chooser, the
   * figures' date. */
  g_ptr_array_index (self->plans, gtk_drop_down_get_selected (self->plan_dropdown)) = g_steal_pointer (&edited);
  prospect_plan_free (plan);
  plan = _prospect_plan_page_current (self);
  if (f == PLAN_FACT_NAME)
    {
      GtkStringList *names = GTK_STRING_LIST (gtk_drop_down_get_model (self->plan_dropdown));
      guint selected = gtk_drop_down_get_selected (self->plan_dropdown);
      const char *replacement[] = { plan->name, NULL };

      self->loading = TRUE;
      gtk_string_list_splice (names, selected, 1, replacement);
      gtk_drop_down_set_selected (self->plan_dropdown, selected);
      self->loading = FALSE;
    }
  if (f == PLAN_FACT_AS_OF)
    {
      _prospect_plan_page_reload_options (self);
      _prospect_plan_options_rebuild (self);
    }
  _prospect_plan_table_update (self);
}

static void
new_plan_cb (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ProspectPlanPage *self = PROSPECT_PLAN_PAGE (widget);
  g_autoptr(ProspectPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  if (self->database == NULL)
    return;
  /* "Plan", "Plan 2" …: a name no plan has. */
  for (guint n = 1; plan == NULL || plan->id == 0; n++)
    {
      g_autofree char *name = n == 1 ? g_strdup (_("New Plan")) : g_strdup_printf (_("New Plan %u"), n);
      g_autoptr(ProspectPlan) found = prospect_database_find_plan (self->database, name, NULL);

      if (found != NULL)
        continue;
      g_clear_pointer (&plan, prospect_plan_free);
      plan = prospect_plan_new (name);
      if (!prospect_database_save_plan (self->database, plan, &error))
        {
          prospect_ui_toast (GTK_WIDGET (self), adw_toast_new (error->message));
          return;
        }
    }
  fill_plans (self, plan->id);
  gtk_widget_grab_focus (GTK_WIDGET (self->facts[PLAN_FACT_NAME]));
}

static void
delete_plan_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ProspectPlanPage *self = PROSPECT_PLAN_PAGE (widget);
  ProspectPlan *plan = _prospect_plan_page_current (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (plan == NULL)
    return;
  g_clear_pointer (&self->deleted_plan, prospect_plan_free);
  g_clear_pointer (&self->deleted_options, g_ptr_array_unref);
  self->deleted_plan = prospect_plan_copy (plan);
  self->deleted_options = self->options != NULL ? g_ptr_array_ref (self->options) : NULL;
  if (!prospect_database_delete_plan (self->database, plan->id, &error))
    {
      prospect_ui_toast (GTK_WIDGET (self), adw_toast_new (error->message));
      return;
    }
  title = g_strdup_printf (_("Deleted plan “%s”"), self->deleted_plan->name);
  fill_plans (self, 0);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "plan.undo");
  prospect_ui_toast (GTK_WIDGET (self), toast);
}

/* The last removal undone: a plan with all its options, or one option. */
static void
undo_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  ProspectPlanPage *self = PROSPECT_PLAN_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (self->deleted_plan != NULL)
    {
      g_autoptr(ProspectPlan) plan = g_steal_pointer (&self->deleted_plan);
      g_autoptr(GPtrArray) options = g_steal_pointer (&self->deleted_options);

      if (!prospect_database_save_plan (self->database, plan, &error))
        {
          prospect_ui_toast (GTK_WIDGET (self), adw_toast_new (error->message));
          return;
        }
      for (guint i = 0; options != NULL && i < options->len; i++)
        if (!prospect_database_save_plan_option (self->database, g_ptr_array_index (options, i), &error))
          {
            prospect_ui_toast (GTK_WIDGET (self), adw_toast_new (error->message));
            break;
          }
      fill_plans (self, plan->id);
      return;
    }
  _prospect_plan_options_undo_remove (self);
}

static void
export_response_cb (ProspectPlanPage     *self,
                    int                   response,
                    GtkFileChooserNative *chooser)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = prospect_ui_chooser_path (chooser, response, &error);
  ProspectPlan *plan = _prospect_plan_page_current (self);

  g_clear_object (&self->chooser);
  if (path == NULL || plan == NULL || self->rows == NULL)
    {
      if (error != NULL)
        prospect_ui_toast (GTK_WIDGET (self), adw_toast_new (error->message));
      return;
    }
  if (self->export_csv)
    {
      g_autofree char *text = prospect_plan_rows_to_csv (self->rows);
      g_autoptr(ProspectOutput) output = prospect_output_open (path, &error);

      if (output != NULL)
        {
          prospect_output_write (output, text, strlen (text));
          prospect_output_commit (output, &error);
        }
    }
  else
    {
      g_autoptr(ProspectReport) report = prospect_plan_report_new (plan, self->rows, plan->as_of, NULL);

      prospect_report_export_pdf (report, path, &error);
    }
  {
    g_autofree char *name = prospect_ui_file_name (path);
    g_autofree char *message = error != NULL ? g_strdup (error->message)
                                             : g_strdup_printf (_("Saved the comparative chart “%s”"), name);

    prospect_ui_toast (GTK_WIDGET (self), adw_toast_new (message));
  }
}

static void
export_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  ProspectPlanPage *self = PROSPECT_PLAN_PAGE (widget);
  ProspectPlan *plan = _prospect_plan_page_current (self);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *name = NULL;

  if (plan == NULL || self->chooser != NULL)
    return;
  self->export_csv = g_str_equal (action_name, "plan.export-csv");
  self->chooser = gtk_file_chooser_native_new (_("Export Comparative Chart"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                                                  : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, self->export_csv ? _("CSV file") : _("PDF document"));
  gtk_file_filter_add_pattern (filter, self->export_csv ? "*.csv" : "*.pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  name = g_strdup_printf ("%s.%s", plan->name, self->export_csv ? "csv" : "pdf");
  g_strdelimit (name, "/\\", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (export_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
add_class_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  _prospect_plan_options_add_class (PROSPECT_PLAN_PAGE (widget));
}

static void
add_fixed_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  _prospect_plan_options_add_fixed (PROSPECT_PLAN_PAGE (widget));
}

static void
move_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  _prospect_plan_options_move_focused (PROSPECT_PLAN_PAGE (widget), g_str_equal (action_name, "plan.move-up") ? -1 : 1);
}

static void
prospect_plan_page_dispose (GObject *object)
{
  ProspectPlanPage *self = (ProspectPlanPage *) object;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->database);
  g_clear_pointer (&self->plans, g_ptr_array_unref);
  g_clear_pointer (&self->options, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->class_ids, g_array_unref);
  g_clear_pointer (&self->index_ids, g_array_unref);
  g_clear_object (&self->index_names);
  g_clear_pointer (&self->option_rows, g_ptr_array_unref);
  g_clear_pointer (&self->deleted_plan, prospect_plan_free);
  g_clear_pointer (&self->deleted_options, g_ptr_array_unref);
  g_clear_pointer (&self->deleted_option, prospect_plan_option_free);

  G_OBJECT_CLASS (prospect_plan_page_parent_class)->dispose (object);
}

static gboolean
load_page (ProspectPage      *page,
           ProspectDatabase  *database,
           gint64             class_id,
           GError           **error)
{
  return prospect_plan_page_load (PROSPECT_PLAN_PAGE (page), database, class_id, error);
}

static GPtrArray *
get_charts (ProspectPage *page)
{
  GPtrArray *charts = g_ptr_array_new ();

  g_ptr_array_add (charts, PROSPECT_PLAN_PAGE (page)->expense_chart);
  g_ptr_array_add (charts, PROSPECT_PLAN_PAGE (page)->return_chart);
  return charts;
}

static void
prospect_plan_page_class_init (ProspectPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ProspectPageClass *page_class = PROSPECT_PAGE_CLASS (klass);

  page_class->load = load_page;
  page_class->get_charts = get_charts;
  object_class->dispose = prospect_plan_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/pages/prospect-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ProspectPlanPage, plan_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ProspectPlanPage, empty_label);
  gtk_widget_class_bind_template_child (widget_class, ProspectPlanPage, content_box);
  gtk_widget_class_bind_template_child (widget_class, ProspectPlanPage, facts_group);
  gtk_widget_class_bind_template_child (widget_class, ProspectPlanPage, options_group);
  gtk_widget_class_bind_template_child (widget_class, ProspectPlanPage, class_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ProspectPlanPage, type_filter);
  gtk_widget_class_bind_template_child (widget_class, ProspectPlanPage, table_grid);
  gtk_widget_class_bind_template_child (widget_class, ProspectPlanPage, gaps_label);
  gtk_widget_class_bind_template_child (widget_class, ProspectPlanPage, expense_chart);
  gtk_widget_class_bind_template_child (widget_class, ProspectPlanPage, return_chart);
  gtk_widget_class_bind_template_child (widget_class, ProspectPlanPage, statements_label);
  gtk_widget_class_bind_template_callback (widget_class, plan_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);

  gtk_widget_class_install_action (widget_class, "plan.new", NULL, new_plan_cb);
  gtk_widget_class_install_action (widget_class, "plan.delete", NULL, delete_plan_cb);
  gtk_widget_class_install_action (widget_class, "plan.undo", NULL, undo_cb);
  gtk_widget_class_install_action (widget_class, "plan.add-class", NULL, add_class_cb);
  gtk_widget_class_install_action (widget_class, "plan.add-fixed", NULL, add_fixed_cb);
  gtk_widget_class_install_action (widget_class, "plan.move-up", NULL, move_cb);
  gtk_widget_class_install_action (widget_class, "plan.move-down", NULL, move_cb);
  gtk_widget_class_install_action (widget_class, "plan.export-pdf", NULL, export_cb);
  gtk_widget_class_install_action (widget_class, "plan.export-csv", NULL, export_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "plan.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "plan.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "plan.undo", NULL);
}

static void
prospect_plan_page_init (ProspectPlanPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->class_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->index_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->index_names = gtk_string_list_new (NULL);
  self->option_rows = g_ptr_array_new ();
  for (int f = 0; f < PLAN_N_FACTS; f++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *entry = gtk_entry_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(facts[f].title));
      if (facts[f].hint != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(facts[f].hint));
      gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
      gtk_editable_set_width_chars (GTK_EDITABLE (entry), f == PLAN_FACT_NAME || f == PLAN_FACT_WEB ? 28 : 16);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _(facts[f].title), -1);
      g_signal_connect (entry, "changed", G_CALLBACK (fact_changed_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), entry);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), entry);
      adw_preferences_group_add (self->facts_group, row);
      self->facts[f] = GTK_ENTRY (entry);
      self->fact_rows[f] = ADW_ACTION_ROW (row);
    }
  gtk_label_set_text (self->statements_label,
                      _("Past performance does not guarantee how an option will perform in the future. Fees and "
                        "expenses are only one of several factors to consider when you decide to invest in an option. "
                        "The cumulative effect of fees and expenses can substantially reduce the growth of your "
                        "retirement savings: the last column shows what each option's expenses cost on $10,000 over 20 "
                        "years at 5%."));
}

/* The classes to add and the benchmarks to choose from, as the store has
 * them now. */
static void
fill_choices (ProspectPlanPage *self)
{
  g_autoptr(GPtrArray) classes = prospect_database_list_classes (self->database, NULL);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) names = NULL;
  guint selected = 0;

  g_array_set_size (self->class_ids, 0);
  for (guint i = 0; classes != NULL && i < classes->len; i++)
    {
      const ProspectClassInfo *c = g_ptr_array_index (classes, i);
      g_autofree char *label = g_strdup_printf ("%s – %s", c->fund_name, c->name);

      g_array_append_val (self->class_ids, c->id);
      gtk_string_list_append (labels, label);
      if (c->id == self->class_id)
        selected = i;
    }
  gtk_drop_down_set_model (self->class_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->class_dropdown, selected);

  /* Index series: those of no class, by name. */
  g_array_set_size (self->index_ids, 0);
  gtk_string_list_splice (self->index_names, 0, g_list_model_get_n_items (G_LIST_MODEL (self->index_names)), NULL);
  {
    gint64 none = 0;

    g_array_append_val (self->index_ids, none);
    gtk_string_list_append (self->index_names, _("The index its prospectus names"));
  }
  names = g_ptr_array_new_with_free_func (g_free);
  if (prospect_database_list_indexes (self->database, self->index_ids, names, NULL))
    for (guint i = 0; i < names->len; i++)
      gtk_string_list_append (self->index_names, g_ptr_array_index (names, i));
}

gboolean
prospect_plan_page_load (ProspectPlanPage  *self,
                         ProspectDatabase  *database,
                         gint64             class_id,
                         GError           **error)
{
  ProspectPlan *current;
  gint64 keep;

  g_return_val_if_fail (PROSPECT_IS_PLAN_PAGE (self), FALSE);
  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), FALSE);

  current = _prospect_plan_page_current (self);
  keep = current != NULL ? current->id : 0;
  g_set_object (&self->database, database);
  self->class_id = class_id;
  fill_choices (self);
  fill_plans (self, keep);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.new", !prospect_database_get_read_only (database));
  return TRUE;
}

/* For the tests (prospect-testing.h). */
guint
prospect_plan_page_get_n_plans (ProspectPlanPage *self)
{
  g_return_val_if_fail (PROSPECT_IS_PLAN_PAGE (self), 0);
  return self->plans != NULL ? self->plans->len : 0;
}

guint
prospect_plan_page_get_n_options (ProspectPlanPage *self)
{
  g_return_val_if_fail (PROSPECT_IS_PLAN_PAGE (self), 0);
  return self->options != NULL ? self->options->len : 0;
}

const char *
prospect_plan_page_get_option_name (ProspectPlanPage *self,
                                    guint             index)
{
  g_return_val_if_fail (PROSPECT_IS_PLAN_PAGE (self), NULL);
  if (self->rows == NULL || index >= self->rows->len)
    return NULL;
  return ((ProspectPlanRow *) g_ptr_array_index (self->rows, index))->name;
}

GtkEditable *
prospect_plan_page_get_fact (ProspectPlanPage *self,
                             guint             fact)
{
  g_return_val_if_fail (PROSPECT_IS_PLAN_PAGE (self) && fact < PLAN_N_FACTS, NULL);
  return GTK_EDITABLE (self->facts[fact]);
}

GtkDropDown *
prospect_plan_page_get_class_choice (ProspectPlanPage *self)
{
  g_return_val_if_fail (PROSPECT_IS_PLAN_PAGE (self), NULL);
  return self->class_dropdown;
}

GtkWidget *
prospect_plan_page_get_option_row (ProspectPlanPage *self,
                                   guint             index)
{
  g_return_val_if_fail (PROSPECT_IS_PLAN_PAGE (self), NULL);
  return index < self->option_rows->len ? g_ptr_array_index (self->option_rows, index) : NULL;
}

GtkGrid *
prospect_plan_page_get_table (ProspectPlanPage *self)
{
  g_return_val_if_fail (PROSPECT_IS_PLAN_PAGE (self), NULL);
  return self->table_grid;
}
