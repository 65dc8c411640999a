/* prospect-fees-page.c: the fee table as printed, and the expense example
 * as a calculator that answers as you type.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-fees-page"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "prospect-chart-catalogue.h"
#include "prospect-testing.h"
#include "prospect-chart-view.h"
#include "prospect-expense.h"
#include "prospect-fee-lines.h"
#include "prospect-fees-page.h"
#include "prospect-printed-example.h"
#include "prospect-format.h"
#include "prospect-number.h"
#include "prospect-returns.h"
#include "prospect-ui-util.h"

struct _ProspectFeesPage
{
  ProspectPage parent_instance;

  /* Template widgets */
  GtkStack            *stack;
  AdwStatusPage       *empty_page;
  GtkLabel            *title_label;
  AdwPreferencesGroup *shareholder_group;
  AdwPreferencesGroup *operating_group;
  GtkLabel            *footnote_label;
  AdwPreferencesGroup *example_group;
  GtkGrid             *results_grid;
  GtkLabel            *status_label;
  ProspectChartView   *example_chart;
  GtkLabel            *method_label;
  GtkGrid             *schedule_grid;

  /* Owned */
  GPtrArray             *fee_rows;      /* rows added to the fee groups */
  GArray                *printed;       /* ProspectPrintedExample */
  ProspectFeeTable      *fees;          /* the class's, to say what a differing example lacks */
  ProspectExpenseInput   prospectus;    /* the inputs the fee table gives */
  ProspectExpenseResult *result;        /* the last good result */
  ProspectExpenseInput   shown;         /* the inputs of that result: what the page shows */
  char                  *class_name;
  char                  *errors[PROSPECT_FEES_N_FIELDS];

  /* Borrowed (rows live in example_group) */
  AdwActionRow *rows[PROSPECT_FEES_N_FIELDS];
  GtkEntry     *entries[PROSPECT_FEES_N_FIELDS];

  gboolean loading;
  gboolean agrees;
};

G_DEFINE_FINAL_TYPE (ProspectFeesPage, prospect_fees_page, PROSPECT_TYPE_PAGE)

static const struct
{
  const char       *title;
  const char       *hint;
  ProspectFieldSpec spec;
  gboolean          optional;
} fields[PROSPECT_FEES_N_FIELDS] = {
  { "Amount invested", NULL, { "Amount", PROSPECT_UNIT_DOLLARS, 0, 1e12, TRUE, FALSE }, FALSE },
  { "Annual return", NULL, { "Annual return", PROSPECT_UNIT_PERCENT, -100, 100, FALSE, FALSE }, FALSE },
  { "Total annual operating expenses", "Gross, before any waiver",
    { "Expense ratio", PROSPECT_UNIT_PERCENT, 0, 100, FALSE, FALSE }, FALSE },
  { "Net expenses after waiver", "Leave empty when there is no waiver",
    { "Net expense ratio", PROSPECT_UNIT_PERCENT, 0, 100, FALSE, FALSE }, TRUE },
  { "Waiver in force for", "Years, may be fractional (1.75)",
    { "Waiver term", PROSPECT_UNIT_YEARS, 0, 50, FALSE, FALSE }, TRUE },
  { "Front-end sales load", NULL, { "Front-end sales load", PROSPECT_UNIT_PERCENT, 0, 100, FALSE, FALSE }, TRUE },
  { "Deferred sales charge by year", "For example 5, 4, 3, 3, 2, 1",
    { "Deferred sales charge", PROSPECT_UNIT_PERCENT, 0, 100, FALSE, FALSE }, TRUE },
  { "Periods", "Years, for example 1, 3, 5, 10", { "Each period", PROSPECT_UNIT_YEARS, 1, 50, FALSE, TRUE }, FALSE },
};

static char *
format_plain (double value)
{
  /* Shortest form that reads back the same: 10000, 5, 0.66, 1.75. */
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *text = NULL;

  g_ascii_formatd (buffer, sizeof buffer, "%.10g", value);
  text = g_strdup (buffer);
  if (prospect_locale_decimal_point () == ',')
    g_strdelimit (text, ".", ',');
  return g_steal_pointer (&text);
}

