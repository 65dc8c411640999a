/* prospect-compare-page.c: what each product costs in dollars over time,
 * side by side, and when one overtakes another.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-compare-page"

#include "config.h"

#include <math.h>

#include "prospect-chart-catalogue.h"
#include "prospect-chart-view.h"
#include "prospect-compare-page.h"
#include "prospect-format.h"
#include "prospect-number.h"
#include "prospect-saved-scenario.h"
#include "prospect-ui-util.h"

typedef struct _Editor Editor;

struct _ProspectComparePage
{
  AdwBin parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *assumptions_group;
  AdwPreferencesGroup *scenarios_group;
  GtkSpinButton       *years_spin;
  GtkLabel            *empty_label;
  GtkWidget           *results_box;
  GtkGrid             *results_grid;
  GtkLabel            *breakeven_label;
  ProspectChartView   *cost_chart;
  ProspectChartView   *layers_chart;
  GtkLabel            *net_returns_label;

  /* Owned */
  ProspectDatabase        *database;
  GPtrArray               *editors;        /* Editor */
  GArray                  *class_ids;      /* gint64, parallel to the fund drop-down */
  GtkStringList           *class_labels;
  ProspectSavedScenario   *deleted;        /* for undo */
  ProspectCostAssumptions  assumptions;
  gint64                   class_id;

  /* Borrowed */
  GtkEntry *assumption_entries[PROSPECT_N_ASSUMPTIONS];
  AdwActionRow *assumption_rows[PROSPECT_N_ASSUMPTIONS];

  gboolean loading;
};

G_DEFINE_FINAL_TYPE (ProspectComparePage, prospect_compare_page, ADW_TYPE_BIN)

struct _Editor
{
  ProspectComparePage   *page;
  ProspectSavedScenario *saved;
  AdwExpanderRow        *row;
  GtkDropDown           *fund;
  GtkSwitch             *benefit_base;
  GtkEntry              *entries[PROSPECT_SCENARIO_N_FIELDS];
  AdwActionRow          *field_rows[PROSPECT_SCENARIO_N_FIELDS];
  char                  *problem;
};

static const struct
{
  const char       *title;
  const char       *hint;
  ProspectFieldSpec spec;
  gboolean          list;
} scenario_fields[PROSPECT_SCENARIO_N_FIELDS] = {
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
  { "Contract fee waived above", "Account value; 0 if never waived",
    { "Waiver threshold", PROSPECT_UNIT_DOLLARS, 0, 1e12, FALSE, FALSE }, FALSE },
  { "Surrender charge by contract year", "For example 7, 6, 5, 4, 3, 2, 1",
    { "Surrender charge", PROSPECT_UNIT_PERCENT, 0, 100, FALSE, FALSE }, TRUE },
};

static const struct
{
  const char       *title;
  ProspectFieldSpec spec;
} assumption_fields[PROSPECT_N_ASSUMPTIONS] = {
  { "Amount invested", { "Amount", PROSPECT_UNIT_DOLLARS, 0, 1e12, FALSE, FALSE } },
  { "Yearly contribution", { "Yearly contribution", PROSPECT_UNIT_DOLLARS, 0, 1e12, FALSE, FALSE } },
  { "Employer match, yearly", { "Employer match", PROSPECT_UNIT_DOLLARS, 0, 1e12, FALSE, FALSE } },
  { "Annual return before costs", { "Annual return", PROSPECT_UNIT_PERCENT, -100, 100, FALSE, FALSE } },
};

static void update_results (ProspectComparePage *self);
static void rebuild_editors (ProspectComparePage *self);

static void
editor_free (Editor *editor)
{
  prospect_saved_scenario_free (editor->saved);
  g_free (editor->problem);
  g_free (editor);
}

static char *
plain_number (double value)
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
      g_autofree char *v = plain_number (values[i]);

      g_string_append_printf (text, "%s%s", i > 0 ? separator : "", v);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gint64
selected_class (Editor *editor)
{
  guint position = gtk_drop_down_get_selected (editor->fund);
  GArray *ids = editor->page->class_ids;

  if (position == GTK_INVALID_LIST_POSITION || position >= ids->len)
    return 0;
  return g_array_index (ids, gint64, position);
}

