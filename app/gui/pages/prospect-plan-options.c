/* prospect-plan-options.c: the Plan page's options: one expander row each,
 * in the plan's order, with its type, benchmark and restrictions (a fixed-
 * return option's name, rate and term); added, removed with undo, and
 * reordered by dragging a row or with Alt+Up and Alt+Down in it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-plan-page"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "prospect-format.h"
#include "prospect-number.h"
#include "prospect-plan-page-private.h"
#include "prospect-ui-util.h"

enum
{
  FIELD_TYPE,
  FIELD_RESTRICTIONS,
  FIELD_FIXED_NAME,
  FIELD_FIXED_RATE,
  FIELD_FIXED_TERM,
  N_FIELDS
};

static const char *const field_titles[N_FIELDS] = {
  N_("Type"), N_("Restrictions on transfers"), N_("Name"), N_("Rate, percent a year"), N_("Term"),
};

static const char *const field_hints[N_FIELDS] = {
  N_("For example Balanced, Large-cap value, Target date, Bond, Stable value"), N_("As text; empty: none stated"),
  NULL, NULL, N_("For example: guaranteed through December 31, 2001"),
};

static int
index_of_row (ProspectPlanPage *self,
              GtkWidget        *row)
{
  guint index;

  return g_ptr_array_find (self->option_rows, row, &index) ? (int) index : -1;
}

static ProspectPlanOption *
option_of (ProspectPlanPage *self,
           GtkWidget        *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_EXPANDER_ROW);
  int index = row != NULL ? index_of_row (self, row) : -1;

  return index >= 0 && self->options != NULL && (guint) index < self->options->len
         ? g_ptr_array_index (self->options, index) : NULL;
}

/* The options again from the store: their rows and the chart. */
static void
reshow (ProspectPlanPage *self)
{
  _prospect_plan_page_reload_options (self);
  _prospect_plan_options_rebuild (self);
  _prospect_plan_table_update (self);
}

static char *
row_subtitle (const ProspectPlanRow *row)
{
  g_autoptr(GString) text = g_string_new (row->category != NULL ? row->category : _("No type given"));

  if (row->fixed)
    {
      g_autofree char *rate = isnan (row->fixed_rate_pct)
                              ? g_strdup ("—") : prospect_format_percent (row->fixed_rate_pct, 2, PROSPECT_NEGATIVE_MINUS);

      g_string_append_printf (text, _(" · fixed %s a year"), rate);
    }
  else if (!isnan (row->gross_pct))
    {
      g_autofree char *ratio = prospect_format_percent (row->gross_pct, 2, PROSPECT_NEGATIVE_MINUS);

      g_string_append_printf (text, _(" · expenses %s"), ratio);
    }
  else
    g_string_append (text, _(" · no fee table"));
  return g_markup_escape_text (text->str, -1);
}

/* A field edited: the option saved at once, and the chart follows. */
static void
field_changed_cb (GtkEditable      *entry,
                  ProspectPlanPage *self)
{
  ProspectPlanOption *option = option_of (self, GTK_WIDGET (entry));
  int field = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (entry), "plan-field"));
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autoptr(ProspectPlanOption) edited = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (entry), ADW_TYPE_ACTION_ROW);

  if (self->loading || option == NULL)
    return;
  edited = prospect_plan_option_copy (option);
  switch (field)
    {
    case FIELD_TYPE:
      g_free (edited->category);
      edited->category = *text != '\0' ? g_steal_pointer (&text) : NULL;
      break;
    case FIELD_RESTRICTIONS:
      g_free (edited->restrictions);
      edited->restrictions = *text != '\0' ? g_steal_pointer (&text) : NULL;
      break;
    case FIELD_FIXED_NAME:
      if (*text == '\0')
        g_set_error_literal (&error, PROSPECT_INPUT_ERROR, PROSPECT_INPUT_ERROR_EMPTY, _("Name is empty."));
      g_free (edited->fixed_name);
      edited->fixed_name = g_steal_pointer (&text);
      break;
    case FIELD_FIXED_RATE:
      {
        ProspectFieldSpec spec = { _("Rate"), PROSPECT_UNIT_PERCENT, -100, 100, FALSE, FALSE };

        prospect_parse_field (text, &spec, &edited->fixed_rate_pct, &error);
      }
      break;
    default:
      g_free (edited->fixed_term);
      edited->fixed_term = *text != '\0' ? g_steal_pointer (&text) : NULL;
      break;
    }
  if (error == NULL)
    prospect_database_save_plan_option (self->database, edited, &error);
  if (ADW_IS_ACTION_ROW (row))
    prospect_ui_mark_entry (ADW_ACTION_ROW (row), GTK_WIDGET (entry), error != NULL ? error->message : NULL,
                            field_hints[field] != NULL ? _(field_hints[field]) : NULL);
  if (error != NULL)
    return;
  _prospect_plan_page_reload_options (self);
  for (guint i = 0; self->rows != NULL && i < self->rows->len && i < self->option_rows->len; i++)
    {
      g_autofree char *subtitle = row_subtitle (g_ptr_array_index (self->rows, i));

      adw_expander_row_set_subtitle (g_ptr_array_index (self->option_rows, i), subtitle);
    }
  _prospect_plan_table_update (self);
}

