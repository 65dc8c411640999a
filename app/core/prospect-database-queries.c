/* prospect-database-queries.c: reading the prospectus's records (classes,
 * funds, texts, returns, fees, examples, highlights) from an open store.
 * Opening, checking and migrating the file is prospect-database.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-database"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "prospect-database-private.h"
#include "prospect-format.h"
#include "prospect-fee-lines.h"
#include "prospect-glossary-term.h"


static void
read_source (ProspectStatement      *stmt,
             int             first_column,
             ProspectSource *source)
{
  source->document = _prospect_column_text (stmt, first_column);
  source->section = _prospect_column_text (stmt, first_column + 1);
  source->as_of = _prospect_column_text (stmt, first_column + 2);
}

#define CLASS_COLUMNS \
  "SELECT c.id, c.fund_id, f.trust, f.name, c.name, c.inception_date, c.note " \
  "FROM share_class c JOIN fund f ON f.id = c.fund_id "

static ProspectClassInfo *
read_class (ProspectStatement *stmt)
{
  ProspectClassInfo *info = g_new0 (ProspectClassInfo, 1);

  info->id = sqlite3_column_int64 (stmt, 0);
  info->fund_id = sqlite3_column_int64 (stmt, 1);
  info->trust = _prospect_column_text (stmt, 2);
  info->fund_name = _prospect_column_text (stmt, 3);
  info->name = _prospect_column_text (stmt, 4);
  info->inception_date = _prospect_column_text (stmt, 5);
  info->note = _prospect_column_text (stmt, 6);
  return info;
}

/**
 * prospect_database_list_classes:
 *
 * Returns: (transfer container): every share class with its fund, ordered
 *   by fund and class name.
 */
GPtrArray *
prospect_database_list_classes (ProspectDatabase  *self,
                                GError           **error)
{
  g_autoptr(ProspectStatement) stmt = NULL;
  g_autoptr(GPtrArray) classes = g_ptr_array_new_with_free_func ((GDestroyNotify) prospect_class_info_free);
  gboolean row;
  gboolean ok = TRUE;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (self), NULL);

  stmt = _prospect_database_prepare (self, CLASS_COLUMNS "ORDER BY f.name, f.id, c.name, c.id", error);
  if (stmt == NULL)
    return NULL;
  while ((ok = _prospect_database_step (self, stmt, &row, error)) && row)
    g_ptr_array_add (classes, read_class (stmt));
  if (!ok)
    return NULL;
  return g_steal_pointer (&classes);
}

static void
set_not_found (GError     **error,
               const char  *what,
               gint64       id)
{
  g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_NOT_FOUND,
               "There is no %s with id %" G_GINT64_FORMAT ".", what, id);
}

ProspectClassInfo *
prospect_database_get_class (ProspectDatabase  *self,
                             gint64             class_id,
                             GError           **error)
{
  g_autoptr(ProspectStatement) stmt = NULL;
  gboolean row;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (self), NULL);

  stmt = _prospect_database_prepare_with_id (self, CLASS_COLUMNS "WHERE c.id = ?1", class_id, error);
  if (stmt == NULL)
    return NULL;
  if (!_prospect_database_step (self, stmt, &row, error))
    return NULL;
  if (!row)
    {
      set_not_found (error, "share class", class_id);
      return NULL;
    }
  return read_class (stmt);
}

/* The class a window or command shows when none is named: the first
 * class that has its own return series, else the first class. */
gint64
prospect_database_first_class_id (ProspectDatabase  *self,
                                  GError           **error)
{
  g_autoptr(ProspectStatement) stmt = NULL;
  gboolean row;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (self), 0);

  /* The lowest class with a series of its own, else the lowest class:
   * two index lookups (min over series_class), not a subquery for every
   * class (11–17 ms at 30,000 classes). */
  stmt = _prospect_database_prepare (self,
                                     "SELECT coalesce ((SELECT min (class_id) FROM series WHERE class_id IS NOT NULL), "
                                     "(SELECT min (id) FROM share_class))",
                                     error);
  if (stmt == NULL || !_prospect_database_step (self, stmt, &row, error))
    return 0;
  if (!row || sqlite3_column_type (stmt, 0) == SQLITE_NULL)
    {
      g_set_error_literal (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_NOT_FOUND,
                           _("The database holds no share classes."));
      return 0;
    }
  return sqlite3_column_int64 (stmt, 0);
}

