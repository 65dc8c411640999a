/* prospect-portfolio-page.c: what the fund is and may do, from the
 * prospectus: objective, limits, strategies, risks, management, and the
 * glossary.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-portfolio-page"

#include "config.h"

#include <math.h>

#include "prospect-format.h"
#include "prospect-testing.h"
#include "prospect-glossary-term.h"
#include "prospect-portfolio-page.h"
#include "prospect-range-bar.h"

struct _ProspectPortfolioPage
{
  ProspectPage parent_instance;

  /* Template widgets */
  GtkLabel       *fund_title;
  GtkLabel       *fund_subtitle;
  GtkLabel       *objective_label;
  AdwPreferencesGroup *limits_group;
  GtkBox         *topics_box;
  GtkSearchEntry *glossary_search;
  GtkListBox     *glossary_list;
  GtkLabel       *glossary_empty;

  /* Owned */
  GtkFilterListModel *glossary_model;
  GtkStringFilter    *glossary_filter;
  GPtrArray          *added_rows;   /* rows added to template groups, removed on reload */

  /* What is still to be shown, a few rows a frame (see fill_tick_cb). */
  guint               fill_tick;
  GPtrArray          *fill_topics;  /* of GPtrArray of ProspectTextBlock, one per topics[] */
  GListModel         *fill_glossary;
  guint               fill_topic;
  guint               fill_block;
  guint               fill_term;
  GtkWidget          *fill_group;
};

G_DEFINE_FINAL_TYPE (ProspectPortfolioPage, prospect_portfolio_page, PROSPECT_TYPE_PAGE)

static const struct
{
  const char *topic;
  const char *title;
} topics[] = {
  { "strategies", "Principal investment strategies" },
  { "policies", "General portfolio policies" },
  { "risks", "Risks" },
  { "management", "Management and other information" },
  { "distributions", "Distributions and taxes" },
  { "guide", "Shareholder's guide" },
};

static char *
describe_limit (const ProspectPolicyLimit *limit)
{
  if (limit->unlimited)
    return g_strdup_printf ("Without limit, as a share of %s", limit->basis);
  if (!isnan (limit->min_pct) && !isnan (limit->max_pct))
    return g_strdup_printf ("%g%% to %g%% of %s", limit->min_pct, limit->max_pct, limit->basis);
  if (!isnan (limit->min_pct))
    return g_strdup_printf ("At least %g%% of %s", limit->min_pct, limit->basis);
  if (!isnan (limit->max_pct))
    return g_strdup_printf ("%s %g%% of %s", limit->max_exclusive ? "Less than" : "Up to", limit->max_pct,
                            limit->basis);
  return g_strdup (limit->wording);
}

static gboolean fill_tick_cb (GtkWidget     *widget,
                              GdkFrameClock *clock,
                              gpointer       user_data);
static void     resume_filling_cb (ProspectPortfolioPage *self);
static void     pause_filling_cb (ProspectPortfolioPage *self);
static char *markup_with_terms (const char *body,
                                GListModel *glossary);
static gboolean activate_link_cb (GtkLabel              *label,
                                  const char            *uri,
                                  ProspectPortfolioPage *self);

/* A row's text is made when the row is first opened.  A closed expander
 * still measures its children, and shaping every wrapped paragraph of the
 * prospectus at once made the page's first visit take over half a second.
 * PAGE is NULL for plain text (definitions), else the body gets glossary
 * links that lead to the page's glossary. */
static void
fill_row_on_expand_cb (AdwExpanderRow        *row,
                       GParamSpec            *pspec,
                       ProspectPortfolioPage *page)
{
  const char *body = g_object_get_data (G_OBJECT (row), "prospect-body");
  GtkWidget *label;

  if (body == NULL || !adw_expander_row_get_expanded (row))
    return;
  label = gtk_label_new (NULL);
  if (page != NULL)
    {
      g_autofree char *markup = markup_with_terms (body, g_object_get_data (G_OBJECT (row), "prospect-glossary"));

      gtk_label_set_markup (GTK_LABEL (label), markup);
      g_signal_connect_object (label, "activate-link", G_CALLBACK (activate_link_cb), page, 0);
    }
  else
    {
      gtk_label_set_text (GTK_LABEL (label), body);
    }
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "prospect-body");
  adw_expander_row_add_row (row, label);
  g_object_set_data (G_OBJECT (row), "prospect-body", NULL);
}

