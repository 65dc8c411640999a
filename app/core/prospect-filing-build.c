/* prospect-filing-build.c: a filing's facts gathered into series, classes
 * and the rows of their tables, by each fact's concept and its context's
 * dimensions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-filing"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "prospect-filing-facts.h"

typedef enum
{
  SLOT_FEE,            /* a percentage line of the fee table */
  SLOT_ACCOUNT_FEE,    /* dollars */
  SLOT_EXAMPLE,
  SLOT_EXAMPLE_NO_REDEMPTION,
  SLOT_ANNUAL,
  SLOT_AVERAGE,
  SLOT_BEST,
  SLOT_WORST,
  SLOT_YEAR_TO_DATE,
  SLOT_TURNOVER,
  SLOT_BREAKPOINT,
} Slot;

#define FEE(field) offsetof (ProspectFeeTable, field)

/* The rr and oef concepts Prospect keeps; both taxonomies use these names
 * except for the yearly and average returns, which oef names once and
 * tells apart by the context's period. */
static const struct
{
  const char *name;
  Slot        slot;
  gsize       index;   /* the fee table field, the horizon or the period */
} concepts[] = {
  { "MaximumSalesChargeImposedOnPurchasesOverOfferingPrice", SLOT_FEE, FEE (front_load_pct) },
  { "MaximumDeferredSalesChargeOverOther", SLOT_FEE, FEE (deferred_load_pct) },
  { "MaximumDeferredSalesChargeOverOfferingPrice", SLOT_FEE, FEE (deferred_load_pct) },
  { "RedemptionFeeOverRedemption", SLOT_FEE, FEE (redemption_fee_pct) },
  { "ExchangeFeeOverRedemption", SLOT_FEE, FEE (exchange_fee_pct) },
  { "MaximumAccountFee", SLOT_ACCOUNT_FEE, 0 },
  { "ManagementFeesOverAssets", SLOT_FEE, FEE (management_fee_pct) },
  { "DistributionAndService12b1FeesOverAssets", SLOT_FEE, FEE (distribution_fee_pct) },
  { "OtherExpensesOverAssets", SLOT_FEE, FEE (other_expenses_pct) },
  { "AcquiredFundFeesAndExpensesOverAssets", SLOT_FEE, FEE (acquired_fund_fees_pct) },
  { "ExpensesOverAssets", SLOT_FEE, FEE (total_pct) },
  { "FeeWaiverOrReimbursementOverAssets", SLOT_FEE, FEE (waiver_pct) },
  { "NetExpensesOverAssets", SLOT_FEE, FEE (net_pct) },
  { "ExpenseExampleYear01", SLOT_EXAMPLE, 0 },
  { "ExpenseExampleYear03", SLOT_EXAMPLE, 1 },
  { "ExpenseExampleYear05", SLOT_EXAMPLE, 2 },
  { "ExpenseExampleYear10", SLOT_EXAMPLE, 3 },
  { "ExpenseExampleNoRedemptionYear01", SLOT_EXAMPLE_NO_REDEMPTION, 0 },
  { "ExpenseExampleNoRedemptionYear03", SLOT_EXAMPLE_NO_REDEMPTION, 1 },
  { "ExpenseExampleNoRedemptionYear05", SLOT_EXAMPLE_NO_REDEMPTION, 2 },
  { "ExpenseExampleNoRedemptionYear10", SLOT_EXAMPLE_NO_REDEMPTION, 3 },
  { "AnnlRtrPct", SLOT_ANNUAL, 0 },
  { "AverageAnnualReturnYear01", SLOT_AVERAGE, PROSPECT_PERIOD_1Y },
  { "AverageAnnualReturnYear05", SLOT_AVERAGE, PROSPECT_PERIOD_5Y },
  { "AverageAnnualReturnYear10", SLOT_AVERAGE, PROSPECT_PERIOD_10Y },
  { "AverageAnnualReturnSinceInception", SLOT_AVERAGE, PROSPECT_PERIOD_INCEPTION },
  { "AvgAnnlRtrPct", SLOT_AVERAGE, G_MAXSIZE },
  { "BarChartHighestQuarterlyReturn", SLOT_BEST, 0 },
  { "BarChartLowestQuarterlyReturn", SLOT_WORST, 0 },
  { "BarChartYearToDateReturn", SLOT_YEAR_TO_DATE, 0 },
  { "PortfolioTurnoverRate", SLOT_TURNOVER, 0 },
  { "ExpenseBreakpointMinimumInvestmentRequiredAmount", SLOT_BREAKPOINT, 0 },
};