ProspectFundInfo *
prospect_database_get_fund (ProspectDatabase  *self,
                            gint64             fund_id,
                            GError           **error)
{
  g_autoptr(ProspectStatement) stmt = NULL;
  ProspectFundInfo *info;
  gboolean row;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (self), NULL);

  stmt = _prospect_database_prepare_with_id (self, "SELECT f.id, f.trust, f.name, f.adviser, f.adviser_address, f.portfolio_manager, "
                                                   "f.manager_since, f.objective, d.title, f.section, f.as_of, f.breakpoint_from "
                                                   "FROM fund f LEFT JOIN document d ON d.id = f.document_id WHERE f.id = ?1", fund_id, error);
  if (stmt == NULL)
    return NULL;
  if (!_prospect_database_step (self, stmt, &row, error))
    return NULL;
  if (!row)
    {
      set_not_found (error, "fund", fund_id);
      return NULL;
    }
  info = g_new0 (ProspectFundInfo, 1);
  info->id = sqlite3_column_int64 (stmt, 0);
  info->trust = _prospect_column_text (stmt, 1);
  info->name = _prospect_column_text (stmt, 2);
  info->adviser = _prospect_column_text (stmt, 3);
  info->adviser_address = _prospect_column_text (stmt, 4);
  info->portfolio_manager = _prospect_column_text (stmt, 5);
  info->manager_since = _prospect_column_text (stmt, 6);
  info->objective = _prospect_column_text (stmt, 7);
  read_source (stmt, 8, &info->source);
  info->breakpoint_from = _prospect_column_double_or_nan (stmt, 11);
  return info;
}

GPtrArray *
prospect_database_list_text_blocks (ProspectDatabase  *self,
                                    gint64             fund_id,
                                    const char        *topic,
                                    GError           **error)
{
  g_autoptr(ProspectStatement) stmt = NULL;
  g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) prospect_text_block_free);
  gboolean row;
  gboolean ok = TRUE;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (self), NULL);
  g_return_val_if_fail (topic != NULL, NULL);

  stmt = _prospect_database_prepare_with_id (self, "SELECT heading, body, section FROM text_block "
                                                   "WHERE fund_id = ?1 AND topic = ?2 ORDER BY position", fund_id, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 2, topic, -1, SQLITE_TRANSIENT);
  while ((ok = _prospect_database_step (self, stmt, &row, error)) && row)
    {
      ProspectTextBlock *block = g_new0 (ProspectTextBlock, 1);

      block->heading = _prospect_column_text (stmt, 0);
      block->body = _prospect_column_text (stmt, 1);
      block->section = _prospect_column_text (stmt, 2);
      g_ptr_array_add (blocks, block);
    }
  if (!ok)
    return NULL;
  return g_steal_pointer (&blocks);
}

