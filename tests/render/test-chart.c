/* test-chart.c: chart geometry, reference images and export.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gstdio.h>

#include "prospect-chart-catalogue.h"
#include "prospect-editor.h"
#include "prospect-filing-import.h"
#include "test-util.h"

static ProspectDatabase *db;

/* ----- ticks ------------------------------------------------------------ */

static gboolean
is_nice (double step)
{
  double magnitude = pow (10.0, floor (log10 (step)));
  double residual = step / magnitude;

  return fabs (residual - 1) < 1e-9 || fabs (residual - 2) < 1e-9 || fabs (residual - 5) < 1e-9 ||
         fabs (residual - 10) < 1e-9;
}

static void
test_ticks (void)
{
  static const struct
  {
    double min, max;
    int    max_ticks;
  } cases[] = {
    { 0, 34.28, 8 },          /* the fund's years */
    { -9.10, 18.73, 6 },      /* across zero */
    { -9.10, -2.27, 5 },      /* all negative */
    { 0, 0, 5 },              /* all zero */
    { 16.18, 16.18, 5 },      /* a single value */
    { 0, 3352381, 6 },        /* net assets, in thousands */
    { 0, 3.35e12, 4 },        /* huge */
    { 0, 0.0003, 4 },         /* tiny */
    { 10000, 24113.9, 10 },
    { 5, -5, 3 },             /* reversed */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double first = NAN, step = NAN;
      int count = 0;
      double lo = MIN (cases[i].min, cases[i].max), hi = MAX (cases[i].min, cases[i].max);

      g_test_message ("ticks for %g … %g", cases[i].min, cases[i].max);
      g_assert_true (prospect_chart_nice_ticks (cases[i].min, cases[i].max, cases[i].max_ticks, &first, &step, &count));
      g_assert_true (is_nice (step));
      g_assert_cmpfloat (first, <=, lo + 1e-9);
      g_assert_cmpfloat (first + step * (count - 1), >=, hi - 1e-9);
      g_assert_cmpint (count - 1, <=, cases[i].max_ticks);
      g_assert_cmpint (count, >=, 2);
    }

  {
    double first, step;
    int count;

    /* 0 … 34.28 in at most 8 steps: 0, 5, … 35. */
    g_assert_true (prospect_chart_nice_ticks (0, 34.28, 8, &first, &step, &count));
    g_assert_cmpfloat (first, ==, 0);
    g_assert_cmpfloat (step, ==, 5);
    g_assert_cmpint (count, ==, 8);
    g_assert_false (prospect_chart_nice_ticks (NAN, 1, 5, &first, &step, &count));
    g_assert_false (prospect_chart_nice_ticks (0, INFINITY, 5, &first, &step, &count));
    g_assert_false (prospect_chart_nice_ticks (0, 1, 0, &first, &step, &count));
  }
}

/* ----- layout ----------------------------------------------------------- */

/* Every chart in the catalogue, the cost charts inside a contract so that
 * every layer has something to draw; the returns as the prospectus prints
 * them (a contract would restate the fund's years after its charges). */
static ProspectChartData *
chart_named (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectChartData) data = NULL;
  ProspectCostScenario contract;
  gboolean costs = g_str_has_prefix (name, "cost") || g_str_has_prefix (name, "fees");
  ProspectChartRequest request = { .years = 10, .contract = costs ? &contract : NULL };

  prospect_cost_scenario_init (&contract);
  contract.mortality_expense_pct = 1.25;
  contract.contract_fee = 30;
  data = prospect_chart_catalogue_build (db, name, 1, &request, &error);
  g_assert_no_error (error);
  g_assert_nonnull (data);
  return g_steal_pointer (&data);
}

static const char *
chart_name (guint index)
{
  return prospect_chart_catalogue_get (index)->name;
}