typedef struct
{
  ProspectFiling *filing;
  GHashTable     *series;      /* member → ProspectFilingSeries */
  GHashTable     *classes;     /* "series\nclass" → ProspectFilingClass */
  GHashTable     *bar_chart;   /* series member → ProspectFilingClass holding series-level bar chart facts */
  GHashTable     *tickers;     /* class member → ticker */
  GHashTable     *class_names; /* class member → oef:ClassName */
  GHashTable     *labels;
} Build;

static void
row_free (ProspectFilingRow *row)
{
  g_free (row->member);
  g_free (row->name);
  g_free (row->inception_date);
  g_free (row);
}

static ProspectFilingRow *
row_new (ProspectFilingRowKind kind,
         const char           *member)
{
  ProspectFilingRow *row = g_new0 (ProspectFilingRow, 1);

  row->kind = kind;
  row->member = g_strdup (member);
  for (guint i = 0; i < PROSPECT_FILING_N_PERIODS; i++)
    row->average[i] = NAN;
  return row;
}

static void
class_free (ProspectFilingClass *klass)
{
  g_free (klass->member);
  g_free (klass->sec_id);
  g_free (klass->ticker);
  g_free (klass->name);
  g_clear_pointer (&klass->fees, prospect_fee_table_free);
  g_clear_pointer (&klass->annual, g_array_unref);
  g_free (klass->inception_date);
  g_clear_pointer (&klass->after_tax, g_ptr_array_unref);
  g_free (klass->best_quarter_date);
  g_free (klass->worst_quarter_date);
  g_free (klass->year_to_date_date);
  g_free (klass);
}

static ProspectFilingClass *
class_new (const char *member)
{
  ProspectFilingClass *klass = g_new0 (ProspectFilingClass, 1);
  ProspectFeeTable *fees = g_new0 (ProspectFeeTable, 1);

  fees->front_load_pct = fees->deferred_load_pct = fees->redemption_fee_pct = fees->exchange_fee_pct = NAN;
  fees->account_fee = fees->management_fee_pct = fees->distribution_fee_pct = fees->other_expenses_pct = NAN;
  fees->acquired_fund_fees_pct = fees->total_pct = fees->waiver_pct = fees->net_pct = fees->waiver_years = NAN;
  fees->conversion_pct = NAN;
  klass->member = g_strdup (member);
  klass->fees = fees;
  for (guint i = 0; i < PROSPECT_FILING_N_HORIZONS; i++)
    klass->example[i] = klass->example_no_redemption[i] = NAN;
  for (guint i = 0; i < PROSPECT_FILING_N_PERIODS; i++)
    klass->average[i] = NAN;
  klass->annual = g_array_new (FALSE, FALSE, sizeof (ProspectAnnualReturn));
  klass->after_tax = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  klass->best_quarter = klass->worst_quarter = klass->year_to_date = NAN;
  return klass;
}

static void
series_free (ProspectFilingSeries *series)
{
  g_free (series->member);
  g_free (series->sec_id);
  g_free (series->name);
  g_free (series->objective);
  g_free (series->strategy);
  g_free (series->risks);
  g_clear_pointer (&series->classes, g_ptr_array_unref);
  g_clear_pointer (&series->indexes, g_ptr_array_unref);
  g_free (series);
}

