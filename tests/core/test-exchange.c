/* test-exchange.c: keep a contract or exchange it (1035), by hand.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "prospect-exchange-store.h"
#include "prospect-saved-scenario.h"
#include "test-util.h"

/* At 0% and with no percentage charges, every figure is the schedules'.
 * The old contract, held 3 years, is worth 100,000 on 100,000 of payments
 * and charges 7-6-5-4-3-2-1%; the new one charges 8-7-…-1% and credits a
 * 5% bonus, all of it recaptured in its first three years.
 * - Today is the old contract's year 4: 4% of 100,000 = 4,000 to pay;
 *   96,000 comes in, with 4,800 of bonus: 100,800.
 * - Kept: years 4, 5, 6, 7 of the old schedule charge 4, 3, 2, 1%:
 *   96,000, 97,000, 98,000, 99,000, then 100,000.
 * - Exchanged today: 100,800 − 96,000 × (8, 7, 6, 5, 4, 3, 2, 1%) − the
 *   4,800 bonus in years 1–3: 88,320, 89,280, 90,240, 96,000, 96,960,
 *   97,920, 98,880, 99,840, then 100,800: ahead from year 9.
 * - Later: kept 4 years, then 100,000 moved with a 5,000 bonus: 105,000,
 *   and after its 6th year (3%, no recapture left) 102,000 at year 10, so
 *   exchanging today leaves 1,200 less. */
