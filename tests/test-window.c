/* test-window.c: the main window under a (virtual) display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include <glib/gstdio.h>

#include "prospect-application.h"
#include "prospect-portfolio-page.h"
#include "prospect-window.h"

static gboolean have_display;
static ProspectApplication *app;

#define REQUIRE_DISPLAY()                                                         \
  G_STMT_START {                                                                  \
    if (!have_display)                                                            \
      {                                                                           \
        g_test_skip ("No display: run the ui suite under xvfb-run (scripts/test)"); \
        return;                                                                   \
      }                                                                           \
  } G_STMT_END

static gboolean
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (find_label (child, text))
      return TRUE;
  return FALSE;
}

static void
spin (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static ProspectWindow *
new_window (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = prospect_database_open_bundled (&error);
  ProspectWindow *window;

  g_assert_no_error (error);
  window = prospect_window_new (GTK_APPLICATION (app), db);
  gtk_window_present (GTK_WINDOW (window));
  spin ();
  return window;
}

static void
close_window (ProspectWindow *window)
{
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
  g_assert_finalize_object (window);
}

static void
test_opens_with_fund (void)
{
  ProspectWindow *window;

  REQUIRE_DISPLAY ();
  window = new_window ();
  g_assert_true (find_label (GTK_WIDGET (window), "Balanced Portfolio"));
  g_assert_true (find_label (GTK_WIDGET (window),
                             "Balanced Portfolio seeks long-term capital growth, consistent with preservation of "
                             "capital and balanced by current income."));
  g_assert_true (find_label (GTK_WIDGET (window), "40% to 60% of assets"));
  g_assert_true (find_label (GTK_WIDGET (window), "Less than 35% of net assets"));
  g_assert_null (prospect_window_get_problem (window));
  close_window (window);
}

static void
test_glossary_search (void)
{
  ProspectWindow *window;
  ProspectPortfolioPage *page;

  REQUIRE_DISPLAY ();
  window = new_window ();
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
  spin ();
  g_assert_true (find_label (GTK_WIDGET (window), "No glossary term contains “no such term”."));
  prospect_portfolio_page_set_search_text (page, "");
  g_assert_cmpuint (prospect_portfolio_page_get_n_shown_terms (page), ==, 31);
  close_window (window);
}

static void
test_remembers_size (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  ProspectWindow *window;

  REQUIRE_DISPLAY ();
  window = new_window ();
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 640);
  spin ();
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 640);
  {
    g_autofree char *last_page = g_settings_get_string (settings, "last-page");

    g_assert_cmpstr (last_page, ==, "portfolio");
  }
  close_window (window);

  /* A new window opens at the remembered size. */
  window = new_window ();
  {
    int width = 0, height = 0;

    gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
    g_assert_cmpint (width, ==, 900);
    g_assert_cmpint (height, ==, 640);
  }
  close_window (window);
}

static void
test_bad_database_falls_back (void)
{
  g_autofree char *dir = g_dir_make_tmp ("prospect-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "random.db", NULL);
  g_autoptr(ProspectApplication) bad_app = NULL;
  g_autoptr(ProspectDatabase) db = NULL;
  g_autofree char *problem = NULL;
  ProspectLaunchOptions options = { .database = path, .non_unique = TRUE };
  ProspectWindow *window;

  REQUIRE_DISPLAY ();
  g_assert_true (g_file_set_contents (path, "random bytes, not a database", -1, NULL));
  bad_app = prospect_application_new (&options);
  db = prospect_application_open_database (bad_app, &problem);

  /* The window still has data to show, and says what happened. */
  g_assert_nonnull (db);
  g_assert_cmpstr (prospect_database_get_path (db), ==, ":memory:");
  g_assert_nonnull (strstr (problem, "is not a Prospect database"));
  g_assert_nonnull (strstr (problem, "Showing the bundled data instead."));

  window = prospect_window_new (GTK_APPLICATION (app), db);
  prospect_window_show_problem (window, problem);
  gtk_window_present (GTK_WINDOW (window));
  spin ();
  g_assert_cmpstr (prospect_window_get_problem (window), ==, problem);
  g_assert_true (find_label (GTK_WIDGET (window), "Balanced Portfolio"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.dismiss-banner", NULL);
  g_assert_null (prospect_window_get_problem (window));
  close_window (window);

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  have_display = gtk_init_check ();

  g_test_add_func ("/prospect/window/opens-with-fund", test_opens_with_fund);
  g_test_add_func ("/prospect/window/glossary-search", test_glossary_search);
  g_test_add_func ("/prospect/window/remembers-size", test_remembers_size);
  g_test_add_func ("/prospect/window/bad-database-falls-back", test_bad_database_falls_back);

  if (have_display)
    {
      ProspectLaunchOptions options = { .non_unique = TRUE };

      app = prospect_application_new (&options);
      g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
    }
  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