static void
draw_into (ProspectChartData   *data,
           int                  width,
           int                  height,
           double               scale,
           gboolean             text,
           ProspectChartLayout *layout,
           cairo_surface_t    **surface_out)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) (width * scale),
                                                         (int) (height * scale));
  ProspectChartTheme theme;
  cairo_t *cr;

  cairo_surface_set_device_scale (surface, scale, scale);
  prospect_chart_theme_init (&theme, PROSPECT_CHART_THEME_LIGHT);
  g_strlcpy (theme.font_family, "DejaVu Sans", sizeof theme.font_family);
  theme.draw_text = text;
  cr = cairo_create (surface);
  prospect_chart_draw (cr, data, width, height, &theme, -1, -1, layout);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  if (surface_out != NULL)
    *surface_out = surface;
  else
    cairo_surface_destroy (surface);
}

static void
test_bar_layout (void)
{
  g_autoptr(ProspectChartData) data = chart_named ("annual-returns");
  ProspectChartLayout layout;
  double zero;

  draw_into (data, 800, 500, 1, TRUE, &layout, NULL);
  /* The fund and the S&P 500 for each year, 1996 to 2000, left to right,
   * the fund first in each pair, and all in the plot. */
  g_assert_cmpuint (layout.items->len, ==, 10);
  for (guint i = 0; i < layout.items->len; i++)
    {
      const ProspectChartItem *item = &g_array_index (layout.items, ProspectChartItem, i);

      g_assert_cmpint (item->category, ==, (int) i / 2);
      g_assert_cmpint (item->series, ==, (int) i % 2);
      g_assert_cmpfloat (item->x, >=, layout.plot_x);
      g_assert_cmpfloat (item->x + item->width, <=, layout.plot_x + layout.plot_width + 1e-6);
      if (i > 0)
        g_assert_cmpfloat (item->x, >, g_array_index (layout.items, ProspectChartItem, i - 1).x);
    }
  /* The fund's 1998 (34.28%) stands above its 1999 (26.76%); its 2000
   * (−2.27%) hangs below the base, as does the S&P 500's (−9.10%), further. */
  zero = g_array_index (layout.items, ProspectChartItem, 0).y + g_array_index (layout.items, ProspectChartItem, 0).height;
  g_assert_cmpfloat (g_array_index (layout.items, ProspectChartItem, 4).y, <,
                     g_array_index (layout.items, ProspectChartItem, 6).y);
  g_assert_cmpfloat (g_array_index (layout.items, ProspectChartItem, 8).y + g_array_index (layout.items, ProspectChartItem, 8).height,
                     >, zero - 1);
  g_assert_cmpfloat (g_array_index (layout.items, ProspectChartItem, 9).y + g_array_index (layout.items, ProspectChartItem, 9).height,
                     >, g_array_index (layout.items, ProspectChartItem, 8).y + g_array_index (layout.items, ProspectChartItem, 8).height);
  g_assert_cmpuint (layout.dropped & PROSPECT_CHART_DROPPED_VALUE_LABELS, ==, 0);
  g_assert_cmpint (prospect_chart_layout_hit (&layout, g_array_index (layout.items, ProspectChartItem, 4).x + 1,
                                              g_array_index (layout.items, ProspectChartItem, 4).y + 1), ==, 4);
  g_assert_cmpint (prospect_chart_layout_hit (&layout, -5, -5), ==, -1);
  prospect_chart_layout_clear (&layout);
}

static gboolean
boxes_overlap (const cairo_rectangle_t *a,
               const cairo_rectangle_t *b)
{
  /* Half a unit of slack: Pango's logical boxes include line spacing. */
  double slack = 0.5;

  return a->x + a->width - slack > b->x && b->x + b->width - slack > a->x &&
         a->y + a->height - slack > b->y && b->y + b->height - slack > a->y;
}