static void
set_entry (ProspectFeesPage  *self,
           ProspectFeesField  field,
           const char        *text)
{
  gtk_editable_set_text (GTK_EDITABLE (self->entries[field]), text != NULL ? text : "");
}

static void
fill_entries (ProspectFeesPage           *self,
              const ProspectExpenseInput *input)
{
  g_autoptr(GString) deferred = g_string_new (NULL);
  g_autoptr(GString) years = g_string_new (NULL);
  const char *separator = prospect_locale_decimal_point () == ',' ? "; " : ", ";
  g_autofree char *amount = prospect_format_grouped (input->amount, input->amount == floor (input->amount) ? 0 : 2);
  g_autofree char *ret = format_plain (input->return_pct);
  g_autofree char *ratio = isnan (input->gross_pct) ? NULL : format_plain (input->gross_pct);
  g_autofree char *net = isnan (input->net_pct) ? NULL : format_plain (input->net_pct);
  g_autofree char *waiver = isnan (input->net_pct) ? NULL : format_plain (input->waiver_years);
  g_autofree char *load = input->front_load_pct > 0 ? format_plain (input->front_load_pct) : NULL;

  for (guint i = 0; i < input->n_deferred; i++)
    {
      g_autofree char *v = format_plain (input->deferred_pct[i]);

      g_string_append_printf (deferred, "%s%s", i > 0 ? separator : "", v);
    }
  for (guint i = 0; i < input->n_horizons; i++)
    g_string_append_printf (years, "%s%d", i > 0 ? separator : "", input->horizons[i]);

  self->loading = TRUE;
  set_entry (self, PROSPECT_FEES_FIELD_AMOUNT, amount);
  set_entry (self, PROSPECT_FEES_FIELD_RETURN, ret);
  set_entry (self, PROSPECT_FEES_FIELD_RATIO, ratio);
  set_entry (self, PROSPECT_FEES_FIELD_NET_RATIO, net);
  set_entry (self, PROSPECT_FEES_FIELD_WAIVER_YEARS, waiver);
  set_entry (self, PROSPECT_FEES_FIELD_FRONT_LOAD, load);
  set_entry (self, PROSPECT_FEES_FIELD_DEFERRED, deferred->str);
  set_entry (self, PROSPECT_FEES_FIELD_YEARS, years->str);
  self->loading = FALSE;
}

static void
set_field_error (ProspectFeesPage  *self,
                 ProspectFeesField  field,
                 const char        *message)
{
  g_free (self->errors[field]);
  self->errors[field] = g_strdup (message);
  prospect_ui_mark_entry (self->rows[field], GTK_WIDGET (self->entries[field]), message, fields[field].hint);
}