void
prospect_filing_free (ProspectFiling *filing)
{
  if (filing == NULL)
    return;
  g_free (filing->file_name);
  g_free (filing->registrant);
  g_free (filing->cik);
  g_free (filing->form_type);
  g_free (filing->period_end);
  g_free (filing->accession);
  g_free (filing->taxonomy);
  g_clear_pointer (&filing->series, g_ptr_array_unref);
  g_clear_pointer (&filing->warnings, g_ptr_array_unref);
  g_free (filing);
}

guint
prospect_filing_n_classes (const ProspectFiling *filing)
{
  guint n = 0;

  for (guint i = 0; i < filing->series->len; i++)
    n += ((ProspectFilingSeries *) g_ptr_array_index (filing->series, i))->classes->len;
  return n;
}


static ProspectFilingSeries *
series_for (Build      *build,
            const char *member)
{
  ProspectFilingSeries *series = g_hash_table_lookup (build->series, member);

  if (series == NULL)
    {
      series = g_new0 (ProspectFilingSeries, 1);
      series->member = g_strdup (member);
      series->turnover_pct = NAN;
      series->breakpoint_from = NAN;
      series->classes = g_ptr_array_new_with_free_func ((GDestroyNotify) class_free);
      series->indexes = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
      g_ptr_array_add (build->filing->series, series);
      g_hash_table_insert (build->series, g_strdup (member), series);
    }
  return series;
}

static ProspectFilingClass *
class_for (Build                *build,
           ProspectFilingSeries *series,
           const char           *member)
{
  g_autofree char *key = g_strdup_printf ("%s\n%s", series->member, member);
  ProspectFilingClass *klass = g_hash_table_lookup (build->classes, key);

  if (klass == NULL)
    {
      klass = class_new (member);
      g_ptr_array_add (series->classes, klass);
      g_hash_table_insert (build->classes, g_steal_pointer (&key), klass);
    }
  return klass;
}

static ProspectFilingClass *
bar_chart_for (Build                *build,
               ProspectFilingSeries *series)
{
  ProspectFilingClass *holder = g_hash_table_lookup (build->bar_chart, series->member);

  if (holder == NULL)
    {
      holder = class_new (series->member);
      g_hash_table_insert (build->bar_chart, g_strdup (series->member), holder);
    }
  return holder;
}

static ProspectFilingRow *
row_for (GPtrArray            *rows,
         ProspectFilingRowKind kind,
         const char           *member)
{
  ProspectFilingRow *row;

  for (guint i = 0; i < rows->len; i++)
    {
      row = g_ptr_array_index (rows, i);
      if (g_str_equal (row->member, member))
        return row;
    }
  row = row_new (kind, member);
  g_ptr_array_add (rows, row);
  return row;
}

static void
append_paragraphs (char       **slot,
                   const char  *text)
{
  char *joined;

  if (text == NULL || *text == '\0')
    return;
  joined = *slot != NULL ? g_strconcat (*slot, "\n\n", text, NULL) : g_strdup (text);
  g_free (*slot);
  *slot = joined;
}

static void
set_text (char       **slot,
          const char  *text)
{
  if (*slot == NULL && text != NULL && *text != '\0')
    *slot = g_strdup (text);
}

/* The period an oef average covers, from its context's dates. */
static int
period_from_dates (const ProspectFilingContext *context)
{
  int y0, m0, d0, y1, m1, d1;
  int months;

  if (context->start == NULL || context->end == NULL || sscanf (context->start, "%d-%d-%d", &y0, &m0, &d0) != 3
      || sscanf (context->end, "%d-%d-%d", &y1, &m1, &d1) != 3)
    return -1;
  /* A year from January 1 ends on December 31: count the months the
   * period reaches into. */
  months = (y1 - y0) * 12 + (m1 - m0) + 1;
  if (d0 != 1)
    return PROSPECT_PERIOD_INCEPTION;
  if (months == 12)
    return PROSPECT_PERIOD_1Y;
  if (months == 60)
    return PROSPECT_PERIOD_5Y;
  if (months == 120)
    return PROSPECT_PERIOD_10Y;
  return PROSPECT_PERIOD_INCEPTION;
}

