/* prospect-highlights-page.c: the financial highlights as printed, with a
 * trend for each line and the arithmetic of each year checked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-highlights-page"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "prospect-chart-catalogue.h"
#include "prospect-testing.h"
#include "prospect-chart-view.h"
#include "prospect-highlight-row.h"
#include "prospect-highlights.h"
#include "prospect-highlights-page.h"
#include "prospect-ui-util.h"

struct _ProspectHighlightsPage
{
  ProspectPage parent_instance;

  /* Template widgets */
  GtkStack      *stack;
  AdwStatusPage *empty_page;
  GtkLabel      *title_label;
  GtkColumnView *column_view;
  GtkGrid       *checks_grid;
  GtkLabel      *footnotes_label;

  /* Owned */
  GListModel *rows;
};

G_DEFINE_FINAL_TYPE (ProspectHighlightsPage, prospect_highlights_page, PROSPECT_TYPE_PAGE)

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  xalign)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), GPOINTER_TO_INT (xalign) / 100.0f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
  gtk_list_item_set_child (item, label);
}

static void
bind_line_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  ProspectHighlightRow *row = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (label), prospect_highlight_row_get_label (row));
  if (prospect_highlight_row_is_group (row))
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_remove_css_class (label, "dim-label");
}

static void
bind_value_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  year_index)
{
  ProspectHighlightRow *row = gtk_list_item_get_item (item);
  g_autofree char *text = prospect_highlight_row_format_value (row, GPOINTER_TO_UINT (year_index));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
setup_trend_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkWidget *chart = prospect_chart_view_new ();

  gtk_widget_set_size_request (chart, 96, 24);
  gtk_widget_set_focusable (chart, FALSE);
  gtk_list_item_set_child (item, chart);
}

static void
bind_trend_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  ProspectHighlightRow *row = gtk_list_item_get_item (item);
  guint n = prospect_highlight_row_get_n_years (row);
  g_autofree double *values = g_new0 (double, MAX (n, 1));
  g_autoptr(ProspectChartData) data = NULL;

  if (prospect_highlight_row_is_group (row))
    {
      prospect_chart_view_set_data (PROSPECT_CHART_VIEW (gtk_list_item_get_child (item)), NULL);
      return;
    }
  /* The table runs newest first; a trend reads oldest to newest. */
  for (guint i = 0; i < n; i++)
    values[i] = prospect_highlight_row_get_value (row, n - 1 - i);
  data = prospect_chart_sparkline (values, n);
  prospect_chart_view_set_data (PROSPECT_CHART_VIEW (gtk_list_item_get_child (item)), data);
}

static void
clear_columns (GtkColumnView *view)
{
  GListModel *columns = gtk_column_view_get_columns (view);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (view, column);
    }
}

static void
add_column (GtkColumnView      *view,
            const char         *title,
            GtkListItemFactory *factory,
            gboolean            expand,
            int                 fixed_width)
{
  g_autoptr(GtkColumnViewColumn) column = gtk_column_view_column_new (title, factory);

  gtk_column_view_column_set_expand (column, expand);
  if (fixed_width > 0)
    gtk_column_view_column_set_fixed_width (column, fixed_width);
  gtk_column_view_append_column (view, column);
}

static void
fill_checks (ProspectHighlightsPage   *self,
             const ProspectHighlights *h)
{
  g_autoptr(GArray) checks = prospect_highlights_check (h);

  prospect_ui_clear_grid (self->checks_grid);
  for (int k = 0; k < PROSPECT_N_HIGHLIGHT_CHECKS; k++)
    {
      GtkWidget *label = gtk_label_new (prospect_highlight_check_describe ((ProspectHighlightCheckKind) k));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_grid_attach (self->checks_grid, label, 0, k + 1, 1, 1);
    }
  for (guint y = 0; y < h->years->len; y++)
    {
      g_autofree char *year = g_strdup_printf ("%d", g_array_index (h->years, int, y));
      GtkWidget *label = gtk_label_new (year);

      gtk_widget_add_css_class (label, "heading");
      gtk_grid_attach (self->checks_grid, label, (int) y + 1, 0, 1, 1);
    }
  for (guint i = 0; i < checks->len; i++)
    {
      const ProspectHighlightCheck *c = &g_array_index (checks, ProspectHighlightCheck, i);
      g_autofree char *text = NULL;
      g_autofree char *tip = NULL;
      GtkWidget *label;

      if (!c->available)
        text = g_strdup ("—");
      else if (c->agrees)
        text = g_strdup ("✓");
      else
        text = g_strdup_printf ("off by %+.2f", c->difference);
      tip = g_strdup_printf ("%d: %s. Parts add to %.2f; printed %.2f.", c->year,
                             prospect_highlight_check_describe (c->kind), c->computed, c->printed);
      label = gtk_label_new (text);
      prospect_ui_set_tooltip (label, tip);
      gtk_widget_add_css_class (label, c->agrees ? "success" : "error");
      gtk_grid_attach (self->checks_grid, label, (int) (i / PROSPECT_N_HIGHLIGHT_CHECKS) + 1,
                       (int) (i % PROSPECT_N_HIGHLIGHT_CHECKS) + 1, 1, 1);
    }
}

