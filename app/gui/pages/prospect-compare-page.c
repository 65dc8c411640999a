/* prospect-compare-page.c: what each product costs in dollars over time,
 * side by side, and when one overtakes another.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-compare-page"

#include "config.h"

#include <glib/gi18n.h>

#include "prospect-class-item.h"
#include "prospect-compare-page-private.h"
#include "prospect-testing.h"

G_DEFINE_FINAL_TYPE (ProspectComparePage, prospect_compare_page, PROSPECT_TYPE_PAGE)

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
      g_autofree char *net = prospect_format_percent (prospect_net_of_charges (r->return_pct, charge), 2,
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
      net = prospect_format_percent (prospect_net_of_charges (r->return_pct, charge), 2,
                                     PROSPECT_NEGATIVE_PARENTHESES);
      g_string_append_printf (text, "; %s average %s → %s", prospect_period_label (r->period), gross, net);
    }
  g_string_append (text, ". Charges that fall on a benefit base or are flat dollar fees are not in these percentages.");
  return g_string_free (g_steal_pointer (&text), FALSE);
}

void
_prospect_compare_page_update_results (ProspectComparePage *self)
{
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func ((GDestroyNotify) prospect_cost_result_free);
  g_autoptr(GString) breakeven = g_string_new (NULL);
  g_autoptr(GString) net = g_string_new (NULL);
  const ProspectCostResult *pointers[PROSPECT_MAX_SCENARIOS];
  const char *names[PROSPECT_MAX_SCENARIOS];
  guint steady = 0;
  static const char * const headings[] = {
    "Scenario", "Value with costs", "Value without costs", "Fees paid", "Foregone earnings", "Total cost",
  };
  guint n = self->editors->len;
  ProspectGridUpdate grid;

  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), n == 0);
  gtk_widget_set_visible (self->results_box, n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.add", n < PROSPECT_MAX_SCENARIOS);
  prospect_ui_grid_begin (&grid, self->results_grid);
  if (n == 0)
    {
      prospect_ui_grid_end (&grid);
      return;
    }

  for (guint h = 0; h < G_N_ELEMENTS (headings); h++)
    prospect_ui_grid_set (&grid, (int) h, 0, 1, headings[h], "heading", h == 0 ? 0 : 1);
  for (guint i = 0; i < n; i++)
    {
      ProspectScenarioForm *editor = g_ptr_array_index (self->editors, i);
      g_autoptr(GError) error = NULL;
      ProspectCostResult *result = NULL;
      g_autoptr(GString) layers = g_string_new (NULL);

      prospect_ui_grid_set (&grid, 0, (int) i * 2 + 1, 1, editor->saved->name, NULL, 0);
      if (editor->unusable)
        {
          prospect_ui_grid_set (&grid, 1, (int) i * 2 + 1, 5, editor->problem, "error", 0);
          continue;
        }
      result = prospect_cost_compute (&editor->saved->scenario, &self->assumptions, &error);
      if (result == NULL)
        {
          prospect_ui_grid_set (&grid, 1, (int) i * 2 + 1, 5, error->message, "error", 0);
          continue;
        }
      {
        double values[] = { result->value_with_costs, result->value_without_costs, result->fees_paid,
                            result->foregone_earnings, result->total_cost };

        for (guint v = 0; v < G_N_ELEMENTS (values); v++)
          {
            g_autofree char *money = prospect_format_money (values[v], 0, PROSPECT_NEGATIVE_MINUS);

            prospect_ui_grid_set (&grid, (int) v + 1, (int) i * 2 + 1, 1, money, "numeric", 1);
          }
      }
      for (int l = 0; l < PROSPECT_N_LAYERS; l++)
        if (result->fees[l] > 0.005)
          {
            g_autofree char *money = prospect_format_money (result->fees[l], 0, PROSPECT_NEGATIVE_MINUS);

            g_string_append_printf (layers, "%s%s %s", layers->len > 0 ? " · " : "Fees by layer: ",
                                    prospect_layer_label ((ProspectLayer) l), money);
          }
      prospect_ui_grid_set (&grid, 0, (int) i * 2 + 2, 6, layers->str, "dim-label", 0);
      pointers[results->len] = result;
      names[results->len] = editor->saved->name;
      g_ptr_array_add (results, result);

      {
        g_autofree char *text = net_returns_text (self, editor->saved);

        if (text != NULL)
          g_string_append_printf (net, "%s%s", net->len > 0 ? "\n" : "", text);
      }
    }

  prospect_ui_grid_end (&grid);

  for (guint a = 0; a < results->len; a++)
    for (guint b = a + 1; b < results->len; b++)
      {
        /* Every crossing, not only the first: two scenarios can change
         * places more than once.  Pairs that never do are counted, not
         * listed one sentence each. */
        g_autoptr(GArray) years = prospect_cost_crossings (pointers[a], pointers[b],
                                                           self->assumptions.surrender_at_end);
        g_autofree char *text = NULL;

        if (years->len == 0 && results->len > 2)
          {
            steady++;
            continue;
          }
        text = prospect_cost_describe_crossings (pointers[a], pointers[b], names[a], names[b],
                                                 self->assumptions.surrender_at_end);
        g_string_append_printf (breakeven, "%s%s", breakeven->len > 0 ? "\n" : "", text);
      }
  if (steady > 0)
    g_string_append_printf (breakeven, "%s%s", breakeven->len > 0 ? "\n" : "",
                            breakeven->len > 0
                            ? _("Every other pair keeps its order for the whole period.")
                            : _("No two scenarios change places over the whole period: each keeps its order."));
  if (results->len < 2)
    g_string_append (breakeven, "Add a second scenario to see when one overtakes the other.");
  gtk_label_set_text (self->breakeven_label, breakeven->str);
  gtk_label_set_text (self->net_returns_label, net->str);
  gtk_widget_set_visible (GTK_WIDGET (self->net_returns_label), net->len > 0);

  if (results->len > 0)
    {
      g_autoptr(ProspectChartData) cost = prospect_chart_cost_over_time (pointers, names, results->len,
                                                                         self->assumptions.surrender_at_end);
      /* Every scenario's fees by layer, not the first one's alone. */
      g_autoptr(ProspectChartData) layers = results->len > 1
                                            ? prospect_chart_fees_by_scenario (pointers, names, results->len)
                                            : prospect_chart_fees_by_layer (pointers[0], names[0]);

      prospect_chart_view_set_data (self->cost_chart, cost);
      prospect_chart_view_set_data (self->layers_chart, layers);
    }
  _prospect_compare_exchange_update (self);
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
  a.method = gtk_drop_down_get_selected (self->method_dropdown) == 1 ? PROSPECT_COST_METHOD_SEC
                                                                     : PROSPECT_COST_METHOD_PROSPECTUS;
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
  _prospect_compare_page_update_results (self);
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
  g_clear_pointer (&self->scenarios_description, g_free);
  g_clear_object (&self->exchange_names);
  g_clear_pointer (&self->exchange_ids, g_array_unref);

  G_OBJECT_CLASS (prospect_compare_page_parent_class)->dispose (object);
}

