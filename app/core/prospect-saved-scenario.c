/* prospect-saved-scenario.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-saved-scenario"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "prospect-database-private.h"
#include "prospect-saved-scenario.h"

ProspectSavedScenario *
prospect_saved_scenario_new (const char *name)
{
  ProspectSavedScenario *s = g_new0 (ProspectSavedScenario, 1);

  s->name = g_strdup (name != NULL ? name : "");
  s->fund_ratio_pct = NAN;
  prospect_cost_scenario_init (&s->scenario);
  g_strlcpy (s->scenario.name, s->name, sizeof s->scenario.name);
  return s;
}

ProspectSavedScenario *
prospect_saved_scenario_copy (const ProspectSavedScenario *scenario)
{
  ProspectSavedScenario *copy;

  g_return_val_if_fail (scenario != NULL, NULL);

  copy = g_memdup2 (scenario, sizeof *scenario);
  copy->name = g_strdup (scenario->name);
  return copy;
}

void
prospect_saved_scenario_free (ProspectSavedScenario *scenario)
{
  if (scenario == NULL)
    return;
  g_free (scenario->name);
  g_free (scenario);
}

/* Fills the fund layer: from the class's fee table, or the typed ratio. */
gboolean
prospect_saved_scenario_resolve (ProspectSavedScenario  *s,
                                 ProspectDatabase       *database,
                                 GError                **error)
{
  g_return_val_if_fail (s != NULL, FALSE);

  g_strlcpy (s->scenario.name, s->name, sizeof s->scenario.name);
  if (s->class_id != 0)
    {
      g_autoptr(ProspectFeeTable) fees = prospect_database_get_fee_table (database, s->class_id, error);
      double front = s->scenario.front_load_pct;
      double redemption = s->scenario.redemption_fee_pct;
      guint n_deferred = s->scenario.n_deferred;
      double deferred[PROSPECT_MAX_YEARS];

      if (fees == NULL)
        return FALSE;
      memcpy (deferred, s->scenario.deferred_pct, sizeof deferred);
      prospect_cost_scenario_set_fees (&s->scenario, fees);
      /* Loads typed into the scenario win over the fee table's, and over
       * its breakpoints. */
      s->scenario.n_breakpoints = 0;
      if (front > 0)
        s->scenario.front_load_pct = front;
      else
        {
          g_autoptr(GArray) breakpoints = prospect_database_list_breakpoints (database, s->class_id, error);

          if (breakpoints == NULL)
            return FALSE;
          s->scenario.n_breakpoints = MIN (breakpoints->len, PROSPECT_MAX_BREAKPOINTS);
          for (guint i = 0; i < s->scenario.n_breakpoints; i++)
            s->scenario.breakpoints[i] = g_array_index (breakpoints, ProspectBreakpoint, i);
        }
      if (redemption > 0)
        s->scenario.redemption_fee_pct = redemption;
      if (n_deferred > 0)
        {
          s->scenario.n_deferred = n_deferred;
          memcpy (s->scenario.deferred_pct, deferred, sizeof deferred);
        }
      return TRUE;
    }
  if (isnan (s->fund_ratio_pct))
    {
      g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_FAILED,
                   _("Scenario “%s” names neither a share class nor a fund expense ratio."), s->name);
      return FALSE;
    }
  s->scenario.fund_gross_pct = s->fund_ratio_pct;
  s->scenario.fund_net_pct = NAN;
  s->scenario.waiver_years = 0;
  /* A typed-in fund has only what the form shows: terms a share class
   * chosen before brought (its conversion, its redemption fee) go, so what
   * is saved and computed is what is on screen. */
  s->scenario.conversion_years = 0;
  s->scenario.conversion_pct = NAN;
  s->scenario.redemption_fee_pct = 0;
  return TRUE;
}

static gboolean
load_charges (ProspectDatabase      *database,
              ProspectSavedScenario *s,
              GError               **error)
{
  g_autoptr(ProspectStatement) stmt =
    _prospect_database_prepare (database, "SELECT kind, year, charge_pct FROM scenario_charge WHERE scenario_id = ?1 "
                                          "ORDER BY kind, year", error);
  gboolean row, ok;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, s->id);
  while ((ok = _prospect_database_step (database, stmt, &row, error)) && row)
    {
      gboolean deferred = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "deferred") == 0;
      int year = sqlite3_column_int (stmt, 1);
      double pct = sqlite3_column_double (stmt, 2);
      double *schedule = deferred ? s->scenario.deferred_pct : s->scenario.surrender_pct;
      guint *n = deferred ? &s->scenario.n_deferred : &s->scenario.n_surrender;

      if (year < 1 || year > PROSPECT_MAX_YEARS)
        continue;
      for (guint y = *n; y < (guint) year; y++)
        schedule[y] = 0;
      schedule[year - 1] = pct;
      *n = MAX (*n, (guint) year);
    }
  return ok;
}

