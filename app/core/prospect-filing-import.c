/* prospect-filing-import.c: writing a filing's series and classes into the
 * store.  A class the store already has (the same SEC class id, else the
 * same ticker) is replaced in place, keeping its id so that saved
 * scenarios still point at it; everything else is added.  Every value is
 * bound; the statements are fixed text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-filing"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "prospect-database-private.h"
#include "prospect-fee-lines.h"
#include "prospect-filing-import.h"
#include "prospect-index-names.h"
#include "prospect-printed-example.h"
#include "prospect-returns.h"

static const int horizons[PROSPECT_FILING_N_HORIZONS] = { 1, 3, 5, 10 };

typedef struct
{
  ProspectDatabase           *db;
  const ProspectFiling       *filing;
  ProspectFilingImportReport *report;
  gint64                      document_id;
  ProspectFilingUndo         *undo;         /* NULL when none is asked for */
  char                       *returns_end;  /* ISO end of the performance periods */
} Writer;

/* Binds "t" text (NULL: null), "d" double (NAN: null), "i" gint64 in
 * order, runs the statement once and returns the new row's id. */
static gint64
run (Writer      *w,
     const char  *sql,
     GError     **error,
     const char  *types,
     ...)
{
  g_autoptr(ProspectStatement) stmt = _prospect_database_prepare (w->db, sql, error);
  va_list args;
  gboolean row;
  int index = 1;

  if (stmt == NULL)
    return -1;
  va_start (args, types);
  for (const char *t = types; *t != '\0'; t++, index++)
    {
      if (*t == 't')
        {
          const char *text = va_arg (args, const char *);

          if (text == NULL)
            sqlite3_bind_null (stmt, index);
          else
            sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
        }
      else if (*t == 'd')
        {
          double value = va_arg (args, double);

          if (isnan (value))
            sqlite3_bind_null (stmt, index);
          else
            sqlite3_bind_double (stmt, index, value);
        }
      else
        {
          sqlite3_bind_int64 (stmt, index, va_arg (args, gint64));
        }
    }
  va_end (args);
  if (!_prospect_database_step (w->db, stmt, &row, error))
    return -1;
  if (row)
    return sqlite3_column_int64 (stmt, 0);
  return sqlite3_last_insert_rowid (_prospect_database_get_handle (w->db));
}

static gint64
lookup (ProspectDatabase  *db,
        const char        *sql,
        const char        *text,
        GError           **error)
{
  g_autoptr(ProspectStatement) stmt = _prospect_database_prepare (db, sql, error);
  gboolean row;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
  if (!_prospect_database_step (db, stmt, &row, error))
    return -1;
  return row ? sqlite3_column_int64 (stmt, 0) : 0;
}

/**
 * prospect_filing_existing_class:
 *
 * Returns: the id of the class in the store that this class of the filing
 *   would replace (the same SEC class id, else the same ticker), 0 when
 *   none, -1 on error.
 */
gint64
prospect_filing_existing_class (ProspectDatabase          *database,
                                const ProspectFilingClass *klass,
                                GError                   **error)
{
  gint64 id = 0;

  if (klass->sec_id != NULL)
    id = lookup (database, "SELECT id FROM share_class WHERE sec_class_id = ?1 ORDER BY id LIMIT 1", klass->sec_id,
                 error);
  if (id == 0 && klass->ticker != NULL)
    id = lookup (database, "SELECT id FROM share_class WHERE ticker = ?1 ORDER BY id LIMIT 1", klass->ticker, error);
  return id;
}

/**
 * prospect_filing_check_example:
 * @missing: (out) (optional): when a figure differs, which input the
 *   filing leaves out, in words; NULL when every figure agrees
 *
 * Returns: (element-type ProspectFilingExampleCheck): each printed figure
 *   of the class, redeemed then kept, beside what the class's own fee table
 *   gives by the example's method.
 */
