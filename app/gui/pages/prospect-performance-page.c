/* prospect-performance-page.c: average annual total returns (stated and
 * recomputed), calendar-year returns and growth of $10,000.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-performance-page"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "prospect-chart-catalogue.h"
#include "prospect-chart-view.h"
#include "prospect-format.h"
#include "prospect-performance-page.h"
#include "prospect-reconcile.h"
#include "prospect-saved-scenario.h"
#include "prospect-ui-util.h"

struct _ProspectPerformancePage
{
  ProspectPage parent_instance;

  /* Template widgets */
  GtkStack          *stack;
  AdwStatusPage     *empty_page;
  GtkLabel          *title_label;
  ProspectChartView *average_chart;
  GtkGrid           *average_grid;
  GtkLabel          *method_label;
  GtkStack          *annual_stack;
  ProspectChartView *annual_chart;
  GtkGrid           *versus_grid;
  GtkBox            *contract_box;
  GtkBox            *index_box;
  GtkDropDown       *contract_dropdown;
  GtkLabel          *stats_label;
  GtkSwitch         *log_switch;
  ProspectChartView *growth_chart;

  /* Owned */
  ProspectDatabase *database;
  gint64            class_id;
  GPtrArray        *contracts;    /* ProspectSavedScenario: those with charges on the value */
  char             *contract_name; /* the one chosen, kept across reloads; NULL: none */
  GHashTable       *hidden_indices; /* names of the indices switched off */
  gboolean          filling;
};

G_DEFINE_FINAL_TYPE (ProspectPerformancePage, prospect_performance_page, PROSPECT_TYPE_PAGE)

static void
load_growth (ProspectPerformancePage *self)
{
  g_autoptr(ProspectChartData) growth = NULL;

  if (self->database == NULL)
    return;
  growth = prospect_chart_growth (self->database, self->class_id, 10000, gtk_switch_get_active (self->log_switch), NULL);
  prospect_chart_view_set_data (self->growth_chart, growth);
}

static void
log_scale_changed_cb (ProspectPerformancePage *self)
{
  load_growth (self);
}

/* The table under the chart: each stated figure, and beside it the same
 * figure recomputed from the yearly returns, with a mark when they agree. */
static void
fill_average_table (ProspectPerformancePage *self,
                    GPtrArray               *rows)
{
  int column[PROSPECT_PERIOD_INCEPTION + 1] = { -1, -1, -1, -1 };
  int n_columns = 0;
  int row = 0;
  gint64 last_series = -1;

  prospect_ui_clear_grid (self->average_grid);
  for (guint i = 0; i < rows->len; i++)
    {
      const ProspectReconciliation *r = g_ptr_array_index (rows, i);

      if (column[r->stated->period] < 0)
        column[r->stated->period] = 0;
    }
  for (int p = 0; p <= PROSPECT_PERIOD_INCEPTION; p++)
    if (column[p] == 0)
      {
        column[p] = ++n_columns;
        gtk_grid_attach (self->average_grid, prospect_ui_cell (prospect_period_label ((ProspectPeriod) p), "heading", 1), column[p],
                         0, 1, 1);
      }

  for (guint i = 0; i < rows->len; i++)
    {
      const ProspectReconciliation *r = g_ptr_array_index (rows, i);
      g_autofree char *stated = prospect_format_percent (r->stated->return_pct, 2, PROSPECT_NEGATIVE_PARENTHESES);
      g_autofree char *source = prospect_source_describe (&r->stated->source);
      g_autofree char *check = NULL;
      g_autofree char *text = NULL;
      GtkWidget *label;

      if (r->stated->series_id != last_series)
        {
          row++;
          last_series = r->stated->series_id;
          label = prospect_ui_cell (r->stated->series_name, r->stated->is_class ? "heading" : NULL, 0);
          gtk_widget_set_hexpand (label, TRUE);
          if (r->stated->footnote != NULL)
            prospect_ui_set_tooltip (label, r->stated->footnote);
          gtk_grid_attach (self->average_grid, label, 0, row, 1, 1);
        }

      if (r->computed.available)
        {
          g_autofree char *computed = prospect_format_percent (r->computed.average_pct, 2,
                                                               PROSPECT_NEGATIVE_PARENTHESES);

          check = g_strdup_printf ("%s %s", r->agrees ? "✓" : "✗", computed);
        }
      else
        check = g_strdup ("—");
      text = g_strdup_printf ("%s\n%s", stated, check);
      label = prospect_ui_cell (text, NULL, 1);
      gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
      gtk_widget_add_css_class (label, "numeric");
      if (r->computed.available && !r->agrees)
        gtk_widget_add_css_class (label, "error");
      {
        g_autofree char *tip = NULL;

        if (r->computed.available)
          tip = g_strdup_printf ("Stated %s. Source: %s.\nRecomputed from the yearly returns over %.4f years "
                                 "(day count: %s)%s.", stated, source != NULL ? source : "database", r->computed.n_years,
                                 prospect_day_count_to_string (r->day_count),
                                 r->agrees ? "; agrees to the hundredth of a percent" : "; does NOT agree");
        else
          tip = g_strdup_printf ("Stated %s. Source: %s.\nNot recomputed: %s.", stated,
                                 source != NULL ? source : "database", r->computed.reason);
        prospect_ui_set_tooltip (label, tip);
      }
      gtk_grid_attach (self->average_grid, label, column[r->stated->period], row, 1, 1);
    }
}