GPtrArray *
prospect_database_list_policy_limits (ProspectDatabase  *self,
                                      gint64             fund_id,
                                      GError           **error)
{
  g_autoptr(ProspectStatement) stmt = NULL;
  g_autoptr(GPtrArray) limits = g_ptr_array_new_with_free_func ((GDestroyNotify) prospect_policy_limit_free);
  gboolean row;
  gboolean ok = TRUE;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (self), NULL);

  stmt = _prospect_database_prepare_with_id (self, "SELECT p.label, p.min_pct, p.max_pct, p.max_exclusive, p.unlimited, p.basis, p.wording, "
                                                   "d.title, p.section, p.as_of "
                                                   "FROM policy_limit p LEFT JOIN document d ON d.id = p.document_id "
                                                   "WHERE p.fund_id = ?1 ORDER BY p.position", fund_id, error);
  if (stmt == NULL)
    return NULL;
  while ((ok = _prospect_database_step (self, stmt, &row, error)) && row)
    {
      ProspectPolicyLimit *limit = g_new0 (ProspectPolicyLimit, 1);

      limit->label = _prospect_column_text (stmt, 0);
      limit->min_pct = _prospect_column_double_or_nan (stmt, 1);
      limit->max_pct = _prospect_column_double_or_nan (stmt, 2);
      limit->max_exclusive = sqlite3_column_int (stmt, 3) != 0;
      limit->unlimited = sqlite3_column_int (stmt, 4) != 0;
      limit->basis = _prospect_column_text (stmt, 5);
      limit->wording = _prospect_column_text (stmt, 6);
      read_source (stmt, 7, &limit->source);
      g_ptr_array_add (limits, limit);
    }
  if (!ok)
    return NULL;
  return g_steal_pointer (&limits);
}

/**
 * prospect_database_list_glossary:
 *
 * Returns: (transfer full): a #GListModel of #ProspectGlossaryTerm, in
 *   glossary order (by part, then term).
 */
GListModel *
prospect_database_list_glossary (ProspectDatabase  *self,
                                 GError           **error)
{
  g_autoptr(ProspectStatement) stmt = NULL;
  g_autoptr(GListStore) store = g_list_store_new (PROSPECT_TYPE_GLOSSARY_TERM);
  gboolean row;
  gboolean ok = TRUE;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (self), NULL);

  stmt = _prospect_database_prepare (self,
                                     "SELECT term, definition, part, part_title FROM glossary_term "
                                     "ORDER BY CASE part WHEN 'I' THEN 1 WHEN 'II' THEN 2 WHEN 'III' THEN 3 ELSE 4 END, id",
                                     error);
  if (stmt == NULL)
    return NULL;
  while ((ok = _prospect_database_step (self, stmt, &row, error)) && row)
    {
      g_autoptr(ProspectGlossaryTerm) term =
        prospect_glossary_term_new ((const char *) sqlite3_column_text (stmt, 0),
                                    (const char *) sqlite3_column_text (stmt, 1),
                                    (const char *) sqlite3_column_text (stmt, 2),
                                    (const char *) sqlite3_column_text (stmt, 3));
      g_list_store_append (store, term);
    }
  if (!ok)
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&store));
}

GPtrArray *
prospect_database_list_stated_returns (ProspectDatabase  *self,
                                       gint64             class_id,
                                       GError           **error)
{
  g_autoptr(ProspectStatement) stmt = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) prospect_stated_return_free);
  gboolean row;
  gboolean ok = TRUE;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (self), NULL);

  stmt = _prospect_database_prepare_with_id (self, "SELECT r.series_id, s.name, s.footnote, s.class_id IS NOT NULL, r.position, r.period, "
                                                   "r.start_date, r.end_date, r.return_pct, d.title, r.section, r.as_of "
                                                   "FROM stated_return r JOIN series s ON s.id = r.series_id "
                                                   "LEFT JOIN document d ON d.id = r.document_id "
                                                   "WHERE r.class_id = ?1 "
                                                   "ORDER BY r.position, CASE r.period WHEN '1y' THEN 1 WHEN '5y' THEN 2 WHEN '10y' THEN 3 ELSE 4 END", class_id, error);
  if (stmt == NULL)
    return NULL;
  while ((ok = _prospect_database_step (self, stmt, &row, error)) && row)
    {
      ProspectStatedReturn *stated = g_new0 (ProspectStatedReturn, 1);

      stated->series_id = sqlite3_column_int64 (stmt, 0);
      stated->series_name = _prospect_column_text (stmt, 1);
      stated->footnote = _prospect_column_text (stmt, 2);
      stated->is_class = sqlite3_column_int (stmt, 3) != 0;
      stated->position = sqlite3_column_int (stmt, 4);
      if (!prospect_period_from_string ((const char *) sqlite3_column_text (stmt, 5), &stated->period))
        stated->period = PROSPECT_PERIOD_INCEPTION;
      stated->start_date = _prospect_column_text (stmt, 6);
      stated->end_date = _prospect_column_text (stmt, 7);
      stated->return_pct = sqlite3_column_double (stmt, 8);
      read_source (stmt, 9, &stated->source);
      g_ptr_array_add (rows, stated);
    }
  if (!ok)
    return NULL;
  return g_steal_pointer (&rows);
}

