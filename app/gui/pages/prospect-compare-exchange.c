/* prospect-compare-exchange.c: the Compare page's "keep or exchange"
 * section: two of the saved scenarios, the old contract's standing and the
 * new one's bonus, and what keeping, exchanging today and exchanging later
 * come to.  Saved at once, like the scenarios.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-compare-page"

#include "config.h"

#include <glib/gi18n.h>

#include "prospect-compare-page-private.h"
#include "prospect-exchange-store.h"
#include "prospect-testing.h"

enum
{
  FIELD_YEARS_HELD,
  FIELD_VALUE,
  FIELD_PAYMENTS,
  FIELD_BONUS,
  FIELD_RECAPTURE,
  N_FIELDS
};

static const ProspectScenarioFieldSpec fields[N_FIELDS] = {
  { N_("Years held"), N_("Complete contract years in the contract kept"),
    { "Years held", PROSPECT_UNIT_YEARS, 0, 50, FALSE, TRUE }, FALSE },
  { N_("Value today"), N_("The contract's value now"), { "Value today", PROSPECT_UNIT_DOLLARS, 0, 1e12, TRUE, FALSE },
    FALSE },
  { N_("Purchase payments"), N_("What was paid in, the surrender charge base; empty: the value"),
    { "Purchase payments", PROSPECT_UNIT_DOLLARS, 0, 1e12, FALSE, FALSE }, FALSE },
  { N_("Bonus credit"), N_("The new contract's credit on what comes in, percent"),
    { "Bonus credit", PROSPECT_UNIT_PERCENT, 0, 100, FALSE, FALSE }, FALSE },
  { N_("Bonus recapture by year"), N_("Percent of the bonus taken back on surrender, for example 100, 100, 50"),
    { "Bonus recapture", PROSPECT_UNIT_PERCENT, 0, 100, FALSE, FALSE }, TRUE },
};

static gint64
chosen (ProspectComparePage *self,
        GtkDropDown         *drop_down)
{
  guint selected = gtk_drop_down_get_selected (drop_down);

  if (self->exchange_ids == NULL || selected == GTK_INVALID_LIST_POSITION || selected >= self->exchange_ids->len)
    return 0;
  return g_array_index (self->exchange_ids, gint64, selected);
}

static const ProspectScenarioForm *
form_of (ProspectComparePage *self,
         gint64               id)
{
  for (guint i = 0; id > 0 && i < self->editors->len; i++)
    {
      const ProspectScenarioForm *form = g_ptr_array_index (self->editors, i);

      if (form->saved->id == id)
        return form;
    }
  return NULL;
}

/* Reads the fields; each bad one is marked with why. */
static gboolean
read_terms (ProspectComparePage   *self,
            ProspectExchangeTerms *terms)
{
  gboolean ok = TRUE;

  prospect_exchange_terms_init (terms);
  for (int f = 0; f < N_FIELDS; f++)
    {
      g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->exchange_entries[f]))));
      g_autoptr(GError) error = NULL;
      double value = 0;

      if (fields[f].list)
        prospect_parse_list (text, &fields[f].spec, terms->recapture_pct, PROSPECT_MAX_YEARS, &terms->n_recapture, &error);
      else if (*text != '\0' || f == FIELD_VALUE)
        prospect_parse_field (text, &fields[f].spec, &value, &error);
      prospect_ui_mark_entry (self->exchange_rows[f], GTK_WIDGET (self->exchange_entries[f]),
                              error != NULL ? error->message : NULL, _(fields[f].hint));
      if (error != NULL)
        {
          ok = FALSE;
          continue;
        }
      switch (f)
        {
        case FIELD_YEARS_HELD:
          terms->years_held = (int) value;
          break;
        case FIELD_VALUE:
          terms->value = value;
          break;
        case FIELD_PAYMENTS:
          terms->payments = value;
          break;
        case FIELD_BONUS:
          terms->bonus_pct = value;
          break;
        default:
          break;
        }
    }
  return ok;
}

static void fill_choices (ProspectComparePage *self);

/* Whether the scenarios to choose from are no longer the forms' (one
 * added, removed or renamed). */
static gboolean
choices_stale (ProspectComparePage *self)
{
  if (self->exchange_ids->len != self->editors->len)
    return TRUE;
  for (guint i = 0; i < self->editors->len; i++)
    {
      const ProspectScenarioForm *form = g_ptr_array_index (self->editors, i);

      if (g_array_index (self->exchange_ids, gint64, i) != form->saved->id ||
          g_strcmp0 (gtk_string_list_get_string (self->exchange_names, i), form->saved->name) != 0)
        return TRUE;
    }
  return FALSE;
}