static void
update_visibility (Editor *editor)
{
  gboolean custom = selected_class (editor) == 0;

  gtk_widget_set_visible (GTK_WIDGET (editor->field_rows[PROSPECT_SCENARIO_FIELD_FUND_RATIO]), custom);
  gtk_widget_set_visible (GTK_WIDGET (editor->field_rows[PROSPECT_SCENARIO_FIELD_DEFERRED]), custom);
  gtk_widget_set_visible (GTK_WIDGET (editor->field_rows[PROSPECT_SCENARIO_FIELD_FRONT_LOAD]), custom);
}

static void
update_row_title (Editor *editor)
{
  const ProspectCostScenario *c = &editor->saved->scenario;
  g_autofree char *title = g_markup_escape_text (editor->saved->name, -1);
  g_autofree char *fund = prospect_format_percent (c->fund_gross_pct, 2, PROSPECT_NEGATIVE_MINUS);
  double contract = prospect_contract_charge_pct (c);
  g_autofree char *subtitle = NULL;

  if (editor->problem != NULL)
    subtitle = g_markup_escape_text (editor->problem, -1);
  else if (contract > 0 || c->contract_fee > 0 || c->rider_pct > 0)
    {
      g_autofree char *charges = prospect_format_percent (contract + (c->rider_on_benefit_base ? c->rider_pct : 0), 2,
                                                          PROSPECT_NEGATIVE_MINUS);

      subtitle = g_strdup_printf ("Fund %s a year, contract charges %s a year", fund, charges);
    }
  else
    subtitle = g_strdup_printf ("Fund %s a year", fund);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (editor->row), title);
  adw_expander_row_set_subtitle (editor->row, subtitle);
}

/* Reads the editor's fields into its scenario; each bad one is marked. */
static gboolean
read_editor (Editor *editor)
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
                                 "Give the scenario a name of 1 to 200 characters.");
        }
      else if (scenario_fields[f].list)
        prospect_parse_list (trimmed, &scenario_fields[f].spec, list, PROSPECT_MAX_YEARS, &n, &error);
      else if (*trimmed != '\0')
        prospect_parse_field (trimmed, &scenario_fields[f].spec, &value, &error);
      else if (f == PROSPECT_SCENARIO_FIELD_FUND_RATIO && class_id == 0)
        g_set_error_literal (&error, PROSPECT_INPUT_ERROR, PROSPECT_INPUT_ERROR_EMPTY,
                             "Fund expense ratio is empty: enter a number from 0% to 100%.");

      /* Fields hidden for a class do not count against it. */
      if (class_id != 0 && (f == PROSPECT_SCENARIO_FIELD_FUND_RATIO || f == PROSPECT_SCENARIO_FIELD_DEFERRED ||
                            f == PROSPECT_SCENARIO_FIELD_FRONT_LOAD))
        g_clear_error (&error);

      prospect_ui_mark_entry (editor->field_rows[f], GTK_WIDGET (editor->entries[f]), error != NULL ? error->message : NULL,
                     scenario_fields[f].hint);
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
        default:
          break;
        }
    }
  s->class_id = class_id;
  c->rider_on_benefit_base = gtk_switch_get_active (editor->benefit_base);
  return ok;
}

static void
editor_changed (Editor *editor)
{
  ProspectComparePage *self = editor->page;
  g_autoptr(GError) error = NULL;

  if (self->loading)
    return;
  update_visibility (editor);
  g_clear_pointer (&editor->problem, g_free);
  if (!read_editor (editor))
    editor->problem = g_strdup ("Correct the marked field; results show the last valid figures.");
  else if (!prospect_saved_scenario_resolve (editor->saved, self->database, &error))
    editor->problem = g_strdup (error->message);
  else if (!prospect_database_save_scenario (self->database, editor->saved, &error))
    editor->problem = g_strdup_printf ("Not saved: %s", error->message);
  update_row_title (editor);
  update_results (self);
}

static void
entry_changed_cb (GtkEditable *editable,
                  Editor      *editor)
{
  editor_changed (editor);
}

static void
fund_changed_cb (GObject    *object,
                 GParamSpec *pspec,
                 Editor     *editor)
{
  editor_changed (editor);
}

