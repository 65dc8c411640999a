/* test-plan.c: plan line-ups in the store, and the comparative chart's
 * rows pinned to the figures the database holds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <sqlite3.h>
#include <string.h>

#include "prospect-plan-rows.h"
#include "test-util.h"

static char *tmpdir;

static void
test_store (void)
{
  g_autoptr(ProspectDatabase) db = prospect_test_new_database (tmpdir, "store.db");
  g_autoptr(ProspectPlan) plan = prospect_plan_new ("  Acme 401(k)  ");
  g_autoptr(ProspectPlan) twin = prospect_plan_new ("Acme 401(k)");
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(GPtrArray) options = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ids[3];

  plan->web_address = g_strdup ("https://example.com/plan");
  plan->admin_fee_dollars = 48;
  g_assert_true (prospect_database_save_plan (db, plan, &error));
  g_assert_no_error (error);
  g_assert_cmpint (plan->id, >, 0);
  g_assert_cmpstr (plan->name, ==, "Acme 401(k)");
  /* Names are unique, said in words. */
  g_assert_false (prospect_database_save_plan (db, twin, &error));
  g_assert_nonnull (strstr (error->message, "already a plan named “Acme 401(k)”"));
  g_clear_error (&error);

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(ProspectPlanOption) option = prospect_plan_option_new ();

      option->plan_id = plan->id;
      if (i < 2)
        option->class_id = (gint64) i + 1;
      else
        {
          option->fixed_name = g_strdup ("Stable Value Fund");
          option->fixed_rate_pct = 2.5;
          option->fixed_term = g_strdup ("Rate guaranteed through December 31, 2001");
        }
      option->category = g_strdup (i == 0 ? "Balanced" : i == 1 ? "Balanced" : "Stable value");
      g_assert_true (prospect_database_save_plan_option (db, option, &error));
      g_assert_no_error (error);
      ids[i] = option->id;
    }
  /* A fixed option without its rate is refused. */
  {
    g_autoptr(ProspectPlanOption) bad = prospect_plan_option_new ();

    bad->plan_id = plan->id;
    bad->fixed_name = g_strdup ("No rate");
    g_assert_false (prospect_database_save_plan_option (db, bad, &error));
    g_assert_nonnull (strstr (error->message, "a name and a rate"));
    g_clear_error (&error);
  }

  /* Reordered: the fixed option first. */
  g_assert_true (prospect_database_move_plan_option (db, ids[2], 0, &error));
  options = prospect_database_list_plan_options (db, plan->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (options->len, ==, 3);
  g_assert_cmpint (((ProspectPlanOption *) g_ptr_array_index (options, 0))->id, ==, ids[2]);
  g_assert_cmpint (((ProspectPlanOption *) g_ptr_array_index (options, 1))->id, ==, ids[0]);
  g_assert_cmpfloat (((ProspectPlanOption *) g_ptr_array_index (options, 0))->fixed_rate_pct, ==, 2.5);

  /* Deleted with its options, and restored whole with the same ids (the
   * window's undo). */
  {
    g_autoptr(ProspectPlan) saved = prospect_plan_copy (plan);
    g_autoptr(GPtrArray) again = NULL;

    g_assert_true (prospect_database_delete_plan (db, plan->id, &error));
    plans = prospect_database_list_plans (db, &error);
    g_assert_cmpuint (plans->len, ==, 0);
    g_clear_pointer (&plans, g_ptr_array_unref);
    g_assert_true (prospect_database_save_plan (db, saved, &error));
    for (guint i = 0; i < options->len; i++)
      g_assert_true (prospect_database_save_plan_option (db, g_ptr_array_index (options, i), &error));
    g_assert_no_error (error);
    again = prospect_database_list_plan_options (db, saved->id, &error);
    g_assert_cmpuint (again->len, ==, 3);
    g_assert_cmpint (((ProspectPlanOption *) g_ptr_array_index (again, 0))->id, ==, ids[2]);
    g_assert_cmpint (saved->id, ==, plan->id);
    g_assert_cmpfloat (saved->admin_fee_dollars, ==, 48);
  }
  plans = prospect_database_list_plans (db, &error);
  g_assert_cmpuint (plans->len, ==, 1);
  {
    g_autoptr(ProspectPlan) found = prospect_database_find_plan (db, "Acme 401(k)", &error);

    g_assert_nonnull (found);
    g_assert_cmpstr (found->web_address, ==, "https://example.com/plan");
    g_assert_null (prospect_database_find_plan (db, "Nope", &error));
    g_assert_no_error (error);
  }
}

/* The bundled class: the prospectus's averages beside the S&P 500's,
 * 0.66% (6.60 per $1,000), no shareholder fees; ten years not yet, so
 * since inception (September 13, 1993).  Service Shares: nothing, each
 * figure not available with why, never zero. */