static void
benchmark_changed_cb (GtkDropDown      *drop_down,
                      GParamSpec       *pspec,
                      ProspectPlanPage *self)
{
  ProspectPlanOption *option = option_of (self, GTK_WIDGET (drop_down));
  guint selected = gtk_drop_down_get_selected (drop_down);
  g_autoptr(ProspectPlanOption) edited = NULL;
  g_autoptr(GError) error = NULL;

  if (self->loading || option == NULL || selected >= self->index_ids->len)
    return;
  edited = prospect_plan_option_copy (option);
  edited->benchmark_id = g_array_index (self->index_ids, gint64, selected);
  if (!prospect_database_save_plan_option (self->database, edited, &error))
    {
      prospect_ui_toast (GTK_WIDGET (self), adw_toast_new (error->message));
      return;
    }
  _prospect_plan_page_reload_options (self);
  _prospect_plan_table_update (self);
}

static void
remove_clicked_cb (GtkButton        *button,
                   ProspectPlanPage *self)
{
  ProspectPlanOption *option = option_of (self, GTK_WIDGET (button));
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;
  AdwToast *toast;
  int index;

  if (option == NULL)
    return;
  index = index_of_row (self, gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_EXPANDER_ROW));
  name = g_strdup (((ProspectPlanRow *) g_ptr_array_index (self->rows, index))->name);
  g_clear_pointer (&self->deleted_option, prospect_plan_option_free);
  g_clear_pointer (&self->deleted_plan, prospect_plan_free);
  self->deleted_option = prospect_plan_option_copy (option);
  if (!prospect_database_delete_plan_option (self->database, option->id, &error))
    {
      prospect_ui_toast (GTK_WIDGET (self), adw_toast_new (error->message));
      return;
    }
  reshow (self);
  title = g_strdup_printf (_("Removed “%s” from the plan"), name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "plan.undo");
  prospect_ui_toast (GTK_WIDGET (self), toast);
}

void
_prospect_plan_options_undo_remove (ProspectPlanPage *self)
{
  g_autoptr(ProspectPlanOption) option = g_steal_pointer (&self->deleted_option);
  g_autoptr(GError) error = NULL;

  if (option == NULL)
    return;
  /* Its id and its place back, as it was. */
  if (!prospect_database_save_plan_option (self->database, option, &error))
    {
      prospect_ui_toast (GTK_WIDGET (self), adw_toast_new (error->message));
      return;
    }
  reshow (self);
}

static void
move (ProspectPlanPage *self,
      int               from,
      int               to)
{
  g_autoptr(GError) error = NULL;
  ProspectPlanOption *option;
  gint64 id;

  if (self->options == NULL || from < 0 || to < 0 || (guint) from >= self->options->len ||
      (guint) to >= self->options->len || from == to)
    return;
  option = g_ptr_array_index (self->options, from);
  id = option->id;
  if (!prospect_database_move_plan_option (self->database, id, (guint) to, &error))
    {
      prospect_ui_toast (GTK_WIDGET (self), adw_toast_new (error->message));
      return;
    }
  reshow (self);
  /* The moved row keeps the focus, so Alt+Down can go on. */
  gtk_widget_child_focus (g_ptr_array_index (self->option_rows, to), GTK_DIR_TAB_FORWARD);
}