static void
delete_clicked_cb (GtkButton *button,
                   Editor    *editor)
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

static Editor *
create_editor (ProspectComparePage   *self,
               ProspectSavedScenario *saved)
{
  Editor *editor = g_new0 (Editor, 1);
  const ProspectCostScenario *c = &saved->scenario;
  GtkWidget *fund_row, *switch_row, *delete_row, *delete_button;
  guint selected = self->class_ids->len - 1;

  editor->page = self;
  editor->saved = saved;
  editor->row = ADW_EXPANDER_ROW (adw_expander_row_new ());

  fund_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (fund_row), "Fund");
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
      editor->field_rows[f] = ADW_ACTION_ROW (add_entry_row (editor->row, scenario_fields[f].title,
                                                             scenario_fields[f].hint, &editor->entries[f]));
      if (f == PROSPECT_SCENARIO_FIELD_RIDER)
        {
          switch_row = adw_action_row_new ();
          editor->benefit_base = GTK_SWITCH (gtk_switch_new ());
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (switch_row), "Rider charged on the benefit base");
          adw_action_row_set_subtitle (ADW_ACTION_ROW (switch_row), "The purchase payments, rather than the account value");
          gtk_widget_set_valign (GTK_WIDGET (editor->benefit_base), GTK_ALIGN_CENTER);
          gtk_switch_set_active (editor->benefit_base, c->rider_on_benefit_base);
          adw_action_row_add_suffix (ADW_ACTION_ROW (switch_row), GTK_WIDGET (editor->benefit_base));
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (switch_row), GTK_WIDGET (editor->benefit_base));
          adw_expander_row_add_row (editor->row, switch_row);
        }
    }

  {
    g_autofree char *ratio = isnan (saved->fund_ratio_pct) ? g_strdup ("") : plain_number (saved->fund_ratio_pct);
    g_autofree char *load = c->front_load_pct > 0 ? plain_number (c->front_load_pct) : g_strdup ("");
    g_autofree char *deferred = plain_list (c->deferred_pct, c->n_deferred);
    g_autofree char *me = plain_number (c->mortality_expense_pct);
    g_autofree char *admin = plain_number (c->administrative_pct);
    g_autofree char *rider = plain_number (c->rider_pct);
    g_autofree char *fee = plain_number (c->contract_fee);
    g_autofree char *waived = plain_number (c->contract_fee_waived_above);
    g_autofree char *surrender = plain_list (c->surrender_pct, c->n_surrender);
    const char *texts[PROSPECT_SCENARIO_N_FIELDS] = {
      saved->name, ratio, load, saved->class_id != 0 ? "" : deferred, me, admin, rider, fee, waived, surrender,
    };

    for (int f = 0; f < PROSPECT_SCENARIO_N_FIELDS; f++)
      gtk_editable_set_text (GTK_EDITABLE (editor->entries[f]), texts[f]);
  }

  delete_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (delete_row), "Remove this scenario");
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

  update_visibility (editor);
  update_row_title (editor);
  adw_preferences_group_add (self->scenarios_group, GTK_WIDGET (editor->row));
  return editor;
}

static void
remove_editors (ProspectComparePage *self)
{
  for (guint i = 0; i < self->editors->len; i++)
    {
      Editor *editor = g_ptr_array_index (self->editors, i);

      adw_preferences_group_remove (self->scenarios_group, GTK_WIDGET (editor->row));
    }
  g_ptr_array_set_size (self->editors, 0);
}

static void
rebuild_editors (ProspectComparePage *self)
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
    g_ptr_array_add (self->editors, create_editor (self, g_steal_pointer (&g_ptr_array_index (saved, i))));
  self->loading = FALSE;
  update_results (self);
}