/* Reads every field; each bad one is marked with its reason. */
static gboolean
read_input (ProspectFeesPage     *self,
            ProspectExpenseInput *input)
{
  gboolean ok = TRUE;

  prospect_expense_input_init (input);
  input->front_load_pct = 0;
  /* The page has no field for a conversion; it is the class's own term,
   * and the printed example counts it. */
  input->conversion_years = self->prospectus.conversion_years;
  input->conversion_pct = self->prospectus.conversion_pct;
  for (int f = 0; f < PROSPECT_FEES_N_FIELDS; f++)
    {
      const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entries[f]));
      g_autoptr(GError) error = NULL;
      g_autofree char *trimmed = g_strstrip (g_strdup (text));
      double value = 0;

      if (f == PROSPECT_FEES_FIELD_DEFERRED || f == PROSPECT_FEES_FIELD_YEARS)
        {
          double values[PROSPECT_MAX_YEARS];
          guint n = 0;

          if (prospect_parse_list (trimmed, &fields[f].spec, values, PROSPECT_MAX_YEARS, &n, &error) &&
              f == PROSPECT_FEES_FIELD_YEARS && n == 0)
            g_set_error_literal (&error, PROSPECT_INPUT_ERROR, PROSPECT_INPUT_ERROR_EMPTY,
                                 _("Periods is empty: enter whole years from 1 to 50, for example 1, 3, 5, 10."));
          if (error == NULL)
            {
              if (f == PROSPECT_FEES_FIELD_DEFERRED)
                {
                  input->n_deferred = n;
                  memcpy (input->deferred_pct, values, n * sizeof (double));
                }
              else
                {
                  input->n_horizons = n;
                  for (guint i = 0; i < n; i++)
                    input->horizons[i] = (int) values[i];
                }
            }
        }
      else if (*trimmed == '\0' && fields[f].optional)
        value = f == PROSPECT_FEES_FIELD_NET_RATIO ? NAN : 0;
      else
        prospect_parse_field (trimmed, &fields[f].spec, &value, &error);

      set_field_error (self, (ProspectFeesField) f, error != NULL ? error->message : NULL);
      if (error != NULL)
        {
          ok = FALSE;
          continue;
        }
      switch (f)
        {
        case PROSPECT_FEES_FIELD_AMOUNT:
          input->amount = value;
          break;
        case PROSPECT_FEES_FIELD_RETURN:
          input->return_pct = value;
          break;
        case PROSPECT_FEES_FIELD_RATIO:
          input->gross_pct = value;
          break;
        case PROSPECT_FEES_FIELD_NET_RATIO:
          input->net_pct = value;
          break;
        case PROSPECT_FEES_FIELD_WAIVER_YEARS:
          input->waiver_years = value;
          break;
        case PROSPECT_FEES_FIELD_FRONT_LOAD:
          input->front_load_pct = value;
          break;
        default:
          break;
        }
    }

  /* A waiver needs both its ratio and its term. */
  if (ok && !isnan (input->net_pct) && input->waiver_years <= 0)
    {
      set_field_error (self, PROSPECT_FEES_FIELD_WAIVER_YEARS,
                       "Waiver term: give how many years the net ratio is in force, more than 0.");
      ok = FALSE;
    }
  if (ok && isnan (input->net_pct) && input->waiver_years > 0)
    {
      set_field_error (self, PROSPECT_FEES_FIELD_NET_RATIO, "Net expense ratio: give the ratio while the waiver is in force.");
      ok = FALSE;
    }
  return ok;
}

