/* prospect-plan.c: plan line-ups in the store.  Every change is written at
 * once; a plan or option saved with its id (an undone delete) keeps it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-plan"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "prospect-database-private.h"
#include "prospect-plan.h"

ProspectPlan *
prospect_plan_new (const char *name)
{
  ProspectPlan *plan = g_new0 (ProspectPlan, 1);

  plan->name = g_strdup (name != NULL ? name : "");
  return plan;
}

ProspectPlan *
prospect_plan_copy (const ProspectPlan *plan)
{
  ProspectPlan *copy;

  g_return_val_if_fail (plan != NULL, NULL);

  copy = g_memdup2 (plan, sizeof *plan);
  copy->name = g_strdup (plan->name);
  copy->as_of = g_strdup (plan->as_of);
  copy->web_address = g_strdup (plan->web_address);
  copy->admin_fee_note = g_strdup (plan->admin_fee_note);
  return copy;
}

void
prospect_plan_free (ProspectPlan *plan)
{
  if (plan == NULL)
    return;
  g_free (plan->name);
  g_free (plan->as_of);
  g_free (plan->web_address);
  g_free (plan->admin_fee_note);
  g_free (plan);
}

ProspectPlanOption *
prospect_plan_option_new (void)
{
  ProspectPlanOption *option = g_new0 (ProspectPlanOption, 1);

  option->fixed_rate_pct = NAN;
  return option;
}

ProspectPlanOption *
prospect_plan_option_copy (const ProspectPlanOption *option)
{
  ProspectPlanOption *copy;

  g_return_val_if_fail (option != NULL, NULL);

  copy = g_memdup2 (option, sizeof *option);
  copy->category = g_strdup (option->category);
  copy->fixed_name = g_strdup (option->fixed_name);
  copy->fixed_term = g_strdup (option->fixed_term);
  copy->restrictions = g_strdup (option->restrictions);
  return copy;
}

void
prospect_plan_option_free (ProspectPlanOption *option)
{
  if (option == NULL)
    return;
  g_free (option->category);
  g_free (option->fixed_name);
  g_free (option->fixed_term);
  g_free (option->restrictions);
  g_free (option);
}

static ProspectPlan *
plan_from_row (ProspectStatement *stmt)
{
  ProspectPlan *plan = g_new0 (ProspectPlan, 1);

  plan->id = sqlite3_column_int64 (stmt, 0);
  plan->name = _prospect_column_text (stmt, 1);
  plan->position = sqlite3_column_int (stmt, 2);
  plan->as_of = _prospect_column_text (stmt, 3);
  plan->web_address = _prospect_column_text (stmt, 4);
  plan->admin_fee_dollars = sqlite3_column_double (stmt, 5);
  plan->admin_fee_pct = sqlite3_column_double (stmt, 6);
  plan->admin_fee_note = _prospect_column_text (stmt, 7);
  return plan;
}

#define PLAN_COLUMNS "id, name, position, as_of, web_address, admin_fee_dollars, admin_fee_pct, admin_fee_note"

/**
 * prospect_database_list_plans:
 *
 * Returns: (transfer full) (element-type ProspectPlan): every plan, in the
 *   order the user gave them.
 */
GPtrArray *
prospect_database_list_plans (ProspectDatabase  *database,
                              GError           **error)
{
  g_autoptr(GPtrArray) plans = g_ptr_array_new_with_free_func ((GDestroyNotify) prospect_plan_free);
  g_autoptr(ProspectStatement) stmt = NULL;
  gboolean row, ok;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), NULL);

  stmt = _prospect_database_prepare (database, "SELECT " PLAN_COLUMNS " FROM plan ORDER BY position, id", error);
  if (stmt == NULL)
    return NULL;
  while ((ok = _prospect_database_step (database, stmt, &row, error)) && row)
    g_ptr_array_add (plans, plan_from_row (stmt));
  return ok ? g_steal_pointer (&plans) : NULL;
}

/**
 * prospect_database_find_plan:
 *
 * Returns: (transfer full) (nullable): the plan called @name, or NULL
 *   (with @error set when the store failed, unset when there is none).
 */
