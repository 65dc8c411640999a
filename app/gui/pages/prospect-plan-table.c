/* prospect-plan-table.c: the Plan page's comparative chart on screen: a
 * table sorted by any column (click its heading), filtered by type, each
 * figure's source in its tooltip, the gaps said in words, and a chart of
 * the expenses per $1,000 across the line-up.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-plan-page"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "prospect-chart-data.h"
#include "prospect-format.h"
#include "prospect-plan-page-private.h"
#include "prospect-ui-util.h"

static const struct
{
  const char *title;
  PlanSort    sort;
} columns[] = {
  { N_("Option"), PLAN_SORT_NAME },
  { N_("Type"), PLAN_SORT_TYPE },
  { N_("1 year"), PLAN_SORT_1Y },
  { N_("5 years"), PLAN_SORT_5Y },
  { N_("10 years or since inception"), PLAN_SORT_10Y },
  { N_("Expenses"), PLAN_SORT_EXPENSE },
  { N_("Per $1,000"), PLAN_SORT_EXPENSE },
  { N_("Shareholder fees"), PLAN_SORT_POSITION },
  { N_("Expenses on $10,000, 20 years"), PLAN_SORT_POSITION },
};

static double
sort_value (const ProspectPlanRow *row,
            PlanSort               sort)
{
  switch (sort)
    {
    case PLAN_SORT_1Y:
      return row->fixed ? row->fixed_rate_pct : row->returns[0];
    case PLAN_SORT_5Y:
      return row->returns[1];
    case PLAN_SORT_10Y:
      return row->returns[2];
    case PLAN_SORT_EXPENSE:
      return row->gross_pct;
    case PLAN_SORT_POSITION:
    case PLAN_SORT_NAME:
    case PLAN_SORT_TYPE:
    default:
      return NAN;
    }
}

typedef struct
{
  PlanSort  sort;
  gboolean  descending;
  GPtrArray *rows;
} SortBy;

/* Figures without a value go last whichever way the column is sorted. */
static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      data)
{
  const SortBy *by = data;
  guint ia = GPOINTER_TO_UINT (*(gconstpointer *) a), ib = GPOINTER_TO_UINT (*(gconstpointer *) b);
  const ProspectPlanRow *ra = g_ptr_array_index (by->rows, ia), *rb = g_ptr_array_index (by->rows, ib);
  int order = 0;

  switch (by->sort)
    {
    case PLAN_SORT_NAME:
      order = g_utf8_collate (ra->name, rb->name);
      break;
    case PLAN_SORT_TYPE:
      order = g_utf8_collate (ra->category != NULL ? ra->category : "", rb->category != NULL ? rb->category : "");
      break;
    case PLAN_SORT_POSITION:
      order = 0;
      break;
    default:
      {
        double va = sort_value (ra, by->sort), vb = sort_value (rb, by->sort);

        if (isnan (va) || isnan (vb))
          return isnan (va) - isnan (vb) != 0 ? (isnan (va) ? 1 : -1) : (int) ia - (int) ib;
        order = va < vb ? -1 : va > vb;
      }
      break;
    }
  if (by->descending)
    order = -order;
  return order != 0 ? order : (int) ia - (int) ib;
}

static void
heading_clicked_cb (GtkButton        *button,
                    ProspectPlanPage *self)
{
  PlanSort sort = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "plan-sort"));

  self->descending = self->sort == sort ? !self->descending : FALSE;
  self->sort = sort;
  _prospect_plan_table_update (self);
}

static GtkWidget *
cell (const char *text,
      const char *tooltip,
      float       xalign)
{
  GtkWidget *label = prospect_ui_cell (text, NULL, xalign);

  if (xalign > 0.5f)
    gtk_widget_add_css_class (label, "numeric");
  prospect_ui_set_tooltip (label, tooltip);
  return label;
}