static GtkWidget *
create_glossary_row (ProspectGlossaryTerm *term)
{
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *title = g_markup_escape_text (prospect_glossary_term_get_term (term), -1);
  g_autofree char *subtitle = g_markup_escape_text (prospect_glossary_term_get_part_title (term), -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  g_object_set_data_full (G_OBJECT (row), "prospect-body",
                          g_strdup (prospect_glossary_term_get_definition (term)), g_free);
  g_signal_connect (row, "notify::expanded", G_CALLBACK (fill_row_on_expand_cb), NULL);
  g_object_set_data_full (G_OBJECT (row), "prospect-term", g_object_ref (term), g_object_unref);
  return row;
}

static gboolean
glossary_row_shown (GtkListBoxRow *row,
                    gpointer       user_data)
{
  ProspectPortfolioPage *self = user_data;
  ProspectGlossaryTerm *term = g_object_get_data (G_OBJECT (row), "prospect-term");

  return term != NULL && gtk_filter_match (GTK_FILTER (self->glossary_filter), term);
}

static void
update_glossary_empty (ProspectPortfolioPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->glossary_model));
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->glossary_search));

  if (n == 0)
    {
      g_autofree char *message = (text != NULL && *text != '\0')
        ? g_strdup_printf ("No glossary term contains “%s”.", text)
        : g_strdup ("This fund's document has no glossary.");

      gtk_label_set_text (self->glossary_empty, message);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->glossary_empty), n == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->glossary_list), n > 0);
}

static void
glossary_search_changed_cb (ProspectPortfolioPage *self,
                            GtkSearchEntry        *entry)
{
  gtk_string_filter_set_search (self->glossary_filter, gtk_editable_get_text (GTK_EDITABLE (entry)));
  gtk_list_box_invalidate_filter (self->glossary_list);
  update_glossary_empty (self);
}

static void
stop_filling (ProspectPortfolioPage *self)
{
  if (self->fill_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->fill_tick);
  self->fill_tick = 0;
  g_clear_pointer (&self->fill_topics, g_ptr_array_unref);
  g_clear_object (&self->fill_glossary);
  self->fill_group = NULL;
}

static void
remove_added_rows (ProspectPortfolioPage *self)
{
  GtkWidget *child;

  stop_filling (self);
  for (guint i = 0; i < self->added_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->added_rows, i);
      GtkWidget *parent = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      if (parent == GTK_WIDGET (self->limits_group))
        adw_preferences_group_remove (self->limits_group, row);
      else if (gtk_widget_get_parent (row) == GTK_WIDGET (self->topics_box))
        gtk_box_remove (self->topics_box, row);
    }
  g_ptr_array_set_size (self->added_rows, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->glossary_list))) != NULL)
    gtk_list_box_remove (self->glossary_list, child);
}

static void
prospect_portfolio_page_dispose (GObject *object)
{
  ProspectPortfolioPage *self = (ProspectPortfolioPage *) object;

  /* AdwBin disposes its child; gtk_widget_dispose_template () on GTK 4.8 would
   * unparent template children that are already gone with it. */
  stop_filling (self);
  g_clear_object (&self->glossary_model);
  g_clear_pointer (&self->added_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (prospect_portfolio_page_parent_class)->dispose (object);
}

static gboolean
load_page (ProspectPage      *page,
           ProspectDatabase  *database,
           gint64             class_id,
           GError           **error)
{
  return prospect_portfolio_page_load (PROSPECT_PORTFOLIO_PAGE (page), database, class_id, error);
}

/* Ctrl+F searches the glossary here. */
static gboolean
focus_search (ProspectPage *page)
{
  prospect_portfolio_page_focus_search (PROSPECT_PORTFOLIO_PAGE (page));
  return TRUE;
}


static void
prospect_portfolio_page_class_init (ProspectPortfolioPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  ProspectPageClass *page_class = PROSPECT_PAGE_CLASS (klass);

  page_class->load = load_page;
  page_class->focus_search = focus_search;

  object_class->dispose = prospect_portfolio_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/pages/prospect-portfolio-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ProspectPortfolioPage, fund_title);
  gtk_widget_class_bind_template_child (widget_class, ProspectPortfolioPage, fund_subtitle);
  gtk_widget_class_bind_template_child (widget_class, ProspectPortfolioPage, objective_label);
  gtk_widget_class_bind_template_child (widget_class, ProspectPortfolioPage, limits_group);
  gtk_widget_class_bind_template_child (widget_class, ProspectPortfolioPage, topics_box);
  gtk_widget_class_bind_template_child (widget_class, ProspectPortfolioPage, glossary_search);
  gtk_widget_class_bind_template_child (widget_class, ProspectPortfolioPage, glossary_list);
  gtk_widget_class_bind_template_child (widget_class, ProspectPortfolioPage, glossary_empty);
  gtk_widget_class_bind_template_callback (widget_class, glossary_search_changed_cb);
}