static gboolean
after_tax_kind (const ProspectFilingContext *context,
                ProspectFilingRowKind       *kind)
{
  if (context->measure == NULL || !context->standard_measure)
    return FALSE;
  if (g_str_equal (context->measure, "AfterTaxesOnDistributionsMember"))
    *kind = PROSPECT_FILING_ROW_AFTER_TAXES_ON_DISTRIBUTIONS;
  else if (g_str_equal (context->measure, "AfterTaxesOnDistributionsAndSalesMember"))
    *kind = PROSPECT_FILING_ROW_AFTER_TAXES_ON_SALES;
  else
    return FALSE;
  return TRUE;
}

static gboolean
store (double      *slot,
       double       value,
       const char  *concept,
       const char  *context,
       GError     **error)
{
  if (!isnan (*slot) && *slot != value)
    {
      g_set_error (error, PROSPECT_FILING_ERROR, PROSPECT_FILING_ERROR_INVALID,
                   _("The filing gives two different values for %s in context %s."), concept, context);
      return FALSE;
    }
  *slot = value;
  return TRUE;
}

static gboolean
add_annual (GArray      *annual,
            int          year,
            double       value,
            const char  *concept,
            const char  *context,
            GError     **error)
{
  ProspectAnnualReturn entry = { year, value };

  for (guint i = 0; i < annual->len; i++)
    {
      ProspectAnnualReturn *known = &g_array_index (annual, ProspectAnnualReturn, i);

      if (known->year == year)
        return store (&known->return_pct, value, concept, context, error);
    }
  g_array_append_val (annual, entry);
  return TRUE;
}

static gboolean
check_percent (double       value,
               double       low,
               double       high,
               const char  *concept,
               const char  *context,
               GError     **error)
{
  if (value >= low && value <= high)
    return TRUE;
  g_set_error (error, PROSPECT_FILING_ERROR, PROSPECT_FILING_ERROR_INVALID,
               _("The filing gives %s as %g%% in context %s, outside %g%% to %g%%."), concept, value, context, low,
               high);
  return FALSE;
}