/* The result in words, and the surrender values at the horizon. */
void
_prospect_compare_exchange_update (ProspectComparePage *self)
{
  const ProspectScenarioForm *keep, *into;
  g_autoptr(ProspectExchangeResult) result = NULL;
  g_autoptr(GError) error = NULL;
  ProspectExchangeTerms terms;

  if (self->exchange_group == NULL)
    return;
  if (choices_stale (self))
    fill_choices (self);
  keep = form_of (self, chosen (self, self->exchange_keep));
  into = form_of (self, chosen (self, self->exchange_into));
  gtk_widget_set_visible (GTK_WIDGET (self->exchange_group), self->editors->len >= 2);
  gtk_widget_set_visible (GTK_WIDGET (self->exchange_label), self->editors->len >= 2);
  if (self->editors->len < 2)
    return;
  if (!read_terms (self, &terms))
    {
      gtk_label_set_text (self->exchange_label, _("Correct the marked field to see the exchange."));
      return;
    }
  if (keep == NULL || into == NULL || keep == into)
    {
      gtk_label_set_text (self->exchange_label, _("Choose the scenario kept and a different one to exchange into."));
      return;
    }
  if (keep->unusable || into->unusable || keep->problem != NULL || into->problem != NULL)
    {
      gtk_label_set_text (self->exchange_label, _("Correct the scenarios above to see the exchange."));
      return;
    }
  result = prospect_exchange_compute (&keep->saved->scenario, &into->saved->scenario, &terms, &self->assumptions, &error);
  if (result == NULL)
    {
      gtk_label_set_text (self->exchange_label, error->message);
      return;
    }
  {
    guint last = result->keep->len - 1;
    g_autofree char *sentence = prospect_exchange_describe (result, keep->saved->name, into->saved->name);
    g_autofree char *k = prospect_format_money (g_array_index (result->keep, double, last), 2, PROSPECT_NEGATIVE_MINUS);
    g_autofree char *n = prospect_format_money (g_array_index (result->exchange, double, last), 2, PROSPECT_NEGATIVE_MINUS);
    g_autofree char *l = prospect_format_money (g_array_index (result->exchange_later, double, last), 2,
                                                PROSPECT_NEGATIVE_MINUS);
    g_autofree char *text = g_strdup_printf (_("%s\nSurrender value after %u years: kept %s; exchanged today %s; "
                                               "exchanged when the old schedule ends %s."), sentence, last + 1, k, n, l);

    gtk_label_set_text (self->exchange_label, text);
  }
}

static void
changed_cb (ProspectComparePage *self)
{
  ProspectSavedExchange saved;

  if (self->loading)
    return;
  saved.keep_id = self->exchange_keep_id = chosen (self, self->exchange_keep);
  saved.into_id = self->exchange_into_id = chosen (self, self->exchange_into);
  if (read_terms (self, &saved.terms) && self->database != NULL && !prospect_database_get_read_only (self->database))
    prospect_database_save_exchange (self->database, &saved, NULL);
  _prospect_compare_exchange_update (self);
}

static GtkDropDown *
add_choice (ProspectComparePage *self,
            const char          *title)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *drop_down = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->exchange_names)), NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (drop_down, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), drop_down);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), drop_down);
  adw_preferences_group_add (self->exchange_group, row);
  g_signal_connect_object (drop_down, "notify::selected", G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
  return GTK_DROP_DOWN (drop_down);
}

void
_prospect_compare_exchange_init (ProspectComparePage *self)
{
  self->exchange_names = gtk_string_list_new (NULL);
  self->exchange_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->exchange_keep = add_choice (self, _("Keep"));
  self->exchange_into = add_choice (self, _("Or exchange into"));
  for (int f = 0; f < N_FIELDS; f++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *entry = gtk_entry_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(fields[f].title));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(fields[f].hint));
      gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
      gtk_editable_set_width_chars (GTK_EDITABLE (entry), 14);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _(fields[f].title), -1);
      g_signal_connect_object (entry, "changed", G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), entry);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), entry);
      adw_preferences_group_add (self->exchange_group, row);
      self->exchange_entries[f] = GTK_ENTRY (entry);
      self->exchange_rows[f] = ADW_ACTION_ROW (row);
    }
}