/* Under the calendar-year chart, the same years as figures: the fund, each
 * index beside it, and the difference, with how many years the fund was
 * ahead.  Built from the chart's own data, so the two cannot disagree. */
static void
fill_versus_table (ProspectPerformancePage *self,
                   const ProspectChartData *annual)
{
  const ProspectChartSeries *fund;
  int column = 1;
  int last_row = (int) annual->categories->len + 1;

  prospect_ui_clear_grid (self->versus_grid);
  gtk_widget_set_visible (GTK_WIDGET (self->versus_grid), annual->versus_series >= 0 && annual->series->len > 1);
  if (annual->versus_series < 0 || annual->series->len < 2)
    return;
  fund = g_ptr_array_index (annual->series, annual->versus_series);

  gtk_grid_attach (self->versus_grid, prospect_ui_cell (_("Year"), "heading", 0), 0, 0, 1, 1);
  for (guint c = 0; c < annual->categories->len; c++)
    gtk_grid_attach (self->versus_grid, prospect_ui_cell (g_ptr_array_index (annual->categories, c), NULL, 0), 0,
                     (int) c + 1, 1, 1);
  for (guint s = 0; s < annual->series->len; s++)
    {
      const ProspectChartSeries *series = g_ptr_array_index (annual->series, s);
      gboolean is_fund = (int) s == annual->versus_series;
      ProspectVersusCount count;
      GtkWidget *heading = prospect_ui_cell (series->name, "heading", 1);

      gtk_widget_set_hexpand (heading, TRUE);
      gtk_grid_attach (self->versus_grid, heading, column, 0, 1, 1);
      if (!is_fund)
        {
          g_autofree char *title = g_strdup_printf (_("Fund − %s"), series->name);

          gtk_grid_attach (self->versus_grid, prospect_ui_cell (title, "heading", 1), column + 1, 0, 1, 1);
        }
      for (guint c = 0; c < annual->categories->len; c++)
        {
          double value = prospect_chart_data_get_value (annual, s, c);
          double difference = prospect_return_difference (prospect_chart_data_get_value (annual, annual->versus_series, c),
                                                          value);
          g_autofree char *text = isfinite (value) ? prospect_format_percent (value, 2, PROSPECT_NEGATIVE_PARENTHESES)
                                                   : g_strdup (_("n/a"));
          GtkWidget *cell = prospect_ui_cell (text, "numeric", 1);

          gtk_grid_attach (self->versus_grid, cell, column, (int) c + 1, 1, 1);
          if (is_fund)
            continue;
          g_clear_pointer (&text, g_free);
          text = isnan (difference) ? g_strdup ("—") : g_strdup_printf ("%s%.2f", difference > 0 ? "+" : difference < 0 ? "−" : "",
                                                                        fabs (difference));
          cell = prospect_ui_cell (text, "numeric", 1);
          if (difference < 0)
            gtk_widget_add_css_class (cell, "dim-label");
          gtk_grid_attach (self->versus_grid, cell, column + 1, (int) c + 1, 1, 1);
        }
      if (is_fund)
        {
          column++;
          continue;
        }
      prospect_returns_versus ((const double *) (void *) fund->values->data,
                               (const double *) (void *) series->values->data, fund->values->len, &count);
      {
        g_autofree char *text = g_strdup_printf (_("Ahead in %u of %u years"), count.n_beaten, count.n_compared);

        gtk_grid_attach (self->versus_grid, prospect_ui_cell (text, "caption", 1), column, last_row, 2, 1);
      }
      column += 2;
    }
}