static void
prospect_portfolio_page_init (ProspectPortfolioPage *self)
{
  GtkExpression *expression;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->added_rows = g_ptr_array_new ();

  expression = gtk_property_expression_new (PROSPECT_TYPE_GLOSSARY_TERM, NULL, "term");
  self->glossary_filter = gtk_string_filter_new (expression);
  gtk_string_filter_set_match_mode (self->glossary_filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_string_filter_set_ignore_case (self->glossary_filter, TRUE);
  self->glossary_model = gtk_filter_list_model_new (NULL, GTK_FILTER (self->glossary_filter));
  gtk_list_box_set_filter_func (self->glossary_list, glossary_row_shown, self, NULL);
  g_signal_connect (self, "map", G_CALLBACK (resume_filling_cb), NULL);
  g_signal_connect (self, "unmap", G_CALLBACK (pause_filling_cb), NULL);
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || c == '-';
}

/* BODY as markup, with the first mention of each glossary term made a link
 * whose tooltip is the term's definition. */
static char *
markup_with_terms (const char *body,
                   GListModel *glossary)
{
  g_autofree char *escaped = g_markup_escape_text (body, -1);
  g_autofree char *folded = g_utf8_strdown (escaped, -1);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(GArray) lengths = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(GPtrArray) terms = g_ptr_array_new ();
  gsize pos = 0;

  /* Lower-casing keeps byte offsets for the ASCII text of the prospectus;
   * where it would not, the text is left without links. */
  if (strlen (folded) != strlen (escaped))
    return g_steal_pointer (&escaped);

  for (guint i = 0; glossary != NULL && i < g_list_model_get_n_items (glossary); i++)
    {
      g_autoptr(ProspectGlossaryTerm) term = g_list_model_get_item (glossary, i);
      g_autofree char *needle = g_utf8_strdown (prospect_glossary_term_get_term (term), -1);
      gsize len = strlen (needle);
      const char *hit = folded;

      /* "Bonds" is also mentioned as "bond". */
      if (len > 3 && needle[len - 1] == 's')
        needle[--len] = '\0';
      while ((hit = strstr (hit, needle)) != NULL)
        {
          gsize start = (gsize) (hit - folded);
          gsize end = start + len;
          gboolean overlaps = FALSE;

          while (end < strlen (folded) && folded[end] == 's')
            end++;
          if ((start == 0 || !is_word_char (g_utf8_get_char (g_utf8_find_prev_char (folded, hit)))) &&
              (folded[end] == '\0' || !is_word_char (g_utf8_get_char (folded + end))))
            {
              for (guint k = 0; k < starts->len; k++)
                overlaps |= start < g_array_index (starts, gsize, k) + g_array_index (lengths, gsize, k) &&
                            g_array_index (starts, gsize, k) < end;
              if (!overlaps)
                {
                  gsize length = end - start;

                  g_array_append_val (starts, start);
                  g_array_append_val (lengths, length);
                  g_ptr_array_add (terms, term);
                  g_object_ref (term);
                  break;
                }
            }
          hit += len;
        }
    }

  /* Emit in text order. */
  while (pos < strlen (escaped))
    {
      gsize next = G_MAXSIZE;
      guint which = 0;

      for (guint k = 0; k < starts->len; k++)
        if (g_array_index (starts, gsize, k) >= pos && g_array_index (starts, gsize, k) < next)
          {
            next = g_array_index (starts, gsize, k);
            which = k;
          }
      if (next == G_MAXSIZE)
        {
          g_string_append (out, escaped + pos);
          break;
        }
      {
        ProspectGlossaryTerm *term = g_ptr_array_index (terms, which);
        g_autofree char *href = g_markup_escape_text (prospect_glossary_term_get_term (term), -1);
        g_autofree char *title = g_markup_escape_text (prospect_glossary_term_get_definition (term), -1);

        g_string_append_len (out, escaped + pos, (gssize) (next - pos));
        g_string_append_printf (out, "<a href=\"glossary:%s\" title=\"%s\">", href, title);
        g_string_append_len (out, escaped + next, (gssize) g_array_index (lengths, gsize, which));
        g_string_append (out, "</a>");
        pos = next + g_array_index (lengths, gsize, which);
      }
    }
  for (guint k = 0; k < terms->len; k++)
    g_object_unref (g_ptr_array_index (terms, k));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
activate_link_cb (GtkLabel              *label,
                  const char            *uri,
                  ProspectPortfolioPage *self)
{
  if (!g_str_has_prefix (uri, "glossary:"))
    return FALSE;
  prospect_portfolio_page_set_search_text (self, uri + strlen ("glossary:"));
  prospect_portfolio_page_focus_search (self);
  return TRUE;
}

static GtkWidget *
create_topic_row (ProspectPortfolioPage   *self,
                  const char              *title,
                  const ProspectTextBlock *block,
                  GListModel              *glossary)
{
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *heading = g_markup_escape_text (block->heading != NULL ? block->heading : title, -1);
  g_autofree char *source = g_strdup_printf ("Prospectus: %s", block->section != NULL ? block->section : "");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), heading);
  g_object_set_data_full (G_OBJECT (row), "prospect-body", g_strdup (block->body), g_free);
  g_object_set_data_full (G_OBJECT (row), "prospect-glossary", g_object_ref (glossary), g_object_unref);
  g_signal_connect_object (row, "notify::expanded", G_CALLBACK (fill_row_on_expand_cb), self, 0);
  gtk_widget_set_tooltip_text (row, source);
  return row;
}