static void
show_result (ProspectFeesPage           *self,
             const ProspectExpenseInput *input)
{
  const ProspectExpenseResult *r = self->result;
  gboolean deferred = prospect_expense_has_deferred_charge (input);
  gboolean comparable = self->printed != NULL && self->printed->len > 0 && prospect_printed_example_same_terms (input, &self->prospectus);
  int column = 1, printed_matches = 0, printed_total = 0;
  gboolean short_differs = FALSE, long_differs = FALSE;
  g_autoptr(ProspectChartData) chart = NULL;
  ProspectGridUpdate results, schedule;

  prospect_ui_grid_begin (&results, self->results_grid);
  prospect_ui_grid_set (&results, 0, 0, 1, "", NULL, 0);
  prospect_ui_grid_set (&results, 0, 1, 1, deferred ? "If you redeem" : "Your costs", "heading", 0);
  if (deferred)
    prospect_ui_grid_set (&results, 0, 2, 1, "If you do not redeem", "heading", 0);
  if (comparable)
    prospect_ui_grid_set (&results, 0, 3, 1, "As printed", "dim-label", 0);

  for (guint i = 0; i < r->rows->len; i++)
    {
      const ProspectExpenseRow *row = &g_array_index (r->rows, ProspectExpenseRow, i);
      g_autofree char *cost = prospect_format_money (row->cost, 0, PROSPECT_NEGATIVE_MINUS);
      g_autofree char *tip = g_strdup_printf ("%.4f before rounding", row->cost_exact);
      GtkWidget *label;

      if (!row->redeemed)
        {
          label = prospect_ui_grid_set (&results, (int) (i - r->rows->len / 2) + 1, 2, 1, cost, "title-3", 1);
          gtk_widget_add_css_class (label, "numeric");
          prospect_ui_set_tooltip (label, tip);
          continue;
        }
      {
        g_autofree char *heading = g_strdup_printf (row->years == 1 ? "%d year" : "%d years", row->years);

        prospect_ui_grid_set (&results, column, 0, 1, heading, "heading", 1);
      }
      label = prospect_ui_grid_set (&results, column, 1, 1, cost, "title-3", 1);
      gtk_widget_add_css_class (label, "numeric");
      prospect_ui_set_tooltip (label, tip);
      if (comparable)
        {
          const ProspectPrintedExample *e = prospect_printed_example_find (self->printed, row->years, TRUE);

          if (e != NULL)
            {
              gboolean same = prospect_printed_example_agrees (e, row);

              if (!same && row->years < 10)
                short_differs = TRUE;
              else if (!same)
                long_differs = TRUE;
              g_autofree char *money = prospect_format_money (e->cost, 0, PROSPECT_NEGATIVE_MINUS);
              g_autofree char *text = g_strdup_printf ("%s %s", money, same ? "✓" : "✗");

              prospect_ui_grid_set (&results, column, 3, 1, text, same ? "success" : "error", 1);
              printed_total++;
              printed_matches += same;
            }
        }
      column++;
    }

  prospect_ui_grid_end (&results);

  self->agrees = comparable && printed_total > 0 && printed_total == printed_matches;
  if (!isnan (input->net_pct) && input->net_pct > input->gross_pct)
    gtk_label_set_text (self->status_label, _("⚠ The net expense ratio is above the gross one; a fee waiver lowers "
                                              "the ratio. The figures use what you typed."));
  else if (self->fees == NULL)
    gtk_label_set_text (self->status_label, _("No fee table: these figures use only what you typed."));
  else if (!comparable)
    gtk_label_set_text (self->status_label, _("These inputs differ from the prospectus's example; "
                                              "“Reset to Prospectus” restores them."));
  else if (self->agrees)
    gtk_label_set_text (self->status_label, _("✓ Every figure agrees with the example printed in the prospectus."));
  else
    {
      g_autofree char *why = prospect_printed_example_explain (self->fees, short_differs, long_differs);
      g_autofree char *text = g_strdup_printf (_("✗ %d of %d figures differ from the printed example. %s"),
                                               printed_total - printed_matches, printed_total, why);

      gtk_label_set_text (self->status_label, text);
    }

  chart = prospect_chart_expense_example (input, r, self->class_name);
  prospect_chart_view_set_data (self->example_chart, chart);

  prospect_ui_grid_begin (&schedule, self->schedule_grid);
  {
    static const char * const headings[] = { "Year", "Beginning balance", "Expense ratio", "Cost", "Ending balance" };

    for (guint h = 0; h < G_N_ELEMENTS (headings); h++)
      prospect_ui_grid_set (&schedule, (int) h, 0, 1, headings[h], "heading", h == 0 ? 0 : 1);
  }
  for (guint i = 0; i < r->schedule->len; i++)
    {
      const ProspectExpenseYear *y = &g_array_index (r->schedule, ProspectExpenseYear, i);
      g_autofree char *year = g_strdup_printf ("%d", y->year);
      g_autofree char *begin = prospect_format_money (y->begin, 2, PROSPECT_NEGATIVE_MINUS);
      g_autofree char *ratio = prospect_format_percent (y->ratio_pct, 4, PROSPECT_NEGATIVE_MINUS);
      g_autofree char *cost = prospect_format_money (y->cost, 2, PROSPECT_NEGATIVE_MINUS);
      g_autofree char *end = prospect_format_money (y->end, 2, PROSPECT_NEGATIVE_MINUS);

      prospect_ui_grid_set (&schedule, 0, (int) i + 1, 1, year, NULL, 0);
      prospect_ui_grid_set (&schedule, 1, (int) i + 1, 1, begin, "numeric", 1);
      prospect_ui_grid_set (&schedule, 2, (int) i + 1, 1, ratio, "numeric", 1);
      prospect_ui_grid_set (&schedule, 3, (int) i + 1, 1, cost, "numeric", 1);
      prospect_ui_grid_set (&schedule, 4, (int) i + 1, 1, end, "numeric", 1);
    }
  prospect_ui_grid_end (&schedule);
  {
    g_autofree char *load = r->front_load_cost > 0
      ? prospect_format_money (r->front_load_cost, 2, PROSPECT_NEGATIVE_MINUS) : NULL;
    g_autofree char *text = load != NULL
      ? g_strdup_printf ("%s\nThe front-end load of %s is included in every period's cost.", prospect_expense_method (), load)
      : g_strdup (prospect_expense_method ());

    gtk_label_set_text (self->method_label, text);
  }
}