GArray *
prospect_filing_check_example (const ProspectFilingClass  *klass,
                               char                      **missing)
{
  GArray *checks = g_array_new (FALSE, FALSE, sizeof (ProspectFilingExampleCheck));
  gboolean short_differs = FALSE, long_differs = FALSE;

  for (int redeemed = 1; redeemed >= 0; redeemed--)
    for (guint h = 0; h < PROSPECT_FILING_N_HORIZONS; h++)
      {
        ProspectPrintedExample printed = { horizons[h], redeemed, 10000, 5,
                                           redeemed ? klass->example[h] : klass->example_no_redemption[h] };
        ProspectFilingExampleCheck check = { horizons[h], redeemed, printed.cost, NAN };

        if (isnan (printed.cost))
          continue;
        if (!isnan (klass->fees->total_pct))
          check.recomputed = prospect_printed_example_recompute (klass->fees, &printed);
        if (isnan (check.recomputed) || check.recomputed != prospect_round_half_up (check.printed, 0))
          {
            if (horizons[h] < 10)
              short_differs = TRUE;
            else
              long_differs = TRUE;
          }
        g_array_append_val (checks, check);
      }

  if (missing != NULL)
    *missing = checks->len > 0 ? prospect_printed_example_explain (klass->fees, short_differs, long_differs) : NULL;
  return checks;
}

/* A class is chosen by its SEC class id, its ticker or its name; no list
 * chooses every class. */
gboolean
prospect_filing_class_chosen (const ProspectFilingClass *klass,
                              const char * const        *chosen)
{
  if (chosen == NULL)
    return TRUE;
  for (guint i = 0; chosen[i] != NULL; i++)
    if ((klass->sec_id != NULL && g_ascii_strcasecmp (chosen[i], klass->sec_id) == 0)
        || (klass->ticker != NULL && g_ascii_strcasecmp (chosen[i], klass->ticker) == 0)
        || g_strcmp0 (chosen[i], klass->name) == 0)
      return TRUE;
  return FALSE;
}

/* The performance table's periods end with the bar chart's last year;
 * without a bar chart, with the calendar year before the filing's date. */
static char *
returns_end (const ProspectFiling *filing)
{
  int last = 0;

  for (guint s = 0; s < filing->series->len; s++)
    {
      ProspectFilingSeries *series = g_ptr_array_index (filing->series, s);

      for (guint c = 0; c < series->classes->len; c++)
        {
          ProspectFilingClass *klass = g_ptr_array_index (series->classes, c);

          if (klass->annual->len > 0)
            last = MAX (last, g_array_index (klass->annual, ProspectAnnualReturn, klass->annual->len - 1).year);
        }
    }
  if (last == 0 && filing->period_end != NULL && sscanf (filing->period_end, "%d", &last) == 1)
    last--;
  return last > 0 ? g_strdup_printf ("%04d-12-31", last) : NULL;
}

static gint64
write_fund (Writer                     *w,
            const ProspectFilingSeries *series,
            GError                    **error)
{
  const char *trust = w->filing->registrant != NULL ? w->filing->registrant : series->name;
  g_autofree char *objective = NULL;
  gint64 fund_id = 0;

  if (series->objective != NULL)
    {
      const char *end = strstr (series->objective, "\n\n");

      objective = end != NULL ? g_strndup (series->objective, end - series->objective) : g_strdup (series->objective);
    }
  if (series->sec_id != NULL)
    fund_id = lookup (w->db, "SELECT id FROM fund WHERE sec_series_id = ?1 ORDER BY id LIMIT 1", series->sec_id,
                      error);
  if (fund_id < 0)
    return -1;
  if (fund_id == 0)
    {
      fund_id = run (w, "INSERT INTO fund (trust, name, objective, document_id, section, as_of, sec_series_id, turnover_pct, "
                        "breakpoint_from) VALUES (?1, ?2, ?3, ?4, 'Risk/return summary', ?5, ?6, ?7, ?8)", error,
                     "ttti" "ttdd", trust, series->name, objective, w->document_id, w->filing->period_end,
                     series->sec_id, series->turnover_pct, series->breakpoint_from);
      if (fund_id > 0 && w->undo != NULL)
        _prospect_filing_undo_added (w->undo, "fund", fund_id);
      return fund_id;
    }
  if (w->undo != NULL && !_prospect_filing_undo_keep_fund (w->undo, w->db, fund_id, error))
    return -1;
  if (run (w, "UPDATE fund SET objective = coalesce (?2, objective), turnover_pct = coalesce (?3, turnover_pct), "
              "document_id = ?4, as_of = ?5, breakpoint_from = coalesce (?6, breakpoint_from) WHERE id = ?1", error,
           "itdit" "d", fund_id, objective, series->turnover_pct, w->document_id, w->filing->period_end,
           series->breakpoint_from) < 0)
    return -1;
  return fund_id;
}