static void
test_no_overlap (void)
{
  static const int sizes[][2] = {
    { 320, 240 }, { 360, 640 }, { 480, 320 }, { 640, 400 }, { 800, 600 }, { 1280, 720 }, { 1920, 1080 }, { 3840, 2160 },
  };

  for (guint c = 0; c < prospect_chart_catalogue_size (); c++)
    {
      g_autoptr(ProspectChartData) data = chart_named (chart_name (c));

      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        {
          ProspectChartLayout layout;

          draw_into (data, sizes[s][0], sizes[s][1], 1, TRUE, &layout, NULL);
          for (guint i = 0; i < layout.text_boxes->len; i++)
            {
              const cairo_rectangle_t *a = &g_array_index (layout.text_boxes, cairo_rectangle_t, i);

              if (a->x < -0.5 || a->y < -0.5 || a->x + a->width > sizes[s][0] + 0.5 || a->y + a->height > sizes[s][1] + 0.5)
                g_error ("%s at %dx%d: text %u outside the chart (%g,%g %gx%g)", chart_name (c), sizes[s][0], sizes[s][1],
                         i, a->x, a->y, a->width, a->height);
              for (guint j = i + 1; j < layout.text_boxes->len; j++)
                if (boxes_overlap (a, &g_array_index (layout.text_boxes, cairo_rectangle_t, j)))
                  g_error ("%s at %dx%d: text %u and %u overlap", chart_name (c), sizes[s][0], sizes[s][1], i, j);
            }
          /* The big sizes show everything. */
          if (sizes[s][0] >= 1280)
            g_assert_cmpuint (layout.dropped & (PROSPECT_CHART_DROPPED_NOTES | PROSPECT_CHART_DROPPED_TITLE |
                                                PROSPECT_CHART_DROPPED_LEGEND | PROSPECT_CHART_DROPPED_AXIS), ==, 0);
          prospect_chart_layout_clear (&layout);
        }
    }
}

static void
test_hidpi_same_layout (void)
{
  g_autoptr(ProspectChartData) data = chart_named ("average-returns");
  ProspectChartLayout one, two;

  draw_into (data, 800, 500, 1, TRUE, &one, NULL);
  draw_into (data, 800, 500, 2, TRUE, &two, NULL);
  g_assert_cmpuint (one.items->len, ==, two.items->len);
  for (guint i = 0; i < one.items->len; i++)
    g_assert_cmpfloat_with_epsilon (g_array_index (one.items, ProspectChartItem, i).x,
                                    g_array_index (two.items, ProspectChartItem, i).x, 1e-9);
  prospect_chart_layout_clear (&one);
  prospect_chart_layout_clear (&two);
}

static void
test_describe (void)
{
  g_autoptr(ProspectChartData) data = chart_named ("annual-returns");
  g_autofree char *text = prospect_chart_describe (data);
  g_autofree char *item = prospect_chart_item_text (data, 0, 4);
  g_autoptr(ProspectChartData) empty = prospect_chart_data_new (PROSPECT_CHART_BARS, PROSPECT_VALUE_PERCENT, "Nothing");
  g_autofree char *empty_text = prospect_chart_describe (empty);

  g_assert_cmpstr (text, ==, "Calendar-year total returns, 1996 to 2000; Balanced Portfolio – Institutional Shares "
                             "from (2.27%) (2000) to 34.28% (1998); S&P 500 Index from (9.10%) (2000) to 33.36% (1997).");
  g_assert_true (g_str_has_prefix (item, "Balanced Portfolio – Institutional Shares, 2000: (2.27%)\nSource: "));
  g_assert_cmpstr (empty_text, ==, "Nothing: no data.");
  g_assert_true (prospect_chart_data_is_empty (empty));
  g_assert_null (prospect_chart_item_text (data, 5, 0));
}

static void
test_legends_carried (void)
{
  g_autoptr(ProspectChartData) data = chart_named ("average-returns");
  gboolean past = FALSE, index = FALSE;

  for (guint i = 0; i < data->notes->len; i++)
    {
      past |= g_str_equal (g_ptr_array_index (data->notes, i), PROSPECT_PAST_PERFORMANCE_NOTE);
      index |= g_str_equal (g_ptr_array_index (data->notes, i), PROSPECT_INDEX_NOTE);
    }
  g_assert_true (past);
  g_assert_true (index);
  g_assert_cmpuint (data->series->len, ==, 3);
  g_assert_cmpuint (data->categories->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (data->categories, 2), ==, "Since inception (9/13/93)");
  g_assert_cmpfloat (prospect_chart_data_get_value (data, 1, 0), ==, -9.10);
}