static gboolean
load_page (ProspectPage      *page,
           ProspectDatabase  *database,
           gint64             class_id,
           GError           **error)
{
  return prospect_compare_page_load (PROSPECT_COMPARE_PAGE (page), database, class_id, error);
}


/* Both charts, for Export Chart…, presenting and the tests. */
static GPtrArray *
get_charts (ProspectPage *page)
{
  ProspectComparePage *self = PROSPECT_COMPARE_PAGE (page);
  GPtrArray *charts = g_ptr_array_new ();

  g_ptr_array_add (charts, self->cost_chart);
  g_ptr_array_add (charts, self->layers_chart);
  return charts;
}

static void
prospect_compare_page_class_init (ProspectComparePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ProspectPageClass *page_class = PROSPECT_PAGE_CLASS (klass);

  page_class->load = load_page;
  page_class->get_charts = get_charts;

  object_class->dispose = prospect_compare_page_dispose;

  g_type_ensure (PROSPECT_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/pages/prospect-compare-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ProspectComparePage, assumptions_group);
  gtk_widget_class_bind_template_child (widget_class, ProspectComparePage, scenarios_group);
  gtk_widget_class_bind_template_child (widget_class, ProspectComparePage, years_spin);
  gtk_widget_class_bind_template_child (widget_class, ProspectComparePage, method_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ProspectComparePage, exchange_group);
  gtk_widget_class_bind_template_child (widget_class, ProspectComparePage, exchange_label);
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
  /* Outside a text field, Ctrl+Z brings back the scenario just removed, as
   * the notification's Undo does; inside one, the field undoes its typing. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "compare.undo-delete", NULL);
}

static void
prospect_compare_page_init (ProspectComparePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->editors = g_ptr_array_new_with_free_func ((GDestroyNotify) _prospect_scenario_form_free);
  self->class_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->class_labels = gtk_string_list_new (NULL);
  prospect_cost_assumptions_init (&self->assumptions);
  self->assumptions.years = 20;
  _prospect_compare_exchange_init (self);

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

/* A database whose changes cannot be kept is shown, not edited: an edit
 * accepted here would be lost. */
static void
show_read_only (ProspectComparePage *self,
                gboolean             read_only)
{
  if (self->scenarios_description == NULL)
    self->scenarios_description = g_strdup (adw_preferences_group_get_description (self->scenarios_group));
  gtk_widget_set_sensitive (GTK_WIDGET (self->scenarios_group), !read_only);
  gtk_widget_set_sensitive (GTK_WIDGET (self->assumptions_group), !read_only);
  gtk_widget_set_sensitive (GTK_WIDGET (self->exchange_group), !read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.add", !read_only);
  adw_preferences_group_set_description (self->scenarios_group,
                                         read_only ? _("This database cannot be changed, so the scenarios are shown "
                                                       "as saved and cannot be edited here. Open Database… opens "
                                                       "one you can change.")
                                                   : self->scenarios_description);
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
  show_read_only (self, prospect_database_get_read_only (database));

  g_array_set_size (self->class_ids, 0);
  gtk_string_list_splice (self->class_labels, 0, g_list_model_get_n_items (G_LIST_MODEL (self->class_labels)), NULL);
  {
    /* The same labels as the class selector: the trust where two trusts
     * have a fund of one name. */
    g_autoptr(GListModel) items = prospect_class_items_new (database, NULL);

    for (guint i = 0; items != NULL && i < g_list_model_get_n_items (items); i++)
      {
        g_autoptr(ProspectClassItem) item = g_list_model_get_item (items, i);
        gint64 id = prospect_class_item_get_id (item);

        g_array_append_val (self->class_ids, id);
        gtk_string_list_append (self->class_labels, prospect_class_item_get_label (item));
      }
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
        g_autofree char *text = f == PROSPECT_ASSUMPTION_RETURN ? _prospect_compare_plain_number (values[f])
                                                                : prospect_format_grouped (values[f], 0);

        gtk_editable_set_text (GTK_EDITABLE (self->assumption_entries[f]), text);
      }
  }
  gtk_spin_button_set_value (self->years_spin, a.years);
  gtk_drop_down_set_selected (self->method_dropdown, a.method == PROSPECT_COST_METHOD_SEC ? 1 : 0);
  self->loading = FALSE;
  _prospect_compare_page_rebuild_forms (self);
  _prospect_compare_exchange_load (self);
  _prospect_compare_exchange_update (self);
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
        taken |= g_str_equal (((ProspectScenarioForm *) g_ptr_array_index (self->editors, i))->saved->name, name);
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
  g_ptr_array_add (self->editors, _prospect_scenario_form_new (self, g_steal_pointer (&s)));
  self->loading = FALSE;
  adw_expander_row_set_expanded (((ProspectScenarioForm *) g_ptr_array_index (self->editors, self->editors->len - 1))->row, TRUE);
  _prospect_compare_page_update_results (self);
  return TRUE;
}

void
prospect_compare_page_delete_scenario (ProspectComparePage *self,
                                       guint                index)
{
  g_autoptr(GError) error = NULL;
  ProspectScenarioForm *editor;
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
  _prospect_compare_page_update_results (self);

  title = g_strdup_printf ("Removed “%s”", self->deleted->name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
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
  _prospect_compare_page_rebuild_forms (self);
}

GtkEditable *
prospect_compare_page_get_field (ProspectComparePage   *self,
                                 guint                  index,
                                 ProspectScenarioField  field)
{
  g_return_val_if_fail (PROSPECT_IS_COMPARE_PAGE (self), NULL);
  g_return_val_if_fail (index < self->editors->len && field < PROSPECT_SCENARIO_N_FIELDS, NULL);
  _prospect_scenario_form_ensure_rows (g_ptr_array_index (self->editors, index));
  return GTK_EDITABLE (((ProspectScenarioForm *) g_ptr_array_index (self->editors, index))->entries[field]);
}

GtkDropDown *
prospect_compare_page_get_method (ProspectComparePage *self)
{
  g_return_val_if_fail (PROSPECT_IS_COMPARE_PAGE (self), NULL);
  return self->method_dropdown;
}

GtkSwitch *
prospect_compare_page_get_by_payment (ProspectComparePage *self,
                                      guint                index)
{
  g_return_val_if_fail (PROSPECT_IS_COMPARE_PAGE (self), NULL);
  g_return_val_if_fail (index < self->editors->len, NULL);
  _prospect_scenario_form_ensure_rows (g_ptr_array_index (self->editors, index));
  return ((ProspectScenarioForm *) g_ptr_array_index (self->editors, index))->by_payment;
}

void
prospect_compare_page_set_class (ProspectComparePage *self,
                                 guint                index,
                                 gint64               class_id)
{
  ProspectScenarioForm *editor;

  g_return_if_fail (PROSPECT_IS_COMPARE_PAGE (self));
  g_return_if_fail (index < self->editors->len);

  editor = g_ptr_array_index (self->editors, index);
  _prospect_scenario_form_ensure_rows (editor);
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

  if (((ProspectScenarioForm *) g_ptr_array_index (self->editors, index))->unusable)
    return NAN;
  result = prospect_cost_compute (&((ProspectScenarioForm *) g_ptr_array_index (self->editors, index))->saved->scenario,
                                  &self->assumptions, NULL);
  return result != NULL ? result->value_with_costs : NAN;
}

/* Chooses the share class of scenario INDEX, as the fund list does. */
void
prospect_compare_page_choose_class (ProspectComparePage *self,
                                    guint                index,
                                    gint64               class_id)
{
  ProspectScenarioForm *editor;

  g_return_if_fail (PROSPECT_IS_COMPARE_PAGE (self));
  g_return_if_fail (index < self->editors->len);

  editor = g_ptr_array_index (self->editors, index);
  _prospect_scenario_form_ensure_rows (editor);
  for (guint i = 0; i < self->class_ids->len; i++)
    if (g_array_index (self->class_ids, gint64, i) == class_id)
      gtk_drop_down_set_selected (editor->fund, i);
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
  return ((ProspectScenarioForm *) g_ptr_array_index (self->editors, index))->problem;
}