static void
prospect_highlights_page_dispose (GObject *object)
{
  ProspectHighlightsPage *self = (ProspectHighlightsPage *) object;

  /* AdwBin disposes its child; gtk_widget_dispose_template () on GTK 4.8 would
   * unparent template children that are already gone with it. */
  g_clear_object (&self->rows);

  G_OBJECT_CLASS (prospect_highlights_page_parent_class)->dispose (object);
}

static gboolean
load_page (ProspectPage      *page,
           ProspectDatabase  *database,
           gint64             class_id,
           GError           **error)
{
  return prospect_highlights_page_load (PROSPECT_HIGHLIGHTS_PAGE (page), database, class_id, error);
}


static void
prospect_highlights_page_class_init (ProspectHighlightsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ProspectPageClass *page_class = PROSPECT_PAGE_CLASS (klass);

  page_class->load = load_page;

  object_class->dispose = prospect_highlights_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/pages/prospect-highlights-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ProspectHighlightsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, ProspectHighlightsPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, ProspectHighlightsPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, ProspectHighlightsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, ProspectHighlightsPage, checks_grid);
  gtk_widget_class_bind_template_child (widget_class, ProspectHighlightsPage, footnotes_label);
}

static void
prospect_highlights_page_init (ProspectHighlightsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

gboolean
prospect_highlights_page_load (ProspectHighlightsPage  *self,
                               ProspectDatabase        *database,
                               gint64                   class_id,
                               GError                 **error)
{
  g_autoptr(ProspectClassInfo) info = NULL;
  g_autoptr(ProspectHighlights) h = NULL;
  g_autoptr(GtkNoSelection) selection = NULL;
  g_autoptr(GString) notes = g_string_new (NULL);

  g_return_val_if_fail (PROSPECT_IS_HIGHLIGHTS_PAGE (self), FALSE);
  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), FALSE);

  if ((info = prospect_database_get_class (database, class_id, error)) == NULL ||
      (h = prospect_database_get_highlights (database, class_id, error)) == NULL)
    return FALSE;

  {
    g_autofree char *title = g_strdup_printf ("Financial highlights: %s – %s", info->fund_name, info->name);

    gtk_label_set_text (self->title_label, title);
  }
  g_clear_object (&self->rows);
  gtk_column_view_set_model (self->column_view, NULL);
  clear_columns (self->column_view);

  if (h->years->len == 0)
    {
      g_autofree char *description = g_strdup_printf ("%s has no financial highlights — add them in Data.", info->name);

      adw_status_page_set_description (self->empty_page, description);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      self->rows = G_LIST_MODEL (g_list_store_new (PROSPECT_TYPE_HIGHLIGHT_ROW));
      return TRUE;
    }
  gtk_stack_set_visible_child_name (self->stack, "content");

  self->rows = prospect_highlight_rows_new (h);
  {
    GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

    g_signal_connect (factory, "setup", G_CALLBACK (setup_label_cb), GINT_TO_POINTER (0));
    g_signal_connect (factory, "bind", G_CALLBACK (bind_line_cb), NULL);
    add_column (self->column_view, "Periods ending December 31", factory, TRUE, -1);
  }
  for (guint y = 0; y < h->years->len; y++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autofree char *title = g_strdup_printf ("%d", g_array_index (h->years, int, y));

      g_signal_connect (factory, "setup", G_CALLBACK (setup_label_cb), GINT_TO_POINTER (100));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_value_cb), GUINT_TO_POINTER (y));
      add_column (self->column_view, title, factory, FALSE, 88);
    }
  {
    GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

    g_signal_connect (factory, "setup", G_CALLBACK (setup_trend_cb), NULL);
    g_signal_connect (factory, "bind", G_CALLBACK (bind_trend_cb), NULL);
    /* The columns run newest first, as printed; the trend reads in time's
     * order, and its heading says so. */
    add_column (self->column_view, _("Trend, oldest → newest"), factory, FALSE, 112);
  }
  selection = gtk_no_selection_new (g_object_ref (self->rows));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));

  fill_checks (self, h);

  for (guint i = 0; i < h->footnotes->len; i++)
    {
      const ProspectFootnote *note = g_ptr_array_index (h->footnotes, i);
      g_autofree char *mark = prospect_format_marks (note->mark);

      g_string_append_printf (notes, "%s%s %s", notes->len > 0 ? "\n" : "", mark, note->text);
    }
  if (h->source.document != NULL)
    g_string_append_printf (notes, "%sSource: %s, %s.", notes->len > 0 ? "\n" : "", h->source.document,
                            h->source.section != NULL ? h->source.section : "");
  gtk_label_set_text (self->footnotes_label, notes->str);
  return TRUE;
}

GListModel *
prospect_highlights_page_get_rows (ProspectHighlightsPage *self)
{
  g_return_val_if_fail (PROSPECT_IS_HIGHLIGHTS_PAGE (self), NULL);
  return self->rows;
}
