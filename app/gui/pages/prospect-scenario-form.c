/* prospect-scenario-form.c: one saved scenario on the Compare page as an
 * expander row of fields, read and checked as the user types and saved at
 * once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-compare-page"

#include "config.h"

#include <glib/gi18n.h>

#include "prospect-compare-page-private.h"

const ProspectScenarioFieldSpec _prospect_scenario_fields[PROSPECT_SCENARIO_N_FIELDS] = {
  { "Name", NULL, { "Name", PROSPECT_UNIT_DOLLARS, 0, 0, FALSE, FALSE }, FALSE },
  { "Fund expense ratio", "For a fund not in the database",
    { "Fund expense ratio", PROSPECT_UNIT_PERCENT, 0, 100, FALSE, FALSE }, FALSE },
  { "Front-end sales load", NULL, { "Front-end sales load", PROSPECT_UNIT_PERCENT, 0, 100, FALSE, FALSE }, FALSE },
  { "Deferred sales charge by year", "For example 5, 4, 3, 3, 2, 1",
    { "Deferred sales charge", PROSPECT_UNIT_PERCENT, 0, 100, FALSE, FALSE }, TRUE },
  { "Mortality and expense risk charge", "Percent of account value a year",
    { "Mortality and expense risk charge", PROSPECT_UNIT_PERCENT, 0, 100, FALSE, FALSE }, FALSE },
  { "Administrative charge", "Percent of account value a year",
    { "Administrative charge", PROSPECT_UNIT_PERCENT, 0, 100, FALSE, FALSE }, FALSE },
  { "Rider charge", "Percent a year", { "Rider charge", PROSPECT_UNIT_PERCENT, 0, 100, FALSE, FALSE }, FALSE },
  { "Annual contract fee", "Dollars a year", { "Annual contract fee", PROSPECT_UNIT_DOLLARS, 0, 1e6, FALSE, FALSE }, FALSE },
  { "Contract fee waived at", "Account value at or above which no fee is charged; 0 if never waived",
    { "Waiver threshold", PROSPECT_UNIT_DOLLARS, 0, 1e12, FALSE, FALSE }, FALSE },
  { "Surrender charge by year", "For example 7, 6, 5, 4, 3, 2, 1",
    { "Surrender charge", PROSPECT_UNIT_PERCENT, 0, 100, FALSE, FALSE }, TRUE },
  { "Free withdrawal", "Percent of the value that can be taken out free of charges",
    { "Free withdrawal", PROSPECT_UNIT_PERCENT, 0, 100, FALSE, FALSE }, FALSE },
  { "Other holdings", "Held elsewhere in the fund family: counts towards a load breakpoint (rights of accumulation)",
    { "Other holdings", PROSPECT_UNIT_DOLLARS, 0, 1e12, FALSE, FALSE }, FALSE },
};

void
_prospect_scenario_form_free (ProspectScenarioForm *editor)
{
  g_signal_handlers_disconnect_by_data (editor->row, editor);
  if (editor->fund != NULL)
    {
      for (int f = 0; f < PROSPECT_SCENARIO_N_FIELDS; f++)
        g_signal_handlers_disconnect_by_data (editor->entries[f], editor);
      g_signal_handlers_disconnect_by_data (editor->fund, editor);
      g_signal_handlers_disconnect_by_data (editor->benefit_base, editor);
      g_signal_handlers_disconnect_by_data (editor->by_payment, editor);
    }
  g_clear_object (&editor->row);
  prospect_saved_scenario_free (editor->saved);
  g_free (editor->problem);
  g_free (editor);
}

char *
_prospect_compare_plain_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *text;

  g_ascii_formatd (buffer, sizeof buffer, "%.10g", value);
  text = g_strdup (buffer);
  if (prospect_locale_decimal_point () == ',')
    g_strdelimit (text, ".", ',');
  return text;
}

static char *
plain_list (const double *values,
            guint         n)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *separator = prospect_locale_decimal_point () == ',' ? "; " : ", ";

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *v = _prospect_compare_plain_number (values[i]);

      g_string_append_printf (text, "%s%s", i > 0 ? separator : "", v);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gint64
selected_class (ProspectScenarioForm *editor)
{
  guint position = gtk_drop_down_get_selected (editor->fund);
  GArray *ids = editor->page->class_ids;

  if (position == GTK_INVALID_LIST_POSITION || position >= ids->len)
    return 0;
  return g_array_index (ids, gint64, position);
}

static void
update_visibility (ProspectScenarioForm *editor)
{
  gboolean custom = selected_class (editor) == 0;

  gtk_widget_set_visible (GTK_WIDGET (editor->field_rows[PROSPECT_SCENARIO_FIELD_FUND_RATIO]), custom);
  gtk_widget_set_visible (GTK_WIDGET (editor->field_rows[PROSPECT_SCENARIO_FIELD_DEFERRED]), custom);
  gtk_widget_set_visible (GTK_WIDGET (editor->field_rows[PROSPECT_SCENARIO_FIELD_FRONT_LOAD]), custom);
}

static void
update_row_title (ProspectScenarioForm *editor)
{
  const ProspectCostScenario *c = &editor->saved->scenario;
  g_autofree char *title = g_markup_escape_text (editor->saved->name, -1);
  g_autofree char *fund = prospect_format_percent (c->fund_gross_pct, 2, PROSPECT_NEGATIVE_MINUS);
  double contract = prospect_contract_charge_pct (c);
  g_autofree char *subtitle = NULL;

  if (editor->problem != NULL)
    subtitle = g_markup_escape_text (editor->problem, -1);
  else
    {
      /* A summary a collapsed row can be compared by: every term that
       * changes the figures, in a line. */
      GString *text = g_string_new (NULL);

      g_string_append_printf (text, _("Fund %s a year"), fund);
      if (c->front_load_pct > 0)
        {
          g_autofree char *load = prospect_format_percent (c->front_load_pct, 2, PROSPECT_NEGATIVE_MINUS);

          g_string_append_printf (text, _(", %s load"), load);
        }
      if (contract > 0 || c->rider_pct > 0)
        {
          g_autofree char *charges = prospect_format_percent (contract + (c->rider_on_benefit_base ? c->rider_pct : 0),
                                                              2, PROSPECT_NEGATIVE_MINUS);

          g_string_append_printf (text, _(", contract charges %s a year"), charges);
        }
      if (c->contract_fee > 0)
        {
          g_autofree char *fee = prospect_format_money (c->contract_fee, 0, PROSPECT_NEGATIVE_MINUS);

          g_string_append_printf (text, _(", %s fee a year"), fee);
        }
      if (c->n_surrender > 0)
        {
          g_autofree char *first = prospect_format_percent (c->surrender_pct[0], 2, PROSPECT_NEGATIVE_MINUS);

          g_string_append_printf (text, ngettext (", surrender from %s over %u year", ", surrender from %s over %u years",
                                                  c->n_surrender), first, c->n_surrender);
          if (c->charges_by_payment)
            g_string_append (text, _(" of each payment"));
        }
      subtitle = g_markup_escape_text (text->str, -1);
      g_string_free (text, TRUE);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (editor->row), title);
  adw_expander_row_set_subtitle (editor->row, subtitle);
}