static void
test_rows_bundled (void)
{
  g_autoptr(ProspectDatabase) db = prospect_test_new_database (tmpdir, "rows.db");
  const gint64 classes[] = { 1, 2 };
  g_autoptr(GPtrArray) options = prospect_plan_options_for_classes (classes, G_N_ELEMENTS (classes));
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  const ProspectPlanRow *fund, *service;
  g_autofree char *label = NULL;
  g_autofree char *csv = NULL;

  rows = prospect_plan_rows_build (db, options, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 2);
  fund = g_ptr_array_index (rows, 0);
  g_assert_cmpstr (fund->name, ==, "Balanced Portfolio – Institutional Shares");
  g_assert_cmpfloat (fund->returns[0], ==, -2.27);
  g_assert_cmpfloat (fund->returns[1], ==, 18.73);
  g_assert_cmpfloat (fund->returns[2], ==, 17.19);
  g_assert_cmpstr (fund->inception_date, ==, "1993-09-13");
  label = prospect_plan_return_label (fund, 2);
  g_assert_cmpstr (label, ==, "Since inception (September 13, 1993)");
  g_assert_cmpstr (fund->as_of, ==, "2000-12-31");
  g_assert_cmpstr (fund->index_name, ==, "S&P 500 Index");
  g_assert_cmpfloat (fund->index_returns[0], ==, -9.10);
  g_assert_cmpfloat (fund->index_returns[1], ==, 18.33);
  g_assert_cmpfloat (fund->index_returns[2], ==, 17.74);
  g_assert_cmpfloat (fund->gross_pct, ==, 0.66);
  g_assert_true (isnan (fund->net_pct));
  g_assert_cmpfloat (prospect_plan_per_thousand (fund->gross_pct), ==, 6.60);
  g_assert_cmpfloat (prospect_plan_per_thousand (0.94), ==, 9.40);
  g_assert_cmpstr (fund->shareholder_fees, ==, "None");
  /* 10,000 × (1.05^20 − 1.0434^20). */
  g_assert_cmpfloat_with_epsilon (fund->expenses_20y, 10000 * (pow (1.05, 20) - pow (1.0434, 20)), 1e-6);
  g_assert_cmpuint (fund->sources->len, >=, 7);

  service = g_ptr_array_index (rows, 1);
  g_assert_cmpstr (service->name, ==, "Balanced Portfolio – Service Shares");
  for (guint p = 0; p < PROSPECT_PLAN_N_PERIODS; p++)
    {
      g_assert_true (isnan (service->returns[p]));
      g_assert_nonnull (service->missing[p]);
    }
  g_assert_true (isnan (service->gross_pct));
  g_assert_true (g_str_has_prefix (service->shareholder_fees, "not available"));

  /* The same rows as CSV: figures as numbers, gaps empty with the reason. */
  csv = prospect_plan_rows_to_csv (rows);
  g_assert_nonnull (strstr (csv, "\r\nBalanced Portfolio – Institutional Shares,,,-2.27,18.73,17.19,1993-09-13,"
                                 "2000-12-31,S&P 500 Index,-9.10,18.33,17.74,0.66,,6.60,,,,None,,3143.71,\r\n"));
  g_assert_nonnull (strstr (csv, "Balanced Portfolio – Service Shares"));
  g_assert_nonnull (strstr (csv, "1 year: not available, the document states no such figure"));

  /* The plan's date: figures running to another date are not shown. */
  {
    g_autoptr(GPtrArray) dated = prospect_plan_rows_build (db, options, "2001-12-31", &error);
    const ProspectPlanRow *row = g_ptr_array_index (dated, 0);

    g_assert_true (isnan (row->returns[0]));
    g_assert_nonnull (strstr (row->missing[0], "runs to December 31, 2000"));
  }
}

/* A benchmark of the user's choosing that the document does not state is
 * recomputed from its calendar years: the S&P 500's 1996–2000 stand in
 * for a "Large-cap index" named by the user. */
static void
test_rows_benchmark_override (void)
{
  g_autofree char *path = g_build_filename (tmpdir, "override.db", NULL);
  g_autoptr(ProspectDatabase) db = prospect_test_new_database (tmpdir, "override.db");
  g_autoptr(GPtrArray) options = g_ptr_array_new_with_free_func ((GDestroyNotify) prospect_plan_option_free);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  ProspectPlanOption *option = prospect_plan_option_new ();
  const ProspectPlanRow *row;
  sqlite3 *raw = NULL;

  g_clear_object (&db);
  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "INSERT INTO series (id, name) VALUES (40, 'Large-cap index');"
                                      "INSERT INTO annual_return (series_id, year, return_pct) "
                                      "SELECT 40, year, return_pct FROM annual_return WHERE series_id = 2;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);
  db = prospect_database_open (path, &error);
  g_assert_no_error (error);

  option->class_id = 1;
  option->benchmark_id = 40;
  g_ptr_array_add (options, option);
  rows = prospect_plan_rows_build (db, options, NULL, &error);
  g_assert_no_error (error);
  row = g_ptr_array_index (rows, 0);
  g_assert_cmpstr (row->index_name, ==, "Large-cap index");
  g_assert_cmpfloat (row->index_returns[0], ==, -9.10);
  g_assert_cmpfloat (row->index_returns[1], ==, 18.33);
  /* From 13 September 1993 whole-year figures cannot say. */
  g_assert_true (isnan (row->index_returns[2]));
  g_assert_nonnull (strstr (row->index_missing[2], "not recomputed"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("prospect-plan-XXXXXX", NULL);

  g_test_add_func ("/prospect/plan/store", test_store);
  g_test_add_func ("/prospect/plan/rows-bundled", test_rows_bundled);
  g_test_add_func ("/prospect/plan/rows-benchmark-override", test_rows_benchmark_override);

  status = g_test_run ();
  prospect_test_remove_tree (tmpdir);
  g_free (tmpdir);
  return status;
}