/**
 * prospect_database_list_annual_returns:
 *
 * Returns: (transfer full): #ProspectAnnualReturn in year order.
 */
GArray *
prospect_database_list_annual_returns (ProspectDatabase  *self,
                                       gint64             series_id,
                                       GError           **error)
{
  g_autoptr(ProspectStatement) stmt = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (ProspectAnnualReturn));
  gboolean row;
  gboolean ok = TRUE;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (self), NULL);

  stmt = _prospect_database_prepare_with_id (self, "SELECT year, return_pct FROM annual_return WHERE series_id = ?1 ORDER BY year", series_id, error);
  if (stmt == NULL)
    return NULL;
  while ((ok = _prospect_database_step (self, stmt, &row, error)) && row)
    {
      ProspectAnnualReturn r = { sqlite3_column_int (stmt, 0), sqlite3_column_double (stmt, 1) };

      g_array_append_val (rows, r);
    }
  if (!ok)
    return NULL;
  return g_steal_pointer (&rows);
}

/**
 * prospect_database_class_has_figures:
 *
 * Returns: whether the class has anything a handout shows: a fee table,
 *   stated or yearly returns, or financial highlights.  FALSE with ERROR
 *   set when the store fails.
 */
gboolean
prospect_database_class_has_figures (ProspectDatabase  *self,
                                     gint64             class_id,
                                     GError           **error)
{
  g_autoptr(ProspectStatement) stmt = NULL;
  gboolean row;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (self), FALSE);

  stmt = _prospect_database_prepare_with_id (self, "SELECT EXISTS (SELECT 1 FROM fee_table WHERE class_id = ?1) "
                                                   "OR EXISTS (SELECT 1 FROM stated_return WHERE class_id = ?1) "
                                                   "OR EXISTS (SELECT 1 FROM annual_return r JOIN series s "
                                                   "ON s.id = r.series_id WHERE s.class_id = ?1) "
                                                   "OR EXISTS (SELECT 1 FROM highlight_value WHERE class_id = ?1)",
                                             class_id, error);
  if (stmt == NULL || !_prospect_database_step (self, stmt, &row, error))
    return FALSE;
  return row && sqlite3_column_int (stmt, 0) != 0;
}

static void
quarter_return_clear (ProspectQuarterReturn *quarter)
{
  g_clear_pointer (&quarter->dated, g_free);
}

/**
 * prospect_database_list_quarter_returns:
 *
 * Returns: (element-type ProspectQuarterReturn): the class's best and
 *   worst quarter and year-to-date return, those the store has, in that
 *   order.
 */
GArray *
prospect_database_list_quarter_returns (ProspectDatabase  *self,
                                        gint64             class_id,
                                        GError           **error)
{
  g_autoptr(ProspectStatement) stmt = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (ProspectQuarterReturn));
  gboolean row;
  gboolean ok;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (self), NULL);

  g_array_set_clear_func (rows, (GDestroyNotify) quarter_return_clear);
  stmt = _prospect_database_prepare_with_id (self, "SELECT kind, return_pct, dated FROM quarter_return "
                                                   "WHERE class_id = ?1 ORDER BY CASE kind WHEN 'best' THEN 0 "
                                                   "WHEN 'worst' THEN 1 ELSE 2 END", class_id, error);
  if (stmt == NULL)
    return NULL;
  while ((ok = _prospect_database_step (self, stmt, &row, error)) && row)
    {
      const char *kind = (const char *) sqlite3_column_text (stmt, 0);
      ProspectQuarterReturn q = { PROSPECT_QUARTER_YEAR_TO_DATE, sqlite3_column_double (stmt, 1),
                                  _prospect_column_text (stmt, 2) };

      if (g_strcmp0 (kind, "best") == 0)
        q.kind = PROSPECT_QUARTER_BEST;
      else if (g_strcmp0 (kind, "worst") == 0)
        q.kind = PROSPECT_QUARTER_WORST;
      g_array_append_val (rows, q);
    }
  if (!ok)
    return NULL;
  return g_steal_pointer (&rows);
}