static gboolean
write_text (Writer                     *w,
            gint64                      fund_id,
            const ProspectFilingSeries *series,
            GError                    **error)
{
  const struct
  {
    const char *topic;
    const char *heading;
    const char *body;
  } blocks[] = {
    { "objective", N_("Investment objective"), series->objective },
    { "strategies", N_("Principal investment strategies"), series->strategy },
    { "risks", N_("Principal risks"), series->risks },
  };

  for (guint i = 0; i < G_N_ELEMENTS (blocks); i++)
    {
      if (blocks[i].body == NULL)
        continue;
      if (run (w, "DELETE FROM text_block WHERE fund_id = ?1 AND topic = ?2", error, "it", fund_id,
               blocks[i].topic) < 0
          || run (w, "INSERT INTO text_block (fund_id, topic, position, heading, body, document_id, section, as_of) "
                     "VALUES (?1, ?2, 1, ?3, ?4, ?5, 'Risk/return summary', ?6)", error, "ittt" "it",
                  fund_id, blocks[i].topic, _(blocks[i].heading), blocks[i].body, w->document_id,
                  w->filing->period_end) < 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_fee_table (Writer                    *w,
                 gint64                     class_id,
                 const ProspectFilingClass *klass,
                 GError                   **error)
{
  g_autofree char *columns = prospect_fee_lines_columns (NULL);
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(ProspectStatement) stmt = NULL;
  guint n = prospect_fee_lines_count ();
  gboolean row;

  if (isnan (klass->fees->total_pct))
    return TRUE;
  g_string_append_printf (sql, "INSERT INTO fee_table (class_id, %s, document_id, section, as_of) VALUES (?1", columns);
  for (guint i = 0; i < n + 3; i++)
    g_string_append_printf (sql, ", ?%u", i + 2);
  g_string_append (sql, ")");
  stmt = _prospect_database_prepare (w->db, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, class_id);
  for (guint i = 0; i < n; i++)
    {
      double value = prospect_fee_line_value (prospect_fee_lines_get (i), klass->fees);

      if (isnan (value) || (prospect_fee_lines_get (i)->is_int && value == 0))
        sqlite3_bind_null (stmt, (int) i + 2);
      else
        sqlite3_bind_double (stmt, (int) i + 2, value);
    }
  sqlite3_bind_int64 (stmt, (int) n + 2, w->document_id);
  sqlite3_bind_text (stmt, (int) n + 3, "Risk/return summary: fees and expenses", -1, SQLITE_STATIC);
  if (w->filing->period_end != NULL)
    sqlite3_bind_text (stmt, (int) n + 4, w->filing->period_end, -1, SQLITE_TRANSIENT);
  if (!_prospect_database_step (w->db, stmt, &row, error))
    return FALSE;
  w->report->figures++;
  return TRUE;
}

static gboolean
write_example (Writer                    *w,
               gint64                     class_id,
               const ProspectFilingClass *klass,
               GError                   **error)
{
  for (int redeemed = 1; redeemed >= 0; redeemed--)
    for (guint h = 0; h < PROSPECT_FILING_N_HORIZONS; h++)
      {
        double cost = redeemed ? klass->example[h] : klass->example_no_redemption[h];

        if (isnan (cost))
          continue;
        if (run (w, "INSERT INTO expense_example (class_id, years, redeemed, amount, return_pct, cost, document_id, "
                    "section, as_of) VALUES (?1, ?2, ?3, 10000, 5, ?4, ?5, 'Risk/return summary: example', ?6)",
                 error, "iiid" "it", class_id, (gint64) horizons[h], (gint64) redeemed, cost, w->document_id,
                 w->filing->period_end) < 0)
          return FALSE;
        w->report->figures++;
      }
  return TRUE;
}

/* A series name no other series has: the store keeps names unique. */
static char *
unique_series_name (Writer      *w,
                    const char  *wanted,
                    GError     **error)
{
  char *name = g_strdup (wanted);

  for (guint n = 2;; n++)
    {
      gint64 id = lookup (w->db, "SELECT id FROM series WHERE name = ?1", name, error);

      if (id < 0)
        {
          g_free (name);
          return NULL;
        }
      if (id == 0)
        return name;
      g_free (name);
      name = g_strdup_printf ("%s (%u)", wanted, n);
    }
}

static gboolean
write_averages (Writer        *w,
                gint64         class_id,
                gint64         series_id,
                int            position,
                const double  *average,
                const char    *inception_date,
                GError       **error)
{
  int end_year;

  if (w->returns_end == NULL || sscanf (w->returns_end, "%d", &end_year) != 1)
    return TRUE;
  for (int p = 0; p < PROSPECT_FILING_N_PERIODS; p++)
    {
      static const int years[] = { 1, 5, 10, 0 };
      g_autofree char *start = NULL;

      if (isnan (average[p]))
        continue;
      if (years[p] > 0)
        start = g_strdup_printf ("%04d-01-01", end_year - years[p] + 1);
      else if (inception_date != NULL)
        start = g_strdup (inception_date);
      else
        continue;  /* a since-inception figure without its date cannot be checked or shown honestly */
      if (run (w, "INSERT OR REPLACE INTO stated_return (class_id, series_id, position, period, start_date, end_date, "
                  "return_pct, document_id, section, as_of) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                  "'Risk/return summary: average annual total returns', ?6)",
               error, "iiit" "ttdi", class_id, series_id, (gint64) position,
               prospect_period_to_string ((ProspectPeriod) p), start, w->returns_end, average[p], w->document_id) < 0)
        return FALSE;
      w->report->figures++;
    }
  return TRUE;
}

static gboolean
write_returns (Writer                     *w,
               gint64                      class_id,
               const ProspectFilingSeries *series,
               const ProspectFilingClass  *klass,
               GError                    **error)
{
  g_autofree char *wanted = g_strdup_printf ("%s – %s", series->name, klass->name);
  g_autofree char *name = unique_series_name (w, wanted, error);
  gint64 series_id;
  int position = 1;

  if (name == NULL)
    return FALSE;
  series_id = run (w, "INSERT INTO series (name, class_id) VALUES (?1, ?2)", error, "ti", name, class_id);
  if (series_id < 0)
    return FALSE;
  for (guint i = 0; i < klass->annual->len; i++)
    {
      const ProspectAnnualReturn *year = &g_array_index (klass->annual, ProspectAnnualReturn, i);
      g_autofree char *as_of = g_strdup_printf ("%04d-12-31", year->year);

      if (run (w, "INSERT INTO annual_return (series_id, year, return_pct, document_id, section, as_of) "
                  "VALUES (?1, ?2, ?3, ?4, 'Risk/return summary: bar chart', ?5)", error, "iidit", series_id,
               (gint64) year->year, year->return_pct, w->document_id, as_of) < 0)
        return FALSE;
      w->report->figures++;
    }
  if (!write_averages (w, class_id, series_id, position++, klass->average, klass->inception_date, error))
    return FALSE;

  for (guint i = 0; i < klass->after_tax->len; i++)
    {
      const ProspectFilingRow *row = g_ptr_array_index (klass->after_tax, i);
      g_autofree char *row_wanted = g_strdup_printf ("%s – %s", wanted, row->name);
      g_autofree char *row_name = unique_series_name (w, row_wanted, error);
      gint64 row_id;

      if (row_name == NULL)
        return FALSE;
      row_id = run (w, "INSERT INTO series (name, class_id, measure) VALUES (?1, ?2, ?3)", error, "tit", row_name,
                    class_id, row->kind == PROSPECT_FILING_ROW_AFTER_TAXES_ON_DISTRIBUTIONS
                    ? "after_taxes_on_distributions" : "after_taxes_on_sales");
      if (row_id < 0
          || !write_averages (w, class_id, row_id, position++, row->average,
                              row->inception_date != NULL ? row->inception_date : klass->inception_date, error))
        return FALSE;
    }

  /* The series' index rows are every class's benchmarks; one index is one
   * series in the store, shared by every fund that names it, and found by
   * the name's key so that it meets the reference data's yearly returns. */
  for (guint i = 0; i < series->indexes->len; i++)
    {
      const ProspectFilingRow *row = g_ptr_array_index (series->indexes, i);
      gint64 index_id = prospect_database_find_index (w->db, row->name, error);

      if (index_id < 0)
        return FALSE;
      if (index_id == 0)
        {
          g_autofree char *index_name = unique_series_name (w, row->name, error);

          if (index_name == NULL)
            return FALSE;
          index_id = run (w, "INSERT INTO series (name) VALUES (?1)", error, "t", index_name);
          if (index_id < 0)
            return FALSE;
          if (w->undo != NULL)
            _prospect_filing_undo_added (w->undo, "series", index_id);
        }
      if (!write_averages (w, class_id, index_id, position++, row->average,
                           row->inception_date != NULL ? row->inception_date : klass->inception_date, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_quarters (Writer                    *w,
                gint64                     class_id,
                const ProspectFilingClass *klass,
                GError                   **error)
{
  const struct
  {
    const char *kind;
    double      value;
    const char *dated;
  } quarters[] = {
    { "best", klass->best_quarter, klass->best_quarter_date },
    { "worst", klass->worst_quarter, klass->worst_quarter_date },
    { "year_to_date", klass->year_to_date, klass->year_to_date_date },
  };

  for (guint i = 0; i < G_N_ELEMENTS (quarters); i++)
    {
      if (isnan (quarters[i].value))
        continue;
      if (run (w, "INSERT INTO quarter_return (class_id, kind, return_pct, dated, document_id, section, as_of) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, 'Risk/return summary: bar chart', ?4)", error, "itdti", class_id,
               quarters[i].kind, quarters[i].value, quarters[i].dated, w->document_id) < 0)
        return FALSE;
      w->report->figures++;
    }
  return TRUE;
}

static gboolean
write_class (Writer                     *w,
             gint64                      fund_id,
             const ProspectFilingSeries *series,
             const ProspectFilingClass  *klass,
             GError                    **error)
{
  gint64 class_id = prospect_filing_existing_class (w->db, klass, error);

  if (class_id < 0)
    return FALSE;
  if (class_id > 0 && w->undo != NULL && !_prospect_filing_undo_keep_class (w->undo, w->db, class_id, error))
    return FALSE;
  if (class_id > 0)
    {
      /* Replaced: the old figures go, the row (and so its id) stays. */
      static const char *const children[] = {
        "DELETE FROM fee_table WHERE class_id = ?1", "DELETE FROM deferred_charge WHERE class_id = ?1",
        "DELETE FROM expense_example WHERE class_id = ?1", "DELETE FROM stated_return WHERE class_id = ?1",
        "DELETE FROM series WHERE class_id = ?1", "DELETE FROM quarter_return WHERE class_id = ?1",
      };

      for (guint i = 0; i < G_N_ELEMENTS (children); i++)
        if (run (w, children[i], error, "i", class_id) < 0)
          return FALSE;
      if (run (w, "UPDATE share_class SET fund_id = ?2, name = ?3, inception_date = ?4, ticker = ?5, "
                  "sec_class_id = ?6, document_id = ?7, section = 'Risk/return summary', as_of = ?8 WHERE id = ?1",
               error, "iitt" "ttit", class_id, fund_id, klass->name, klass->inception_date, klass->ticker,
               klass->sec_id, w->document_id, w->filing->period_end) < 0)
        return FALSE;
      w->report->classes_replaced++;
    }
  else
    {
      class_id = run (w, "INSERT INTO share_class (fund_id, name, inception_date, ticker, sec_class_id, document_id, "
                         "section, as_of) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'Risk/return summary', ?7)",
                      error, "ittt" "tit", fund_id, klass->name, klass->inception_date, klass->ticker, klass->sec_id,
                      w->document_id, w->filing->period_end);
      if (class_id < 0)
        return FALSE;
      if (w->undo != NULL)
        _prospect_filing_undo_added (w->undo, "share_class", class_id);
      w->report->classes_added++;
    }
  g_array_append_val (w->report->class_ids, class_id);
  return write_fee_table (w, class_id, klass, error) && write_example (w, class_id, klass, error)
         && write_returns (w, class_id, series, klass, error) && write_quarters (w, class_id, klass, error);
}

void
prospect_filing_import_report_clear (ProspectFilingImportReport *report)
{
  g_clear_pointer (&report->class_ids, g_array_unref);
}

/**
 * prospect_filing_import:
 * @chosen: (nullable) (array zero-terminated=1): the classes to import, by
 *   SEC class id, ticker or name; NULL for all
 * @report: (out caller-allocates): what was written
 * @undo: (out) (optional): how to take the import back, for
 *   prospect_filing_undo_apply ()
 *
 * Writes the chosen classes, their funds and every figure the filing
 * gives for them in one transaction: all or nothing.
 */
gboolean
prospect_filing_import (ProspectDatabase            *database,
                        const ProspectFiling        *filing,
                        const char * const          *chosen,
                        ProspectFilingImportReport  *report,
                        ProspectFilingUndo         **undo,
                        GError                     **error)
{
  g_autofree char *title = NULL;
  Writer w = { 0 };
  guint n_chosen = 0;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (filing != NULL && report != NULL, FALSE);

  *report = (ProspectFilingImportReport) { 0 };
  report->class_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint s = 0; s < filing->series->len; s++)
    {
      ProspectFilingSeries *series = g_ptr_array_index (filing->series, s);

      for (guint c = 0; c < series->classes->len; c++)
        n_chosen += prospect_filing_class_chosen (g_ptr_array_index (series->classes, c), chosen);
    }
  if (n_chosen == 0)
    {
      g_set_error (error, PROSPECT_FILING_ERROR, PROSPECT_FILING_ERROR_INVALID,
                   _("None of the classes asked for is in the filing."));
      return FALSE;
    }
  if (!_prospect_database_writable (database, error))
    return FALSE;
  if (!_prospect_database_exec (database, "BEGIN IMMEDIATE", error))
    return FALSE;

  w.db = database;
  w.filing = filing;
  w.report = report;
  w.returns_end = returns_end (filing);
  title = prospect_filing_source_title (filing);
  w.document_id = run (&w, "INSERT INTO document (title, dated, registrant, form_type, accession, file_name) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error, "tttttt", title,
                       filing->period_end != NULL ? filing->period_end : "", filing->registrant, filing->form_type,
                       filing->accession, filing->file_name);
  if (w.document_id > 0 && undo != NULL)
    w.undo = _prospect_filing_undo_new (w.document_id);
  for (guint s = 0; w.document_id > 0 && s < filing->series->len; s++)
    {
      ProspectFilingSeries *series = g_ptr_array_index (filing->series, s);
      gint64 fund_id = 0;

      for (guint c = 0; c < series->classes->len; c++)
        {
          ProspectFilingClass *klass = g_ptr_array_index (series->classes, c);

          if (!prospect_filing_class_chosen (klass, chosen))
            continue;
          if (fund_id == 0 && ((fund_id = write_fund (&w, series, error)) < 0 || !write_text (&w, fund_id, series, error)))
            goto failed;
          if (!write_class (&w, fund_id, series, klass, error))
            goto failed;
        }
    }
  if (w.document_id < 0 || !_prospect_database_exec (database, "COMMIT", error))
    goto failed;
  g_free (w.returns_end);
  if (undo != NULL)
    *undo = w.undo;
  return TRUE;

failed:
  _prospect_database_exec (database, "ROLLBACK", NULL);
  g_free (w.returns_end);
  g_clear_pointer (&w.undo, prospect_filing_undo_free);
  g_array_set_size (report->class_ids, 0);
  report->classes_added = report->classes_replaced = report->figures = 0;
  return FALSE;
}