/* ----- reference images ------------------------------------------------- */

static void
compare_reference (const char *name)
{
  g_autoptr(ProspectChartData) data = chart_named (name);
  g_autofree char *file = g_strdup_printf ("%s.png", name);
  g_autofree char *reference_path = g_test_build_filename (G_TEST_DIST, "render", "reference", file, NULL);
  cairo_surface_t *out = NULL, *reference;
  int width = 640, height = 400, differing = 0, worst = 0;

  /* Text is left out: fonts differ between machines; text is checked in
   * the PDF export instead. */
  draw_into (data, width, height, 1, FALSE, NULL, &out);
  cairo_surface_flush (out);

  if (g_getenv ("PROSPECT_UPDATE_REFERENCES") != NULL)
    {
      /* Rewriting is not a pass: someone has to look at the new image. */
      g_assert_cmpint (cairo_surface_write_to_png (out, reference_path), ==, CAIRO_STATUS_SUCCESS);
      cairo_surface_destroy (out);
      g_test_fail_printf ("wrote %s: look at it, then run again without PROSPECT_UPDATE_REFERENCES",
                          reference_path);
      return;
    }

  reference = cairo_image_surface_create_from_png (reference_path);
  g_assert_cmpint (cairo_surface_status (reference), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (reference), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (reference), ==, height);
  {
    cairo_surface_t *diff = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
    const guint8 *a = cairo_image_surface_get_data (out);
    const guint8 *b = cairo_image_surface_get_data (reference);
    guint8 *d = cairo_image_surface_get_data (diff);
    int sa = cairo_image_surface_get_stride (out), sb = cairo_image_surface_get_stride (reference);
    int sd = cairo_image_surface_get_stride (diff);

    for (int y = 0; y < height; y++)
      for (int x = 0; x < width; x++)
        {
          int delta = 0;

          for (int ch = 0; ch < 4; ch++)
            delta = MAX (delta, abs (a[y * sa + x * 4 + ch] - b[y * sb + x * 4 + ch]));
          worst = MAX (worst, delta);
          if (delta > 8)
            differing++;
          d[y * sd + x * 4 + 0] = 0;
          d[y * sd + x * 4 + 1] = 0;
          d[y * sd + x * 4 + 2] = (guint8) MIN (255, delta * 4);
          d[y * sd + x * 4 + 3] = 255;
        }
    cairo_surface_mark_dirty (diff);

    /* Anti-aliasing may move by a shade; a changed chart moves many pixels. */
    if (differing > width * height / 1000)
      {
        g_autofree char *out_name = g_strdup_printf ("%s.out.png", name);
        g_autofree char *diff_name = g_strdup_printf ("%s.diff.png", name);
        g_autofree char *out_path = g_test_build_filename (G_TEST_BUILT, out_name, NULL);
        g_autofree char *diff_path = g_test_build_filename (G_TEST_BUILT, diff_name, NULL);

        cairo_surface_write_to_png (out, out_path);
        cairo_surface_write_to_png (diff, diff_path);
        g_error ("%s differs from %s in %d pixels (worst %d); see %s and %s", name, reference_path, differing, worst,
                 out_path, diff_path);
      }
    cairo_surface_destroy (diff);
  }
  cairo_surface_destroy (reference);
  cairo_surface_destroy (out);
}

static void
test_reference (gconstpointer name)
{
  compare_reference (name);
}

/* ----- export ----------------------------------------------------------- */