/* Reads the editor's fields into its scenario; each bad one is marked. */
static gboolean
read_editor (ProspectScenarioForm *editor)
{
  ProspectSavedScenario *s = editor->saved;
  ProspectCostScenario *c = &s->scenario;
  gint64 class_id = selected_class (editor);
  gboolean ok = TRUE;

  for (int f = 0; f < PROSPECT_SCENARIO_N_FIELDS; f++)
    {
      const char *text = gtk_editable_get_text (GTK_EDITABLE (editor->entries[f]));
      g_autofree char *trimmed = g_strstrip (g_strdup (text));
      g_autoptr(GError) error = NULL;
      double value = 0;
      double list[PROSPECT_MAX_YEARS];
      guint n = 0;

      if (f == PROSPECT_SCENARIO_FIELD_NAME)
        {
          if (*trimmed == '\0' || g_utf8_strlen (trimmed, -1) > 200)
            g_set_error_literal (&error, PROSPECT_INPUT_ERROR, PROSPECT_INPUT_ERROR_EMPTY,
                                 _("Give the scenario a name of 1 to 200 characters."));
        }
      else if (_prospect_scenario_fields[f].list)
        prospect_parse_list (trimmed, &_prospect_scenario_fields[f].spec, list, PROSPECT_MAX_YEARS, &n, &error);
      else if (*trimmed != '\0')
        prospect_parse_field (trimmed, &_prospect_scenario_fields[f].spec, &value, &error);
      else if (f == PROSPECT_SCENARIO_FIELD_FUND_RATIO && class_id == 0)
        g_set_error_literal (&error, PROSPECT_INPUT_ERROR, PROSPECT_INPUT_ERROR_EMPTY,
                             _("Fund expense ratio is empty: enter a number from 0% to 100%."));

      /* Fields hidden for a class do not count against it. */
      if (class_id != 0 && (f == PROSPECT_SCENARIO_FIELD_FUND_RATIO || f == PROSPECT_SCENARIO_FIELD_DEFERRED ||
                            f == PROSPECT_SCENARIO_FIELD_FRONT_LOAD))
        g_clear_error (&error);

      prospect_ui_mark_entry (editor->field_rows[f], GTK_WIDGET (editor->entries[f]), error != NULL ? error->message : NULL,
                              _prospect_scenario_fields[f].hint);
      if (error != NULL)
        {
          ok = FALSE;
          continue;
        }
      switch (f)
        {
        case PROSPECT_SCENARIO_FIELD_NAME:
          g_free (s->name);
          s->name = g_steal_pointer (&trimmed);
          break;
        case PROSPECT_SCENARIO_FIELD_FUND_RATIO:
          s->fund_ratio_pct = class_id == 0 ? value : NAN;
          break;
        case PROSPECT_SCENARIO_FIELD_FRONT_LOAD:
          c->front_load_pct = class_id == 0 ? value : 0;
          break;
        case PROSPECT_SCENARIO_FIELD_DEFERRED:
          c->n_deferred = class_id == 0 ? n : 0;
          memcpy (c->deferred_pct, list, n * sizeof (double));
          break;
        case PROSPECT_SCENARIO_FIELD_MORTALITY:
          c->mortality_expense_pct = value;
          break;
        case PROSPECT_SCENARIO_FIELD_ADMINISTRATIVE:
          c->administrative_pct = value;
          break;
        case PROSPECT_SCENARIO_FIELD_RIDER:
          c->rider_pct = value;
          break;
        case PROSPECT_SCENARIO_FIELD_CONTRACT_FEE:
          c->contract_fee = value;
          break;
        case PROSPECT_SCENARIO_FIELD_FEE_WAIVED_ABOVE:
          c->contract_fee_waived_above = value;
          break;
        case PROSPECT_SCENARIO_FIELD_SURRENDER:
          c->n_surrender = n;
          memcpy (c->surrender_pct, list, n * sizeof (double));
          break;
        case PROSPECT_SCENARIO_FIELD_FREE_WITHDRAWAL:
          c->free_withdrawal_pct = value;
          break;
        case PROSPECT_SCENARIO_FIELD_OTHER_HOLDINGS:
          c->other_holdings = value;
          break;
        default:
          break;
        }
    }
  s->class_id = class_id;
  c->rider_on_benefit_base = gtk_switch_get_active (editor->benefit_base);
  c->charges_by_payment = gtk_switch_get_active (editor->by_payment);
  return ok;
}