/* Adds the next row still to be shown; FALSE when there is none. */
static gboolean
add_next_row (ProspectPortfolioPage *self)
{
  while (self->fill_topic < self->fill_topics->len)
    {
      GPtrArray *blocks = g_ptr_array_index (self->fill_topics, self->fill_topic);

      if (self->fill_block >= blocks->len)
        {
          self->fill_topic++;
          self->fill_block = 0;
          self->fill_group = NULL;
          continue;
        }
      if (self->fill_group == NULL)
        {
          self->fill_group = adw_preferences_group_new ();
          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->fill_group), topics[self->fill_topic].title);
          gtk_box_append (self->topics_box, self->fill_group);
          g_ptr_array_add (self->added_rows, self->fill_group);
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->fill_group),
                                 create_topic_row (self, topics[self->fill_topic].title,
                                                   g_ptr_array_index (blocks, self->fill_block++),
                                                   self->fill_glossary));
      return TRUE;
    }
  if (self->fill_term < g_list_model_get_n_items (self->fill_glossary))
    {
      g_autoptr(ProspectGlossaryTerm) term = g_list_model_get_item (self->fill_glossary, self->fill_term++);

      gtk_list_box_append (self->glossary_list, create_glossary_row (term));
      return TRUE;
    }
  return FALSE;
}

/* Each row costs some 5 ms to make and measure, and the prospectus's text
 * and glossary make about seventy: made at once they held the page's first
 * frame for a third of a second.  The top of the page is shown at once and
 * the rows below arrive a few per frame, each frame staying short. */
#define ROWS_PER_FRAME 3

/* Rows are added only while the page is shown: added to a hidden page,
 * they would all be measured in the frame that shows it again. */
static void
resume_filling_cb (ProspectPortfolioPage *self)
{
  if (self->fill_topics != NULL && self->fill_tick == 0)
    self->fill_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), fill_tick_cb, NULL, NULL);
}

static void
pause_filling_cb (ProspectPortfolioPage *self)
{
  if (self->fill_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->fill_tick);
  self->fill_tick = 0;
}

static gboolean
fill_tick_cb (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       user_data)
{
  ProspectPortfolioPage *self = PROSPECT_PORTFOLIO_PAGE (widget);

  for (int i = 0; i < ROWS_PER_FRAME; i++)
    if (!add_next_row (self))
      {
        self->fill_tick = 0;
        stop_filling (self);
        update_glossary_empty (self);
        return G_SOURCE_REMOVE;
      }
  return G_SOURCE_CONTINUE;
}

/**
 * prospect_portfolio_page_load:
 *
 * Shows the fund of CLASS_ID from DATABASE.  On failure the page keeps
 * what it showed and ERROR says why.
 */