static char *
tmp_dir (void)
{
  char *dir = g_dir_make_tmp ("prospect-chart-XXXXXX", NULL);

  g_assert_nonnull (dir);
  return dir;
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
svg_start_element (GMarkupParseContext  *context,
                   const char           *element,
                   const char          **names,
                   const char          **values,
                   gpointer              user_data,
                   GError              **error)
{
  gboolean *saw_svg = user_data;

  if (g_str_equal (element, "svg"))
    *saw_svg = TRUE;
}

static void
test_export_formats (void)
{
  g_autofree char *dir = tmp_dir ();
  ProspectChartTheme theme;

  prospect_chart_theme_init (&theme, PROSPECT_CHART_THEME_PRINT);
  for (guint c = 0; c < prospect_chart_catalogue_size (); c++)
    {
      g_autoptr(ProspectChartData) data = chart_named (chart_name (c));
      g_autofree char *png = g_strdup_printf ("%s/%s.png", dir, chart_name (c));
      g_autofree char *svg = g_strdup_printf ("%s/%s.svg", dir, chart_name (c));
      g_autofree char *pdf = g_strdup_printf ("%s/%s.pdf", dir, chart_name (c));
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      gsize len = 0;

      g_assert_true (prospect_chart_export (data, png, 1200, 700, &theme, &error));
      g_assert_true (prospect_chart_export (data, svg, 1200, 700, &theme, &error));
      g_assert_true (prospect_chart_export (data, pdf, 1200, 700, &theme, &error));
      g_assert_no_error (error);

      {
        cairo_surface_t *image = cairo_image_surface_create_from_png (png);

        g_assert_true (g_file_get_contents (png, &contents, &len, NULL));
        g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
        g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
        g_assert_cmpint (cairo_image_surface_get_width (image), ==, 1200);
        g_assert_cmpint (cairo_image_surface_get_height (image), ==, 700);
        cairo_surface_destroy (image);
        g_clear_pointer (&contents, g_free);
      }
      {
        GMarkupParser parser = { svg_start_element };
        gboolean saw_svg = FALSE;
        g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, &saw_svg, NULL);

        g_assert_true (g_file_get_contents (svg, &contents, &len, NULL));
        g_assert_true (g_markup_parse_context_parse (context, contents, (gssize) len, &error));
        g_assert_true (g_markup_parse_context_end_parse (context, &error));
        g_assert_no_error (error);
        g_assert_true (saw_svg);
        g_clear_pointer (&contents, g_free);
      }
      g_assert_true (g_file_get_contents (pdf, &contents, &len, NULL));
      g_assert_true (g_str_has_prefix (contents, "%PDF-"));

    }
  g_assert_cmpuint (count_files (dir), ==, prospect_chart_catalogue_size () * 3);
  prospect_test_remove_tree (dir);
}

/* The PDF's text is real text: the labels and legends can be found. */
static void
test_export_pdf_text (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  ProspectChartTheme theme;

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed, so the PDF's text cannot be read");
      return;
    }
  dir = tmp_dir ();
  prospect_chart_theme_init (&theme, PROSPECT_CHART_THEME_PRINT);
  for (guint c = 0; c < prospect_chart_catalogue_size (); c++)
    {
      g_autoptr(ProspectChartData) data = chart_named (chart_name (c));
      g_autofree char *pdf = g_strdup_printf ("%s/%s.pdf", dir, chart_name (c));
      g_autoptr(GError) error = NULL;

      g_assert_true (prospect_chart_export (data, pdf, 1200, 700, &theme, &error));
      g_assert_no_error (error);
      {
        g_autofree char *text = NULL;
        g_autofree char *quoted = g_shell_quote (pdf);
        g_autofree char *command = g_strdup_printf ("pdftotext -layout %s -", quoted);
        int status = 0;

        g_assert_true (g_spawn_command_line_sync (command, &text, NULL, &status, &error));
        g_assert_no_error (error);
        g_assert_nonnull (strstr (text, data->title));
        if (g_str_equal (chart_name (c), "average-returns"))
          {
            g_assert_nonnull (strstr (text, "18.73%"));
            g_assert_nonnull (strstr (text, "(2.27%)"));
            g_assert_nonnull (strstr (text, "Index returns reflect no fees or expenses."));
            g_assert_nonnull (strstr (text, "Past performance does not necessarily indicate"));
          }
        if (g_str_equal (chart_name (c), "expense-example"))
          {
            g_assert_nonnull (strstr (text, "$67"));
            g_assert_nonnull (strstr (text, "$822"));
          }
      }
    }
  prospect_test_remove_tree (dir);
}