static char *
net_returns_text (ProspectComparePage         *self,
                  const ProspectSavedScenario *s)
{
  double charge = prospect_contract_charge_pct (&s->scenario);
  g_autoptr(GString) text = NULL;
  g_autoptr(GArray) years = NULL;
  g_autoptr(GPtrArray) stated = NULL;
  g_autofree char *pct = NULL;
  gint64 series;

  if (charge <= 0 || s->class_id == 0)
    return NULL;
  series = prospect_database_class_series_id (self->database, s->class_id, NULL);
  years = series != 0 ? prospect_database_list_annual_returns (self->database, series, NULL) : NULL;
  stated = prospect_database_list_stated_returns (self->database, s->class_id, NULL);
  if ((years == NULL || years->len == 0) && (stated == NULL || stated->len == 0))
    return NULL;

  pct = prospect_format_percent (charge, 2, PROSPECT_NEGATIVE_MINUS);
  text = g_string_new (NULL);
  g_string_append_printf (text, "%s: the fund's returns after %s a year of contract charges (prospectus figure → "
                                "net of charges):", s->name, pct);
  for (guint i = 0; years != NULL && i < years->len; i++)
    {
      const ProspectAnnualReturn *r = &g_array_index (years, ProspectAnnualReturn, i);
      g_autofree char *gross = prospect_format_percent (r->return_pct, 2, PROSPECT_NEGATIVE_PARENTHESES);
      g_autofree char *net = prospect_format_percent (prospect_net_of_charges (r->return_pct, charge, 1), 2,
                                                      PROSPECT_NEGATIVE_PARENTHESES);

      g_string_append_printf (text, "%s %d %s → %s", i == 0 ? "" : ";", r->year, gross, net);
    }
  for (guint i = 0; stated != NULL && i < stated->len; i++)
    {
      const ProspectStatedReturn *r = g_ptr_array_index (stated, i);
      g_autofree char *gross = NULL;
      g_autofree char *net = NULL;

      if (!r->is_class)
        continue;
      gross = prospect_format_percent (r->return_pct, 2, PROSPECT_NEGATIVE_PARENTHESES);
      net = prospect_format_percent (prospect_net_of_charges (r->return_pct, charge, 1), 2,
                                     PROSPECT_NEGATIVE_PARENTHESES);
      g_string_append_printf (text, "; %s average %s → %s", prospect_period_label (r->period), gross, net);
    }
  g_string_append (text, ". Charges that fall on a benefit base or are flat dollar fees are not in these percentages.");
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
update_results (ProspectComparePage *self)
{
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func ((GDestroyNotify) prospect_cost_result_free);
  g_autoptr(GString) breakeven = g_string_new (NULL);
  g_autoptr(GString) net = g_string_new (NULL);
  const ProspectCostResult *pointers[PROSPECT_MAX_SCENARIOS];
  const char *names[PROSPECT_MAX_SCENARIOS];
  static const char * const headings[] = {
    "Scenario", "Value with costs", "Value without costs", "Fees paid", "Foregone earnings", "Total cost",
  };
  guint n = self->editors->len;

  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), n == 0);
  gtk_widget_set_visible (self->results_box, n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.add", n < PROSPECT_MAX_SCENARIOS);
  prospect_ui_clear_grid (self->results_grid);
  if (n == 0)
    return;

  for (guint h = 0; h < G_N_ELEMENTS (headings); h++)
    gtk_grid_attach (self->results_grid, prospect_ui_cell (headings[h], "heading", h == 0 ? 0 : 1), (int) h, 0, 1, 1);
  for (guint i = 0; i < n; i++)
    {
      Editor *editor = g_ptr_array_index (self->editors, i);
      g_autoptr(GError) error = NULL;
      ProspectCostResult *result = prospect_cost_compute (&editor->saved->scenario, &self->assumptions, &error);
      g_autoptr(GString) layers = g_string_new (NULL);

      gtk_grid_attach (self->results_grid, prospect_ui_cell (editor->saved->name, NULL, 0), 0, (int) i * 2 + 1, 1, 1);
      if (result == NULL)
        {
          gtk_grid_attach (self->results_grid, prospect_ui_cell (error->message, "error", 0), 1, (int) i * 2 + 1, 5, 1);
          continue;
        }
      {
        double values[] = { result->value_with_costs, result->value_without_costs, result->fees_paid,
                            result->foregone_earnings, result->total_cost };

        for (guint v = 0; v < G_N_ELEMENTS (values); v++)
          {
            g_autofree char *money = prospect_format_money (values[v], 0, PROSPECT_NEGATIVE_MINUS);

            gtk_grid_attach (self->results_grid, prospect_ui_cell (money, "numeric", 1), (int) v + 1, (int) i * 2 + 1, 1, 1);
          }
      }
      for (int l = 0; l < PROSPECT_N_LAYERS; l++)
        if (result->fees[l] > 0.005)
          {
            g_autofree char *money = prospect_format_money (result->fees[l], 0, PROSPECT_NEGATIVE_MINUS);

            g_string_append_printf (layers, "%s%s %s", layers->len > 0 ? " · " : "Fees by layer: ",
                                    prospect_layer_label ((ProspectLayer) l), money);
          }
      gtk_grid_attach (self->results_grid, prospect_ui_cell (layers->str, "dim-label", 0), 0, (int) i * 2 + 2, 6, 1);
      pointers[results->len] = result;
      names[results->len] = editor->saved->name;
      g_ptr_array_add (results, result);

      {
        g_autofree char *text = net_returns_text (self, editor->saved);

        if (text != NULL)
          g_string_append_printf (net, "%s%s", net->len > 0 ? "\n" : "", text);
      }
    }

  for (guint a = 0; a < results->len; a++)
    for (guint b = a + 1; b < results->len; b++)
      {
        int year = prospect_cost_breakeven_year (pointers[a], pointers[b], self->assumptions.surrender_at_end);
        const ProspectCostYear *first_a = &g_array_index (pointers[a]->years, ProspectCostYear, 0);
        const ProspectCostYear *first_b = &g_array_index (pointers[b]->years, ProspectCostYear, 0);
        gboolean a_behind = first_a->surrender_value < first_b->surrender_value;

        if (year > 0)
          g_string_append_printf (breakeven, "%s%s draws level with or overtakes %s in year %d.",
                                  breakeven->len > 0 ? "\n" : "", a_behind ? names[a] : names[b],
                                  a_behind ? names[b] : names[a], year);
        else
          g_string_append_printf (breakeven, "%s%s and %s do not cross within %d years.",
                                  breakeven->len > 0 ? "\n" : "", names[a], names[b], self->assumptions.years);
      }
  if (results->len < 2)
    g_string_append (breakeven, "Add a second scenario to see when one overtakes the other.");
  gtk_label_set_text (self->breakeven_label, breakeven->str);
  gtk_label_set_text (self->net_returns_label, net->str);
  gtk_widget_set_visible (GTK_WIDGET (self->net_returns_label), net->len > 0);

  if (results->len > 0)
    {
      g_autoptr(ProspectChartData) cost = prospect_chart_cost_over_time (pointers, names, results->len);
      g_autoptr(ProspectChartData) layers = prospect_chart_fees_by_layer (pointers[0], names[0]);

      prospect_chart_view_set_data (self->cost_chart, cost);
      prospect_chart_view_set_data (self->layers_chart, layers);
    }
}