static void
editor_changed (ProspectScenarioForm *editor)
{
  ProspectComparePage *self = editor->page;
  g_autoptr(GError) error = NULL;

  if (self->loading)
    return;
  update_visibility (editor);
  g_clear_pointer (&editor->problem, g_free);
  editor->unusable = FALSE;
  if (!read_editor (editor))
    editor->problem = g_strdup ("Correct the marked field; results show the last valid figures.");
  else if (!prospect_saved_scenario_resolve (editor->saved, self->database, &error))
    {
      /* The figures of the class chosen before must not stand in for it. */
      editor->unusable = TRUE;
      editor->problem = g_strdup_printf (_("No figures to compare: %s Choose another class, or “Another fund” and "
                                           "type its expense ratio."), error->message);
    }
  else if (!prospect_database_save_scenario (self->database, editor->saved, &error))
    editor->problem = g_strdup_printf ("Not saved: %s", error->message);
  update_row_title (editor);
  _prospect_compare_page_update_results (self);
}

static void
entry_changed_cb (GtkEditable *editable,
                  ProspectScenarioForm      *editor)
{
  editor_changed (editor);
}

static void
fund_changed_cb (GObject    *object,
                 GParamSpec *pspec,
                 ProspectScenarioForm     *editor)
{
  editor_changed (editor);
}

static void
delete_clicked_cb (GtkButton *button,
                   ProspectScenarioForm    *editor)
{
  ProspectComparePage *self = editor->page;
  guint index;

  if (g_ptr_array_find (self->editors, editor, &index))
    prospect_compare_page_delete_scenario (self, index);
}