static void
test_export_errors (void)
{
  g_autofree char *dir = tmp_dir ();
  g_autoptr(ProspectChartData) data = chart_named ("annual-returns");
  g_autofree char *bad_ext = g_build_filename (dir, "chart.jpg", NULL);
  g_autofree char *ok = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *missing_dir = g_build_filename (dir, "no", "chart.png", NULL);
  ProspectChartTheme theme;
  static const int sizes[][2] = { { 0, 100 }, { 100, 0 }, { -5, 100 }, { 20001, 100 }, { 100, 20001 } };

  prospect_chart_theme_init (&theme, PROSPECT_CHART_THEME_PRINT);
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (prospect_chart_export (data, bad_ext, 100, 100, &theme, &error));
    g_assert_error (error, PROSPECT_CHART_ERROR, PROSPECT_CHART_ERROR_INVALID);
  }
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (prospect_chart_export (data, ok, sizes[i][0], sizes[i][1], &theme, &error));
      g_assert_error (error, PROSPECT_CHART_ERROR, PROSPECT_CHART_ERROR_INVALID);
    }
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (prospect_chart_export (data, missing_dir, 100, 100, &theme, &error));
    g_assert_error (error, PROSPECT_CHART_ERROR, PROSPECT_CHART_ERROR_WRITE);
  }
  {
    g_autoptr(GError) error = NULL;

    /* A folder where the file should go. */
    g_assert_false (prospect_chart_export (data, dir, 100, 100, &theme, &error));
    g_assert_nonnull (error);
  }
  /* Nothing, not even a temporary file, is left behind. */
  g_assert_cmpuint (count_files (dir), ==, 0);
  prospect_test_remove_tree (dir);
}

/* A fund imported from its filing: each bar names the filing as its
 * source, and a class with a sales load carries the N-1A note. */