void
_prospect_plan_options_move_focused (ProspectPlanPage *self,
                                     int               by)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus != NULL ? (ADW_IS_EXPANDER_ROW (focus) ? focus
                                                                : gtk_widget_get_ancestor (focus, ADW_TYPE_EXPANDER_ROW))
                                 : NULL;
  int index = row != NULL ? index_of_row (self, row) : -1;

  if (index >= 0)
    move (self, index, index + by);
}

static void
move_clicked_cb (GtkButton        *button,
                 ProspectPlanPage *self)
{
  int index = index_of_row (self, gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_EXPANDER_ROW));
  int by = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "plan-move"));

  move (self, index, index + by);
}

/* Drag a row onto another: it takes that one's place. */
static GdkContentProvider *
drag_prepare_cb (GtkDragSource    *source,
                 double            x,
                 double            y,
                 ProspectPlanPage *self)
{
  int index = index_of_row (self, gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source)));

  return index >= 0 ? gdk_content_provider_new_typed (G_TYPE_INT, index) : NULL;
}

static gboolean
drop_cb (GtkDropTarget    *target,
         const GValue     *value,
         double            x,
         double            y,
         ProspectPlanPage *self)
{
  int to = index_of_row (self, gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target)));

  if (!G_VALUE_HOLDS_INT (value) || to < 0)
    return FALSE;
  move (self, g_value_get_int (value), to);
  return TRUE;
}

/* The types plans use most, to pick from; any other can be typed. */
static const char *const common_types[] = {
  N_("Pick a type"), N_("Balanced"), N_("Large-cap value"), N_("Large-cap growth"), N_("Large-cap blend"),
  N_("Mid-cap"), N_("Small-cap"), N_("International"), N_("Target date"), N_("Bond"), N_("Money market"),
  N_("Stable value"),
};

static void
type_picked_cb (GtkDropDown *picker,
                GParamSpec  *pspec,
                GtkEditable *entry)
{
  guint selected = gtk_drop_down_get_selected (picker);

  if (selected == 0 || selected >= G_N_ELEMENTS (common_types))
    return;
  gtk_editable_set_text (entry, _(common_types[selected]));
  gtk_drop_down_set_selected (picker, 0);
}

static void
add_field (ProspectPlanPage *self,
           AdwExpanderRow   *expander,
           int               field,
           const char       *text)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *entry = gtk_entry_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(field_titles[field]));
  if (field_hints[field] != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(field_hints[field]));
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 22);
  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _(field_titles[field]), -1);
  g_object_set_data (G_OBJECT (entry), "plan-field", GINT_TO_POINTER (field));
  g_signal_connect (entry, "changed", G_CALLBACK (field_changed_cb), self);
  if (field == FIELD_TYPE)
    {
      g_autoptr(GtkStringList) types = gtk_string_list_new (NULL);
      GtkWidget *picker;

      for (guint i = 0; i < G_N_ELEMENTS (common_types); i++)
        gtk_string_list_append (types, _(common_types[i]));
      picker = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&types)), NULL);
      gtk_widget_set_valign (picker, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (picker), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Pick a type"), -1);
      g_signal_connect_object (picker, "notify::selected", G_CALLBACK (type_picked_cb), entry, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), picker);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), entry);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), entry);
  adw_expander_row_add_row (expander, row);
}

static GtkWidget *
icon_button (const char *icon,
             const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return button;
}