static const ProspectCostScenario *
chosen_contract (ProspectPerformancePage *self)
{
  guint selected = gtk_drop_down_get_selected (self->contract_dropdown);

  if (self->contracts == NULL || selected == 0 || selected == GTK_INVALID_LIST_POSITION ||
      selected > self->contracts->len)
    return NULL;
  return &((ProspectSavedScenario *) g_ptr_array_index (self->contracts, selected - 1))->scenario;
}

static void
load_annual (ProspectPerformancePage *self)
{
  g_autoptr(ProspectChartData) annual = NULL;

  if (self->database == NULL)
    return;
  {
    g_autofree const char **hidden = (const char **) g_hash_table_get_keys_as_array (self->hidden_indices, NULL);

    annual = prospect_chart_annual_returns_after (self->database, self->class_id, chosen_contract (self), hidden, NULL);
  }
  if (annual == NULL)
    return;
  prospect_chart_view_set_data (self->annual_chart, annual);
  fill_versus_table (self, annual);
}

static void
contract_changed_cb (ProspectPerformancePage *self)
{
  const ProspectCostScenario *contract;

  if (self->filling)
    return;
  contract = chosen_contract (self);
  g_free (self->contract_name);
  self->contract_name = contract != NULL ? g_strdup (contract->name) : NULL;
  load_annual (self);
}

static void
index_toggled_cb (GtkCheckButton          *button,
                  ProspectPerformancePage *self)
{
  const char *name = g_object_get_data (G_OBJECT (button), "index-name");

  if (gtk_check_button_get_active (button))
    g_hash_table_remove (self->hidden_indices, name);
  else
    g_hash_table_add (self->hidden_indices, g_strdup (name));
  load_annual (self);
}

/* One switch per index that has yearly figures for the chart's years, so a
 * presenter can show the fund against one index at a time. */
static void
fill_index_choices (ProspectPerformancePage *self,
                    const ProspectChartData *annual)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->index_box));
  guint n = 0;

  /* The first child is the label. */
  while (child != NULL && gtk_widget_get_next_sibling (child) != NULL)
    gtk_box_remove (self->index_box, gtk_widget_get_next_sibling (child));
  for (guint s = 0; s < annual->series->len; s++)
    {
      const ProspectChartSeries *series = g_ptr_array_index (annual->series, s);
      GtkWidget *button;

      if ((int) s == annual->versus_series)
        continue;
      button = gtk_check_button_new_with_label (series->name);
      g_object_set_data_full (G_OBJECT (button), "index-name", g_strdup (series->name), g_free);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (button), !g_hash_table_contains (self->hidden_indices, series->name));
      g_signal_connect (button, "toggled", G_CALLBACK (index_toggled_cb), self);
      gtk_box_append (self->index_box, button);
      n++;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->index_box), annual->versus_series >= 0 && n > 0);
}

/* The saved Compare scenarios that put charges on the account value, as
 * choices; the one chosen before stays chosen while it exists. */
static void
fill_contracts (ProspectPerformancePage *self)
{
  g_autoptr(GPtrArray) saved = prospect_database_list_scenarios (self->database, NULL);
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  guint selected = 0;

  g_clear_pointer (&self->contracts, g_ptr_array_unref);
  self->contracts = g_ptr_array_new_with_free_func ((GDestroyNotify) prospect_saved_scenario_free);
  gtk_string_list_append (choices, _("None: the fund as the prospectus prints it"));
  for (guint i = 0; saved != NULL && i < saved->len; i++)
    {
      ProspectSavedScenario *s = g_ptr_array_index (saved, i);
      double charge = prospect_contract_charge_pct (&s->scenario);
      g_autofree char *percent = NULL;
      g_autofree char *label = NULL;

      if (charge <= 0)
        continue;
      g_strlcpy (s->scenario.name, s->name, sizeof s->scenario.name);
      percent = prospect_format_percent (charge, 2, PROSPECT_NEGATIVE_MINUS);
      label = g_strdup_printf (_("%s: %s a year"), s->name, percent);
      gtk_string_list_append (choices, label);
      if (g_strcmp0 (s->name, self->contract_name) == 0)
        selected = self->contracts->len + 1;
      g_ptr_array_add (self->contracts, g_steal_pointer (&g_ptr_array_index (saved, i)));
    }
  self->filling = TRUE;
  gtk_drop_down_set_model (self->contract_dropdown, G_LIST_MODEL (choices));
  gtk_drop_down_set_selected (self->contract_dropdown, selected);
  self->filling = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->contract_box), self->contracts->len > 0);
}