static void
test_imported_fund (void)
{
  g_autofree char *filing_path = g_test_build_filename (G_TEST_DIST, "data", "filings",
                                                        "delaware-value-fund-485bpos-2023-11-30.htm", NULL);
  g_autoptr(ProspectDatabase) imported = prospect_database_open_bundled (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectFiling) filing = prospect_filing_read_file (filing_path, &error);
  g_autoptr(ProspectChartData) data = NULL;
  ProspectFilingImportReport report;
  const ProspectChartSeries *bars;
  gint64 a;
  gboolean load_note = FALSE;

  g_assert_no_error (error);
  g_assert_true (prospect_filing_import (imported, filing, NULL, &report, NULL, &error));
  a = g_array_index (report.class_ids, gint64, 0);
  prospect_filing_import_report_clear (&report);
  data = prospect_chart_annual_returns (imported, a, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (data->categories->len, ==, 10);
  bars = g_ptr_array_index (data->series, 0);
  g_assert_nonnull (strstr (g_ptr_array_index (bars->sources, 0), "delaware-value-fund-485bpos-2023-11-30.htm"));
  g_assert_nonnull (strstr (g_ptr_array_index (bars->sources, 0), "as of December 31, 2014"));
  for (guint i = 0; i < data->notes->len; i++)
    load_note |= strstr (g_ptr_array_index (data->notes, i), "Sales loads are not reflected") != NULL;
  g_assert_true (load_note);
  g_clear_pointer (&data, prospect_chart_data_unref);

  /* The bundled no-load fund has no such note. */
  data = prospect_chart_annual_returns (imported, 1, &error);
  for (guint i = 0; i < data->notes->len; i++)
    g_assert_null (strstr (g_ptr_array_index (data->notes, i), "Sales loads"));
}

/* A year missing from a series: the bar chart marks the gap "n/a" and says
 * why in a note; drawing, export and the handout raise no critical (the
 * suite runs with G_DEBUG=fatal-criticals). */
static void
test_missing_year (void)
{
  g_autoptr(ProspectDatabase) gap = prospect_database_open_bundled (NULL);
  g_autoptr(ProspectEditor) editor = prospect_editor_new (gap);
  const ProspectTableSpec *returns = prospect_editor_find_table ("returns");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = prospect_editor_list_rows (gap, returns, &error);
  g_autoptr(ProspectChartData) data = NULL;
  g_autofree char *dir = g_dir_make_tmp ("prospect-gap-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "gap.png", NULL);
  g_autofree char *pdf = g_build_filename (dir, "gap.pdf", NULL);
  ProspectChartTheme theme;
  gboolean noted = FALSE;
  gint64 rowid = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < rows->len; i++)
    {
      ProspectEditorRow *row = g_ptr_array_index (rows, i);

      if (g_str_equal (row->values[0], "1") && g_str_equal (row->values[1], "1998"))
        rowid = row->rowid;
    }
  g_assert_cmpint (rowid, !=, 0);
  g_assert_true (prospect_editor_delete_row (editor, returns, rowid, &error));

  data = prospect_chart_annual_returns (gap, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (data->categories->len, ==, 5);
  g_assert_true (isnan (prospect_chart_data_get_value (data, 0, 2)));
  for (guint i = 0; i < data->notes->len; i++)
    noted |= g_str_has_prefix (g_ptr_array_index (data->notes, i), "n/a: the database has no return");
  g_assert_true (noted);
  prospect_chart_theme_init (&theme, PROSPECT_CHART_THEME_PRINT);
  g_assert_true (prospect_chart_export (data, png, 1200, 700, &theme, &error));
  g_assert_true (prospect_chart_export (data, pdf, 1200, 700, &theme, &error));
  g_assert_no_error (error);
  prospect_test_remove_tree (dir);
}

/* The required notes are never left out: too short a chart is exported as
 * tall as they need, and drawn at that height they are all there. */
static void
test_notes_never_dropped (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectChartData) data = prospect_chart_annual_returns (db, 1, &error);
  g_autofree char *dir = g_dir_make_tmp ("prospect-notes-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "short.png", NULL);
  ProspectChartTheme theme;
  ProspectChartLayout layout;
  cairo_surface_t *surface;
  cairo_t *cr;
  double needed;

  g_assert_no_error (error);
  prospect_chart_theme_init (&theme, PROSPECT_CHART_THEME_PRINT);
  /* A narrow chart on a projector: three notes wrap to many lines. */
  theme.font_scale = 2;
  g_assert_false (prospect_chart_notes_fit (data, 360, 80, &theme));
  needed = prospect_chart_min_height (data, 360, &theme);
  g_assert_cmpfloat (needed, >, 80);
  g_assert_true (prospect_chart_notes_fit (data, 360, needed, &theme));
  /* The least such height, in its steps of 8 from 120. */
  g_assert_cmpfloat (needed, >, 120);
  g_assert_false (prospect_chart_notes_fit (data, 360, needed - 8, &theme));

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 360, (int) needed);
  cr = cairo_create (surface);
  prospect_chart_draw (cr, data, 360, needed, &theme, -1, -1, &layout);
  g_assert_cmpuint (layout.dropped & PROSPECT_CHART_DROPPED_NOTES, ==, 0);
  prospect_chart_layout_clear (&layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  g_assert_true (prospect_chart_export (data, png, 360, 80, &theme, &error));
  g_assert_no_error (error);
  surface = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, (int) ceil (needed));
  cairo_surface_destroy (surface);
  prospect_test_remove_tree (dir);
}

/* The value chart shows what the comparison table shows: with surrender
 * at the end, what surrendering pays each year, the last point the
 * table's figure. */
static void
test_value_chart_matches_table (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectCostResult) result = NULL;
  g_autoptr(ProspectChartData) chart = NULL;
  const ProspectCostResult *results[1];
  const char *names[1] = { "Annuity" };
  ProspectCostScenario scenario;
  ProspectCostAssumptions assumptions;
  const ProspectChartSeries *line;

  prospect_cost_scenario_init (&scenario);
  scenario.fund_gross_pct = 1.0;
  scenario.n_surrender = 3;
  scenario.surrender_pct[0] = 7;
  scenario.surrender_pct[1] = 6;
  scenario.surrender_pct[2] = 5;
  prospect_cost_assumptions_init (&assumptions);
  assumptions.years = 3;
  assumptions.surrender_at_end = TRUE;
  result = prospect_cost_compute (&scenario, &assumptions, &error);
  g_assert_no_error (error);
  results[0] = result;
  chart = prospect_chart_cost_over_time (results, names, 1, TRUE);
  line = g_ptr_array_index (chart->series, 1);
  g_assert_cmpfloat_with_epsilon (g_array_index (line->values, double, 2), result->value_with_costs, 1e-6);
  /* Kept invested, the value before the charge is higher. */
  g_assert_cmpfloat (g_array_index (result->years, ProspectCostYear, 2).value, >, result->value_with_costs);
}

