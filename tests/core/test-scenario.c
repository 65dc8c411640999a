/* test-scenario.c: saved cost scenarios, and the migration that added them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <sqlite3.h>

#include <glib/gstdio.h>

#include "prospect-saved-scenario.h"

static ProspectDatabase *
open_temp (char **dir_out,
           char **path_out)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("prospect-scenario-XXXXXX", NULL);
  char *path = g_build_filename (dir, "p.db", NULL);
  ProspectDatabase *db = prospect_database_open (path, &error);

  g_assert_no_error (error);
  *dir_out = dir;
  *path_out = path;
  return db;
}

static void
remove_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_chmod (path, 0600);
      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
test_save_list_delete (void)
{
  g_autofree char *dir = NULL, *path = NULL;
  g_autoptr(ProspectDatabase) db = open_temp (&dir, &path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectSavedScenario) fund = prospect_saved_scenario_new ("Balanced Portfolio in a contract");
  g_autoptr(ProspectSavedScenario) custom = prospect_saved_scenario_new ("Robert'); DROP TABLE scenario;--");
  g_autoptr(GPtrArray) list = NULL;
  const ProspectSavedScenario *first;

  fund->class_id = 1;
  fund->scenario.mortality_expense_pct = 1.25;
  fund->scenario.administrative_pct = 0.15;
  fund->scenario.contract_fee = 30;
  fund->scenario.contract_fee_waived_above = 50000;
  fund->scenario.n_surrender = 3;
  fund->scenario.surrender_pct[0] = 7;
  fund->scenario.surrender_pct[1] = 6;
  fund->scenario.surrender_pct[2] = 5;
  g_assert_true (prospect_database_save_scenario (db, fund, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fund->id, >, 0);

  /* Hostile text is a name like any other. */
  custom->fund_ratio_pct = 1.10;
  custom->scenario.front_load_pct = 5.75;
  custom->scenario.n_deferred = 1;
  custom->scenario.deferred_pct[0] = 1;
  g_assert_true (prospect_database_save_scenario (db, custom, &error));
  g_assert_no_error (error);

  list = prospect_database_list_scenarios (db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  first = g_ptr_array_index (list, 0);
  g_assert_cmpstr (first->name, ==, "Balanced Portfolio in a contract");
  g_assert_cmpint (first->class_id, ==, 1);
  /* The fund layer comes from the class's fee table. */
  g_assert_cmpfloat_with_epsilon (first->scenario.fund_gross_pct, 0.66, 1e-12);
  g_assert_cmpfloat (first->scenario.mortality_expense_pct, ==, 1.25);
  g_assert_cmpuint (first->scenario.n_surrender, ==, 3);
  g_assert_cmpfloat (first->scenario.surrender_pct[1], ==, 6);
  g_assert_cmpstr (((ProspectSavedScenario *) g_ptr_array_index (list, 1))->name, ==,
                   "Robert'); DROP TABLE scenario;--");
  g_assert_cmpfloat (((ProspectSavedScenario *) g_ptr_array_index (list, 1))->scenario.fund_gross_pct, ==, 1.10);
  g_assert_cmpfloat (((ProspectSavedScenario *) g_ptr_array_index (list, 1))->scenario.deferred_pct[0], ==, 1);

  /* Names are unique, and never empty. */
  {
    g_autoptr(ProspectSavedScenario) twin = prospect_saved_scenario_new ("Balanced Portfolio in a contract");
    g_autoptr(ProspectSavedScenario) blank = prospect_saved_scenario_new ("   ");

    twin->fund_ratio_pct = 1;
    blank->fund_ratio_pct = 1;
    g_assert_false (prospect_database_save_scenario (db, twin, &error));
    g_assert_nonnull (strstr (error->message, "already a scenario named"));
    g_assert_cmpint (twin->id, ==, 0);
    g_clear_error (&error);
    g_assert_false (prospect_database_save_scenario (db, blank, &error));
    g_assert_nonnull (strstr (error->message, "needs a name"));
    g_clear_error (&error);
  }

  /* Edit in place. */
  fund->scenario.mortality_expense_pct = 1.40;
  g_assert_true (prospect_database_save_scenario (db, fund, &error));
  g_clear_pointer (&list, g_ptr_array_unref);
  list = prospect_database_list_scenarios (db, &error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpfloat (((ProspectSavedScenario *) g_ptr_array_index (list, 0))->scenario.mortality_expense_pct, ==, 1.40);

  /* Delete, then undo: it comes back where it was. */
  g_assert_true (prospect_database_delete_scenario (db, fund->id, &error));
  g_clear_pointer (&list, g_ptr_array_unref);
  list = prospect_database_list_scenarios (db, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_true (prospect_database_save_scenario (db, fund, &error));
  g_clear_pointer (&list, g_ptr_array_unref);
  list = prospect_database_list_scenarios (db, &error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (((ProspectSavedScenario *) g_ptr_array_index (list, 0))->name, ==, "Balanced Portfolio in a contract");
  g_assert_cmpuint (((ProspectSavedScenario *) g_ptr_array_index (list, 0))->scenario.n_surrender, ==, 3);

  /* Survives reopening. */
  g_clear_object (&db);
  db = prospect_database_open (path, &error);
  g_assert_no_error (error);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = prospect_database_list_scenarios (db, &error);
  g_assert_cmpuint (list->len, ==, 2);

  g_clear_object (&db);
  remove_files (dir);
}

static void
test_assumptions (void)
{
  g_autofree char *dir = NULL, *path = NULL;
  g_autoptr(ProspectDatabase) db = open_temp (&dir, &path);
  g_autoptr(GError) error = NULL;
  ProspectCostAssumptions a, b;

  g_assert_true (prospect_database_get_assumptions (db, &a, &error));
  g_assert_cmpfloat (a.amount, ==, 10000);
  g_assert_cmpint (a.years, ==, 20);
  a.amount = 250000;
  a.contribution = 6000;
  a.employer_match = 3000;
  a.years = 30;
  a.return_pct = 6;
  g_assert_true (prospect_database_save_assumptions (db, &a, &error));
  g_assert_true (prospect_database_get_assumptions (db, &b, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (b.amount, ==, 250000);
  g_assert_cmpfloat (b.contribution, ==, 6000);
  g_assert_cmpfloat (b.employer_match, ==, 3000);
  g_assert_cmpint (b.years, ==, 30);
  g_assert_cmpfloat (b.return_pct, ==, 6);
  g_clear_object (&db);
  remove_files (dir);
}

static void
test_read_only (void)
{
  g_autofree char *dir = NULL, *path = NULL;
  g_autoptr(ProspectDatabase) db = open_temp (&dir, &path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectSavedScenario) s = prospect_saved_scenario_new ("Mine");

  g_clear_object (&db);
  {
    sqlite3 *raw = NULL;

    g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (raw, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (raw);
  }
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  db = prospect_database_open (path, &error);
  g_assert_no_error (error);
  s->fund_ratio_pct = 1;
  g_assert_false (prospect_database_save_scenario (db, s, &error));
  g_assert_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_READ_ONLY);
  g_clear_object (&db);
  remove_files (dir);
}

static char *
read_source (const char *relative)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", relative, NULL);
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* A file from schema version 1 opens, migrates to the latest version, and
 * keeps what it held. */
static void
test_migrate_from_v1 (void)
{
  g_autofree char *dir = g_dir_make_tmp ("prospect-migrate-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "v1.db", NULL);
  g_autofree char *schema = read_source ("data/migrations/0001-initial.sql");
  g_autofree char *seed = read_source ("data/seed.sql");
  g_autoptr(ProspectDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) classes = NULL;
  g_autoptr(GPtrArray) scenarios = NULL;
  sqlite3 *raw = NULL;

  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, schema, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, seed, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "UPDATE share_class SET name = 'Kept' WHERE id = 2; "
                                      "PRAGMA application_id = 1347572560; PRAGMA user_version = 1;", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (raw);

  db = prospect_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (prospect_database_get_version (db), ==, prospect_database_latest_version ());
  g_assert_cmpint (prospect_database_latest_version (), >=, 2);
  classes = prospect_database_list_classes (db, &error);
  g_assert_cmpstr (((ProspectClassInfo *) g_ptr_array_index (classes, 1))->name, ==, "Kept");
  scenarios = prospect_database_list_scenarios (db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (scenarios->len, ==, 0);
  g_clear_object (&db);
  remove_files (dir);
}

/* A migration that cannot apply rolls back: the file stays at version 1. */
static void
test_failed_migration_rolls_back (void)
{
  g_autofree char *dir = g_dir_make_tmp ("prospect-migrate-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "v1.db", NULL);
  g_autofree char *schema = read_source ("data/migrations/0001-initial.sql");
  g_autoptr(ProspectDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *raw = NULL;
  int version = -1;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, schema, NULL, NULL, NULL), ==, SQLITE_OK);
  /* Something in the way of migration 2. */
  g_assert_cmpint (sqlite3_exec (raw, "CREATE TABLE comparison (x); PRAGMA application_id = 1347572560; "
                                      "PRAGMA user_version = 1;", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);

  db = prospect_database_open (path, &error);
  g_assert_null (db);
  g_assert_nonnull (error);

  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (raw, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_prepare_v2 (raw, "SELECT count(*) FROM sqlite_master WHERE name = 'scenario'", -1, &stmt,
                                       NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (raw);
  g_assert_cmpint (version, ==, 1);
  remove_files (dir);
}

/* Switched from a share class to a typed-in expense ratio, a scenario
 * keeps nothing of the class that the form no longer shows: its
 * conversion and redemption fee go, so screen, file and handout agree. */
static void
test_switch_to_typed_ratio (void)
{
  g_autoptr(ProspectDatabase) db = prospect_database_open_bundled (NULL);
  g_autoptr(ProspectSavedScenario) s = prospect_saved_scenario_new ("Switched");
  g_autoptr(GError) error = NULL;

  s->class_id = 1;
  g_assert_true (prospect_saved_scenario_resolve (s, db, &error));
  /* As a class with a conversion and a redemption fee would leave it. */
  s->scenario.conversion_years = 8;
  s->scenario.conversion_pct = 0.5;
  s->scenario.redemption_fee_pct = 2;

  s->class_id = 0;
  s->fund_ratio_pct = 1.0;
  g_assert_true (prospect_saved_scenario_resolve (s, db, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (s->scenario.fund_gross_pct, ==, 1.0);
  g_assert_cmpint (s->scenario.conversion_years, ==, 0);
  g_assert_cmpfloat (s->scenario.redemption_fee_pct, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/prospect/scenario/save-list-delete", test_save_list_delete);
  g_test_add_func ("/prospect/scenario/assumptions", test_assumptions);
  g_test_add_func ("/prospect/scenario/switch-to-typed-ratio", test_switch_to_typed_ratio);
  g_test_add_func ("/prospect/scenario/read-only", test_read_only);
  g_test_add_func ("/prospect/scenario/migrate-from-v1", test_migrate_from_v1);
  g_test_add_func ("/prospect/scenario/failed-migration-rolls-back", test_failed_migration_rolls_back);

  return g_test_run ();
}