ProspectPlan *
prospect_database_find_plan (ProspectDatabase  *database,
                             const char        *name,
                             GError           **error)
{
  g_autoptr(ProspectStatement) stmt = NULL;
  gboolean row;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  stmt = _prospect_database_prepare (database, "SELECT " PLAN_COLUMNS " FROM plan WHERE name = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  if (!_prospect_database_step (database, stmt, &row, error) || !row)
    return NULL;
  return plan_from_row (stmt);
}

static void
bind_text_or_null (ProspectStatement *stmt,
                   int                index,
                   const char        *text)
{
  if (text != NULL && *text != '\0')
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

/**
 * prospect_database_save_plan:
 *
 * Writes @plan: a new one (id 0) gets its id and goes last; one with an id
 * is updated, or restored with that id after a delete.  Names are unique.
 */
gboolean
prospect_database_save_plan (ProspectDatabase  *database,
                             ProspectPlan      *plan,
                             GError           **error)
{
  g_autoptr(ProspectStatement) stmt = NULL;
  g_autofree char *name = NULL;
  gboolean row;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (plan != NULL, FALSE);

  name = g_strstrip (g_strdup (plan->name != NULL ? plan->name : ""));
  if (*name == '\0' || !g_utf8_validate (name, -1, NULL) || g_utf8_strlen (name, -1) > 200)
    {
      g_set_error_literal (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_FAILED,
                           _("A plan needs a name of 1 to 200 characters."));
      return FALSE;
    }
  if (!isfinite (plan->admin_fee_dollars) || plan->admin_fee_dollars < 0 || plan->admin_fee_dollars > 1e9 ||
      !isfinite (plan->admin_fee_pct) || plan->admin_fee_pct < 0 || plan->admin_fee_pct > 100)
    {
      g_set_error_literal (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_FAILED,
                           _("Plan fees must be $0 to $1,000,000,000 a year, or 0% to 100% of the account."));
      return FALSE;
    }
  if (!_prospect_database_writable (database, error))
    return FALSE;
  g_free (plan->name);
  plan->name = g_steal_pointer (&name);
  stmt = _prospect_database_prepare (database,
                                     "INSERT INTO plan (id, name, position, as_of, web_address, admin_fee_dollars, "
                                     "admin_fee_pct, admin_fee_note) VALUES (?1, ?2, COALESCE (?3, (SELECT "
                                     "COALESCE (MAX (position), 0) + 1 FROM plan)), ?4, ?5, ?6, ?7, ?8) "
                                     "ON CONFLICT (id) DO UPDATE SET name = excluded.name, position = excluded.position, "
                                     "as_of = excluded.as_of, web_address = excluded.web_address, "
                                     "admin_fee_dollars = excluded.admin_fee_dollars, "
                                     "admin_fee_pct = excluded.admin_fee_pct, admin_fee_note = excluded.admin_fee_note "
                                     "RETURNING id, position", error);
  if (stmt == NULL)
    return FALSE;
  if (plan->id > 0)
    sqlite3_bind_int64 (stmt, 1, plan->id);
  else
    sqlite3_bind_null (stmt, 1);
  sqlite3_bind_text (stmt, 2, plan->name, -1, SQLITE_TRANSIENT);
  if (plan->id > 0)
    sqlite3_bind_int (stmt, 3, plan->position);
  else
    sqlite3_bind_null (stmt, 3);
  bind_text_or_null (stmt, 4, plan->as_of);
  bind_text_or_null (stmt, 5, plan->web_address);
  sqlite3_bind_double (stmt, 6, plan->admin_fee_dollars);
  sqlite3_bind_double (stmt, 7, plan->admin_fee_pct);
  bind_text_or_null (stmt, 8, plan->admin_fee_note);
  if (!_prospect_database_step (database, stmt, &row, error))
    {
      if (sqlite3_extended_errcode (_prospect_database_get_handle (database)) == SQLITE_CONSTRAINT_UNIQUE)
        {
          g_clear_error (error);
          g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_FAILED,
                       _("There is already a plan named “%s”."), plan->name);
        }
      return FALSE;
    }
  if (row)
    {
      plan->id = sqlite3_column_int64 (stmt, 0);
      plan->position = sqlite3_column_int (stmt, 1);
    }
  return TRUE;
}

static gboolean
delete_by_id (ProspectDatabase  *database,
              const char        *sql,
              gint64             id,
              GError           **error)
{
  g_autoptr(ProspectStatement) stmt = NULL;
  gboolean row;

  if (!_prospect_database_writable (database, error))
    return FALSE;
  stmt = _prospect_database_prepare_with_id (database, sql, id, error);
  return stmt != NULL && _prospect_database_step (database, stmt, &row, error);
}

/* The plan and its options go together (the options cascade). */
gboolean
prospect_database_delete_plan (ProspectDatabase  *database,
                               gint64             plan_id,
                               GError           **error)
{
  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), FALSE);
  return delete_by_id (database, "DELETE FROM plan WHERE id = ?1", plan_id, error);
}