static void
prospect_performance_page_dispose (GObject *object)
{
  ProspectPerformancePage *self = (ProspectPerformancePage *) object;

  /* AdwBin disposes its child; gtk_widget_dispose_template () on GTK 4.8 would
   * unparent template children that are already gone with it. */
  g_clear_object (&self->database);
  g_clear_pointer (&self->contracts, g_ptr_array_unref);
  g_clear_pointer (&self->contract_name, g_free);
  g_clear_pointer (&self->hidden_indices, g_hash_table_unref);

  G_OBJECT_CLASS (prospect_performance_page_parent_class)->dispose (object);
}

static gboolean
load_page (ProspectPage      *page,
           ProspectDatabase  *database,
           gint64             class_id,
           GError           **error)
{
  return prospect_performance_page_load (PROSPECT_PERFORMANCE_PAGE (page), database, class_id, error);
}

static GPtrArray *
get_charts (ProspectPage *page)
{
  return prospect_performance_page_get_charts (PROSPECT_PERFORMANCE_PAGE (page));
}


static void
prospect_performance_page_class_init (ProspectPerformancePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ProspectPageClass *page_class = PROSPECT_PAGE_CLASS (klass);

  page_class->load = load_page;
  page_class->get_charts = get_charts;

  object_class->dispose = prospect_performance_page_dispose;

  g_type_ensure (PROSPECT_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/pages/prospect-performance-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ProspectPerformancePage, stack);
  gtk_widget_class_bind_template_child (widget_class, ProspectPerformancePage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, ProspectPerformancePage, title_label);
  gtk_widget_class_bind_template_child (widget_class, ProspectPerformancePage, average_chart);
  gtk_widget_class_bind_template_child (widget_class, ProspectPerformancePage, average_grid);
  gtk_widget_class_bind_template_child (widget_class, ProspectPerformancePage, method_label);
  gtk_widget_class_bind_template_child (widget_class, ProspectPerformancePage, annual_stack);
  gtk_widget_class_bind_template_child (widget_class, ProspectPerformancePage, annual_chart);
  gtk_widget_class_bind_template_child (widget_class, ProspectPerformancePage, versus_grid);
  gtk_widget_class_bind_template_child (widget_class, ProspectPerformancePage, contract_box);
  gtk_widget_class_bind_template_child (widget_class, ProspectPerformancePage, index_box);
  gtk_widget_class_bind_template_child (widget_class, ProspectPerformancePage, contract_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ProspectPerformancePage, stats_label);
  gtk_widget_class_bind_template_child (widget_class, ProspectPerformancePage, log_switch);
  gtk_widget_class_bind_template_child (widget_class, ProspectPerformancePage, growth_chart);
  gtk_widget_class_bind_template_callback (widget_class, log_scale_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, contract_changed_cb);
}