static void
assumptions_changed (ProspectComparePage *self)
{
  ProspectCostAssumptions a = self->assumptions;
  gboolean ok = TRUE;

  if (self->loading)
    return;
  for (int f = 0; f < PROSPECT_N_ASSUMPTIONS; f++)
    {
      const char *text = gtk_editable_get_text (GTK_EDITABLE (self->assumption_entries[f]));
      g_autoptr(GError) error = NULL;
      double value = 0;

      if (prospect_parse_field (text, &assumption_fields[f].spec, &value, &error))
        switch (f)
          {
          case PROSPECT_ASSUMPTION_AMOUNT:
            a.amount = value;
            break;
          case PROSPECT_ASSUMPTION_CONTRIBUTION:
            a.contribution = value;
            break;
          case PROSPECT_ASSUMPTION_MATCH:
            a.employer_match = value;
            break;
          default:
            a.return_pct = value;
            break;
          }
      prospect_ui_mark_entry (self->assumption_rows[f], GTK_WIDGET (self->assumption_entries[f]),
                     error != NULL ? error->message : NULL, NULL);
      ok &= error == NULL;
    }
  a.years = gtk_spin_button_get_value_as_int (self->years_spin);
  if (ok && a.amount + a.contribution + a.employer_match <= 0)
    {
      prospect_ui_mark_entry (self->assumption_rows[PROSPECT_ASSUMPTION_AMOUNT],
                     GTK_WIDGET (self->assumption_entries[PROSPECT_ASSUMPTION_AMOUNT]),
                     "Enter an amount or a yearly contribution above $0.", NULL);
      ok = FALSE;
    }
  if (!ok)
    return;
  self->assumptions = a;
  if (self->database != NULL)
    prospect_database_save_assumptions (self->database, &self->assumptions, NULL);
  update_results (self);
}

