/* prospect-bench.c: times the charts, the calculators, the handout and
 * the store at scale.  It reports numbers (key value lines); it never
 * fails on them.
 *
 *   prospect-bench [--scale-db FILE] [--rounds N]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <time.h>

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "prospect-chart-catalogue.h"
#include "prospect-class-filter.h"
#include "prospect-class-item.h"
#include "prospect-filing-import.h"
#include "prospect-highlights.h"
#include "prospect-plan-report.h"
#include "prospect-plan-rows.h"
#include "prospect-reconcile.h"
#include "prospect-report.h"

static double
now_ms (void)
{
  struct timespec t;

  clock_gettime (CLOCK_MONOTONIC, &t);
  return (double) t.tv_sec * 1e3 + (double) t.tv_nsec / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* The middle sample, or the mean of the two middle ones for an even count. */
static double
median (GArray *samples)
{
  guint n = samples->len;

  g_array_sort (samples, compare_doubles);
  if (n == 0)
    return NAN;
  if (n % 2 == 1)
    return g_array_index (samples, double, n / 2);
  return (g_array_index (samples, double, n / 2 - 1) + g_array_index (samples, double, n / 2)) / 2;
}

static cairo_status_t
discard (void                *closure,
         const unsigned char *data,
         unsigned int         length)
{
  return CAIRO_STATUS_SUCCESS;
}

/* The catalogue's charts, the cost charts for thirty years in a contract. */
static ProspectChartData *
make_chart (ProspectDatabase *db,
            const char       *name)
{
  ProspectCostScenario contract;
  ProspectChartRequest request = { .years = 30, .contract = &contract };

  prospect_cost_scenario_init (&contract);
  contract.mortality_expense_pct = 1.25;
  contract.contract_fee = 30;
  return prospect_chart_catalogue_build (db, name, 1, &request, NULL);
}

static void
bench_charts (ProspectDatabase *db,
              int               rounds)
{
  ProspectChartTheme theme;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
  double max_ms = 0, max_pdf = 0, floor_ms;
  g_autoptr(GArray) floor_samples = g_array_new (FALSE, FALSE, sizeof (double));

  prospect_chart_theme_init (&theme, PROSPECT_CHART_THEME_LIGHT);
  for (int r = 0; r < rounds * 4; r++)
    {
      cairo_t *cr = cairo_create (surface);
      double t0 = now_ms (), t;

      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      t = now_ms () - t0;
      g_array_append_val (floor_samples, t);
    }
  floor_ms = median (floor_samples);
  printf ("charts.floor_ms %.4f\n", floor_ms);

  for (guint i = 0; i < prospect_chart_catalogue_size (); i++)
    {
      const char *name = prospect_chart_catalogue_get (i)->name;
      g_autoptr(ProspectChartData) data = make_chart (db, name);
      g_autoptr(GArray) image = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) pdf = g_array_new (FALSE, FALSE, sizeof (double));

      for (int r = 0; r < rounds * 4 + 1; r++)
        {
          cairo_t *cr = cairo_create (surface);
          double t0 = now_ms (), t;

          prospect_chart_draw (cr, data, 1920, 1080, &theme, -1, -1, NULL);
          cairo_destroy (cr);
          cairo_surface_flush (surface);
          t = now_ms () - t0;
          if (r > 0)   /* the first draw warms font caches */
            g_array_append_val (image, t);
        }
      for (int r = 0; r < rounds; r++)
        {
          cairo_surface_t *doc = cairo_pdf_surface_create_for_stream (discard, NULL, 1920, 1080);
          cairo_t *cr = cairo_create (doc);
          double t0 = now_ms (), t;

          prospect_chart_draw (cr, data, 1920, 1080, &theme, -1, -1, NULL);
          cairo_destroy (cr);
          cairo_surface_finish (doc);
          cairo_surface_destroy (doc);
          t = now_ms () - t0;
          g_array_append_val (pdf, t);
        }
      {
        double m = median (image), p = median (pdf);

        printf ("charts.%s.image_ms %.4f\ncharts.%s.pdf_ms %.4f\ncharts.%s.ratio %.2f\n", name, m, name, p,
                name, floor_ms > 0 ? m / floor_ms : NAN);
        max_ms = MAX (max_ms, m);
        max_pdf = MAX (max_pdf, p);
      }
    }
  printf ("charts.max_ms %.4f\ncharts.max_pdf_ms %.4f\ncharts.max_ratio %.2f\n", max_ms, max_pdf,
          floor_ms > 0 ? max_ms / floor_ms : NAN);
  cairo_surface_destroy (surface);
}