static void
recompute (ProspectFeesPage *self)
{
  g_autoptr(ProspectExpenseResult) result = NULL;
  g_autoptr(GError) error = NULL;
  ProspectExpenseInput input;

  if (self->loading)
    return;
  if (!read_input (self, &input))
    {
      /* The last good figures stay on screen. */
      if (self->result != NULL)
        gtk_label_set_text (self->status_label, _("Correct the marked field; the figures shown are for the last valid "
                                                  "inputs."));
      return;
    }
  result = prospect_expense_compute (&input, &error);
  if (result == NULL)
    {
      gtk_label_set_text (self->status_label, error->message);
      return;
    }
  g_clear_pointer (&self->result, prospect_expense_result_free);
  self->result = g_steal_pointer (&result);
  self->shown = input;
  show_result (self, &input);
}

static void
entry_changed_cb (ProspectFeesPage *self)
{
  recompute (self);
}

static void
reset_cb (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  prospect_fees_page_reset (PROSPECT_FEES_PAGE (widget));
}

static void
prospect_fees_page_dispose (GObject *object)
{
  ProspectFeesPage *self = (ProspectFeesPage *) object;

  /* AdwBin disposes its child; see prospect-performance-page.c. */
  g_clear_pointer (&self->fee_rows, g_ptr_array_unref);
  g_clear_pointer (&self->printed, g_array_unref);
  g_clear_pointer (&self->fees, prospect_fee_table_free);
  g_clear_pointer (&self->result, prospect_expense_result_free);
  g_clear_pointer (&self->class_name, g_free);
  for (int f = 0; f < PROSPECT_FEES_N_FIELDS; f++)
    g_clear_pointer (&self->errors[f], g_free);

  G_OBJECT_CLASS (prospect_fees_page_parent_class)->dispose (object);
}

static gboolean
load_page (ProspectPage      *page,
           ProspectDatabase  *database,
           gint64             class_id,
           GError           **error)
{
  return prospect_fees_page_load (PROSPECT_FEES_PAGE (page), database, class_id, error);
}

static GPtrArray *
get_charts (ProspectPage *page)
{
  GPtrArray *charts = g_ptr_array_new ();

  g_ptr_array_add (charts, prospect_fees_page_get_chart (PROSPECT_FEES_PAGE (page)));
  return charts;
}


static void
prospect_fees_page_class_init (ProspectFeesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ProspectPageClass *page_class = PROSPECT_PAGE_CLASS (klass);

  page_class->load = load_page;
  page_class->get_charts = get_charts;

  object_class->dispose = prospect_fees_page_dispose;

  g_type_ensure (PROSPECT_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/pages/prospect-fees-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ProspectFeesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, ProspectFeesPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, ProspectFeesPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, ProspectFeesPage, shareholder_group);
  gtk_widget_class_bind_template_child (widget_class, ProspectFeesPage, operating_group);
  gtk_widget_class_bind_template_child (widget_class, ProspectFeesPage, footnote_label);
  gtk_widget_class_bind_template_child (widget_class, ProspectFeesPage, example_group);
  gtk_widget_class_bind_template_child (widget_class, ProspectFeesPage, results_grid);
  gtk_widget_class_bind_template_child (widget_class, ProspectFeesPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, ProspectFeesPage, example_chart);
  gtk_widget_class_bind_template_child (widget_class, ProspectFeesPage, method_label);
  gtk_widget_class_bind_template_child (widget_class, ProspectFeesPage, schedule_grid);

  gtk_widget_class_install_action (widget_class, "fees.reset", NULL, reset_cb);
}

static void
prospect_fees_page_init (ProspectFeesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->fee_rows = g_ptr_array_new ();
  prospect_expense_input_init (&self->prospectus);

  for (int f = 0; f < PROSPECT_FEES_N_FIELDS; f++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *entry = gtk_entry_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), fields[f].title);
      if (fields[f].hint != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), fields[f].hint);
      gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
      gtk_editable_set_width_chars (GTK_EDITABLE (entry), 8);
      gtk_entry_set_alignment (GTK_ENTRY (entry), 1.0);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, fields[f].title, -1);
      g_signal_connect_object (entry, "changed", G_CALLBACK (entry_changed_cb), self, G_CONNECT_SWAPPED);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), entry);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), entry);
      adw_preferences_group_add (self->example_group, row);
      self->rows[f] = ADW_ACTION_ROW (row);
      self->entries[f] = GTK_ENTRY (entry);
    }
}