/**
 * prospect_database_list_scenarios:
 *
 * Returns: (transfer container): #ProspectSavedScenario in their order,
 *   with the fund layer resolved where the class still has a fee table
 */
GPtrArray *
prospect_database_list_scenarios (ProspectDatabase  *database,
                                  GError           **error)
{
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func ((GDestroyNotify) prospect_saved_scenario_free);
  g_autoptr(ProspectStatement) stmt = NULL;
  gboolean row, ok;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), NULL);

  stmt = _prospect_database_prepare (database,
                                     "SELECT id, name, class_id, fund_ratio_pct, front_load_pct, redemption_fee_pct, "
                                     "mortality_expense_pct, administrative_pct, rider_pct, rider_on_benefit_base, "
                                     "contract_fee, contract_fee_waived_above, position, charges_by_payment, free_withdrawal_pct, "
                                     "other_holdings "
                                     "FROM scenario "
                                     "ORDER BY position, id",
                                     error);
  if (stmt == NULL)
    return NULL;
  while ((ok = _prospect_database_step (database, stmt, &row, error)) && row)
    {
      g_autofree char *name = _prospect_column_text (stmt, 1);
      ProspectSavedScenario *s = prospect_saved_scenario_new (name);

      s->id = sqlite3_column_int64 (stmt, 0);
      s->class_id = sqlite3_column_int64 (stmt, 2);
      s->fund_ratio_pct = sqlite3_column_type (stmt, 3) == SQLITE_NULL ? NAN : sqlite3_column_double (stmt, 3);
      s->scenario.front_load_pct = sqlite3_column_double (stmt, 4);
      s->scenario.redemption_fee_pct = sqlite3_column_double (stmt, 5);
      s->scenario.mortality_expense_pct = sqlite3_column_double (stmt, 6);
      s->scenario.administrative_pct = sqlite3_column_double (stmt, 7);
      s->scenario.rider_pct = sqlite3_column_double (stmt, 8);
      s->scenario.rider_on_benefit_base = sqlite3_column_int (stmt, 9) != 0;
      s->scenario.contract_fee = sqlite3_column_double (stmt, 10);
      s->scenario.contract_fee_waived_above = sqlite3_column_double (stmt, 11);
      s->position = sqlite3_column_int (stmt, 12);
      s->scenario.charges_by_payment = sqlite3_column_int (stmt, 13) != 0;
      s->scenario.free_withdrawal_pct = sqlite3_column_double (stmt, 14);
      s->scenario.other_holdings = sqlite3_column_double (stmt, 15);
      g_ptr_array_add (result, s);
    }
  if (!ok)
    return NULL;
  for (guint i = 0; i < result->len; i++)
    {
      ProspectSavedScenario *s = g_ptr_array_index (result, i);

      if (!load_charges (database, s, error))
        return NULL;
      /* A class whose fee table was removed leaves the fund layer at zero;
       * the comparison page says so rather than dropping the scenario. */
      prospect_saved_scenario_resolve (s, database, NULL);
    }
  return g_steal_pointer (&result);
}

