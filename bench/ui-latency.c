/* ui-latency.c: what a user feels in the window, timed to the painted
 * frame: each page's first visit and a revisit, and a keystroke in the
 * calculators' fields, with six saved 50-year scenarios on Compare.  One
 * sample of each per run (a first visit happens once per process);
 * bench/ui.py runs it for every round and reports medians.
 *   ui-latency DATABASE [PAGE]
 * With PAGE, only that page's first visit (to run under a profiler).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>

#include "prospect-application.h"
#include "prospect-gtk-init.h"
#include "prospect-saved-scenario.h"
#include "prospect-testing.h"
#include "prospect-window.h"

typedef struct
{
  gboolean painted;
} Frame;

static void
after_paint_cb (GdkFrameClock *clock,
                Frame         *frame)
{
  frame->painted = TRUE;
}

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until the window has painted a frame, and returns how
 * long that took from START, in milliseconds.  FORCE repaints the whole
 * window; otherwise what the action itself invalidated is painted, as a
 * user would see it. */
static double
until_painted (GtkWidget *window,
               gint64     start,
               gboolean   force)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  Frame frame = { FALSE };
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &frame);
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  /* Wakes the loop if no frame comes, so that a step that paints nothing
   * is reported instead of waiting forever. */
  guint wake = g_timeout_add (100, wake_cb, NULL);

  if (force)
    gtk_widget_queue_draw (window);
  while (!frame.painted && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
  g_signal_handler_disconnect (clock, handler);
  if (!frame.painted)
    {
      g_printerr ("ui-latency: no frame was painted\n");
      return NAN;
    }
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
settle (GtkWidget *window)
{
  until_painted (window, g_get_monotonic_time (), TRUE);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* Six 50-year scenarios, each a contract around the bundled class. */
static void
add_scenarios (ProspectDatabase *db)
{
  ProspectCostAssumptions a;

  prospect_database_get_assumptions (db, &a, NULL);
  a.years = 50;
  a.contribution = 6000;
  prospect_database_save_assumptions (db, &a, NULL);
  for (int i = 0; i < 6; i++)
    {
      g_autofree char *name = g_strdup_printf ("Scenario %d", i + 1);
      g_autoptr(ProspectSavedScenario) s = prospect_saved_scenario_new (name);

      s->class_id = 1;
      s->scenario.mortality_expense_pct = 1.0 + 0.1 * i;
      s->scenario.n_surrender = 7;
      for (int y = 0; y < 7; y++)
        s->scenario.surrender_pct[y] = 7 - y;
      if (prospect_saved_scenario_resolve (s, db, NULL))
        prospect_database_save_scenario (db, s, NULL);
    }
}

static gboolean
paused_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for MS milliseconds. */
static void
pause_ms (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, paused_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Types TEXT into FIELD a character at a time; the slowest keystroke. */
static double
type_into (GtkWidget   *window,
           GtkEditable *field,
           const char  *text)
{
  double worst = 0;
  g_autoptr(GString) typed = g_string_new (NULL);
  GtkWidget *expander = gtk_widget_get_ancestor (GTK_WIDGET (field), ADW_TYPE_EXPANDER_ROW);

  /* A user types into a field they can see, after clicking into it: open
   * its row and focus it first. */
  if (expander != NULL)
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
  settle (window);
  if (!gtk_widget_get_mapped (GTK_WIDGET (field)))
    g_printerr ("ui-latency: the field is not on screen\n");
  gtk_widget_grab_focus (GTK_WIDGET (field));
  gtk_editable_set_text (field, "");
  settle (window);
  for (const char *p = text; *p != '\0'; p++)
    {
      gint64 start;

      /* A fast typist's pace: keys a tenth of a second apart, so each
       * one waits for no frame still due from the one before. */
      pause_ms (100);
      g_string_append_c (typed, *p);
      start = g_get_monotonic_time ();
      gtk_editable_set_text (field, typed->str);
      worst = MAX (worst, until_painted (window, start, FALSE));
    }
  return worst;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = NULL;
  g_autoptr(GtkApplication) app = NULL;
  ProspectLaunchOptions options = { .non_unique = TRUE };
  ProspectWindow *window;
  static const char *const pages[] = { "performance", "highlights", "fees", "compare", "plan", "portfolio", "data" };
  double revisit = 0;
  const char *only = argc > 2 ? argv[2] : NULL;

  if (argc != 2 && argc != 3)
    {
      g_printerr ("usage: ui-latency DATABASE [PAGE]\n");
      return 2;
    }
  if (!prospect_gtk_init_check ())
    {
      g_printerr ("ui-latency: no display\n");
      return 2;
    }
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  db = prospect_database_open (argv[1], &error);
  if (db == NULL)
    {
      g_printerr ("ui-latency: %s\n", error->message);
      return 1;
    }
  add_scenarios (db);
  app = GTK_APPLICATION (prospect_application_new (&options));
  g_application_register (G_APPLICATION (app), NULL, NULL);
  /* The application shows its window after what GTK queued at startup
   * (the icon theme's change): so does this driver. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  window = prospect_window_new (app, db);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  settle (GTK_WIDGET (window));

  /* What repainting the whole window costs with this renderer: no frame
   * of a change that touches most of the window can be faster. */
  {
    double floor = G_MAXDOUBLE;

    for (int i = 0; i < 5; i++)
      floor = MIN (floor, until_painted (GTK_WIDGET (window), g_get_monotonic_time (), TRUE));
    g_print ("ui.full_frame_ms %.3f\n", floor);
  }

  /* First visits, in the order of the switcher, then a revisit of each. */
  for (guint i = 1; i < G_N_ELEMENTS (pages); i++)
    {
      gint64 start = g_get_monotonic_time ();

      if (only != NULL && strcmp (only, pages[i]) != 0)
        continue;

      gtk_widget_activate_action (GTK_WIDGET (window), "win.go-to-page", "i", (int) i);
      g_print ("ui.first_visit_ms.%s %.3f\n", pages[i], until_painted (GTK_WIDGET (window), start, FALSE));
      settle (GTK_WIDGET (window));
    }
  if (only != NULL)
    {
      gtk_window_destroy (GTK_WINDOW (window));
      return 0;
    }
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      gint64 start = g_get_monotonic_time ();
      double ms;

      gtk_widget_activate_action (GTK_WIDGET (window), "win.go-to-page", "i", (int) i);
      ms = until_painted (GTK_WIDGET (window), start, FALSE);
      g_print ("ui.revisit_ms.%s %.3f\n", pages[i], ms);
      revisit = MAX (revisit, ms);
      settle (GTK_WIDGET (window));
    }
  g_print ("ui.revisit_ms.max %.3f\n", revisit);

  /* Keystrokes: the Fees calculator's amount, Compare's M&E charge. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-to-page", "i", 2);
  settle (GTK_WIDGET (window));
  {
    ProspectFeesPage *fees = PROSPECT_FEES_PAGE (prospect_window_get_page (window, "fees"));

    g_print ("ui.keystroke_ms.fees_amount %.3f\n",
             type_into (GTK_WIDGET (window), prospect_fees_page_get_field (fees, PROSPECT_FEES_FIELD_AMOUNT), "250000"));
  }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.go-to-page", "i", 3);
  settle (GTK_WIDGET (window));
  {
    ProspectComparePage *compare = PROSPECT_COMPARE_PAGE (prospect_window_get_page (window, "compare"));

    if (prospect_compare_page_get_n_scenarios (compare) > 0)
      g_print ("ui.keystroke_ms.compare_mortality %.3f\n",
               type_into (GTK_WIDGET (window),
                          prospect_compare_page_get_field (compare, 0, PROSPECT_SCENARIO_FIELD_MORTALITY), "1.35"));
    g_print ("ui.keystroke_ms.compare_amount %.3f\n",
             type_into (GTK_WIDGET (window), prospect_compare_page_get_assumption (compare, PROSPECT_ASSUMPTION_AMOUNT),
                        "25000"));
  }
  gtk_window_destroy (GTK_WINDOW (window));

  /* The floor: the same keystrokes into an entry alone in a window of the
   * same size, the same X server and renderer.  What a keystroke costs
   * above this is Prospect's. */
  {
    GtkWidget *bare = gtk_window_new ();
    GtkWidget *entry = gtk_entry_new ();

    gtk_widget_set_valign (entry, GTK_ALIGN_START);
    gtk_window_set_child (GTK_WINDOW (bare), entry);
    gtk_window_set_default_size (GTK_WINDOW (bare), 1280, 800);
    gtk_window_present (GTK_WINDOW (bare));
    settle (bare);
    g_print ("ui.keystroke_ms.floor_entry %.3f\n", type_into (bare, GTK_EDITABLE (entry), "25000"));
    gtk_window_destroy (GTK_WINDOW (bare));
  }
  return 0;
}
