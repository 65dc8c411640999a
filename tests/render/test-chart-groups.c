/* test-chart-groups.c: the calendar-year chart with the fund beside its
 * indices: grouped bars for one to six series, the difference on each
 * index bar, and the "beat the index" count.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "prospect-chart-catalogue.h"

static void
draw_layout (const ProspectChartData *data,
             int                      width,
             int                      height,
             ProspectChartLayout     *layout)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  ProspectChartTheme theme;

  prospect_chart_theme_init (&theme, PROSPECT_CHART_THEME_PRINT);
  g_strlcpy (theme.font_family, "DejaVu Sans", sizeof theme.font_family);
  prospect_chart_draw (cr, data, width, height, &theme, -1, -1, layout);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Five years and one to six series (a fund and up to five indices), one
 * year missing in the last series: every bar inside the plot, a group's
 * bars side by side in series order without overlapping, and each group
 * wholly left of the next. */
static void
test_groups (void)
{
  static const int sizes[][2] = { { 480, 320 }, { 800, 500 }, { 1600, 900 } };

  for (guint n_series = 1; n_series <= 6; n_series++)
    for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
      {
        g_autoptr(ProspectChartData) data = prospect_chart_data_new (PROSPECT_CHART_BARS, PROSPECT_VALUE_PERCENT,
                                                                     "Calendar-year total returns");
        ProspectChartLayout layout;
        guint expected = 0;

        for (int year = 1996; year <= 2000; year++)
          {
            g_autofree char *label = g_strdup_printf ("%d", year);

            prospect_chart_data_add_category (data, label);
          }
        for (guint s = 0; s < n_series; s++)
          {
            g_autofree char *name = g_strdup_printf ("Series %u", s + 1);
            ProspectChartSeries *series = prospect_chart_data_add_series (data, name);

            for (guint c = 0; c < 5; c++)
              if (!(s == n_series - 1 && n_series > 1 && c == 2))
                {
                  prospect_chart_series_set (series, c, (c % 2 ? -1.0 : 1.0) * (3.0 + 4.0 * s + c), NULL);
                  expected++;
                }
          }
        data->versus_series = 0;
        draw_layout (data, sizes[z][0], sizes[z][1], &layout);
        g_test_message ("%u series at %dx%d: %u bars", n_series, sizes[z][0], sizes[z][1], layout.items->len);
        g_assert_cmpuint (layout.items->len, ==, expected);
        for (guint i = 0; i < layout.items->len; i++)
          {
            const ProspectChartItem *item = &g_array_index (layout.items, ProspectChartItem, i);

            g_assert_cmpfloat (item->width, >, 0);
            g_assert_cmpfloat (item->x, >=, layout.plot_x - 1e-6);
            g_assert_cmpfloat (item->x + item->width, <=, layout.plot_x + layout.plot_width + 1e-6);
            if (i == 0)
              continue;
            {
              const ProspectChartItem *before = &g_array_index (layout.items, ProspectChartItem, i - 1);

              if (before->category == item->category)
                g_assert_cmpint (before->series, <, item->series);
              else
                g_assert_cmpint (before->category, <, item->category);
              g_assert_cmpfloat (before->x + before->width, <=, item->x + 1e-6);
            }
          }
        prospect_chart_layout_clear (&layout);
      }
}

/* The bundled class against the S&P 500 (S&P Dow Jones Indices' years):
 * the index bar says how far the fund was above or below, the notes count
 * the years it beat the index and say that the Government/Credit index
 * has no sourced years. */