static void
bench_calculators (int rounds)
{
  g_autoptr(GArray) example = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) compare = g_array_new (FALSE, FALSE, sizeof (double));

  for (int r = 0; r < rounds * 50; r++)
    {
      ProspectExpenseInput input;
      double t0, t;

      prospect_expense_input_init (&input);
      input.gross_pct = 0.66 + r * 1e-6;   /* a keystroke changes the ratio */
      t0 = now_ms ();
      {
        g_autoptr(ProspectExpenseResult) result = prospect_expense_compute (&input, NULL);
      }
      t = now_ms () - t0;
      g_array_append_val (example, t);
    }
  for (int r = 0; r < rounds * 10; r++)
    {
      ProspectCostScenario scenarios[PROSPECT_MAX_SCENARIOS];
      ProspectCostResult *results[PROSPECT_MAX_SCENARIOS];
      ProspectCostAssumptions a;
      double t0, t;

      prospect_cost_assumptions_init (&a);
      a.years = 50;
      a.contribution = 6000;
      for (int s = 0; s < PROSPECT_MAX_SCENARIOS; s++)
        {
          prospect_cost_scenario_init (&scenarios[s]);
          scenarios[s].fund_gross_pct = 0.5 + s * 0.25;
          scenarios[s].front_load_pct = s % 2 ? 5.75 : 0;
          scenarios[s].mortality_expense_pct = s >= 3 ? 1.25 : 0;
          scenarios[s].n_surrender = s >= 3 ? 7 : 0;
          for (int y = 0; y < 7; y++)
            scenarios[s].surrender_pct[y] = 7 - y;
        }
      t0 = now_ms ();
      for (int s = 0; s < PROSPECT_MAX_SCENARIOS; s++)
        results[s] = prospect_cost_compute (&scenarios[s], &a, NULL);
      for (int x = 0; x < PROSPECT_MAX_SCENARIOS; x++)
        for (int y = x + 1; y < PROSPECT_MAX_SCENARIOS; y++)
          prospect_cost_breakeven_year (results[x], results[y], TRUE);
      t = now_ms () - t0;
      for (int s = 0; s < PROSPECT_MAX_SCENARIOS; s++)
        prospect_cost_result_free (results[s]);
      g_array_append_val (compare, t);
    }
  {
    double e = median (example), c = median (compare);

    printf ("calculator.expense_example_ms %.5f\ncalculator.compare_6x50_ms %.5f\ncalculator.max_ms %.5f\n", e, c,
            MAX (e, c));
  }
}

static void
bench_handout (ProspectDatabase *db,
               int               rounds)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *dir = g_dir_make_tmp ("prospect-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "handout.pdf", NULL);

  for (int r = 0; r < rounds + 1; r++)
    {
      double t0 = now_ms (), t;
      g_autoptr(ProspectReport) report = prospect_report_new (db, 1, PROSPECT_REPORT_ALL, NULL, NULL, NULL);

      prospect_report_export_pdf (report, path, NULL);
      t = now_ms () - t0;
      if (r > 0)
        g_array_append_val (samples, t);
    }
  printf ("handout.ms %.3f\n", median (samples));
  g_unlink (path);
  g_rmdir (dir);
}

/* Opening a class: what the window reads to show every page for it. */
static void
open_class (ProspectDatabase *db,
            gint64            class_id)
{
  g_autoptr(GPtrArray) rows = prospect_reconcile_class (db, class_id, PROSPECT_DAY_COUNT_DEFAULT, NULL);
  g_autoptr(ProspectChartData) average = prospect_chart_average_returns (db, class_id, NULL);
  g_autoptr(ProspectChartData) annual = prospect_chart_annual_returns (db, class_id, NULL);
  g_autoptr(ProspectChartData) growth = prospect_chart_growth (db, class_id, 10000, FALSE, NULL);
  g_autoptr(ProspectHighlights) h = prospect_database_get_highlights (db, class_id, NULL);
  g_autoptr(GArray) checks = h != NULL ? prospect_highlights_check (h) : NULL;
  g_autoptr(ProspectFeeTable) fees = prospect_database_get_fee_table (db, class_id, NULL);
  g_autoptr(ProspectClassInfo) info = prospect_database_get_class (db, class_id, NULL);
  g_autoptr(ProspectFundInfo) fund = info != NULL ? prospect_database_get_fund (db, info->fund_id, NULL) : NULL;
}

static void
bench_scale (const char *path,
             int         rounds)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = NULL;
  g_autoptr(GListModel) classes = NULL;
  g_autoptr(GArray) opens = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (double));
  ProspectClassFilter *filter;
  g_autoptr(GtkFilterListModel) filtered = NULL;
  static const char * const typed[] = { "f", "fu", "fun", "fund", "fund ", "fund 1", "fund 12", "fund 123",
                                        "fund 1234", "fund 12345", "b", "ba", "bal", "bala", "balan", "class c" };
  double t0 = now_ms ();
  guint n;

  db = prospect_database_open (path, &error);
  if (db == NULL)
    {
      fprintf (stderr, "prospect-bench: %s\n", error->message);
      return;
    }
  printf ("scale.open_ms %.3f\n", now_ms () - t0);
  t0 = now_ms ();
  classes = prospect_class_items_new (db, &error);
  n = g_list_model_get_n_items (classes);
  printf ("scale.classes %u\nscale.list_classes_ms %.3f\n", n, now_ms () - t0);

  for (int r = 0; r < rounds * 5; r++)
    {
      g_autoptr(ProspectClassItem) item = g_list_model_get_item (classes, (guint) ((r * 7919) % n));
      double t, s = now_ms ();

      open_class (db, prospect_class_item_get_id (item));
      t = now_ms () - s;
      g_array_append_val (opens, t);
    }
  printf ("scale.open_class_ms %.3f\n", median (opens));

  /* The class selector's own filter, keystroke by keystroke. */
  filter = prospect_class_filter_new ();
  filtered = gtk_filter_list_model_new (g_object_ref (classes), GTK_FILTER (filter));
  for (int r = 0; r < rounds; r++)
    for (guint k = 0; k < G_N_ELEMENTS (typed); k++)
      {
        double s = now_ms (), t;

        prospect_class_filter_set_search (filter, typed[k]);
        g_list_model_get_n_items (G_LIST_MODEL (filtered));
        t = now_ms () - s;
        g_array_append_val (keys, t);
      }
  printf ("scale.search_ms %.3f\n", median (keys));
}