/* At phone width no chart text is set below 8 pixels (a line of it is at
 * least 9 high): what does not fit is left out instead. */
static void
test_minimum_text_size (void)
{
  ProspectChartTheme theme;

  prospect_chart_theme_init (&theme, PROSPECT_CHART_THEME_LIGHT);
  for (guint i = 0; i < prospect_chart_catalogue_size (); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ProspectChartData) data = prospect_chart_catalogue_build (db, chart_name (i), 1, NULL, &error);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 360, 300);
      cairo_t *cr = cairo_create (surface);
      ProspectChartLayout layout;

      g_assert_no_error (error);
      prospect_chart_draw (cr, data, 360, 300, &theme, -1, -1, &layout);
      for (guint b = 0; b < layout.text_boxes->len; b++)
        g_assert_cmpfloat (g_array_index (layout.text_boxes, cairo_rectangle_t, b).height, >=, 9);
      prospect_chart_layout_clear (&layout);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  db = prospect_database_open_bundled (&error);
  g_assert_no_error (error);

  g_test_add_func ("/prospect/chart/ticks", test_ticks);
  g_test_add_func ("/prospect/chart/bar-layout", test_bar_layout);
  g_test_add_func ("/prospect/chart/no-overlap", test_no_overlap);
  g_test_add_func ("/prospect/chart/hidpi-same-layout", test_hidpi_same_layout);
  g_test_add_func ("/prospect/chart/describe", test_describe);
  g_test_add_func ("/prospect/chart/legends-carried", test_legends_carried);
  g_test_add_func ("/prospect/chart/imported-fund", test_imported_fund);
  g_test_add_func ("/prospect/chart/missing-year", test_missing_year);
  g_test_add_func ("/prospect/chart/notes-never-dropped", test_notes_never_dropped);
  g_test_add_func ("/prospect/chart/value-chart-matches-table", test_value_chart_matches_table);
  g_test_add_func ("/prospect/chart/minimum-text-size", test_minimum_text_size);
  for (guint i = 0; i < prospect_chart_catalogue_size (); i++)
    {
      g_autofree char *path = g_strdup_printf ("/prospect/chart/reference/%s", chart_name (i));

      g_test_add_data_func (path, chart_name (i), test_reference);
    }
  g_test_add_func ("/prospect/chart/export-formats", test_export_formats);
  g_test_add_func ("/prospect/chart/export-pdf-text", test_export_pdf_text);
  g_test_add_func ("/prospect/chart/export-errors", test_export_errors);

  status = g_test_run ();
  g_clear_object (&db);
  return status;
}