static GtkWidget *
add_entry_row (AdwExpanderRow *expander,
               const char     *title,
               const char     *hint,
               GtkEntry      **entry_out)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *entry = gtk_entry_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (hint != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), hint);
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 16);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), entry);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), entry);
  adw_expander_row_add_row (expander, row);
  *entry_out = GTK_ENTRY (entry);
  return row;
}

/* The rows inside a scenario's expander: made when it is first opened.
 * Six scenarios of some twenty rows each, every row built from its
 * template, made Compare's first visit take a quarter of a second; a
 * closed scenario shows only its title and summary, which come from the
 * saved scenario. */
static void
build_rows (ProspectScenarioForm *editor)
{
  ProspectComparePage *self = editor->page;
  ProspectSavedScenario *saved = editor->saved;
  const ProspectCostScenario *c = &saved->scenario;
  GtkWidget *fund_row, *switch_row, *delete_row, *delete_button;
  guint selected = self->class_ids->len - 1;
  gboolean was_loading = self->loading;

  self->loading = TRUE;
  fund_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (fund_row), _("Fund"));
  editor->fund = GTK_DROP_DOWN (gtk_drop_down_new (g_object_ref (G_LIST_MODEL (self->class_labels)), NULL));
  gtk_widget_set_valign (GTK_WIDGET (editor->fund), GTK_ALIGN_CENTER);
  for (guint i = 0; i < self->class_ids->len; i++)
    if (g_array_index (self->class_ids, gint64, i) == saved->class_id)
      selected = i;
  gtk_drop_down_set_selected (editor->fund, selected);
  adw_action_row_add_suffix (ADW_ACTION_ROW (fund_row), GTK_WIDGET (editor->fund));

  for (int f = 0; f < PROSPECT_SCENARIO_N_FIELDS; f++)
    {
      if (f == PROSPECT_SCENARIO_FIELD_FUND_RATIO)
        adw_expander_row_add_row (editor->row, fund_row);
      editor->field_rows[f] = ADW_ACTION_ROW (add_entry_row (editor->row, _prospect_scenario_fields[f].title,
                                                             _prospect_scenario_fields[f].hint, &editor->entries[f]));
      if (f == PROSPECT_SCENARIO_FIELD_RIDER)
        {
          switch_row = adw_action_row_new ();
          editor->benefit_base = GTK_SWITCH (gtk_switch_new ());
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (switch_row), _("Rider charged on the benefit base"));
          adw_action_row_set_subtitle (ADW_ACTION_ROW (switch_row), _("The purchase payments, rather than the account value"));
          gtk_widget_set_valign (GTK_WIDGET (editor->benefit_base), GTK_ALIGN_CENTER);
          gtk_switch_set_active (editor->benefit_base, c->rider_on_benefit_base);
          adw_action_row_add_suffix (ADW_ACTION_ROW (switch_row), GTK_WIDGET (editor->benefit_base));
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (switch_row), GTK_WIDGET (editor->benefit_base));
          adw_expander_row_add_row (editor->row, switch_row);
        }
      if (f == PROSPECT_SCENARIO_FIELD_SURRENDER)
        {
          switch_row = adw_action_row_new ();
          editor->by_payment = GTK_SWITCH (gtk_switch_new ());
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (switch_row), _("Charges by the age of each payment"));
          adw_action_row_set_subtitle (ADW_ACTION_ROW (switch_row),
                                       _("“Complete years since receipt of each purchase payment”, oldest money out "
                                         "first; off: by contract year"));
          gtk_widget_set_valign (GTK_WIDGET (editor->by_payment), GTK_ALIGN_CENTER);
          gtk_switch_set_active (editor->by_payment, c->charges_by_payment);
          adw_action_row_add_suffix (ADW_ACTION_ROW (switch_row), GTK_WIDGET (editor->by_payment));
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (switch_row), GTK_WIDGET (editor->by_payment));
          adw_expander_row_add_row (editor->row, switch_row);
        }
    }

  {
    g_autofree char *ratio = isnan (saved->fund_ratio_pct) ? g_strdup ("") : _prospect_compare_plain_number (saved->fund_ratio_pct);
    g_autofree char *load = c->front_load_pct > 0 ? _prospect_compare_plain_number (c->front_load_pct) : g_strdup ("");
    g_autofree char *deferred = plain_list (c->deferred_pct, c->n_deferred);
    g_autofree char *me = _prospect_compare_plain_number (c->mortality_expense_pct);
    g_autofree char *admin = _prospect_compare_plain_number (c->administrative_pct);
    g_autofree char *rider = _prospect_compare_plain_number (c->rider_pct);
    g_autofree char *fee = _prospect_compare_plain_number (c->contract_fee);
    g_autofree char *waived = _prospect_compare_plain_number (c->contract_fee_waived_above);
    g_autofree char *surrender = plain_list (c->surrender_pct, c->n_surrender);
    g_autofree char *free_pct = c->free_withdrawal_pct > 0 ? _prospect_compare_plain_number (c->free_withdrawal_pct)
                                                           : g_strdup ("");
    g_autofree char *other = c->other_holdings > 0 ? prospect_format_grouped (c->other_holdings, 0) : g_strdup ("");
    const char *texts[PROSPECT_SCENARIO_N_FIELDS] = {
      saved->name, ratio, load, saved->class_id != 0 ? "" : deferred, me, admin, rider, fee, waived, surrender, free_pct,
      other,
    };

    for (int f = 0; f < PROSPECT_SCENARIO_N_FIELDS; f++)
      gtk_editable_set_text (GTK_EDITABLE (editor->entries[f]), texts[f]);
  }

  delete_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (delete_row), _("Remove this scenario"));
  delete_button = gtk_button_new_with_mnemonic ("_Remove");
  gtk_widget_add_css_class (delete_button, "destructive-action");
  gtk_widget_set_valign (delete_button, GTK_ALIGN_CENTER);
  g_signal_connect (delete_button, "clicked", G_CALLBACK (delete_clicked_cb), editor);
  adw_action_row_add_suffix (ADW_ACTION_ROW (delete_row), delete_button);
  adw_expander_row_add_row (editor->row, delete_row);

  for (int f = 0; f < PROSPECT_SCENARIO_N_FIELDS; f++)
    g_signal_connect (editor->entries[f], "changed", G_CALLBACK (entry_changed_cb), editor);
  g_signal_connect (editor->fund, "notify::selected", G_CALLBACK (fund_changed_cb), editor);
  g_signal_connect (editor->benefit_base, "notify::active", G_CALLBACK (fund_changed_cb), editor);
  g_signal_connect (editor->by_payment, "notify::active", G_CALLBACK (fund_changed_cb), editor);

  update_visibility (editor);
  self->loading = was_loading;
}