static gboolean
numeric_fact (Build                       *build,
              const ProspectFilingFact    *fact,
              const ProspectFilingContext *context,
              GError                     **error)
{
  ProspectFilingSeries *series = series_for (build, context->series != NULL ? context->series : "");
  ProspectFilingClass *klass = context->klass != NULL ? class_for (build, series, context->klass) : NULL;
  double percent = _prospect_filing_scaled (fact->decimal, fact->scale + 2, fact->negative);
  double amount = _prospect_filing_scaled (fact->decimal, fact->scale, fact->negative);
  ProspectFilingRowKind kind;
  int year = 0;
  guint c;

  for (c = 0; c < G_N_ELEMENTS (concepts); c++)
    if (g_str_equal (concepts[c].name, fact->name))
      break;
  if (c == G_N_ELEMENTS (concepts) && sscanf (fact->name, "AnnualReturn%4d", &year) == 1 && year >= 1900
      && strlen (fact->name) == strlen ("AnnualReturn2000"))
    c = G_N_ELEMENTS (concepts) + 1;
  if (c == G_N_ELEMENTS (concepts) || context->other)
    return TRUE;
  if (c < G_N_ELEMENTS (concepts) && concepts[c].slot == SLOT_ANNUAL)
    {
      if (context->end == NULL || sscanf (context->end, "%4d", &year) != 1)
        return TRUE;
    }

  if (c > G_N_ELEMENTS (concepts) || concepts[c].slot == SLOT_ANNUAL)
    {
      if (!check_percent (percent, -100, 10000, fact->name, fact->context, error))
        return FALSE;
      if (context->measure != NULL)
        return TRUE;
      if (klass != NULL)
        klass->n_facts++;
      return add_annual ((klass != NULL ? klass : bar_chart_for (build, series))->annual, year, percent, fact->name,
                         fact->context, error);
    }

  switch (concepts[c].slot)
    {
    case SLOT_FEE:
    case SLOT_ACCOUNT_FEE:
    case SLOT_EXAMPLE:
    case SLOT_EXAMPLE_NO_REDEMPTION:
      if (klass == NULL || context->measure != NULL)
        return TRUE;
      klass->n_facts++;
      if (concepts[c].slot == SLOT_FEE)
        return check_percent (percent, 0, 100, fact->name, fact->context, error)
               && store (&G_STRUCT_MEMBER (double, klass->fees, concepts[c].index), percent, fact->name,
                         fact->context, error);
      if (amount < 0 || amount > 1e9)
        {
          g_set_error (error, PROSPECT_FILING_ERROR, PROSPECT_FILING_ERROR_INVALID,
                       _("The filing gives %s as $%g in context %s, which cannot be a cost."), fact->name, amount,
                       fact->context);
          return FALSE;
        }
      if (concepts[c].slot == SLOT_ACCOUNT_FEE)
        return store (&klass->fees->account_fee, amount, fact->name, fact->context, error);
      return store (concepts[c].slot == SLOT_EXAMPLE ? &klass->example[concepts[c].index]
                                                     : &klass->example_no_redemption[concepts[c].index],
                    amount, fact->name, fact->context, error);

    case SLOT_AVERAGE:
      {
        int period = concepts[c].index == G_MAXSIZE ? period_from_dates (context) : (int) concepts[c].index;
        double *averages;

        if (period < 0)
          return TRUE;
        if (!check_percent (percent, -100, 10000, fact->name, fact->context, error))
          return FALSE;
        if (klass != NULL && after_tax_kind (context, &kind))
          averages = row_for (klass->after_tax, kind, context->measure)->average;
        else if (context->measure != NULL)
          averages = row_for (series->indexes, PROSPECT_FILING_ROW_INDEX, context->measure)->average;
        else if (klass != NULL)
          averages = klass->average;
        else
          averages = bar_chart_for (build, series)->average;
        if (klass != NULL)
          klass->n_facts++;
        if (concepts[c].index == G_MAXSIZE && period == PROSPECT_PERIOD_INCEPTION && klass != NULL
            && context->measure == NULL)
          set_text (&klass->inception_date, context->start);
        return store (&averages[period], percent, fact->name, fact->context, error);
      }

    case SLOT_BEST:
    case SLOT_WORST:
    case SLOT_YEAR_TO_DATE:
      {
        ProspectFilingClass *holder = klass != NULL ? klass : bar_chart_for (build, series);
        double *slot = concepts[c].slot == SLOT_BEST ? &holder->best_quarter
                       : concepts[c].slot == SLOT_WORST ? &holder->worst_quarter : &holder->year_to_date;

        if (context->measure != NULL)
          return TRUE;
        if (!check_percent (percent, -100, 10000, fact->name, fact->context, error))
          return FALSE;
        if (klass != NULL)
          klass->n_facts++;
        return store (slot, percent, fact->name, fact->context, error);
      }

    case SLOT_TURNOVER:
      if (!check_percent (percent, 0, 100000, fact->name, fact->context, error))
        return FALSE;
      return store (&series->turnover_pct, percent, fact->name, fact->context, error);

    /* "You may qualify for sales charge discounts … at least $50,000". */
    case SLOT_BREAKPOINT:
      if (amount < 0 || amount > 1e12)
        {
          g_set_error (error, PROSPECT_FILING_ERROR, PROSPECT_FILING_ERROR_INVALID,
                       _("The filing gives %s as $%g in context %s, which cannot be an amount invested."), fact->name,
                       amount, fact->context);
          return FALSE;
        }
      return store (&series->breakpoint_from, amount, fact->name, fact->context, error);

    case SLOT_ANNUAL:
    default:
      return TRUE;
    }
}