static void
add_fee_row (ProspectFeesPage       *self,
             AdwPreferencesGroup    *group,
             const ProspectFeeLine  *line,
             const ProspectFeeTable *fees)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *value = prospect_fee_line_format (line, fees);
  GtkWidget *label = gtk_label_new (value);

  gtk_widget_add_css_class (label, "numeric");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(line->label));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->fee_rows, row);
}

/* Where the filing says sales charge discounts start: the load the table
 * prints is the most anyone pays, and the cost comparison uses the
 * class's schedule once it is on the Data page. */
static void
append_breakpoints (GString                 *text,
                    ProspectDatabase        *database,
                    const ProspectClassInfo *info,
                    const ProspectFeeTable  *fees)
{
  g_autoptr(ProspectFundInfo) fund = prospect_database_get_fund (database, info->fund_id, NULL);
  g_autoptr(GArray) schedule = prospect_database_list_breakpoints (database, info->id, NULL);
  g_autofree char *from = NULL;

  if (fund == NULL || isnan (fund->breakpoint_from) || isnan (fees->front_load_pct) || fees->front_load_pct <= 0)
    return;
  from = prospect_format_money (fund->breakpoint_from, 0, PROSPECT_NEGATIVE_MINUS);
  if (schedule != NULL && schedule->len > 0)
    g_string_append_printf (text, _("\nSales charge discounts from %s: the schedule is in Data, Load breakpoints, "
                                    "and Compare applies it."), from);
  else
    g_string_append_printf (text, _("\nSales charge discounts from %s (the prospectus prints the schedule): add it "
                                    "in Data, Load breakpoints, for Compare to apply it."), from);
}

gboolean
prospect_fees_page_load (ProspectFeesPage  *self,
                         ProspectDatabase  *database,
                         gint64             class_id,
                         GError           **error)
{
  g_autoptr(ProspectClassInfo) info = NULL;
  g_autoptr(ProspectFeeTable) fees = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GArray) printed = NULL;

  g_return_val_if_fail (PROSPECT_IS_FEES_PAGE (self), FALSE);
  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), FALSE);

  if ((info = prospect_database_get_class (database, class_id, error)) == NULL)
    return FALSE;
  fees = prospect_database_get_fee_table (database, class_id, &local_error);
  if (fees == NULL && !g_error_matches (local_error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (fees != NULL && (printed = prospect_database_list_expense_example (database, class_id, error)) == NULL)
    return FALSE;

  for (guint i = 0; i < self->fee_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->fee_rows, i);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP)),
                                    row);
    }
  g_ptr_array_set_size (self->fee_rows, 0);
  g_clear_pointer (&self->result, prospect_expense_result_free);
  g_clear_pointer (&self->printed, g_array_unref);
  g_free (self->class_name);
  self->class_name = g_strdup_printf ("%s – %s", info->fund_name, info->name);

  gtk_stack_set_visible_child_name (self->stack, "content");
  {
    g_autofree char *title = g_strdup_printf ("Fees and expenses: %s", self->class_name);

    gtk_label_set_text (self->title_label, title);
  }
  /* Without a fee table the calculator still works, on what is typed. */
  gtk_widget_set_visible (GTK_WIDGET (self->shareholder_group), fees != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->operating_group), fees != NULL);
  g_clear_pointer (&self->fees, prospect_fee_table_free);
  if (fees == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("%s has no fee table in the database (add one in Data, or import "
                                                 "the fund's filing). The calculator below works on what you "
                                                 "type: start with the fund's expense ratio."), info->name);

      gtk_label_set_text (self->footnote_label, text);
      prospect_expense_input_init (&self->prospectus);
      self->prospectus.gross_pct = NAN;
      prospect_fees_page_reset (self);
      return TRUE;
    }
  for (guint i = 0; i < prospect_fee_lines_count (); i++)
    {
      const ProspectFeeLine *line = prospect_fee_lines_get (i);

      if (prospect_fee_line_shown (line, fees))
        add_fee_row (self, line->group == PROSPECT_FEE_GROUP_SHAREHOLDER ? self->shareholder_group
                                                                          : self->operating_group,
                     line, fees);
    }
  {
    g_autofree char *source = prospect_source_describe (&fees->source);
    g_autoptr(GPtrArray) problems = prospect_fee_table_check (fees);
    GString *text = g_string_new (NULL);

    g_string_append_printf (text, "%s%s%s", fees->footnote != NULL ? fees->footnote : "",
                            fees->footnote != NULL ? "\n" : "", source != NULL ? source : "");
    /* A table that does not add up is shown as printed, and said so. */
    for (guint i = 0; i < problems->len; i++)
      g_string_append_printf (text, "\n⚠ %s", (const char *) g_ptr_array_index (problems, i));
    append_breakpoints (text, database, info, fees);
    gtk_label_set_text (self->footnote_label, text->str);
    g_string_free (text, TRUE);
  }

  prospect_expense_input_init (&self->prospectus);
  prospect_expense_input_set_fee_table (&self->prospectus, fees);
  if (printed->len > 0)
    {
      const ProspectPrintedExample *e = &g_array_index (printed, ProspectPrintedExample, 0);

      self->prospectus.amount = e->amount;
      self->prospectus.return_pct = e->return_pct;
    }
  self->printed = g_steal_pointer (&printed);
  self->fees = g_steal_pointer (&fees);
  prospect_fees_page_reset (self);
  return TRUE;
}

