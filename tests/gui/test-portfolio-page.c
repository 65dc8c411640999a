/* test-portfolio-page.c: the Portfolio page: the glossary searched, terms
 * in the text linked to it, and the prospectus's text made when its row
 * is opened.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "gui-test.h"
#include "prospect-portfolio-page.h"
#include "test-util.h"

static AdwExpanderRow *
find_expander_row (GtkWidget  *widget,
                   const char *title)
{
  if (ADW_IS_EXPANDER_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return ADW_EXPANDER_ROW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      AdwExpanderRow *found = find_expander_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static guint
count_labels_containing (GtkWidget  *widget,
                         const char *text)
{
  guint n = GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += count_labels_containing (child, text);
  return n;
}

static gboolean
page_filled (gpointer data)
{
  return prospect_portfolio_page_is_filled (PROSPECT_PORTFOLIO_PAGE (data));
}

static gboolean
risks_text_shown (gpointer data)
{
  return gui_test_find_label_containing (GTK_WIDGET (data), "The biggest risk is that");
}

static gboolean
bond_definition_shown (gpointer data)
{
  return gui_test_find_label_containing (GTK_WIDGET (data), "Bonds are debt securities");
}

/* The prospectus's text is made when its row is opened (a closed row still
 * measures its text, which made the first visit slow), and is then there,
 * with its glossary links. */
static void
test_portfolio_text_on_open (void)
{
  ProspectWindow *window;
  AdwExpanderRow *risks, *bonds;
  ProspectPortfolioPage *page;
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = prospect_database_open_bundled (&error);

  GUI_TEST_REQUIRE_DISPLAY ();
  window = gui_test_new_window ();
  gui_test_show_page (window, 5);
  page = PROSPECT_PORTFOLIO_PAGE (prospect_window_get_page (window, "portfolio"));

  /* The rows below the top arrive a few a frame after the load. */
  g_assert_true (prospect_portfolio_page_load (page, db, 1, &error));
  g_assert_no_error (error);
  g_assert_false (prospect_portfolio_page_is_filled (page));
  g_assert_null (find_expander_row (GTK_WIDGET (window), "Bonds"));
  g_assert_true (gui_test_wait_for (page_filled, page));

  risks = find_expander_row (GTK_WIDGET (window), "Main risks");
  bonds = find_expander_row (GTK_WIDGET (window), "Bonds");
  g_assert_nonnull (risks);
  g_assert_nonnull (bonds);
  g_assert_false (risks_text_shown (window));
  g_assert_cmpuint (count_labels_containing (GTK_WIDGET (risks), "The biggest risk is that"), ==, 0);

  adw_expander_row_set_expanded (risks, TRUE);
  g_assert_true (gui_test_wait_for (risks_text_shown, window));
  adw_expander_row_set_expanded (bonds, TRUE);
  g_assert_true (gui_test_wait_for (bond_definition_shown, window));

  /* Closing and opening again does not add the text twice. */
  adw_expander_row_set_expanded (risks, FALSE);
  adw_expander_row_set_expanded (risks, TRUE);
  gui_test_spin ();
  g_assert_cmpuint (count_labels_containing (GTK_WIDGET (risks), "The biggest risk is that"), ==, 1);
  gui_test_close_window (window);
}

static void
test_glossary_search (void)
{
  ProspectWindow *window;
  ProspectPortfolioPage *page;

  GUI_TEST_REQUIRE_DISPLAY ();
  window = gui_test_new_window ();
  gui_test_show_page (window, 5);
  page = PROSPECT_PORTFOLIO_PAGE (prospect_window_get_page (window, "portfolio"));
  g_assert_cmpuint (prospect_portfolio_page_get_n_shown_terms (page), ==, 31);

  /* Bonds, High-yield/High-risk bonds, Pay-in-kind, Step coupon, Strip,
   * Tender option and Zero coupon bonds. */
  prospect_portfolio_page_set_search_text (page, "BOND");
  g_assert_cmpuint (prospect_portfolio_page_get_n_shown_terms (page), ==, 7);
  prospect_portfolio_page_set_search_text (page, "swap");
  g_assert_cmpuint (prospect_portfolio_page_get_n_shown_terms (page), ==, 1);
  prospect_portfolio_page_set_search_text (page, "no such term");
  g_assert_cmpuint (prospect_portfolio_page_get_n_shown_terms (page), ==, 0);
  gui_test_spin ();
  g_assert_true (gui_test_find_label (GTK_WIDGET (window), "No glossary term contains “no such term”."));
  prospect_portfolio_page_set_search_text (page, "");
  g_assert_cmpuint (prospect_portfolio_page_get_n_shown_terms (page), ==, 31);

  /* Glossary terms in the text show their definition on hover. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(ProspectDatabase) db = prospect_database_open_bundled (&error);
    g_autoptr(GListModel) glossary = prospect_database_list_glossary (db, &error);
    g_autofree char *markup = prospect_portfolio_page_markup_for ("It may hold bonds & warrants, not bondage.", glossary);

    g_assert_nonnull (strstr (markup, "<a href=\"glossary:Bonds\" title=\"Bonds are debt securities"));
    g_assert_nonnull (strstr (markup, ">bonds</a> &amp; <a href=\"glossary:Warrants\""));
    g_assert_null (strstr (markup, ">bondage"));
  }
  gui_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv);
  gui_test_add ("/prospect/window/glossary-search", test_glossary_search);
  gui_test_add ("/prospect/window/portfolio-text-on-open", test_portfolio_text_on_open);
  return gui_test_run ();
}