static void
test_exchange_by_hand (void)
{
  static const double old_schedule[] = { 7, 6, 5, 4, 3, 2, 1 };
  static const double new_schedule[] = { 8, 7, 6, 5, 4, 3, 2, 1 };
  static const double keep[] = { 96000, 97000, 98000, 99000, 100000, 100000, 100000, 100000, 100000, 100000 };
  static const double now[] = { 88320, 89280, 90240, 96000, 96960, 97920, 98880, 99840, 100800, 100800 };
  ProspectCostScenario old_contract, new_contract;
  ProspectCostAssumptions a;
  ProspectExchangeTerms t;
  g_autoptr(ProspectExchangeResult) r = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  prospect_cost_scenario_init (&old_contract);
  old_contract.n_surrender = G_N_ELEMENTS (old_schedule);
  memcpy (old_contract.surrender_pct, old_schedule, sizeof old_schedule);
  prospect_cost_scenario_init (&new_contract);
  new_contract.n_surrender = G_N_ELEMENTS (new_schedule);
  memcpy (new_contract.surrender_pct, new_schedule, sizeof new_schedule);
  prospect_cost_assumptions_init (&a);
  a.return_pct = 0;
  a.years = 10;
  prospect_exchange_terms_init (&t);
  t.years_held = 3;
  t.value = 100000;
  t.payments = 100000;
  t.bonus_pct = 5;
  t.n_recapture = 3;
  t.recapture_pct[0] = t.recapture_pct[1] = t.recapture_pct[2] = 100;

  r = prospect_exchange_compute (&old_contract, &new_contract, &t, &a, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (r->surrender_now, 4000, 1e-9);
  g_assert_cmpfloat_with_epsilon (r->bonus_now, 4800, 1e-9);
  g_assert_cmpint (r->old_schedule_years, ==, 4);
  g_assert_cmpuint (r->keep->len, ==, 10);
  for (guint i = 0; i < 10; i++)
    {
      g_assert_cmpfloat_with_epsilon (g_array_index (r->keep, double, i), keep[i], 1e-6);
      g_assert_cmpfloat_with_epsilon (g_array_index (r->exchange, double, i), now[i], 1e-6);
    }
  g_assert_cmpfloat_with_epsilon (g_array_index (r->exchange_later, double, 3), 99000, 1e-6);
  g_assert_cmpfloat_with_epsilon (g_array_index (r->exchange_later, double, 9), 102000, 1e-6);
  g_assert_cmpint (r->ahead_from, ==, 9);
  g_assert_cmpfloat_with_epsilon (r->cost_of_now, 1200, 1e-6);

  text = prospect_exchange_describe (r, "Old", "New");
  g_assert_cmpstr (text, ==, "Exchanging “Old” for “New” today pays $4,000.00 of surrender charge. Keeping is ahead "
                             "at first; the exchange is ahead from year 9 on. Waiting 4 years, until the old schedule "
                             "ends, and then exchanging would leave $1,200.00 more after 10 years.");
}

/* With the new contract cheaper (no M&E against the old one's 1.25%) and
 * no charges left on the old one, the exchange is ahead from year 1; bad
 * terms are refused in words. */
static void
test_exchange_cheaper_and_refused (void)
{
  ProspectCostScenario old_contract, new_contract;
  ProspectCostAssumptions a;
  ProspectExchangeTerms t;
  g_autoptr(ProspectExchangeResult) r = NULL;
  g_autoptr(GError) error = NULL;

  prospect_cost_scenario_init (&old_contract);
  old_contract.mortality_expense_pct = 1.25;
  prospect_cost_scenario_init (&new_contract);
  prospect_cost_assumptions_init (&a);
  a.years = 5;
  prospect_exchange_terms_init (&t);
  t.years_held = 9;
  t.value = 50000;
  r = prospect_exchange_compute (&old_contract, &new_contract, &t, &a, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (r->surrender_now, ==, 0);
  g_assert_cmpint (r->ahead_from, ==, 1);
  /* 50,000 × 1.05 against 50,000 × 1.0375. */
  g_assert_cmpfloat_with_epsilon (g_array_index (r->exchange, double, 0), 52500, 1e-6);
  g_assert_cmpfloat_with_epsilon (g_array_index (r->keep, double, 0), 51875, 1e-6);

  t.value = 0;
  g_clear_pointer (&r, prospect_exchange_result_free);
  r = prospect_exchange_compute (&old_contract, &new_contract, &t, &a, &error);
  g_assert_null (r);
  g_assert_nonnull (strstr (error->message, "value must be above $0"));
  g_clear_error (&error);
  t.value = 1000;
  t.bonus_pct = 120;
  g_assert_null (prospect_exchange_compute (&old_contract, &new_contract, &t, &a, &error));
  g_assert_nonnull (strstr (error->message, "bonus credit"));
}

/* The pair and its terms are kept; removing a scenario leaves no pair
 * pointing at it. */
static void
test_exchange_saved (void)
{
  g_autofree char *dir = g_dir_make_tmp ("prospect-exchange-XXXXXX", NULL);
  g_autoptr(ProspectDatabase) db = prospect_test_new_database (dir, "x.db");
  g_autoptr(ProspectSavedScenario) old_one = prospect_saved_scenario_new ("Old VA");
  g_autoptr(ProspectSavedScenario) new_one = prospect_saved_scenario_new ("New VA");
  g_autoptr(GError) error = NULL;
  ProspectSavedExchange x, back;

  g_assert_true (prospect_database_get_exchange (db, &back, &error));
  g_assert_cmpint (back.keep_id, ==, 0);
  g_assert_cmpfloat (back.terms.value, ==, 100000);
  old_one->fund_ratio_pct = new_one->fund_ratio_pct = 0.5;
  g_assert_true (prospect_database_save_scenario (db, old_one, &error));
  g_assert_true (prospect_database_save_scenario (db, new_one, &error));
  g_assert_no_error (error);

  memset (&x, 0, sizeof x);
  x.keep_id = old_one->id;
  x.into_id = new_one->id;
  x.terms.years_held = 3;
  x.terms.value = 123456.78;
  x.terms.payments = 100000;
  x.terms.bonus_pct = 4;
  x.terms.n_recapture = 2;
  x.terms.recapture_pct[0] = 100;
  x.terms.recapture_pct[1] = 50;
  g_assert_true (prospect_database_save_exchange (db, &x, &error));
  g_assert_no_error (error);
  g_assert_true (prospect_database_get_exchange (db, &back, &error));
  g_assert_cmpint (back.keep_id, ==, old_one->id);
  g_assert_cmpint (back.into_id, ==, new_one->id);
  g_assert_cmpint (back.terms.years_held, ==, 3);
  g_assert_cmpfloat (back.terms.value, ==, 123456.78);
  g_assert_cmpfloat (back.terms.bonus_pct, ==, 4);
  g_assert_cmpuint (back.terms.n_recapture, ==, 2);
  g_assert_cmpfloat (back.terms.recapture_pct[1], ==, 50);

  g_assert_true (prospect_database_delete_scenario (db, old_one->id, &error));
  g_assert_true (prospect_database_get_exchange (db, &back, &error));
  g_assert_cmpint (back.keep_id, ==, 0);
  g_assert_cmpint (back.into_id, ==, new_one->id);
  g_clear_object (&db);
  prospect_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/prospect/exchange/by-hand", test_exchange_by_hand);
  g_test_add_func ("/prospect/exchange/cheaper-and-refused", test_exchange_cheaper_and_refused);
  g_test_add_func ("/prospect/exchange/saved", test_exchange_saved);
  return g_test_run ();
}
