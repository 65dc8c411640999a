/* test-filing-window.c: importing a prospectus filing in the window:
 * dropped on the window or chosen from the menu, previewed, partly
 * imported under a new name, shown on the pages, and undone from the
 * notification.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "gui-test.h"

static gboolean
dialog_settled (gpointer data)
{
  ProspectFilingDialog *dialog = prospect_window_get_filing_dialog (data);

  return dialog != NULL && (prospect_filing_dialog_get_ready (dialog) || prospect_filing_dialog_get_error (dialog));
}

static gboolean
dialog_gone (gpointer data)
{
  return prospect_window_get_filing_dialog (data) == NULL;
}

static void
drop_file (ProspectWindow *window,
           const char     *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GValue value = G_VALUE_INIT;
  gboolean handled = FALSE;

  g_value_init (&value, G_TYPE_FILE);
  g_value_set_object (&value, file);
  g_signal_emit_by_name (prospect_window_get_drop_target (window), "drop", &value, 10.0, 10.0, &handled);
  g_value_unset (&value);
  g_assert_true (handled);
  g_assert_true (gui_test_wait_for (dialog_settled, window));
}

static void
test_import_filing (void)
{
  g_autofree char *delaware = g_test_build_filename (G_TEST_DIST, "data", "filings",
                                                     "delaware-value-fund-485bpos-2023-11-30.htm", NULL);
  ProspectFilingDialog *dialog;
  ProspectWindow *window;
  gint64 imported;

  GUI_TEST_REQUIRE_DISPLAY ();
  window = gui_test_new_window ();
  gui_test_show_page (window, 0);

  drop_file (window, delaware);
  dialog = prospect_window_get_filing_dialog (window);
  g_assert_null (prospect_filing_dialog_get_error (dialog));
  g_assert_cmpuint (prospect_filing_dialog_get_n_classes (dialog), ==, 5);
  {
    g_autofree char *a = prospect_filing_dialog_get_class_text (dialog, 0);
    g_autofree char *c = prospect_filing_dialog_get_class_text (dialog, 1);

    g_assert_true (g_str_has_prefix (a, "DDVAX\n"));
    g_assert_nonnull (strstr (a, "0.94% a year"));
    g_assert_nonnull (strstr (a, "$665 / $857 / $1,065 / $1,663: ✓"));
    g_assert_nonnull (strstr (a, "new"));
    g_assert_true (g_str_has_prefix (c, "DDVCX\n"));
  }

  /* Leave C shares out, call A shares by their name. */
  prospect_filing_dialog_set_chosen (dialog, 1, FALSE);
  prospect_filing_dialog_set_class_name (dialog, 0, "Class A");
  g_assert_true (prospect_filing_dialog_import (dialog));
  g_assert_true (gui_test_wait_for (dialog_gone, window));

  imported = prospect_window_get_class_id (window);
  g_assert_cmpint (imported, >, 2);
  prospect_window_filter_classes (window, "");
  g_assert_cmpuint (prospect_window_get_n_shown_classes (window), ==, 6);
  prospect_window_filter_classes (window, "DDVCX");
  g_assert_cmpuint (prospect_window_get_n_shown_classes (window), ==, 0);
  prospect_window_filter_classes (window, "Class A");
  g_assert_cmpuint (prospect_window_get_n_shown_classes (window), ==, 1);
  prospect_window_filter_classes (window, "");

  /* The Performance page states the best and worst quarter with the year. */
  gui_test_show_page (window, 0);
  g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "Best quarter: 15.32% (quarter ended June 30, "
                                                                      "2020).  Worst quarter: (26.71%)"));

  /* The Fees page shows the filing's fee table and its printed example. */
  gui_test_show_page (window, 2);
  g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "0.53%"));
  g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "$1,663"));
  g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "Sales charge discounts from $50,000 (the "
                                                                      "prospectus prints the schedule)"));

  /* The Portfolio page shows the filing's objective, strategy and risks. */
  gui_test_show_page (window, 5);
  g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "Delaware Value Fund seeks long-term capital "
                                                                      "appreciation."));
  g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "Principal risks"));

  /* Undo from the notification's own button: back to the bundled data. */
  gui_test_click_undo (GTK_WIDGET (window));
  g_assert_cmpuint (prospect_window_get_n_shown_classes (window), ==, 2);
  g_assert_cmpint (prospect_window_get_class_id (window), !=, imported);
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-import", NULL) &&
                  prospect_window_get_n_shown_classes (window) != 2);
  gui_test_close_window (window);
}

/* Not a filing: the preview says why, Import stays off, nothing changes. */
static void
test_import_not_a_filing (void)
{
  g_autofree char *dir = g_dir_make_tmp ("prospect-filing-window-XXXXXX", NULL);
  g_autofree char *junk = g_build_filename (dir, "notes.htm", NULL);
  ProspectFilingDialog *dialog;
  ProspectWindow *window;

  GUI_TEST_REQUIRE_DISPLAY ();
  g_assert_true (g_file_set_contents (junk, "<html><body>Meeting notes</body></html>", -1, NULL));
  window = gui_test_new_window ();
  drop_file (window, junk);
  dialog = prospect_window_get_filing_dialog (window);
  g_assert_nonnull (strstr (prospect_filing_dialog_get_error (dialog), "not an XBRL filing"));
  g_assert_false (prospect_filing_dialog_import (dialog));
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (gui_test_wait_for (dialog_gone, window));
  prospect_window_filter_classes (window, "");
  g_assert_cmpuint (prospect_window_get_n_shown_classes (window), ==, 2);
  gui_test_close_window (window);
  g_unlink (junk);
  g_rmdir (dir);
}

/* A printed example the fee table alone cannot give: the preview and the
 * Fees page both say which input the filing leaves out. */
static void
test_import_example_differs (void)
{
  g_autofree char *sample = g_test_build_filename (G_TEST_DIST, "data", "filings", "sec-rr-sample-rr01-2022-11-03.htm",
                                                   NULL);
  ProspectFilingDialog *dialog;
  ProspectWindow *window;

  GUI_TEST_REQUIRE_DISPLAY ();
  window = gui_test_new_window ();
  drop_file (window, sample);
  dialog = prospect_window_get_filing_dialog (window);
  g_assert_cmpuint (prospect_filing_dialog_get_n_classes (dialog), ==, 7);
  {
    g_autofree char *first = prospect_filing_dialog_get_class_text (dialog, 0);

    g_assert_nonnull (strstr (first, "differs from the fee table"));
    g_assert_nonnull (strstr (first, "deferred sales charge"));
  }
  g_assert_true (prospect_filing_dialog_import (dialog));
  g_assert_true (gui_test_wait_for (dialog_gone, window));
  gui_test_show_page (window, 2);
  g_assert_true (gui_test_find_label_containing (GTK_WIDGET (window), "not how it declines year by year"));
  gui_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv);
  gui_test_add ("/prospect/window/import-filing", test_import_filing);
  gui_test_add ("/prospect/window/import-not-a-filing", test_import_not_a_filing);
  gui_test_add ("/prospect/window/import-example-differs", test_import_example_differs);
  return gui_test_run ();
}