/* A real filing, from the file to the committed transaction, into a fresh
 * database each round (made before the clock starts). */
static void
bench_import_filing (const char *filing_path,
                     int         rounds)
{
  g_autoptr(GArray) parse = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) total = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *dir = g_dir_make_tmp ("prospect-bench-XXXXXX", NULL);

  for (int r = 0; r < rounds; r++)
    {
      g_autofree char *path = g_strdup_printf ("%s/import-%d.db", dir, r);
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(ProspectDatabase) db = prospect_database_open (path, &error);
      g_autoptr(ProspectFiling) filing = NULL;
      ProspectFilingImportReport report;
      double s, p, t;

      if (db == NULL)
        {
          fprintf (stderr, "prospect-bench: %s\n", error->message);
          return;
        }
      s = now_ms ();
      filing = prospect_filing_read_file (filing_path, &error);
      p = now_ms () - s;
      if (filing == NULL || !prospect_filing_import (db, filing, NULL, &report, NULL, &error))
        {
          fprintf (stderr, "prospect-bench: %s\n", error->message);
          return;
        }
      t = now_ms () - s;
      prospect_filing_import_report_clear (&report);
      g_array_append_val (parse, p);
      g_array_append_val (total, t);
      g_clear_object (&db);
      g_unlink (path);
      g_unlink (wal);
      g_unlink (shm);
    }
  g_rmdir (dir);
  printf ("import.filing_parse_ms %.3f\nimport.filing_ms %.3f\n", median (parse), median (total));
}

/* A plan's comparative chart of 30 options from the scale database: the
 * rows (what the Plan page shows) and the PDF. */
static void
bench_plan (const char *path,
            int         rounds)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = prospect_database_open_for_reading (path, &error);
  g_autoptr(GArray) rows_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) pdf_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *dir = g_dir_make_tmp ("prospect-bench-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "plan.pdf", NULL);
  gint64 ids[30];

  if (db == NULL)
    {
      fprintf (stderr, "prospect-bench: %s\n", error->message);
      return;
    }
  for (int i = 0; i < 30; i++)
    ids[i] = i + 1;
  for (int r = 0; r < rounds + 1; r++)
    {
      g_autoptr(GPtrArray) options = prospect_plan_options_for_classes (ids, G_N_ELEMENTS (ids));
      double t0 = now_ms (), t1, t2;
      g_autoptr(GPtrArray) rows = prospect_plan_rows_build (db, options, NULL, NULL);
      g_autoptr(ProspectReport) report = NULL;

      t1 = now_ms ();
      if (rows == NULL)
        break;
      report = prospect_plan_report_new (NULL, rows, NULL, NULL);
      prospect_report_export_pdf (report, pdf, NULL);
      t2 = now_ms ();
      if (r == 0)
        continue;
      t2 -= t0;
      t1 -= t0;
      g_array_append_val (rows_ms, t1);
      g_array_append_val (pdf_ms, t2);
    }
  g_unlink (pdf);
  g_rmdir (dir);
  printf ("plan.rows_30_ms %.3f\nplan.pdf_30_ms %.3f\n", median (rows_ms), median (pdf_ms));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = NULL;
  g_autofree char *scale_db = NULL;
  g_autofree char *filing = NULL;
  int rounds = 9;
  GOptionEntry entries[] = {
    { "scale-db", 0, 0, G_OPTION_ARG_FILENAME, &scale_db, "A database from generate-scale-db.py", "FILE" },
    { "rounds", 0, 0, G_OPTION_ARG_INT, &rounds, "Samples for each median", "N" },
    { "filing", 0, 0, G_OPTION_ARG_FILENAME, &filing, "A prospectus filing to import", "FILE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "prospect-bench: %s\n", error->message);
      return 2;
    }
  rounds = CLAMP (rounds, 1, 1000);
  db = prospect_database_open_bundled (&error);
  if (db == NULL)
    {
      fprintf (stderr, "prospect-bench: %s\n", error->message);
      return 1;
    }
  bench_charts (db, rounds);
  bench_calculators (rounds);
  bench_handout (db, rounds);
  if (filing != NULL)
    bench_import_filing (filing, rounds);
  if (scale_db != NULL)
    {
      bench_scale (scale_db, rounds);
      bench_plan (scale_db, rounds);
    }
  return 0;
}