static void
text_fact (Build                       *build,
           const ProspectFilingFact    *fact,
           const ProspectFilingContext *context)
{
  ProspectFiling *filing = build->filing;
  const char *name = fact->name;
  ProspectFilingSeries *series;
  ProspectFilingClass *holder;
  ProspectFilingRowKind kind;
  g_autofree char *date = NULL;

  if (g_str_has_prefix (fact->taxonomy, "dei/"))
    {
      if (g_str_equal (name, "EntityRegistrantName"))
        set_text (&filing->registrant, fact->text);
      else if (g_str_equal (name, "DocumentType"))
        set_text (&filing->form_type, fact->text);
      else if (g_str_equal (name, "DocumentPeriodEndDate"))
        {
          date = _prospect_filing_date (fact->text);
          set_text (&filing->period_end, date != NULL ? date : fact->text);
        }
      else if (g_str_equal (name, "EntityCentralIndexKey"))
        set_text (&filing->cik, fact->text);
      else if (g_str_equal (name, "TradingSymbol") && context->klass != NULL && *fact->text != '\0')
        g_hash_table_replace (build->tickers, g_strdup (context->klass), g_strdup (fact->text));
      return;
    }
  if (g_str_equal (name, "ClassName") && context->klass != NULL && *fact->text != '\0')
    {
      g_hash_table_replace (build->class_names, g_strdup (context->klass), g_strdup (fact->text));
      return;
    }
  if (context->series == NULL && context->klass == NULL)
    return;
  series = series_for (build, context->series != NULL ? context->series : "");
  if (g_str_equal (name, "ObjectivePrimaryTextBlock"))
    append_paragraphs (&series->objective, fact->text);
  else if (g_str_equal (name, "StrategyNarrativeTextBlock"))
    append_paragraphs (&series->strategy, fact->text);
  else if (g_str_equal (name, "RiskNarrativeTextBlock") || g_str_equal (name, "RiskTextBlock"))
    append_paragraphs (&series->risks, fact->text);
  else if (g_str_has_suffix (name, "Date"))
    {
      holder = context->klass != NULL ? class_for (build, series, context->klass) : bar_chart_for (build, series);
      date = _prospect_filing_date (fact->text);
      if (date == NULL)
        date = g_strdup (fact->text);
      if (g_str_equal (name, "BarChartHighestQuarterlyReturnDate"))
        set_text (&holder->best_quarter_date, date);
      else if (g_str_equal (name, "BarChartLowestQuarterlyReturnDate"))
        set_text (&holder->worst_quarter_date, date);
      else if (g_str_equal (name, "BarChartYearToDateReturnDate"))
        set_text (&holder->year_to_date_date, date);
      else if (g_str_equal (name, "AverageAnnualReturnInceptionDate") || g_str_equal (name, "PerfInceptionDate"))
        {
          if (context->klass != NULL && after_tax_kind (context, &kind))
            set_text (&row_for (holder->after_tax, kind, context->measure)->inception_date, date);
          else if (context->measure != NULL)
            set_text (&row_for (series->indexes, PROSPECT_FILING_ROW_INDEX, context->measure)->inception_date, date);
          else
            set_text (&holder->inception_date, date);
        }
    }
}

/* Bar chart facts given for the series belong to the class whose bar
 * chart the prospectus shows: the one with yearly returns of its own,
 * else the first. */
static void
place_bar_chart (Build                *build,
                 ProspectFilingSeries *series)
{
  ProspectFilingClass *holder = g_hash_table_lookup (build->bar_chart, series->member);
  ProspectFilingClass *target = NULL;

  if (holder == NULL || series->classes->len == 0)
    return;
  for (guint i = 0; i < series->classes->len && target == NULL; i++)
    if (((ProspectFilingClass *) g_ptr_array_index (series->classes, i))->annual->len > 0)
      target = g_ptr_array_index (series->classes, i);
  if (target == NULL)
    target = g_ptr_array_index (series->classes, 0);
  if (target->annual->len == 0)
    g_array_append_vals (target->annual, holder->annual->data, holder->annual->len);
  if (isnan (target->best_quarter))
    {
      target->best_quarter = holder->best_quarter;
      set_text (&target->best_quarter_date, holder->best_quarter_date);
    }
  if (isnan (target->worst_quarter))
    {
      target->worst_quarter = holder->worst_quarter;
      set_text (&target->worst_quarter_date, holder->worst_quarter_date);
    }
  if (isnan (target->year_to_date))
    {
      target->year_to_date = holder->year_to_date;
      set_text (&target->year_to_date_date, holder->year_to_date_date);
    }
  /* Averages given for the series alone can only be a one-class fund's. */
  if (series->classes->len == 1)
    for (guint p = 0; p < PROSPECT_FILING_N_PERIODS; p++)
      if (isnan (target->average[p]))
        target->average[p] = holder->average[p];
}