static void
assumption_changed_cb (ProspectComparePage *self)
{
  assumptions_changed (self);
}

static void
years_changed_cb (ProspectComparePage *self)
{
  assumptions_changed (self);
}

static void
add_cb (GtkWidget  *widget,
        const char *action_name,
        GVariant   *parameter)
{
  prospect_compare_page_add_scenario (PROSPECT_COMPARE_PAGE (widget));
}

static void
undo_delete_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  prospect_compare_page_undo_delete (PROSPECT_COMPARE_PAGE (widget));
}

static void
prospect_compare_page_dispose (GObject *object)
{
  ProspectComparePage *self = (ProspectComparePage *) object;

  /* AdwBin disposes its child; see prospect-performance-page.c. */
  g_clear_pointer (&self->editors, g_ptr_array_unref);
  g_clear_pointer (&self->class_ids, g_array_unref);
  g_clear_object (&self->class_labels);
  g_clear_object (&self->database);
  g_clear_pointer (&self->deleted, prospect_saved_scenario_free);

  G_OBJECT_CLASS (prospect_compare_page_parent_class)->dispose (object);
}

static void
prospect_compare_page_class_init (ProspectComparePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = prospect_compare_page_dispose;

  g_type_ensure (PROSPECT_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/pages/prospect-compare-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ProspectComparePage, assumptions_group);
  gtk_widget_class_bind_template_child (widget_class, ProspectComparePage, scenarios_group);
  gtk_widget_class_bind_template_child (widget_class, ProspectComparePage, years_spin);
  gtk_widget_class_bind_template_child (widget_class, ProspectComparePage, empty_label);
  gtk_widget_class_bind_template_child (widget_class, ProspectComparePage, results_box);
  gtk_widget_class_bind_template_child (widget_class, ProspectComparePage, results_grid);
  gtk_widget_class_bind_template_child (widget_class, ProspectComparePage, breakeven_label);
  gtk_widget_class_bind_template_child (widget_class, ProspectComparePage, cost_chart);
  gtk_widget_class_bind_template_child (widget_class, ProspectComparePage, layers_chart);
  gtk_widget_class_bind_template_child (widget_class, ProspectComparePage, net_returns_label);
  gtk_widget_class_bind_template_callback (widget_class, years_changed_cb);

  gtk_widget_class_install_action (widget_class, "compare.add", NULL, add_cb);
  gtk_widget_class_install_action (widget_class, "compare.undo-delete", NULL, undo_delete_cb);
}

static void
prospect_compare_page_init (ProspectComparePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->editors = g_ptr_array_new_with_free_func ((GDestroyNotify) editor_free);
  self->class_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->class_labels = gtk_string_list_new (NULL);
  prospect_cost_assumptions_init (&self->assumptions);
  self->assumptions.years = 20;

  for (int f = 0; f < PROSPECT_N_ASSUMPTIONS; f++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *entry = gtk_entry_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), assumption_fields[f].title);
      gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
      gtk_editable_set_width_chars (GTK_EDITABLE (entry), 14);
      gtk_entry_set_alignment (GTK_ENTRY (entry), 1.0);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      assumption_fields[f].title, -1);
      g_signal_connect_object (entry, "changed", G_CALLBACK (assumption_changed_cb), self, G_CONNECT_SWAPPED);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), entry);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), entry);
      adw_preferences_group_add (self->assumptions_group, row);
      self->assumption_entries[f] = GTK_ENTRY (entry);
      self->assumption_rows[f] = ADW_ACTION_ROW (row);
    }
}