/* The scenarios to choose from follow the forms; the choice made stays
 * while its scenario exists. */
static void
fill_choices (ProspectComparePage *self)
{
  guint keep = GTK_INVALID_LIST_POSITION, into = GTK_INVALID_LIST_POSITION;
  gboolean was_loading = self->loading;

  self->loading = TRUE;
  g_array_set_size (self->exchange_ids, 0);
  gtk_string_list_splice (self->exchange_names, 0, g_list_model_get_n_items (G_LIST_MODEL (self->exchange_names)), NULL);
  for (guint i = 0; i < self->editors->len; i++)
    {
      const ProspectScenarioForm *form = g_ptr_array_index (self->editors, i);

      g_array_append_val (self->exchange_ids, form->saved->id);
      gtk_string_list_append (self->exchange_names, form->saved->name);
      if (form->saved->id == self->exchange_keep_id)
        keep = i;
      if (form->saved->id == self->exchange_into_id)
        into = i;
    }
  if (keep == GTK_INVALID_LIST_POSITION && self->editors->len > 0)
    keep = 0;
  if (into == GTK_INVALID_LIST_POSITION && self->editors->len > 1)
    into = keep == 0 ? 1 : 0;
  gtk_drop_down_set_selected (self->exchange_keep, keep);
  gtk_drop_down_set_selected (self->exchange_into, into);
  self->loading = was_loading;
}

/* From the store, when the page loads. */
void
_prospect_compare_exchange_load (ProspectComparePage *self)
{
  ProspectSavedExchange saved;
  g_autofree char *years = NULL, *value = NULL, *payments = NULL, *bonus = NULL;
  g_autoptr(GString) recapture = g_string_new (NULL);
  gboolean was_loading = self->loading;

  if (self->database == NULL || !prospect_database_get_exchange (self->database, &saved, NULL))
    return;
  self->exchange_keep_id = saved.keep_id;
  self->exchange_into_id = saved.into_id;
  years = g_strdup_printf ("%d", saved.terms.years_held);
  value = prospect_format_grouped (saved.terms.value, saved.terms.value == (gint64) saved.terms.value ? 0 : 2);
  payments = saved.terms.payments > 0 ? prospect_format_grouped (saved.terms.payments, 0) : g_strdup ("");
  bonus = saved.terms.bonus_pct > 0 ? _prospect_compare_plain_number (saved.terms.bonus_pct) : g_strdup ("");
  for (guint i = 0; i < saved.terms.n_recapture; i++)
    {
      g_autofree char *pct = _prospect_compare_plain_number (saved.terms.recapture_pct[i]);

      g_string_append_printf (recapture, "%s%s", i > 0 ? (prospect_locale_decimal_point () == ',' ? "; " : ", ") : "",
                              pct);
    }
  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->exchange_entries[FIELD_YEARS_HELD]), years);
  gtk_editable_set_text (GTK_EDITABLE (self->exchange_entries[FIELD_VALUE]), value);
  gtk_editable_set_text (GTK_EDITABLE (self->exchange_entries[FIELD_PAYMENTS]), payments);
  gtk_editable_set_text (GTK_EDITABLE (self->exchange_entries[FIELD_BONUS]), bonus);
  gtk_editable_set_text (GTK_EDITABLE (self->exchange_entries[FIELD_RECAPTURE]), recapture->str);
  self->loading = was_loading;
  fill_choices (self);
}

/* For the tests (prospect-testing.h). */
GtkDropDown *
prospect_compare_page_get_exchange_choice (ProspectComparePage *self,
                                           gboolean             into)
{
  g_return_val_if_fail (PROSPECT_IS_COMPARE_PAGE (self), NULL);
  return into ? self->exchange_into : self->exchange_keep;
}

GtkEditable *
prospect_compare_page_get_exchange_field (ProspectComparePage *self,
                                          guint                field)
{
  g_return_val_if_fail (PROSPECT_IS_COMPARE_PAGE (self), NULL);
  g_return_val_if_fail (field < N_FIELDS, NULL);
  return GTK_EDITABLE (self->exchange_entries[field]);
}

const char *
prospect_compare_page_get_exchange_text (ProspectComparePage *self)
{
  g_return_val_if_fail (PROSPECT_IS_COMPARE_PAGE (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->exchange_label)) ? gtk_label_get_text (self->exchange_label) : NULL;
}
