/* prospect-exchange-store.c: the Compare page's 1035 exchange, kept in the
 * store like the scenarios it pairs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-exchange"

#include "config.h"

#include <string.h>

#include "prospect-database-private.h"
#include "prospect-exchange-store.h"

/**
 * prospect_database_get_exchange:
 *
 * Fills @exchange with the saved pair and terms (ids 0 where a scenario
 * is not chosen or was removed).
 */
gboolean
prospect_database_get_exchange (ProspectDatabase      *database,
                                ProspectSavedExchange *exchange,
                                GError               **error)
{
  g_autoptr(ProspectStatement) stmt = NULL;
  g_autoptr(ProspectStatement) years = NULL;
  gboolean row;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (exchange != NULL, FALSE);

  memset (exchange, 0, sizeof *exchange);
  prospect_exchange_terms_init (&exchange->terms);
  exchange->terms.value = 100000;
  stmt = _prospect_database_prepare (database, "SELECT keep_id, into_id, years_held, value, payments, bonus_pct "
                                               "FROM exchange WHERE id = 1", error);
  if (stmt == NULL || !_prospect_database_step (database, stmt, &row, error))
    return FALSE;
  if (row)
    {
      exchange->keep_id = sqlite3_column_int64 (stmt, 0);
      exchange->into_id = sqlite3_column_int64 (stmt, 1);
      exchange->terms.years_held = sqlite3_column_int (stmt, 2);
      exchange->terms.value = sqlite3_column_double (stmt, 3);
      exchange->terms.payments = sqlite3_column_double (stmt, 4);
      exchange->terms.bonus_pct = sqlite3_column_double (stmt, 5);
    }
  years = _prospect_database_prepare (database, "SELECT year, pct FROM exchange_recapture ORDER BY year", error);
  if (years == NULL)
    return FALSE;
  for (;;)
    {
      int year;

      if (!_prospect_database_step (database, years, &row, error))
        return FALSE;
      if (!row)
        break;
      year = sqlite3_column_int (years, 0);
      if (year < 1 || year > PROSPECT_MAX_YEARS)
        continue;
      exchange->terms.recapture_pct[year - 1] = sqlite3_column_double (years, 1);
      exchange->terms.n_recapture = MAX (exchange->terms.n_recapture, (guint) year);
    }
  return TRUE;
}

static gboolean
save_in_transaction (ProspectDatabase            *database,
                     const ProspectSavedExchange *x,
                     GError                     **error)
{
  g_autoptr(ProspectStatement) stmt = NULL;
  g_autoptr(ProspectStatement) insert = NULL;
  gboolean row;

  stmt = _prospect_database_prepare (database,
                                     "INSERT INTO exchange (id, keep_id, into_id, years_held, value, payments, bonus_pct) "
                                     "VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (id) DO UPDATE SET "
                                     "keep_id = excluded.keep_id, into_id = excluded.into_id, "
                                     "years_held = excluded.years_held, value = excluded.value, "
                                     "payments = excluded.payments, bonus_pct = excluded.bonus_pct", error);
  if (stmt == NULL)
    return FALSE;
  if (x->keep_id > 0)
    sqlite3_bind_int64 (stmt, 1, x->keep_id);
  else
    sqlite3_bind_null (stmt, 1);
  if (x->into_id > 0)
    sqlite3_bind_int64 (stmt, 2, x->into_id);
  else
    sqlite3_bind_null (stmt, 2);
  sqlite3_bind_int (stmt, 3, x->terms.years_held);
  sqlite3_bind_double (stmt, 4, x->terms.value);
  sqlite3_bind_double (stmt, 5, x->terms.payments);
  sqlite3_bind_double (stmt, 6, x->terms.bonus_pct);
  if (!_prospect_database_step (database, stmt, &row, error) ||
      !_prospect_database_exec (database, "DELETE FROM exchange_recapture", error))
    return FALSE;
  insert = _prospect_database_prepare (database, "INSERT INTO exchange_recapture (year, pct) VALUES (?1, ?2)", error);
  if (insert == NULL)
    return FALSE;
  for (guint i = 0; i < x->terms.n_recapture && i < PROSPECT_MAX_YEARS; i++)
    {
      sqlite3_reset (insert);
      sqlite3_bind_int (insert, 1, (int) i + 1);
      sqlite3_bind_double (insert, 2, x->terms.recapture_pct[i]);
      if (!_prospect_database_step (database, insert, &row, error))
        return FALSE;
    }
  return TRUE;
}

/* The pair and its terms, in one transaction. */
gboolean
prospect_database_save_exchange (ProspectDatabase            *database,
                                 const ProspectSavedExchange *exchange,
                                 GError                     **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (exchange != NULL, FALSE);

  if (!_prospect_database_writable (database, error) || !_prospect_database_exec (database, "BEGIN IMMEDIATE", error))
    return FALSE;
  if (!save_in_transaction (database, exchange, &local_error) ||
      !_prospect_database_exec (database, "COMMIT", &local_error))
    {
      _prospect_database_exec (database, "ROLLBACK", NULL);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}