static ProspectPlanOption *
option_from_row (ProspectStatement *stmt)
{
  ProspectPlanOption *option = prospect_plan_option_new ();

  option->id = sqlite3_column_int64 (stmt, 0);
  option->plan_id = sqlite3_column_int64 (stmt, 1);
  option->position = sqlite3_column_int (stmt, 2);
  option->class_id = sqlite3_column_int64 (stmt, 3);
  option->category = _prospect_column_text (stmt, 4);
  option->benchmark_id = sqlite3_column_int64 (stmt, 5);
  option->fixed_name = _prospect_column_text (stmt, 6);
  option->fixed_rate_pct = _prospect_column_double_or_nan (stmt, 7);
  option->fixed_term = _prospect_column_text (stmt, 8);
  option->restrictions = _prospect_column_text (stmt, 9);
  return option;
}

/**
 * prospect_database_list_plan_options:
 *
 * Returns: (transfer full) (element-type ProspectPlanOption): the plan's
 *   options in its order.
 */
GPtrArray *
prospect_database_list_plan_options (ProspectDatabase  *database,
                                     gint64             plan_id,
                                     GError           **error)
{
  g_autoptr(GPtrArray) options = g_ptr_array_new_with_free_func ((GDestroyNotify) prospect_plan_option_free);
  g_autoptr(ProspectStatement) stmt = NULL;
  gboolean row, ok;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), NULL);

  stmt = _prospect_database_prepare_with_id (database,
                                             "SELECT id, plan_id, position, class_id, category, benchmark_id, "
                                             "fixed_name, fixed_rate_pct, fixed_term, restrictions FROM plan_option "
                                             "WHERE plan_id = ?1 ORDER BY position, id", plan_id, error);
  if (stmt == NULL)
    return NULL;
  while ((ok = _prospect_database_step (database, stmt, &row, error)) && row)
    g_ptr_array_add (options, option_from_row (stmt));
  return ok ? g_steal_pointer (&options) : NULL;
}

/**
 * prospect_database_save_plan_option:
 *
 * Writes @option: new ones go last in their plan; one with an id is
 * updated or restored with that id.  An option is a share class, or a
 * fixed-return option with a name and a rate.
 */