/**
 * prospect_database_list_breakpoints:
 *
 * Returns: (element-type ProspectBreakpoint): the class's front-end load
 *   schedule by amount, lowest amount first; empty when it has none.
 */
GArray *
prospect_database_list_breakpoints (ProspectDatabase  *self,
                                    gint64             class_id,
                                    GError           **error)
{
  g_autoptr(ProspectStatement) stmt = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (ProspectBreakpoint));
  gboolean row;
  gboolean ok;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (self), NULL);

  stmt = _prospect_database_prepare_with_id (self, "SELECT from_amount, load_pct FROM load_breakpoint "
                                                   "WHERE class_id = ?1 ORDER BY from_amount", class_id, error);
  if (stmt == NULL)
    return NULL;
  while ((ok = _prospect_database_step (self, stmt, &row, error)) && row)
    {
      ProspectBreakpoint b = { sqlite3_column_double (stmt, 0), sqlite3_column_double (stmt, 1) };

      g_array_append_val (rows, b);
    }
  if (!ok)
    return NULL;
  return g_steal_pointer (&rows);
}

/**
 * prospect_database_describe_annual_return:
 *
 * Returns: where a yearly return comes from, as "Document, section; as of
 *   date", or NULL when the store does not say.
 */
char *
prospect_database_describe_annual_return (ProspectDatabase  *self,
                                          gint64             series_id,
                                          int                year,
                                          GError           **error)
{
  g_autoptr(ProspectStatement) stmt = NULL;
  ProspectSource source = { 0 };
  gboolean row;
  char *text;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (self), NULL);

  stmt = _prospect_database_prepare_with_id (self, "SELECT d.title, a.section, a.as_of FROM annual_return a "
                                                   "LEFT JOIN document d ON d.id = a.document_id "
                                                   "WHERE a.series_id = ?1 AND a.year = ?2", series_id, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 2, year);
  if (!_prospect_database_step (self, stmt, &row, error) || !row)
    return NULL;
  read_source (stmt, 0, &source);
  text = prospect_source_describe (&source);
  prospect_source_clear (&source);
  return text;
}

/* Returns 0 with no error when the class has no return series. */
gint64
prospect_database_class_series_id (ProspectDatabase  *self,
                                   gint64             class_id,
                                   GError           **error)
{
  g_autoptr(ProspectStatement) stmt = NULL;
  gboolean row;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (self), 0);

  stmt = _prospect_database_prepare_with_id (self, "SELECT id FROM series WHERE class_id = ?1 ORDER BY id LIMIT 1", class_id, error);
  if (stmt == NULL)
    return 0;
  if (!_prospect_database_step (self, stmt, &row, error) || !row)
    return 0;
  return sqlite3_column_int64 (stmt, 0);
}

