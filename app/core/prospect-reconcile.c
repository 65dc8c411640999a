/* prospect-reconcile.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-reconcile"

#include "config.h"

#include <math.h>

#include "prospect-reconcile.h"

/* Form N-1A's average annual total return takes the maximum sales load off
 * the initial payment (P(1 + T)^n = ERV, P after the load), while the bar
 * chart's yearly returns leave it out: the class's own figures are
 * recomputed the same way. */
static void
deduct_sales_load (ProspectPeriodReturn *computed,
                   double                load_pct)
{
  double growth = (1 + computed->cumulative_pct / 100) * (1 - load_pct / 100);

  computed->cumulative_pct = (growth - 1) * 100;
  if (computed->annualized && computed->n_years > 0)
    computed->average_pct = (pow (growth, 1 / computed->n_years) - 1) * 100;
  else
    computed->average_pct = computed->cumulative_pct;
}

void
prospect_reconciliation_free (ProspectReconciliation *reconciliation)
{
  if (reconciliation == NULL)
    return;
  prospect_stated_return_free (reconciliation->stated);
  prospect_period_return_clear (&reconciliation->computed);
  g_free (reconciliation);
}

/**
 * prospect_reconcile_class:
 *
 * For each average annual total return the class's table states, computes
 * the same figure from the yearly returns of that series where they cover
 * the period, and says whether the two agree to the hundredth of a percent.
 *
 * Returns: (transfer container): #ProspectReconciliation in table order.
 */
GPtrArray *
prospect_reconcile_class (ProspectDatabase  *database,
                          gint64             class_id,
                          ProspectDayCount   day_count,
                          GError           **error)
{
  g_autoptr(GPtrArray) stated = NULL;
  g_autoptr(GPtrArray) results =
    g_ptr_array_new_with_free_func ((GDestroyNotify) prospect_reconciliation_free);
  g_autoptr(GHashTable) yearly = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                        (GDestroyNotify) g_array_unref);
  double load_pct = 0;

  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), NULL);

  stated = prospect_database_list_stated_returns (database, class_id, error);
  if (stated == NULL)
    return NULL;
  {
    g_autoptr(ProspectFeeTable) fees = prospect_database_get_fee_table (database, class_id, NULL);

    if (fees != NULL && !isnan (fees->front_load_pct) && fees->front_load_pct > 0)
      load_pct = fees->front_load_pct;
  }

  for (guint i = 0; i < stated->len; i++)
    {
      ProspectStatedReturn *s = g_ptr_array_index (stated, i);
      ProspectReconciliation *r = g_new0 (ProspectReconciliation, 1);
      GArray *rows = g_hash_table_lookup (yearly, &s->series_id);
      GDate start, end;

      if (rows == NULL)
        {
          rows = prospect_database_list_annual_returns (database, s->series_id, error);
          if (rows == NULL)
            {
              prospect_reconciliation_free (r);
              return NULL;
            }
          g_hash_table_insert (yearly, g_memdup2 (&s->series_id, sizeof s->series_id), rows);
        }

      r->day_count = day_count;
      r->stated = g_steal_pointer (&g_ptr_array_index (stated, i));
      if (!prospect_parse_iso_date (s->start_date, &start) || !prospect_parse_iso_date (s->end_date, &end))
        r->computed.reason = g_strdup ("the stated period's dates are not valid");
      else if (rows->len == 0)
        r->computed.reason = g_strdup ("no yearly returns in the database for this series");
      /* A fund's first row may be the part-year from its inception, but an
       * index's years are whole calendar years: from 13 September 1993,
       * 1993's full-year return would be compounded for three months. */
      else if (!s->is_class && (g_date_get_month (&start) != G_DATE_JANUARY || g_date_get_day (&start) != 1))
        r->computed.reason = g_strdup_printf ("the period starts within %d, and an index's yearly returns cover "
                                              "whole calendar years", g_date_get_year (&start));
      else
        prospect_period_return_compute ((const ProspectAnnualReturn *) (void *) rows->data, rows->len,
                                        &start, &end, day_count, &r->computed);
      /* Only the class's own total return carries the load; after-tax rows
       * have no yearly data, and an index pays none. */
      if (r->computed.available && s->is_class && load_pct > 0)
        {
          deduct_sales_load (&r->computed, load_pct);
          r->sales_load_pct = load_pct;
        }
      r->agrees = r->computed.available && prospect_agrees_at_hundredths (r->computed.average_pct, s->return_pct);
      g_ptr_array_add (results, r);
    }
  return g_steal_pointer (&results);
}