ProspectFiling *
_prospect_filing_build (ProspectFilingFacts  *facts,
                        const char           *file_name,
                        GError              **error)
{
  g_autoptr(ProspectFiling) filing = g_new0 (ProspectFiling, 1);
  Build build = { 0 };
  gboolean ok = TRUE;

  filing->series = g_ptr_array_new_with_free_func ((GDestroyNotify) series_free);
  filing->warnings = g_ptr_array_new_with_free_func (g_free);
  filing->file_name = file_name != NULL ? g_path_get_basename (file_name) : NULL;
  filing->accession = filing->file_name != NULL ? _prospect_filing_accession (filing->file_name) : NULL;
  filing->inline_xbrl = facts->inline_xbrl;
  filing->n_contexts = g_hash_table_size (facts->contexts);
  filing->n_facts = facts->n_numeric;
  build.filing = filing;
  build.series = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  build.classes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  build.bar_chart = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) class_free);
  build.tickers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  build.class_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  build.labels = facts->labels;

  for (guint i = 0; ok && i < facts->facts->len; i++)
    {
      const ProspectFilingFact *fact = g_ptr_array_index (facts->facts, i);
      const ProspectFilingContext *context = g_hash_table_lookup (facts->contexts, fact->context);

      if (!g_str_has_prefix (fact->taxonomy, "dei/") && filing->taxonomy == NULL)
        filing->taxonomy = g_strdup (fact->taxonomy);
      if (fact->nil)
        continue;
      if (fact->numeric && !g_str_has_prefix (fact->taxonomy, "dei/"))
        ok = numeric_fact (&build, fact, context, error);
      else if (!fact->numeric)
        text_fact (&build, fact, context);
    }

  if (ok)
    {
      for (guint s = 0; s < filing->series->len; s++)
        place_bar_chart (&build, g_ptr_array_index (filing->series, s));
      /* A series named only by text facts, with no class, is not a fund
       * Prospect can show. */
      for (guint s = filing->series->len; s-- > 0;)
        if (((ProspectFilingSeries *) g_ptr_array_index (filing->series, s))->classes->len == 0)
          g_ptr_array_remove_index (filing->series, s);
      _prospect_filing_name_everything (filing, build.labels, build.tickers, build.class_names);
      _prospect_filing_check_quarters (filing);
    }
  if (ok && filing->taxonomy == NULL)
    {
      g_set_error (error, PROSPECT_FILING_ERROR, PROSPECT_FILING_ERROR_NOT_FILING,
                   _("The file is an XBRL document but has no risk/return summary (no facts of the SEC’s rr or oef "
                     "taxonomies): expected a fund prospectus (form 485BPOS, 485APOS or 497), not a %s."),
                   filing->form_type != NULL ? filing->form_type : _("report of another kind"));
      ok = FALSE;
    }
  if (ok && filing->series->len == 0)
    {
      g_set_error (error, PROSPECT_FILING_ERROR, PROSPECT_FILING_ERROR_NOT_FILING,
                   _("The filing’s risk/return summary names no share class, so there is nothing to import."));
      ok = FALSE;
    }

  g_hash_table_unref (build.series);
  g_hash_table_unref (build.classes);
  g_hash_table_unref (build.bar_chart);
  g_hash_table_unref (build.tickers);
  g_hash_table_unref (build.class_names);
  return ok ? g_steal_pointer (&filing) : NULL;
}