ProspectFeeTable *
prospect_database_get_fee_table (ProspectDatabase  *self,
                                 gint64             class_id,
                                 GError           **error)
{
  g_autoptr(ProspectStatement) stmt = NULL;
  g_autoptr(ProspectStatement) schedule = NULL;
  g_autoptr(ProspectFeeTable) fees = NULL;
  gboolean row;
  gboolean ok = TRUE;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (self), NULL);

  {
    g_autofree char *columns = prospect_fee_lines_columns ("f");
    g_autofree char *sql = g_strdup_printf ("SELECT %s, footnote, d.title, f.section, f.as_of FROM fee_table f "
                                            "LEFT JOIN document d ON d.id = f.document_id WHERE f.class_id = ?1",
                                            columns);

    stmt = _prospect_database_prepare (self, sql, error);
  }
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, class_id);
  if (!_prospect_database_step (self, stmt, &row, error))
    return NULL;
  if (!row)
    {
      g_set_error (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_NOT_FOUND,
                   "Share class %" G_GINT64_FORMAT " has no fee table.", class_id);
      return NULL;
    }

  fees = g_new0 (ProspectFeeTable, 1);
  for (guint i = 0; i < prospect_fee_lines_count (); i++)
    prospect_fee_line_set (prospect_fee_lines_get (i), fees, _prospect_column_double_or_nan (stmt, (int) i));
  fees->footnote = _prospect_column_text (stmt, (int) prospect_fee_lines_count ());
  read_source (stmt, (int) prospect_fee_lines_count () + 1, &fees->source);

  fees->deferred_schedule = g_array_new (FALSE, TRUE, sizeof (double));
  schedule = _prospect_database_prepare_with_id (self, "SELECT year, charge_pct FROM deferred_charge WHERE class_id = ?1 ORDER BY year", class_id, error);
  if (schedule == NULL)
    return NULL;
  while ((ok = _prospect_database_step (self, schedule, &row, error)) && row)
    {
      guint year = (guint) sqlite3_column_int (schedule, 0);

      if (year >= 1 && year <= 50)
        {
          if (fees->deferred_schedule->len < year)
            g_array_set_size (fees->deferred_schedule, year);
          g_array_index (fees->deferred_schedule, double, year - 1) = sqlite3_column_double (schedule, 1);
        }
    }
  if (!ok)
    return NULL;
  return g_steal_pointer (&fees);
}

/**
 * prospect_database_list_expense_example:
 *
 * Returns: (transfer full): the printed example, #ProspectPrintedExample
 *   ordered by years, redeemed rows first.
 */
GArray *
prospect_database_list_expense_example (ProspectDatabase  *self,
                                        gint64             class_id,
                                        GError           **error)
{
  g_autoptr(ProspectStatement) stmt = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (ProspectPrintedExample));
  gboolean row;
  gboolean ok = TRUE;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (self), NULL);

  stmt = _prospect_database_prepare_with_id (self, "SELECT years, redeemed, amount, return_pct, cost FROM expense_example "
                                                   "WHERE class_id = ?1 ORDER BY redeemed DESC, years", class_id, error);
  if (stmt == NULL)
    return NULL;
  while ((ok = _prospect_database_step (self, stmt, &row, error)) && row)
    {
      ProspectPrintedExample e = {
        sqlite3_column_int (stmt, 0), sqlite3_column_int (stmt, 1) != 0, sqlite3_column_double (stmt, 2),
        sqlite3_column_double (stmt, 3), sqlite3_column_double (stmt, 4),
      };

      g_array_append_val (rows, e);
    }
  if (!ok)
    return NULL;
  return g_steal_pointer (&rows);
}