gboolean
prospect_database_save_plan_option (ProspectDatabase    *database,
                                    ProspectPlanOption  *option,
                                    GError             **error)
{
  g_autoptr(ProspectStatement) stmt = NULL;
  gboolean row;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (option != NULL, FALSE);

  if (option->class_id <= 0 && (option->fixed_name == NULL || *option->fixed_name == '\0' ||
                                !isfinite (option->fixed_rate_pct)))
    {
      g_set_error_literal (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_FAILED,
                           _("A plan option is a share class, or a fixed-return option with a name and a rate."));
      return FALSE;
    }
  if (isfinite (option->fixed_rate_pct) && (option->fixed_rate_pct < -100 || option->fixed_rate_pct > 100))
    {
      g_set_error_literal (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_FAILED,
                           _("A fixed rate must be between −100% and 100%."));
      return FALSE;
    }
  if (!_prospect_database_writable (database, error))
    return FALSE;
  stmt = _prospect_database_prepare (database,
                                     "INSERT INTO plan_option (id, plan_id, position, class_id, category, benchmark_id, "
                                     "fixed_name, fixed_rate_pct, fixed_term, restrictions) VALUES (?1, ?2, "
                                     "COALESCE (?3, (SELECT COALESCE (MAX (position), 0) + 1 FROM plan_option "
                                     "WHERE plan_id = ?2)), ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
                                     "ON CONFLICT (id) DO UPDATE SET plan_id = excluded.plan_id, "
                                     "position = excluded.position, class_id = excluded.class_id, "
                                     "category = excluded.category, benchmark_id = excluded.benchmark_id, "
                                     "fixed_name = excluded.fixed_name, fixed_rate_pct = excluded.fixed_rate_pct, "
                                     "fixed_term = excluded.fixed_term, restrictions = excluded.restrictions "
                                     "RETURNING id, position", error);
  if (stmt == NULL)
    return FALSE;
  if (option->id > 0)
    sqlite3_bind_int64 (stmt, 1, option->id);
  else
    sqlite3_bind_null (stmt, 1);
  sqlite3_bind_int64 (stmt, 2, option->plan_id);
  if (option->id > 0)
    sqlite3_bind_int (stmt, 3, option->position);
  else
    sqlite3_bind_null (stmt, 3);
  if (option->class_id > 0)
    sqlite3_bind_int64 (stmt, 4, option->class_id);
  else
    sqlite3_bind_null (stmt, 4);
  bind_text_or_null (stmt, 5, option->category);
  if (option->benchmark_id > 0)
    sqlite3_bind_int64 (stmt, 6, option->benchmark_id);
  else
    sqlite3_bind_null (stmt, 6);
  bind_text_or_null (stmt, 7, option->fixed_name);
  if (isfinite (option->fixed_rate_pct))
    sqlite3_bind_double (stmt, 8, option->fixed_rate_pct);
  else
    sqlite3_bind_null (stmt, 8);
  bind_text_or_null (stmt, 9, option->fixed_term);
  bind_text_or_null (stmt, 10, option->restrictions);
  if (!_prospect_database_step (database, stmt, &row, error))
    return FALSE;
  if (row)
    {
      option->id = sqlite3_column_int64 (stmt, 0);
      option->position = sqlite3_column_int (stmt, 1);
    }
  return TRUE;
}

gboolean
prospect_database_delete_plan_option (ProspectDatabase  *database,
                                      gint64             option_id,
                                      GError           **error)
{
  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), FALSE);
  return delete_by_id (database, "DELETE FROM plan_option WHERE id = ?1", option_id, error);
}

/**
 * prospect_database_move_plan_option:
 *
 * Moves the option to @index among its plan's options (0 first; past the
 * end: last), renumbering them all in one transaction.
 */
gboolean
prospect_database_move_plan_option (ProspectDatabase  *database,
                                    gint64             option_id,
                                    guint              index,
                                    GError           **error)
{
  g_autoptr(ProspectStatement) find = NULL;
  g_autoptr(GPtrArray) options = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 plan_id;
  gboolean row;
  guint from = G_MAXUINT;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), FALSE);

  if (!_prospect_database_writable (database, error))
    return FALSE;
  find = _prospect_database_prepare_with_id (database, "SELECT plan_id FROM plan_option WHERE id = ?1", option_id,
                                             error);
  if (find == NULL || !_prospect_database_step (database, find, &row, error))
    return FALSE;
  if (!row)
    {
      g_set_error_literal (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_NOT_FOUND,
                           _("That plan option is no longer in the database."));
      return FALSE;
    }
  plan_id = sqlite3_column_int64 (find, 0);
  options = prospect_database_list_plan_options (database, plan_id, error);
  if (options == NULL)
    return FALSE;
  for (guint i = 0; i < options->len; i++)
    if (((ProspectPlanOption *) g_ptr_array_index (options, i))->id == option_id)
      from = i;
  {
    gpointer moved = g_ptr_array_steal_index (options, from);

    g_ptr_array_insert (options, (int) MIN (index, options->len), moved);
  }
  if (!_prospect_database_exec (database, "BEGIN IMMEDIATE", error))
    return FALSE;
  for (guint i = 0; i < options->len; i++)
    {
      g_autoptr(ProspectStatement) update =
        _prospect_database_prepare (database, "UPDATE plan_option SET position = ?2 WHERE id = ?1", &local_error);

      if (update == NULL)
        break;
      sqlite3_bind_int64 (update, 1, ((ProspectPlanOption *) g_ptr_array_index (options, i))->id);
      sqlite3_bind_int (update, 2, (int) i + 1);
      if (!_prospect_database_step (database, update, &row, &local_error))
        break;
    }
  if (local_error != NULL || !_prospect_database_exec (database, "COMMIT", &local_error))
    {
      _prospect_database_exec (database, "ROLLBACK", NULL);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}