gboolean
prospect_compare_page_load (ProspectComparePage  *self,
                            ProspectDatabase     *database,
                            gint64                class_id,
                            GError              **error)
{
  g_autoptr(GPtrArray) classes = NULL;
  ProspectCostAssumptions a;

  g_return_val_if_fail (PROSPECT_IS_COMPARE_PAGE (self), FALSE);
  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), FALSE);

  self->class_id = class_id;
  if (self->database == database)
    return TRUE;   /* Scenarios belong to the database, not to a class. */

  if ((classes = prospect_database_list_classes (database, error)) == NULL ||
      !prospect_database_get_assumptions (database, &a, error))
    return FALSE;
  g_set_object (&self->database, database);

  g_array_set_size (self->class_ids, 0);
  gtk_string_list_splice (self->class_labels, 0, g_list_model_get_n_items (G_LIST_MODEL (self->class_labels)), NULL);
  for (guint i = 0; i < classes->len; i++)
    {
      const ProspectClassInfo *info = g_ptr_array_index (classes, i);
      g_autofree char *label = g_strdup_printf ("%s – %s", info->fund_name, info->name);

      g_array_append_val (self->class_ids, info->id);
      gtk_string_list_append (self->class_labels, label);
    }
  {
    gint64 none = 0;

    g_array_append_val (self->class_ids, none);
    gtk_string_list_append (self->class_labels, "Another fund (type its expense ratio)");
  }

  self->assumptions = a;
  self->loading = TRUE;
  {
    double values[] = { a.amount, a.contribution, a.employer_match, a.return_pct };

    for (int f = 0; f < PROSPECT_N_ASSUMPTIONS; f++)
      {
        g_autofree char *text = f == PROSPECT_ASSUMPTION_RETURN ? plain_number (values[f])
                                                                : prospect_format_grouped (values[f], 0);

        gtk_editable_set_text (GTK_EDITABLE (self->assumption_entries[f]), text);
      }
  }
  gtk_spin_button_set_value (self->years_spin, a.years);
  self->loading = FALSE;
  rebuild_editors (self);
  return TRUE;
}

guint
prospect_compare_page_get_n_scenarios (ProspectComparePage *self)
{
  g_return_val_if_fail (PROSPECT_IS_COMPARE_PAGE (self), 0);
  return self->editors->len;
}

/* A new scenario starts from the class on screen if it has a fee table,
 * else from a fund to type in. */
gboolean
prospect_compare_page_add_scenario (ProspectComparePage *self)
{
  g_autoptr(ProspectSavedScenario) s = NULL;
  g_autoptr(ProspectFeeTable) fees = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (PROSPECT_IS_COMPARE_PAGE (self), FALSE);

  if (self->database == NULL || self->editors->len >= PROSPECT_MAX_SCENARIOS)
    return FALSE;
  for (guint n = self->editors->len + 1;; n++)
    {
      gboolean taken = FALSE;

      g_free (name);
      name = g_strdup_printf ("Scenario %u", n);
      for (guint i = 0; i < self->editors->len; i++)
        taken |= g_str_equal (((Editor *) g_ptr_array_index (self->editors, i))->saved->name, name);
      if (!taken)
        break;
    }
  s = prospect_saved_scenario_new (name);
  fees = prospect_database_get_fee_table (self->database, self->class_id, NULL);
  if (fees != NULL)
    s->class_id = self->class_id;
  else
    s->fund_ratio_pct = 1.0;
  if (!prospect_saved_scenario_resolve (s, self->database, &error) ||
      !prospect_database_save_scenario (self->database, s, &error))
    {
      prospect_ui_toast (GTK_WIDGET (self), adw_toast_new (error->message));
      return FALSE;
    }
  self->loading = TRUE;
  g_ptr_array_add (self->editors, create_editor (self, g_steal_pointer (&s)));
  self->loading = FALSE;
  adw_expander_row_set_expanded (((Editor *) g_ptr_array_index (self->editors, self->editors->len - 1))->row, TRUE);
  update_results (self);
  return TRUE;
}