static void
prospect_performance_page_init (ProspectPerformancePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->hidden_indices = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

gboolean
prospect_performance_page_load (ProspectPerformancePage  *self,
                                ProspectDatabase         *database,
                                gint64                    class_id,
                                GError                  **error)
{
  g_autoptr(ProspectClassInfo) info = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(ProspectChartData) average = NULL;
  g_autoptr(ProspectChartData) annual = NULL;
  g_autoptr(GArray) yearly = NULL;
  gint64 series;

  g_return_val_if_fail (PROSPECT_IS_PERFORMANCE_PAGE (self), FALSE);
  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), FALSE);

  if ((info = prospect_database_get_class (database, class_id, error)) == NULL ||
      (rows = prospect_reconcile_class (database, class_id, PROSPECT_DAY_COUNT_DEFAULT, error)) == NULL ||
      (average = prospect_chart_average_returns (database, class_id, error)) == NULL ||
      (annual = prospect_chart_annual_returns (database, class_id, error)) == NULL)
    return FALSE;
  series = prospect_database_class_series_id (database, class_id, NULL);
  yearly = series != 0 ? prospect_database_list_annual_returns (database, series, NULL) : NULL;

  g_set_object (&self->database, database);
  self->class_id = class_id;

  {
    g_autofree char *title = g_strdup_printf ("%s – %s", info->fund_name, info->name);

    gtk_label_set_text (self->title_label, title);
  }

  if (rows->len == 0 && prospect_chart_data_is_empty (annual))
    {
      g_autofree char *description =
        g_strdup_printf ("%s has no average annual or calendar-year returns — add them in Data.", info->name);

      adw_status_page_set_description (self->empty_page, description);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      prospect_chart_view_set_data (self->average_chart, NULL);
      prospect_chart_view_set_data (self->annual_chart, NULL);
      prospect_chart_view_set_data (self->growth_chart, NULL);
      return TRUE;
    }
  gtk_stack_set_visible_child_name (self->stack, "content");

  prospect_chart_view_set_data (self->average_chart, average);
  gtk_widget_set_visible (GTK_WIDGET (self->average_chart), rows->len > 0);
  fill_average_table (self, rows);
  {
    g_autofree char *method = g_strdup_printf (
      "Recomputed figures use P(1 + T)^n = ERV on the calendar-year returns in the database; day count: %s (%s). "
      "Periods under one year are not annualized. Under each stated figure: the figure recomputed, marked ✓ where it "
      "agrees to the hundredth of a percent and ✗ where it does not; — where the yearly returns do not cover the "
      "period (hover for why).",
      prospect_day_count_to_string (PROSPECT_DAY_COUNT_DEFAULT), prospect_day_count_describe (PROSPECT_DAY_COUNT_DEFAULT));

    gtk_label_set_text (self->method_label, method);
  }

  if (prospect_chart_data_is_empty (annual))
    {
      gtk_stack_set_visible_child_name (self->annual_stack, "empty");
      prospect_chart_view_set_data (self->annual_chart, NULL);
      prospect_chart_view_set_data (self->growth_chart, NULL);
      return TRUE;
    }
  gtk_stack_set_visible_child_name (self->annual_stack, "chart");
  fill_index_choices (self, annual);
  fill_contracts (self);
  if (chosen_contract (self) != NULL || g_hash_table_size (self->hidden_indices) > 0)
    load_annual (self);
  else
    {
      prospect_chart_view_set_data (self->annual_chart, annual);
      fill_versus_table (self, annual);
    }

  if (yearly != NULL && yearly->len > 0)
    {
      ProspectReturnStats stats;
      g_autofree char *best = NULL, *worst = NULL, *sd = NULL, *text = NULL;

      prospect_return_stats ((const ProspectAnnualReturn *) (void *) yearly->data, yearly->len, &stats);
      best = prospect_format_percent (stats.best_pct, 2, PROSPECT_NEGATIVE_PARENTHESES);
      worst = prospect_format_percent (stats.worst_pct, 2, PROSPECT_NEGATIVE_PARENTHESES);
      sd = isnan (stats.stdev_pct) ? g_strdup ("—") : prospect_format_percent (stats.stdev_pct, 2, PROSPECT_NEGATIVE_MINUS);
      g_autoptr(GArray) quarters = prospect_database_list_quarter_returns (database, class_id, NULL);
      g_autofree char *quarter_text = prospect_format_quarters (quarters);

      text = g_strdup_printf ("Best year: %d, %s.  Worst year: %d, %s.  Standard deviation of yearly returns "
                              "(sample, %u years): %s.%s%s", stats.best_year, best, stats.worst_year, worst,
                              yearly->len, sd, quarter_text != NULL ? "\n" : "", quarter_text != NULL ? quarter_text : "");
      gtk_label_set_text (self->stats_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->stats_label), yearly != NULL && yearly->len > 0);
  load_growth (self);
  return TRUE;
}

/**
 * prospect_performance_page_get_charts:
 *
 * Returns: (transfer container): the page's chart views, top to bottom
 */
GPtrArray *
prospect_performance_page_get_charts (ProspectPerformancePage *self)
{
  GPtrArray *charts = g_ptr_array_new ();

  g_return_val_if_fail (PROSPECT_IS_PERFORMANCE_PAGE (self), charts);

  g_ptr_array_add (charts, self->average_chart);
  g_ptr_array_add (charts, self->annual_chart);
  g_ptr_array_add (charts, self->growth_chart);
  return charts;
}