static GtkWidget *
option_row (ProspectPlanPage         *self,
            const ProspectPlanOption *option,
            const ProspectPlanRow    *figures)
{
  AdwExpanderRow *row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  g_autofree char *title = g_markup_escape_text (figures->name, -1);
  g_autofree char *subtitle = row_subtitle (figures);
  GtkWidget *up = icon_button ("go-up-symbolic", _("Move up (Alt+Up)"));
  GtkWidget *down = icon_button ("go-down-symbolic", _("Move down (Alt+Down)"));
  GtkWidget *remove = icon_button ("user-trash-symbolic", _("Remove from the plan"));
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INT, GDK_ACTION_MOVE);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (row, subtitle);
  g_object_set_data (G_OBJECT (up), "plan-move", GINT_TO_POINTER (-1));
  g_object_set_data (G_OBJECT (down), "plan-move", GINT_TO_POINTER (1));
  g_signal_connect (up, "clicked", G_CALLBACK (move_clicked_cb), self);
  g_signal_connect (down, "clicked", G_CALLBACK (move_clicked_cb), self);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);
  /* Each action goes before the ones added already. */
  adw_expander_row_add_action (row, remove);
  adw_expander_row_add_action (row, down);
  adw_expander_row_add_action (row, up);

  add_field (self, row, FIELD_TYPE, option->category);
  if (option->class_id > 0)
    {
      GtkWidget *benchmark_row = adw_action_row_new ();
      GtkWidget *benchmark = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->index_names)), NULL);
      guint selected = 0;

      for (guint i = 0; i < self->index_ids->len; i++)
        if (g_array_index (self->index_ids, gint64, i) == option->benchmark_id)
          selected = i;
      gtk_drop_down_set_selected (GTK_DROP_DOWN (benchmark), selected);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (benchmark_row), _("Benchmark index"));
      gtk_widget_set_valign (benchmark, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (benchmark), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Benchmark index"),
                                      -1);
      g_signal_connect (benchmark, "notify::selected", G_CALLBACK (benchmark_changed_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (benchmark_row), benchmark);
      adw_expander_row_add_row (row, benchmark_row);
    }
  else
    {
      g_autofree char *rate = isnan (option->fixed_rate_pct) ? g_strdup ("")
                                                             : prospect_format_grouped (option->fixed_rate_pct, 2);

      add_field (self, row, FIELD_FIXED_NAME, option->fixed_name);
      add_field (self, row, FIELD_FIXED_RATE, rate);
      add_field (self, row, FIELD_FIXED_TERM, option->fixed_term);
    }
  add_field (self, row, FIELD_RESTRICTIONS, option->restrictions);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (row), GTK_EVENT_CONTROLLER (source));
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (row), GTK_EVENT_CONTROLLER (target));
  return GTK_WIDGET (row);
}

/* The rows again, from the options the page holds. */
void
_prospect_plan_options_rebuild (ProspectPlanPage *self)
{
  gboolean was_loading = self->loading;

  for (guint i = 0; i < self->option_rows->len; i++)
    adw_preferences_group_remove (self->options_group, g_ptr_array_index (self->option_rows, i));
  g_ptr_array_set_size (self->option_rows, 0);
  if (self->options == NULL || self->rows == NULL)
    return;
  self->loading = TRUE;
  for (guint i = 0; i < self->options->len; i++)
    {
      GtkWidget *row = option_row (self, g_ptr_array_index (self->options, i), g_ptr_array_index (self->rows, i));

      prospect_ui_measure_when_open (ADW_EXPANDER_ROW (row));
      adw_preferences_group_add (self->options_group, row);
      g_ptr_array_add (self->option_rows, row);
    }
  self->loading = was_loading;
}

void
_prospect_plan_options_add_class (ProspectPlanPage *self)
{
  ProspectPlan *plan = _prospect_plan_page_current (self);
  guint selected = gtk_drop_down_get_selected (self->class_dropdown);
  g_autoptr(ProspectPlanOption) option = NULL;
  g_autoptr(GError) error = NULL;

  if (plan == NULL || selected >= self->class_ids->len)
    return;
  option = prospect_plan_option_new ();
  option->plan_id = plan->id;
  option->class_id = g_array_index (self->class_ids, gint64, selected);
  if (!prospect_database_save_plan_option (self->database, option, &error))
    {
      prospect_ui_toast (GTK_WIDGET (self), adw_toast_new (error->message));
      return;
    }
  reshow (self);
}

void
_prospect_plan_options_add_fixed (ProspectPlanPage *self)
{
  ProspectPlan *plan = _prospect_plan_page_current (self);
  g_autoptr(ProspectPlanOption) option = NULL;
  g_autoptr(GError) error = NULL;

  if (plan == NULL)
    return;
  option = prospect_plan_option_new ();
  option->plan_id = plan->id;
  option->fixed_name = g_strdup (_("Stable value fund"));
  option->category = g_strdup (_("Stable value"));
  option->fixed_rate_pct = 0;
  if (!prospect_database_save_plan_option (self->database, option, &error))
    {
      prospect_ui_toast (GTK_WIDGET (self), adw_toast_new (error->message));
      return;
    }
  reshow (self);
  /* Its rate is for the user to enter: the row opens on it. */
  if (self->option_rows->len > 0)
    adw_expander_row_set_expanded (g_ptr_array_index (self->option_rows, self->option_rows->len - 1), TRUE);
}