gboolean
prospect_portfolio_page_load (ProspectPortfolioPage  *self,
                              ProspectDatabase       *database,
                              gint64                  class_id,
                              GError                **error)
{
  g_autoptr(ProspectClassInfo) info = NULL;
  g_autoptr(ProspectFundInfo) fund = NULL;
  g_autoptr(GPtrArray) limits = NULL;
  g_autoptr(GListModel) glossary = NULL;
  g_autoptr(GPtrArray) topic_blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GString) subtitle = g_string_new (NULL);

  g_return_val_if_fail (PROSPECT_IS_PORTFOLIO_PAGE (self), FALSE);
  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), FALSE);

  /* Read everything first, so a failure leaves the page as it was. */
  if ((info = prospect_database_get_class (database, class_id, error)) == NULL ||
      (fund = prospect_database_get_fund (database, info->fund_id, error)) == NULL ||
      (limits = prospect_database_list_policy_limits (database, fund->id, error)) == NULL ||
      (glossary = prospect_database_list_glossary (database, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (topics); i++)
    {
      GPtrArray *blocks = prospect_database_list_text_blocks (database, fund->id, topics[i].topic, error);

      if (blocks == NULL)
        return FALSE;
      g_ptr_array_add (topic_blocks, blocks);
    }

  remove_added_rows (self);

  gtk_label_set_text (self->fund_title, fund->name);
  g_string_append_printf (subtitle, "%s · %s", fund->trust, info->name);
  if (info->inception_date != NULL)
    {
      g_autofree char *date = prospect_format_date (info->inception_date);

      g_string_append_printf (subtitle, " · since %s", date);
    }
  if (fund->adviser != NULL)
    g_string_append_printf (subtitle, " · adviser %s", fund->adviser);
  if (fund->portfolio_manager != NULL)
    g_string_append_printf (subtitle, " · portfolio manager %s", fund->portfolio_manager);
  gtk_label_set_text (self->fund_subtitle, subtitle->str);

  gtk_label_set_text (self->objective_label, fund->objective != NULL ? fund->objective : "");
  if (fund->source.document != NULL)
    {
      g_autofree char *source = g_strdup_printf ("%s, %s", fund->source.document,
                                                 fund->source.section != NULL ? fund->source.section : "");

      gtk_widget_set_tooltip_text (GTK_WIDGET (self->objective_label), source);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->limits_group), limits->len > 0);
  for (guint i = 0; i < limits->len; i++)
    {
      const ProspectPolicyLimit *limit = g_ptr_array_index (limits, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *bar = prospect_range_bar_new ();
      g_autofree char *title = g_markup_escape_text (limit->label, -1);
      g_autofree char *description = describe_limit (limit);
      g_autofree char *subtitle_markup = g_markup_escape_text (description, -1);
      double max = limit->unlimited ? 100 : limit->max_pct;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle_markup);
      gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
      prospect_range_bar_set_range (PROSPECT_RANGE_BAR (bar), limit->min_pct, max, limit->wording);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), bar);
      adw_preferences_group_add (self->limits_group, row);
      g_ptr_array_add (self->added_rows, row);
    }

  self->fill_topics = g_steal_pointer (&topic_blocks);
  self->fill_glossary = g_object_ref (glossary);
  self->fill_topic = self->fill_block = self->fill_term = 0;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->fill_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), fill_tick_cb, NULL, NULL);

  gtk_filter_list_model_set_model (self->glossary_model, glossary);
  update_glossary_empty (self);
  return TRUE;
}

void
prospect_portfolio_page_focus_search (ProspectPortfolioPage *self)
{
  g_return_if_fail (PROSPECT_IS_PORTFOLIO_PAGE (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->glossary_search));
}

void
prospect_portfolio_page_set_search_text (ProspectPortfolioPage *self,
                                         const char            *text)
{
  g_return_if_fail (PROSPECT_IS_PORTFOLIO_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->glossary_search), text != NULL ? text : "");
  /* The entry reports changes after a delay; callers want the list now. */
  glossary_search_changed_cb (self, self->glossary_search);
}

/* Text as the page shows it: glossary terms linked, with their definitions
 * as tooltips. */
char *
prospect_portfolio_page_markup_for (const char *body,
                                    GListModel *glossary)
{
  return markup_with_terms (body, glossary);
}

/* Whether every row of the loaded fund is on the page (they arrive a few
 * per frame after the first). */
gboolean
prospect_portfolio_page_is_filled (ProspectPortfolioPage *self)
{
  g_return_val_if_fail (PROSPECT_IS_PORTFOLIO_PAGE (self), FALSE);
  return self->fill_topics == NULL;
}

guint
prospect_portfolio_page_get_n_shown_terms (ProspectPortfolioPage *self)
{
  g_return_val_if_fail (PROSPECT_IS_PORTFOLIO_PAGE (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->glossary_model));
}