void
_prospect_scenario_form_ensure_rows (ProspectScenarioForm *editor)
{
  if (editor->fund == NULL)
    build_rows (editor);
}

static void
expanded_cb (AdwExpanderRow       *row,
             GParamSpec           *pspec,
             ProspectScenarioForm *editor)
{
  if (adw_expander_row_get_expanded (row))
    _prospect_scenario_form_ensure_rows (editor);
}

ProspectScenarioForm *
_prospect_scenario_form_new (ProspectComparePage   *self,
                             ProspectSavedScenario *saved)
{
  ProspectScenarioForm *editor = g_new0 (ProspectScenarioForm, 1);

  editor->page = self;
  editor->saved = saved;
  /* Held until the form is freed: its handlers point at the form. */
  editor->row = g_object_ref_sink (ADW_EXPANDER_ROW (adw_expander_row_new ()));
  g_signal_connect (editor->row, "notify::expanded", G_CALLBACK (expanded_cb), editor);
  update_row_title (editor);
  prospect_ui_measure_when_open (editor->row);
  adw_preferences_group_add (self->scenarios_group, GTK_WIDGET (editor->row));
  return editor;
}

static void
remove_editors (ProspectComparePage *self)
{
  for (guint i = 0; i < self->editors->len; i++)
    {
      ProspectScenarioForm *editor = g_ptr_array_index (self->editors, i);

      adw_preferences_group_remove (self->scenarios_group, GTK_WIDGET (editor->row));
    }
  g_ptr_array_set_size (self->editors, 0);
}

void
_prospect_compare_page_rebuild_forms (ProspectComparePage *self)
{
  g_autoptr(GPtrArray) saved = NULL;
  g_autoptr(GError) error = NULL;

  remove_editors (self);
  saved = prospect_database_list_scenarios (self->database, &error);
  if (saved == NULL)
    {
      gtk_label_set_text (self->empty_label, error->message);
      return;
    }
  self->loading = TRUE;
  for (guint i = 0; i < saved->len && i < PROSPECT_MAX_SCENARIOS; i++)
    g_ptr_array_add (self->editors, _prospect_scenario_form_new (self, g_steal_pointer (&g_ptr_array_index (saved, i))));
  self->loading = FALSE;
  _prospect_compare_page_update_results (self);
}