void
prospect_compare_page_delete_scenario (ProspectComparePage *self,
                                       guint                index)
{
  g_autoptr(GError) error = NULL;
  Editor *editor;
  AdwToast *toast;
  g_autofree char *title = NULL;

  g_return_if_fail (PROSPECT_IS_COMPARE_PAGE (self));
  g_return_if_fail (index < self->editors->len);

  editor = g_ptr_array_index (self->editors, index);
  if (editor->saved->id != 0 && !prospect_database_delete_scenario (self->database, editor->saved->id, &error))
    {
      prospect_ui_toast (GTK_WIDGET (self), adw_toast_new (error->message));
      return;
    }
  g_clear_pointer (&self->deleted, prospect_saved_scenario_free);
  self->deleted = prospect_saved_scenario_copy (editor->saved);
  adw_preferences_group_remove (self->scenarios_group, GTK_WIDGET (editor->row));
  g_ptr_array_remove_index (self->editors, index);
  update_results (self);

  title = g_strdup_printf ("Removed “%s”", self->deleted->name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, "_Undo");
  adw_toast_set_action_name (toast, "compare.undo-delete");
  prospect_ui_toast (GTK_WIDGET (self), toast);
}

void
prospect_compare_page_undo_delete (ProspectComparePage *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (PROSPECT_IS_COMPARE_PAGE (self));

  if (self->deleted == NULL)
    return;
  if (!prospect_database_save_scenario (self->database, self->deleted, &error))
    {
      prospect_ui_toast (GTK_WIDGET (self), adw_toast_new (error->message));
      return;
    }
  g_clear_pointer (&self->deleted, prospect_saved_scenario_free);
  rebuild_editors (self);
}

GtkEditable *
prospect_compare_page_get_field (ProspectComparePage   *self,
                                 guint                  index,
                                 ProspectScenarioField  field)
{
  g_return_val_if_fail (PROSPECT_IS_COMPARE_PAGE (self), NULL);
  g_return_val_if_fail (index < self->editors->len && field < PROSPECT_SCENARIO_N_FIELDS, NULL);
  return GTK_EDITABLE (((Editor *) g_ptr_array_index (self->editors, index))->entries[field]);
}

void
prospect_compare_page_set_class (ProspectComparePage *self,
                                 guint                index,
                                 gint64               class_id)
{
  Editor *editor;

  g_return_if_fail (PROSPECT_IS_COMPARE_PAGE (self));
  g_return_if_fail (index < self->editors->len);

  editor = g_ptr_array_index (self->editors, index);
  for (guint i = 0; i < self->class_ids->len; i++)
    if (g_array_index (self->class_ids, gint64, i) == class_id)
      gtk_drop_down_set_selected (editor->fund, i);
}

GtkEditable *
prospect_compare_page_get_assumption (ProspectComparePage     *self,
                                      ProspectAssumptionField  field)
{
  g_return_val_if_fail (PROSPECT_IS_COMPARE_PAGE (self), NULL);
  g_return_val_if_fail (field < PROSPECT_N_ASSUMPTIONS, NULL);
  return GTK_EDITABLE (self->assumption_entries[field]);
}

void
prospect_compare_page_set_years (ProspectComparePage *self,
                                 int                  years)
{
  g_return_if_fail (PROSPECT_IS_COMPARE_PAGE (self));
  gtk_spin_button_set_value (self->years_spin, years);
}

/* What the scenario pays out at the horizon, as computed now. */
double
prospect_compare_page_get_value (ProspectComparePage *self,
                                 guint                index)
{
  g_autoptr(ProspectCostResult) result = NULL;

  g_return_val_if_fail (PROSPECT_IS_COMPARE_PAGE (self), NAN);
  g_return_val_if_fail (index < self->editors->len, NAN);

  result = prospect_cost_compute (&((Editor *) g_ptr_array_index (self->editors, index))->saved->scenario,
                                  &self->assumptions, NULL);
  return result != NULL ? result->value_with_costs : NAN;
}

const char *
prospect_compare_page_get_breakeven_text (ProspectComparePage *self)
{
  g_return_val_if_fail (PROSPECT_IS_COMPARE_PAGE (self), NULL);
  return gtk_label_get_text (self->breakeven_label);
}

const char *
prospect_compare_page_get_problem (ProspectComparePage *self,
                                   guint                index)
{
  g_return_val_if_fail (PROSPECT_IS_COMPARE_PAGE (self), NULL);
  g_return_val_if_fail (index < self->editors->len, NULL);
  return ((Editor *) g_ptr_array_index (self->editors, index))->problem;
}