/* Back to the prospectus's own inputs. */
void
prospect_fees_page_reset (ProspectFeesPage *self)
{
  g_return_if_fail (PROSPECT_IS_FEES_PAGE (self));

  fill_entries (self, &self->prospectus);
  recompute (self);
}

GtkEditable *
prospect_fees_page_get_field (ProspectFeesPage  *self,
                              ProspectFeesField  field)
{
  g_return_val_if_fail (PROSPECT_IS_FEES_PAGE (self), NULL);
  g_return_val_if_fail (field < PROSPECT_FEES_N_FIELDS, NULL);
  return GTK_EDITABLE (self->entries[field]);
}

const char *
prospect_fees_page_get_field_error (ProspectFeesPage  *self,
                                    ProspectFeesField  field)
{
  g_return_val_if_fail (PROSPECT_IS_FEES_PAGE (self), NULL);
  g_return_val_if_fail (field < PROSPECT_FEES_N_FIELDS, NULL);
  return self->errors[field];
}

/* The cost shown for redeeming after YEARS, as on screen ("$67"). */
char *
prospect_fees_page_dup_cost_text (ProspectFeesPage *self,
                                  int               years)
{
  const ProspectExpenseRow *row;

  g_return_val_if_fail (PROSPECT_IS_FEES_PAGE (self), NULL);

  if (self->result == NULL || (row = prospect_expense_result_find (self->result, years, TRUE)) == NULL)
    return NULL;
  return prospect_format_money (row->cost, 0, PROSPECT_NEGATIVE_MINUS);
}

/**
 * prospect_fees_page_get_shown_input:
 *
 * Returns: (nullable): the inputs of the example the page shows, for
 *   printing what is on screen; NULL before there is one.
 */
const ProspectExpenseInput *
prospect_fees_page_get_shown_input (ProspectFeesPage *self)
{
  g_return_val_if_fail (PROSPECT_IS_FEES_PAGE (self), NULL);
  return self->result != NULL ? &self->shown : NULL;
}

gboolean
prospect_fees_page_get_agrees (ProspectFeesPage *self)
{
  g_return_val_if_fail (PROSPECT_IS_FEES_PAGE (self), FALSE);
  return self->agrees;
}

GtkWidget *
prospect_fees_page_get_chart (ProspectFeesPage *self)
{
  g_return_val_if_fail (PROSPECT_IS_FEES_PAGE (self), NULL);
  return GTK_WIDGET (self->example_chart);
}