/* The type filter's choices: every type the plan uses. */
static const char *
filter_type (ProspectPlanPage *self)
{
  GListModel *model = gtk_drop_down_get_model (self->type_filter);
  guint selected = gtk_drop_down_get_selected (self->type_filter);

  if (model == NULL || selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return NULL;
  return gtk_string_list_get_string (GTK_STRING_LIST (model), selected);
}

static void
fill_filter (ProspectPlanPage *self)
{
  g_autoptr(GtkStringList) types = gtk_string_list_new (NULL);
  g_autofree char *keep = g_strdup (filter_type (self));
  guint selected = 0;

  gtk_string_list_append (types, _("All types"));
  for (guint i = 0; self->rows != NULL && i < self->rows->len; i++)
    {
      const ProspectPlanRow *row = g_ptr_array_index (self->rows, i);
      gboolean seen = FALSE;

      if (row->category == NULL)
        continue;
      for (guint t = 1; t < g_list_model_get_n_items (G_LIST_MODEL (types)) && !seen; t++)
        seen = g_str_equal (gtk_string_list_get_string (types, t), row->category);
      if (!seen)
        {
          gtk_string_list_append (types, row->category);
          if (g_strcmp0 (row->category, keep) == 0)
            selected = g_list_model_get_n_items (G_LIST_MODEL (types)) - 1;
        }
    }
  gtk_drop_down_set_model (self->type_filter, G_LIST_MODEL (types));
  gtk_drop_down_set_selected (self->type_filter, selected);
}

void
_prospect_plan_table_update (ProspectPlanPage *self)
{
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GString) gaps = g_string_new (NULL);
  g_autoptr(ProspectChartData) chart = NULL;
  g_autoptr(ProspectChartData) scatter = NULL;
  ProspectChartSeries *series, *points;
  const char *type;
  SortBy by;
  int row_index = 1;

  prospect_ui_clear_grid (self->table_grid);
  if (self->rows == NULL)
    {
      prospect_chart_view_set_data (self->expense_chart, NULL);
      prospect_chart_view_set_data (self->return_chart, NULL);
      return;
    }
  {
    gboolean was_loading = self->loading;

    self->loading = TRUE;
    fill_filter (self);
    self->loading = was_loading;
  }
  type = filter_type (self);
  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    {
      g_autofree char *title = self->sort == columns[c].sort && columns[c].sort != PLAN_SORT_POSITION
                               ? g_strdup_printf ("%s %s", _(columns[c].title), self->descending ? "▼" : "▲")
                               : g_strdup (_(columns[c].title));
      GtkWidget *heading = gtk_button_new_with_label (title);

      gtk_widget_add_css_class (heading, "flat");
      gtk_widget_add_css_class (heading, "heading");
      gtk_label_set_wrap (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (heading))), TRUE);
      gtk_label_set_xalign (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (heading))), c < 2 ? 0 : 1);
      g_object_set_data (G_OBJECT (heading), "plan-sort", GINT_TO_POINTER (columns[c].sort));
      if (columns[c].sort != PLAN_SORT_POSITION)
        {
          gtk_widget_set_tooltip_text (heading, _("Sort by this column; again to reverse"));
          g_signal_connect (heading, "clicked", G_CALLBACK (heading_clicked_cb), self);
        }
      else
        gtk_widget_set_sensitive (heading, FALSE);
      gtk_grid_attach (self->table_grid, heading, (int) c, 0, 1, 1);
    }

  for (guint i = 0; i < self->rows->len; i++)
    {
      const ProspectPlanRow *row = g_ptr_array_index (self->rows, i);

      if (type == NULL || g_strcmp0 (row->category, type) == 0)
        g_ptr_array_add (order, GUINT_TO_POINTER (i));
    }
  by = (SortBy) { self->sort, self->descending, self->rows };
  if (self->sort != PLAN_SORT_POSITION)
    g_ptr_array_sort_with_data (order, compare_rows, &by);

  chart = prospect_chart_data_new (PROSPECT_CHART_BARS, PROSPECT_VALUE_DOLLARS, _("Expenses per $1,000 a year"));
  chart->decimals = 2;
  chart->subtitle = g_strdup (_("Total annual operating expenses of each option, in dollars on $1,000 invested"));
  series = prospect_chart_data_add_series (chart, _("Per $1,000"));
  scatter = prospect_chart_data_new (PROSPECT_CHART_SCATTER, PROSPECT_VALUE_PERCENT,
                                     _("5-year return against expenses"));
  scatter->x_format = PROSPECT_VALUE_PERCENT;
  scatter->x_title = g_strdup (_("Total annual operating expenses →"));
  scatter->y_title = g_strdup (_("↑ 5-year average annual total return"));
  scatter->subtitle = g_strdup (_("Each option with both figures; an index has no expenses and is not shown"));
  points = prospect_chart_data_add_series (scatter, _("Options"));
  for (guint k = 0; k < order->len; k++)
    {
      const ProspectPlanRow *row = g_ptr_array_index (self->rows, GPOINTER_TO_UINT (g_ptr_array_index (order, k)));
      g_autoptr(GString) sources = g_string_new (NULL);
      g_autofree char *per = NULL;
      g_autofree char *gross = NULL;
      g_autofree char *twenty = NULL;

      for (guint s = 0; s < row->sources->len; s++)
        g_string_append_printf (sources, "%s%s", s > 0 ? "\n" : "", (const char *) g_ptr_array_index (row->sources, s));
      gtk_grid_attach (self->table_grid, cell (row->name, sources->str, 0), 0, row_index, 1, 1);
      gtk_grid_attach (self->table_grid, cell (row->category != NULL ? row->category : "—", NULL, 0), 1, row_index, 1, 1);
      if (row->fixed)
        {
          g_autofree char *rate = isnan (row->fixed_rate_pct) ? g_strdup (_("n/a"))
                                  : prospect_format_percent (row->fixed_rate_pct, 2, PROSPECT_NEGATIVE_PARENTHESES);
          g_autofree char *text = g_strdup_printf (_("Fixed %s a year%s%s"), rate, row->fixed_term != NULL ? ", " : "",
                                                   row->fixed_term != NULL ? row->fixed_term : "");

          gtk_grid_attach (self->table_grid, cell (text, NULL, 0), 2, row_index, 3, 1);
        }
      else
        for (guint p = 0; p < PROSPECT_PLAN_N_PERIODS; p++)
          {
            g_autofree char *value = prospect_plan_format_return (row, p, FALSE);
            g_autofree char *index = prospect_plan_format_return (row, p, TRUE);
            g_autofree char *label = prospect_plan_return_label (row, p);
            g_autofree char *text = g_strdup_printf ("%s\n%s", value, index);
            g_autofree char *tip = g_strdup_printf (_("%s: %s; %s: %s%s%s"), label, value,
                                                    row->index_name != NULL ? row->index_name : _("index"), index,
                                                    row->missing[p] != NULL ? _(". Not available: ") : "",
                                                    row->missing[p] != NULL ? row->missing[p] : "");

            gtk_grid_attach (self->table_grid, cell (text, tip, 1), 2 + (int) p, row_index, 1, 1);
            if (row->missing[p] != NULL && isnan (row->returns[p]))
              g_string_append_printf (gaps, "%s%s, %s: not available (%s).", gaps->len > 0 ? " " : "", row->name,
                                      label, row->missing[p]);
          }
      gross = isnan (row->gross_pct) ? g_strdup (row->fixed ? "—" : _("n/a"))
                                     : prospect_format_percent (row->gross_pct, 2, PROSPECT_NEGATIVE_MINUS);
      per = isnan (row->gross_pct) ? g_strdup (row->fixed ? "—" : _("n/a"))
                                   : prospect_format_money (prospect_plan_per_thousand (row->gross_pct), 2,
                                                            PROSPECT_NEGATIVE_MINUS);
      if (!isnan (row->net_pct))
        {
          g_autofree char *net = prospect_format_percent (row->net_pct, 2, PROSPECT_NEGATIVE_MINUS);
          g_autofree char *net_per = prospect_format_money (prospect_plan_per_thousand (row->net_pct), 2,
                                                            PROSPECT_NEGATIVE_MINUS);
          g_autofree char *both = g_strdup_printf (_("%s\nnet %s"), gross, net);
          g_autofree char *both_per = g_strdup_printf (_("%s\nnet %s"), per, net_per);

          g_free (gross);
          g_free (per);
          gross = g_steal_pointer (&both);
          per = g_steal_pointer (&both_per);
        }
      twenty = isnan (row->expenses_20y) ? g_strdup (row->fixed ? "—" : _("n/a"))
                                         : prospect_format_money (row->expenses_20y, 0, PROSPECT_NEGATIVE_MINUS);
      gtk_grid_attach (self->table_grid, cell (gross, NULL, 1), 5, row_index, 1, 1);
      gtk_grid_attach (self->table_grid, cell (per, NULL, 1), 6, row_index, 1, 1);
      gtk_grid_attach (self->table_grid, cell (row->shareholder_fees, NULL, 0), 7, row_index, 1, 1);
      gtk_grid_attach (self->table_grid, cell (twenty, NULL, 1), 8, row_index, 1, 1);
      row_index++;

      if (!row->fixed)
        {
          g_autofree char *source = row->sources->len > 0 ? g_strdup (g_ptr_array_index (row->sources, 0)) : NULL;

          prospect_chart_data_add_category (chart, row->name);
          if (!isnan (row->gross_pct))
            prospect_chart_series_set (series, chart->categories->len - 1, prospect_plan_per_thousand (row->gross_pct),
                                       source);
          if (!isnan (row->gross_pct) && !isnan (row->returns[1]))
            {
              guint at;

              prospect_chart_data_add_category (scatter, row->name);
              at = scatter->categories->len - 1;
              prospect_chart_series_set (points, at, row->returns[1], source);
              prospect_chart_series_set_x (points, at, row->gross_pct);
            }
        }
    }
  gtk_label_set_text (self->gaps_label, gaps->str);
  gtk_widget_set_visible (GTK_WIDGET (self->gaps_label), gaps->len > 0);
  prospect_chart_data_add_note (chart, _("Per $1,000 is the expense ratio × 10. Fees and expenses are only one of "
                                         "several factors to consider."));
  prospect_chart_view_set_data (self->expense_chart, prospect_chart_data_is_empty (chart) ? NULL : chart);
  prospect_chart_data_add_note (scatter, _("Past performance does not guarantee how an option will perform in the "
                                           "future. Lower expenses leave more of the return to the participant."));
  prospect_chart_view_set_data (self->return_chart, prospect_chart_data_is_empty (scatter) ? NULL : scatter);
}