static void
test_versus_bundled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = prospect_database_open_bundled (&error);
  g_autoptr(ProspectChartData) data = NULL;
  g_autofree char *fund_2000 = NULL;
  g_autofree char *index_2000 = NULL;
  g_autofree char *index_1996 = NULL;
  gboolean beat = FALSE, unsourced = FALSE;

  g_assert_no_error (error);
  data = prospect_chart_annual_returns (db, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (data->series->len, ==, 2);
  g_assert_cmpint (data->versus_series, ==, 0);
  g_assert_cmpfloat (prospect_chart_data_get_value (data, 1, 0), ==, 22.96);
  g_assert_cmpfloat (prospect_chart_data_get_value (data, 1, 4), ==, -9.10);

  fund_2000 = prospect_chart_item_text (data, 0, 4);
  index_2000 = prospect_chart_item_text (data, 1, 4);
  index_1996 = prospect_chart_item_text (data, 1, 0);
  g_assert_null (strstr (fund_2000, "percentage points"));
  g_assert_true (g_str_has_prefix (index_2000, "S&P 500 Index, 2000: (9.10%)\n"
                                               "Balanced Portfolio – Institutional Shares − S&P 500 Index: +6.83 percentage points\n"
                                               "Source: S&P Dow Jones Indices"));
  g_assert_nonnull (strstr (index_1996, ": −6.78 percentage points"));

  for (guint i = 0; i < data->notes->len; i++)
    {
      const char *note = g_ptr_array_index (data->notes, i);

      beat |= g_str_equal (note, "Balanced Portfolio – Institutional Shares beat the S&P 500 Index in 3 of 5 years.");
      unsourced |= g_str_has_prefix (note, "Lehman Brothers Gov't/Credit Index: no sourced calendar-year returns for "
                                           "1996–2000");
    }
  g_assert_true (beat);
  g_assert_true (unsourced);

  /* The relative view: fund minus index, year by year, in points. */
  {
    g_autoptr(ProspectChartData) relative = prospect_chart_relative_returns (data);
    g_autofree char *label = NULL;

    g_assert_cmpuint (relative->series->len, ==, 1);
    g_assert_cmpstr (relative->subtitle, ==, "Balanced Portfolio – Institutional Shares, against the S&P 500 Index");
    g_assert_cmpfloat (prospect_chart_data_get_value (relative, 0, 0), ==, -6.78);
    g_assert_cmpfloat (prospect_chart_data_get_value (relative, 0, 1), ==, -11.26);
    g_assert_cmpfloat (prospect_chart_data_get_value (relative, 0, 4), ==, 6.83);
    label = prospect_chart_format_value (relative, 5.7);
    g_assert_cmpstr (label, ==, "+5.70");
    g_clear_pointer (&label, g_free);
    label = prospect_chart_format_value (relative, -0.004);
    g_assert_cmpstr (label, ==, "0.00");
  }

  /* Growth of $10,000: the index from the fund's first year, not its own. */
  {
    g_autoptr(ProspectChartData) growth = prospect_chart_growth (db, 1, 10000, FALSE, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (growth->series->len, ==, 2);
    g_assert_cmpstr (g_ptr_array_index (growth->categories, 0), ==, "Start 1996");
    g_assert_cmpfloat (fabs (prospect_chart_data_get_value (growth, 1, 5) - 10000 * 1.2296 * 1.3336 * 1.2858 * 1.2104 *
                             0.909), <, 0.005);
  }
}

/* A contract owner's view: the fund's years after the contract's asset
 * charges (1.25% mortality and expense, 0.15% administrative), taken at
 * each year's end, against the index, which bears none. */
static void
test_after_contract_charges (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = prospect_database_open_bundled (&error);
  g_autoptr(ProspectChartData) data = NULL;
  g_autoptr(ProspectChartData) with_rider = NULL;
  ProspectCostScenario contract = { 0 };
  ProspectChartRequest request = { 0, &contract };
  const ProspectChartSeries *fund;
  g_autofree char *item = NULL;
  gboolean stated = FALSE, beat = FALSE;

  g_assert_no_error (error);
  g_strlcpy (contract.name, "VA", sizeof contract.name);
  contract.mortality_expense_pct = 1.25;
  contract.administrative_pct = 0.15;
  data = prospect_chart_catalogue_build (db, "annual-returns", 1, &request, &error);
  g_assert_no_error (error);
  fund = g_ptr_array_index (data->series, 0);
  g_assert_cmpstr (fund->name, ==, "Balanced Portfolio – Institutional Shares after contract charges");
  /* A year's charges off a year's return, as the cost calculator takes
   * them: (2.27%) − 1.40% = (3.67%); 34.28% − 1.40% = 32.88%. */
  g_assert_cmpfloat_with_epsilon (prospect_chart_data_get_value (data, 0, 4), -3.67, 1e-9);
  g_assert_cmpfloat_with_epsilon (prospect_chart_data_get_value (data, 0, 2), 32.88, 1e-9);
  g_assert_cmpfloat (prospect_chart_data_get_value (data, 1, 4), ==, -9.10);
  item = prospect_chart_item_text (data, 0, 0);
  g_assert_nonnull (strstr (item, "(16.18% before contract charges of 1.40% a year)"));
  for (guint i = 0; i < data->notes->len; i++)
    {
      const char *note = g_ptr_array_index (data->notes, i);

      stated |= g_str_has_prefix (note, "The fund's bars are after the contract charges of “VA”: 1.40% a year "
                                        "(mortality and expense 1.25%, administrative 0.15%, rider 0.00%)");
      beat |= g_str_has_suffix (note, "after contract charges beat the S&P 500 Index in 3 of 5 years.");
    }
  g_assert_true (stated);
  g_assert_true (beat);

  /* A rider charged on the benefit base is not a share of the value: left
   * out, and said so. */
  contract.rider_pct = 1.0;
  contract.rider_on_benefit_base = TRUE;
  with_rider = prospect_chart_annual_returns_after (db, 1, &contract, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (prospect_chart_data_get_value (with_rider, 0, 4), ==, prospect_chart_data_get_value (data, 0, 4));
  stated = FALSE;
  for (guint i = 0; i < with_rider->notes->len; i++)
    stated |= strstr (g_ptr_array_index (with_rider->notes, i), "rider on the benefit base, not included") != NULL;
  g_assert_true (stated);
}

/* The plan's "5-year return against expenses": a point for each option
 * where across is its expense ratio and up its return; all in the plot,
 * placed by both figures, no two texts on each other, and each point's
 * text saying both. */
static void
test_scatter (void)
{
  static const struct
  {
    const char *name;
    double      expenses, five_years;
  } options[] = {
    { "Balanced Portfolio – Institutional Shares", 0.66, 18.73 },
    { "Delaware Value Fund – DDVAX", 0.94, 6.20 },
    { "Delaware Value Fund – DDVCX", 1.69, 6.65 },
    { "XYZ Contrarian Fund – Class A", 1.00, 9.50 },
  };
  g_autoptr(ProspectChartData) data = prospect_chart_data_new (PROSPECT_CHART_SCATTER, PROSPECT_VALUE_PERCENT,
                                                               "5-year return against expenses");
  ProspectChartSeries *points = prospect_chart_data_add_series (data, "Options");
  ProspectChartLayout layout;
  g_autofree char *text = NULL;

  data->x_format = PROSPECT_VALUE_PERCENT;
  data->x_title = g_strdup ("Total annual operating expenses");
  data->y_title = g_strdup ("5-year average annual total return");
  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    {
      prospect_chart_data_add_category (data, options[i].name);
      prospect_chart_series_set (points, i, options[i].five_years, NULL);
      prospect_chart_series_set_x (points, i, options[i].expenses);
    }
  draw_layout (data, 900, 520, &layout);
  g_assert_cmpuint (layout.items->len, ==, G_N_ELEMENTS (options));
  for (guint i = 0; i < layout.items->len; i++)
    {
      const ProspectChartItem *item = &g_array_index (layout.items, ProspectChartItem, i);
      double cx = item->x + item->width / 2, cy = item->y + item->height / 2;

      g_assert_cmpfloat (cx, >=, layout.plot_x);
      g_assert_cmpfloat (cx, <=, layout.plot_x + layout.plot_width);
      g_assert_cmpfloat (cy, >=, layout.plot_y);
      g_assert_cmpfloat (cy, <=, layout.plot_y + layout.plot_height);
    }
  /* Lower expenses to the left, higher returns up. */
  g_assert_cmpfloat (g_array_index (layout.items, ProspectChartItem, 0).x, <,
                     g_array_index (layout.items, ProspectChartItem, 1).x);
  g_assert_cmpfloat (g_array_index (layout.items, ProspectChartItem, 1).x, <,
                     g_array_index (layout.items, ProspectChartItem, 2).x);
  g_assert_cmpfloat (g_array_index (layout.items, ProspectChartItem, 0).y, <,
                     g_array_index (layout.items, ProspectChartItem, 3).y);
  for (guint i = 0; i < layout.text_boxes->len; i++)
    for (guint j = i + 1; j < layout.text_boxes->len; j++)
      {
        const cairo_rectangle_t *a = &g_array_index (layout.text_boxes, cairo_rectangle_t, i);
        const cairo_rectangle_t *b = &g_array_index (layout.text_boxes, cairo_rectangle_t, j);

        g_assert_false (a->x + 0.5 < b->x + b->width && b->x + 0.5 < a->x + a->width && a->y + 0.5 < b->y + b->height &&
                        b->y + 0.5 < a->y + a->height);
      }
  prospect_chart_layout_clear (&layout);
  text = prospect_chart_item_text (data, 0, 1);
  g_assert_cmpstr (text, ==, "Options, Delaware Value Fund – DDVAX: 6.20%\nTotal annual operating expenses: 0.94%");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/prospect/chart-groups/geometry", test_groups);
  g_test_add_func ("/prospect/chart-groups/versus-bundled", test_versus_bundled);
  g_test_add_func ("/prospect/chart-groups/after-contract-charges", test_after_contract_charges);
  g_test_add_func ("/prospect/chart-groups/scatter", test_scatter);
  return g_test_run ();
}