ProspectHighlights *
prospect_database_get_highlights (ProspectDatabase  *self,
                                  gint64             class_id,
                                  GError           **error)
{
  g_autoptr(ProspectHighlights) h = g_new0 (ProspectHighlights, 1);
  g_autoptr(ProspectStatement) years = NULL;
  g_autoptr(ProspectStatement) lines = NULL;
  g_autoptr(ProspectStatement) values = NULL;
  g_autoptr(ProspectStatement) notes = NULL;
  g_autoptr(ProspectStatement) waivers = NULL;
  gboolean row;
  gboolean ok = TRUE;
  guint n;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (self), NULL);

  h->years = g_array_new (FALSE, FALSE, sizeof (int));
  h->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) prospect_highlight_line_free);
  h->footnotes = g_ptr_array_new_with_free_func ((GDestroyNotify) prospect_footnote_free);
  h->before_waiver = g_array_new (FALSE, FALSE, sizeof (ProspectAnnualReturn));

  years = _prospect_database_prepare_with_id (self, "SELECT DISTINCT v.year, d.title, v.section FROM highlight_value v "
                                                    "LEFT JOIN document d ON d.id = v.document_id WHERE v.class_id = ?1 ORDER BY v.year DESC", class_id, error);
  if (years == NULL)
    return NULL;
  while ((ok = _prospect_database_step (self, years, &row, error)) && row)
    {
      int year = sqlite3_column_int (years, 0);

      /* A year cited from two documents is still one column; the first
       * citation names the source, even when its document is missing. */
      if (h->years->len > 0 && g_array_index (h->years, int, h->years->len - 1) == year)
        continue;
      g_array_append_val (h->years, year);
      if (h->years->len == 1)
        {
          h->source.document = _prospect_column_text (years, 1);
          h->source.section = _prospect_column_text (years, 2);
          h->source.as_of = g_strdup_printf ("%d-12-31", year);
        }
    }
  if (!ok)
    return NULL;

  lines = _prospect_database_prepare (self, "SELECT line, label, kind, group_label, marks FROM highlight_line ORDER BY line", error);
  if (lines == NULL)
    return NULL;
  while ((ok = _prospect_database_step (self, lines, &row, error)) && row)
    {
      ProspectHighlightLine *line = g_new0 (ProspectHighlightLine, 1);

      line->line = sqlite3_column_int (lines, 0);
      line->label = _prospect_column_text (lines, 1);
      line->kind = _prospect_column_text (lines, 2);
      line->group_label = _prospect_column_text (lines, 3);
      line->marks = _prospect_column_text (lines, 4);
      g_ptr_array_add (h->lines, line);
    }
  if (!ok)
    return NULL;

  n = h->years->len * h->lines->len;
  h->values = g_new (double, MAX (n, 1));
  h->value_marks = g_new0 (char *, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    h->values[i] = NAN;

  values = _prospect_database_prepare_with_id (self, "SELECT year, line, value, marks FROM highlight_value WHERE class_id = ?1", class_id, error);
  if (values == NULL)
    return NULL;
  while ((ok = _prospect_database_step (self, values, &row, error)) && row)
    {
      int year = sqlite3_column_int (values, 0);
      int line_index = prospect_highlights_line_index (h, sqlite3_column_int (values, 1));

      for (guint y = 0; y < h->years->len && line_index >= 0; y++)
        if (g_array_index (h->years, int, y) == year)
          {
            guint i = y * h->lines->len + (guint) line_index;

            /* A damaged file may repeat a cell; the last one read is shown. */
            h->values[i] = _prospect_column_double_or_nan (values, 2);
            g_free (h->value_marks[i]);
            h->value_marks[i] = _prospect_column_text (values, 3);
          }
    }
  if (!ok)
    return NULL;

  notes = _prospect_database_prepare_with_id (self, "SELECT mark, text FROM highlight_footnote WHERE class_id = ?1 ORDER BY mark", class_id, error);
  if (notes == NULL)
    return NULL;
  while ((ok = _prospect_database_step (self, notes, &row, error)) && row)
    {
      ProspectFootnote *note = g_new0 (ProspectFootnote, 1);

      note->mark = _prospect_column_text (notes, 0);
      note->text = _prospect_column_text (notes, 1);
      g_ptr_array_add (h->footnotes, note);
    }
  if (!ok)
    return NULL;

  waivers = _prospect_database_prepare_with_id (self, "SELECT year, ratio_pct FROM ratio_before_waiver WHERE class_id = ?1 ORDER BY year DESC", class_id, error);
  if (waivers == NULL)
    return NULL;
  while ((ok = _prospect_database_step (self, waivers, &row, error)) && row)
    {
      ProspectAnnualReturn r = { sqlite3_column_int (waivers, 0), sqlite3_column_double (waivers, 1) };

      g_array_append_val (h->before_waiver, r);
    }
  if (!ok)
    return NULL;

  return g_steal_pointer (&h);
}