static gboolean
insert_charges (ProspectDatabase   *database,
                gint64              id,
                const char         *kind,
                const double       *schedule,
                guint               n,
                GError            **error)
{
  g_autoptr(ProspectStatement) stmt =
    _prospect_database_prepare (database, "INSERT INTO scenario_charge (scenario_id, kind, year, charge_pct) "
                                          "VALUES (?1, ?2, ?3, ?4)", error);
  gboolean row;

  if (stmt == NULL)
    return FALSE;
  for (guint y = 0; y < n; y++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_text (stmt, 2, kind, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 3, (int) y + 1);
      sqlite3_bind_double (stmt, 4, schedule[y]);
      if (!_prospect_database_step (database, stmt, &row, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
save_in_transaction (ProspectDatabase      *database,
                     ProspectSavedScenario *s,
                     GError               **error)
{
  g_autoptr(ProspectStatement) stmt = NULL;
  g_autoptr(ProspectStatement) clear = NULL;
  const ProspectCostScenario *c = &s->scenario;
  gboolean row;

  /* An id given (an undone delete, or an edit) keeps its row. */
  stmt = _prospect_database_prepare (database,
                                     "INSERT INTO scenario (id, name, position, class_id, fund_ratio_pct, front_load_pct, "
                                     "redemption_fee_pct, mortality_expense_pct, administrative_pct, rider_pct, "
                                     "rider_on_benefit_base, contract_fee, contract_fee_waived_above, charges_by_payment, "
                                     "free_withdrawal_pct, other_holdings) "
                                     "VALUES (?1, ?2, COALESCE (?13, (SELECT position FROM scenario WHERE id = ?1), "
                                     "(SELECT COALESCE (MAX (position), 0) + 1 FROM scenario)), ?3, ?4, ?5, ?6, ?7, ?8, "
                                     "?9, ?10, ?11, ?12, ?14, ?15, ?16) "
                                     "ON CONFLICT (id) DO UPDATE SET name = excluded.name, position = excluded.position, "
                                     "class_id = excluded.class_id, "
                                     "fund_ratio_pct = excluded.fund_ratio_pct, front_load_pct = excluded.front_load_pct, "
                                     "redemption_fee_pct = excluded.redemption_fee_pct, "
                                     "mortality_expense_pct = excluded.mortality_expense_pct, "
                                     "administrative_pct = excluded.administrative_pct, rider_pct = excluded.rider_pct, "
                                     "rider_on_benefit_base = excluded.rider_on_benefit_base, "
                                     "contract_fee = excluded.contract_fee, "
                                     "contract_fee_waived_above = excluded.contract_fee_waived_above, "
                                     "charges_by_payment = excluded.charges_by_payment, "
                                     "free_withdrawal_pct = excluded.free_withdrawal_pct, "
                                     "other_holdings = excluded.other_holdings",
                                     error);
  if (stmt == NULL)
    return FALSE;
  if (s->id != 0)
    sqlite3_bind_int64 (stmt, 1, s->id);
  else
    sqlite3_bind_null (stmt, 1);
  sqlite3_bind_text (stmt, 2, s->name, -1, SQLITE_TRANSIENT);
  if (s->class_id != 0)
    sqlite3_bind_int64 (stmt, 3, s->class_id);
  else
    sqlite3_bind_null (stmt, 3);
  if (isnan (s->fund_ratio_pct))
    sqlite3_bind_null (stmt, 4);
  else
    sqlite3_bind_double (stmt, 4, s->fund_ratio_pct);
  sqlite3_bind_double (stmt, 5, s->class_id != 0 ? 0 : c->front_load_pct);
  sqlite3_bind_double (stmt, 6, c->redemption_fee_pct);
  sqlite3_bind_double (stmt, 7, c->mortality_expense_pct);
  sqlite3_bind_double (stmt, 8, c->administrative_pct);
  sqlite3_bind_double (stmt, 9, c->rider_pct);
  sqlite3_bind_int (stmt, 10, c->rider_on_benefit_base);
  sqlite3_bind_double (stmt, 11, c->contract_fee);
  sqlite3_bind_double (stmt, 12, c->contract_fee_waived_above);
  sqlite3_bind_int (stmt, 14, c->charges_by_payment);
  sqlite3_bind_double (stmt, 15, c->free_withdrawal_pct);
  sqlite3_bind_double (stmt, 16, c->other_holdings);
  if (s->position > 0)
    sqlite3_bind_int (stmt, 13, s->position);
  else
    sqlite3_bind_null (stmt, 13);
  if (!_prospect_database_step (database, stmt, &row, error))
    return FALSE;
  if (s->id == 0)
    s->id = sqlite3_last_insert_rowid (_prospect_database_get_handle (database));
  if (s->position == 0)
    {
      g_autoptr(ProspectStatement) position =
        _prospect_database_prepare (database, "SELECT position FROM scenario WHERE id = ?1", error);

      if (position == NULL)
        return FALSE;
      sqlite3_bind_int64 (position, 1, s->id);
      if (!_prospect_database_step (database, position, &row, error))
        return FALSE;
      s->position = row ? sqlite3_column_int (position, 0) : 0;
    }

  clear = _prospect_database_prepare_with_id (database, "DELETE FROM scenario_charge WHERE scenario_id = ?1", s->id, error);
  if (clear == NULL)
    return FALSE;
  if (!_prospect_database_step (database, clear, &row, error))
    return FALSE;
  /* With a class, its own deferred schedule applies; only a custom fund
   * keeps one here. */
  return (s->class_id != 0 || insert_charges (database, s->id, "deferred", c->deferred_pct, c->n_deferred, error)) &&
         insert_charges (database, s->id, "surrender", c->surrender_pct, c->n_surrender, error);
}

/**
 * prospect_database_save_scenario:
 *
 * Saves S in one transaction: all of it, or nothing.  A new scenario gets
 * its id.  The name must be unique.
 */
gboolean
prospect_database_save_scenario (ProspectDatabase       *database,
                                 ProspectSavedScenario  *s,
                                 GError                **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  gint64 original_id;
  int original_position;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (s != NULL, FALSE);

  name = g_strstrip (g_strdup (s->name != NULL ? s->name : ""));
  if (*name == '\0' || g_utf8_strlen (name, -1) > 200 || !g_utf8_validate (name, -1, NULL))
    {
      g_set_error_literal (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_FAILED,
                           _("A scenario needs a name of 1 to 200 characters."));
      return FALSE;
    }
  g_free (s->name);
  s->name = g_steal_pointer (&name);
  if (!_prospect_database_writable (database, error))
    return FALSE;

  original_id = s->id;
  original_position = s->position;
  if (!_prospect_database_exec (database, "BEGIN IMMEDIATE", error))
    return FALSE;
  if (!save_in_transaction (database, s, &local_error) || !_prospect_database_exec (database, "COMMIT", &local_error))
    {
      int code = sqlite3_extended_errcode (_prospect_database_get_handle (database));

      _prospect_database_exec (database, "ROLLBACK", NULL);
      s->id = original_id;
      s->position = original_position;
      if (code == SQLITE_CONSTRAINT_UNIQUE)
        g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_FAILED,
                     _("There is already a scenario named “%s”."), s->name);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

gboolean
prospect_database_delete_scenario (ProspectDatabase  *database,
                                   gint64             id,
                                   GError           **error)
{
  g_autoptr(ProspectStatement) stmt = NULL;
  gboolean row;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), FALSE);

  if (!_prospect_database_writable (database, error))
    return FALSE;
  stmt = _prospect_database_prepare_with_id (database, "DELETE FROM scenario WHERE id = ?1", id, error);
  if (stmt == NULL)
    return FALSE;
  return _prospect_database_step (database, stmt, &row, error);
}

gboolean
prospect_database_get_assumptions (ProspectDatabase         *database,
                                   ProspectCostAssumptions  *a,
                                   GError                  **error)
{
  g_autoptr(ProspectStatement) stmt = NULL;
  gboolean row;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), FALSE);

  prospect_cost_assumptions_init (a);
  a->years = 20;
  stmt = _prospect_database_prepare (database, "SELECT amount, contribution, match, years, return_pct, "
                                               "method FROM comparison WHERE id = 1", error);
  if (stmt == NULL || !_prospect_database_step (database, stmt, &row, error))
    return FALSE;
  if (row)
    {
      a->amount = sqlite3_column_double (stmt, 0);
      a->contribution = sqlite3_column_double (stmt, 1);
      a->employer_match = sqlite3_column_double (stmt, 2);
      a->years = sqlite3_column_int (stmt, 3);
      a->return_pct = sqlite3_column_double (stmt, 4);
      if (!prospect_cost_method_from_string ((const char *) sqlite3_column_text (stmt, 5), &a->method))
        a->method = PROSPECT_COST_METHOD_PROSPECTUS;
    }
  return TRUE;
}

gboolean
prospect_database_save_assumptions (ProspectDatabase               *database,
                                    const ProspectCostAssumptions  *a,
                                    GError                        **error)
{
  g_autoptr(ProspectStatement) stmt = NULL;
  gboolean row;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), FALSE);

  if (!_prospect_database_writable (database, error))
    return FALSE;
  stmt = _prospect_database_prepare (database,
                                     "INSERT INTO comparison (id, amount, contribution, match, years, return_pct, method) "
                                     "VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (id) DO UPDATE SET "
                                     "amount = excluded.amount, contribution = excluded.contribution, "
                                     "match = excluded.match, years = excluded.years, return_pct = excluded.return_pct, "
                                     "method = excluded.method",
                                     error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_double (stmt, 1, a->amount);
  sqlite3_bind_double (stmt, 2, a->contribution);
  sqlite3_bind_double (stmt, 3, a->employer_match);
  sqlite3_bind_int (stmt, 4, a->years);
  sqlite3_bind_double (stmt, 5, a->return_pct);
  sqlite3_bind_text (stmt, 6, prospect_cost_method_to_string (a->method), -1, SQLITE_STATIC);
  return _prospect_database_step (database, stmt, &row, error);
}
