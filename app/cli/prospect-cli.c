/* prospect-cli.c
 *
 * Exit status: 0 on success, 1 when the database cannot be used, 2 for a
 * bad option or value.  Every failure is one line on stderr.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-cli"

#include "config.h"

#include <math.h>

#include <json-glib/json-glib.h>

#include "prospect-chart-catalogue.h"
#include "prospect-cli.h"
#include "prospect-database.h"
#include "prospect-expense.h"
#include "prospect-format.h"
#include "prospect-import.h"
#include "prospect-number.h"
#include "prospect-reconcile.h"
#include "prospect-report.h"

#define EXIT_USAGE 2
#define EXIT_DATA 1

typedef struct
{
  gboolean  version;
  gboolean  help;
  gboolean  list_funds;
  gboolean  expense_example;
  gboolean  average_returns;
  gboolean  json;
  gboolean  non_unique;
  char     *database;
  char     *class_id;
  char     *amount;
  char     *return_pct;
  char     *expense_ratio;
  char     *net_expense_ratio;
  char     *waiver_years;
  char     *front_load;
  char     *deferred_load;
  char     *conversion_years;
  char     *conversion_ratio;
  char     *years;
  char     *day_count;
  char     *export_chart;
  char     *export_handout;
  char     *scenarios;
  char     *import;
  char     *kind;
  char     *export_csv;
  gboolean  valid_rows;
  char     *output;
  char     *width;
  char     *height;
  char     *theme;
  gboolean  log_scale;
  char    **rest;
} Options;

static void
options_clear (Options *o)
{
  g_free (o->database);
  g_free (o->class_id);
  g_free (o->amount);
  g_free (o->return_pct);
  g_free (o->expense_ratio);
  g_free (o->net_expense_ratio);
  g_free (o->waiver_years);
  g_free (o->front_load);
  g_free (o->deferred_load);
  g_free (o->conversion_years);
  g_free (o->conversion_ratio);
  g_free (o->years);
  g_free (o->day_count);
  g_free (o->export_chart);
  g_free (o->export_handout);
  g_free (o->scenarios);
  g_free (o->import);
  g_free (o->kind);
  g_free (o->export_csv);
  g_free (o->output);
  g_free (o->width);
  g_free (o->height);
  g_free (o->theme);
  g_strfreev (o->rest);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

void
prospect_launch_options_clear (ProspectLaunchOptions *options)
{
  g_clear_pointer (&options->database, g_free);
}

static int
usage_error (FILE       *err,
             const char *message)
{
  fprintf (err, "prospect: %s\n", message);
  return EXIT_USAGE;
}

static int
data_error (FILE         *err,
            const GError *error)
{
  fprintf (err, "prospect: %s\n", error->message);
  return EXIT_DATA;
}

static void
print_json (FILE     *out,
            JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  fprintf (out, "%s\n", text);
}

static ProspectDatabase *
open_database (const Options  *o,
               GError        **error)
{
  if (o->database != NULL)
    return prospect_database_open (o->database, error);
  return prospect_database_open_default (error);
}

/* A field value from the command line, with the field's own rules. */
static gboolean
parse_option (const char  *text,
              const char  *option,
              const char  *name,
              ProspectUnit unit,
              double       min,
              double       max,
              gboolean     whole,
              double      *value,
              FILE        *err)
{
  ProspectFieldSpec spec = { name, unit, min, max, FALSE, whole };
  g_autoptr(GError) error = NULL;

  if (text == NULL)
    return TRUE;
  if (!prospect_parse_field (text, &spec, value, &error))
    {
      fprintf (err, "prospect: %s: %s\n", option, error->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_class_id (const Options *o,
                gint64        *class_id,
                FILE          *err)
{
  guint64 value = 0;

  *class_id = 0;
  if (o->class_id == NULL)
    return TRUE;
  if (!g_ascii_string_to_unsigned (o->class_id, 10, 1, G_MAXINT64, &value, NULL))
    {
      g_autofree char *shown = g_utf8_make_valid (o->class_id, (gssize) MIN (strlen (o->class_id), 24));

      fprintf (err, "prospect: --class: “%s” is not a share class id; ids are whole numbers from 1 up "
               "(see --list-funds).\n", shown);
      return FALSE;
    }
  *class_id = (gint64) value;
  return TRUE;
}

static gboolean
parse_list (const char  *text,
            const char  *option,
            const char  *name,
            ProspectUnit unit,
            double       min,
            double       max,
            gboolean     whole,
            double      *values,
            guint       *n_values,
            FILE        *err)
{
  g_auto(GStrv) parts = NULL;
  char separator = prospect_locale_decimal_point () == ',' ? ';' : ',';

  *n_values = 0;
  if (text == NULL)
    return TRUE;
  parts = g_strsplit (text, (char[]) { separator, 0 }, -1);
  if (g_strv_length (parts) > PROSPECT_MAX_YEARS)
    {
      fprintf (err, "prospect: %s: give at most %d values.\n", option, PROSPECT_MAX_YEARS);
      return FALSE;
    }
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (!parse_option (parts[i], option, name, unit, min, max, whole, &values[*n_values], err))
        return FALSE;
      (*n_values)++;
    }
  return TRUE;
}

/* printf pads by bytes; names with “–” or accents need padding by characters. */
static void
print_padded (FILE       *out,
              const char *text,
              int         width)
{
  long len = g_utf8_strlen (text, -1);

  fputs (text, out);
  for (long i = len; i < width; i++)
    fputc (' ', out);
}

static int
run_list_funds (const Options *o,
                FILE          *out,
                FILE          *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = open_database (o, &error);
  g_autoptr(GPtrArray) classes = NULL;

  if (db == NULL)
    return data_error (err, error);
  classes = prospect_database_list_classes (db, &error);
  if (classes == NULL)
    return data_error (err, error);

  if (o->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;
      gint64 fund_id = -1;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "funds");
      json_builder_begin_array (builder);
      for (guint i = 0; i < classes->len; i++)
        {
          const ProspectClassInfo *c = g_ptr_array_index (classes, i);

          if (c->fund_id != fund_id)
            {
              if (fund_id != -1)
                {
                  json_builder_end_array (builder);
                  json_builder_end_object (builder);
                }
              fund_id = c->fund_id;
              json_builder_begin_object (builder);
              json_builder_set_member_name (builder, "id");
              json_builder_add_int_value (builder, c->fund_id);
              json_builder_set_member_name (builder, "trust");
              json_builder_add_string_value (builder, c->trust);
              json_builder_set_member_name (builder, "name");
              json_builder_add_string_value (builder, c->fund_name);
              json_builder_set_member_name (builder, "classes");
              json_builder_begin_array (builder);
            }
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_int_value (builder, c->id);
          json_builder_set_member_name (builder, "name");
          json_builder_add_string_value (builder, c->name);
          json_builder_set_member_name (builder, "inception_date");
          if (c->inception_date != NULL)
            json_builder_add_string_value (builder, c->inception_date);
          else
            json_builder_add_null_value (builder);
          json_builder_end_object (builder);
        }
      if (fund_id != -1)
        {
          json_builder_end_array (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      print_json (out, root);
      return 0;
    }

  fprintf (out, "%-6s %-44s %s\n", "ID", "Fund", "Share class");
  for (guint i = 0; i < classes->len; i++)
    {
      const ProspectClassInfo *c = g_ptr_array_index (classes, i);
      g_autofree char *fund = g_strdup_printf ("%s – %s", c->trust, c->fund_name);

      fprintf (out, "%-6" G_GINT64_FORMAT " ", c->id);
      print_padded (out, fund, 44);
      fprintf (out, " %s\n", c->name);
    }
  return 0;
}

static gint64
resolve_class (ProspectDatabase  *db,
               gint64             class_id,
               GError           **error)
{
  g_autoptr(ProspectClassInfo) info = NULL;

  if (class_id == 0)
    return prospect_database_first_class_id (db, error);
  info = prospect_database_get_class (db, class_id, error);
  return info != NULL ? info->id : 0;
}

/* The database, and in *CLASS_ID the class to use: the one asked for after
 * checking it exists, or the first one when none was asked for. */
static ProspectDatabase *
open_class (const Options  *o,
            gint64         *class_id,
            GError        **error)
{
  g_autoptr(ProspectDatabase) db = open_database (o, error);

  if (db == NULL)
    return NULL;
  *class_id = resolve_class (db, *class_id, error);
  if (*class_id == 0)
    return NULL;
  return g_steal_pointer (&db);
}

static int
run_expense_example (const Options *o,
                     FILE          *out,
                     FILE          *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = NULL;
  g_autoptr(ProspectExpenseResult) result = NULL;
  g_autoptr(GArray) printed = NULL;
  ProspectExpenseInput input;
  gint64 class_id = 0;
  double years[PROSPECT_MAX_YEARS];
  guint n_years = 0;
  double conversion_years = 0;
  gboolean from_fee_table = o->expense_ratio == NULL;
  gboolean default_inputs;

  prospect_expense_input_init (&input);
  if (!parse_class_id (o, &class_id, err))
    return EXIT_USAGE;
  if (o->net_expense_ratio != NULL && o->waiver_years == NULL)
    return usage_error (err, "--net-expense-ratio needs --waiver-years: how long the waiver is in force.");
  if (o->conversion_ratio != NULL && o->conversion_years == NULL)
    return usage_error (err, "--conversion-ratio needs --conversion-years: when the class converts.");

  if (from_fee_table)
    {
      g_autoptr(ProspectFeeTable) fees = NULL;

      db = open_class (o, &class_id, &error);
      if (db == NULL)
        return data_error (err, error);
      fees = prospect_database_get_fee_table (db, class_id, &error);
      if (fees == NULL)
        {
          fprintf (err, "prospect: %s Give the ratio with --expense-ratio.\n", error->message);
          return EXIT_DATA;
        }
      prospect_expense_input_set_fee_table (&input, fees);
      printed = prospect_database_list_expense_example (db, class_id, &error);
      if (printed == NULL)
        return data_error (err, error);
    }

  if (!parse_option (o->amount, "--amount", "Amount", PROSPECT_UNIT_DOLLARS, 0.01, PROSPECT_MAX_AMOUNT, FALSE,
                     &input.amount, err) ||
      !parse_option (o->return_pct, "--return", "Annual return", PROSPECT_UNIT_PERCENT, -100, 100, FALSE,
                     &input.return_pct, err) ||
      !parse_option (o->expense_ratio, "--expense-ratio", "Expense ratio", PROSPECT_UNIT_PERCENT, 0, 100, FALSE,
                     &input.gross_pct, err) ||
      !parse_option (o->net_expense_ratio, "--net-expense-ratio", "Net expense ratio", PROSPECT_UNIT_PERCENT, 0,
                     100, FALSE, &input.net_pct, err) ||
      !parse_option (o->waiver_years, "--waiver-years", "Waiver term", PROSPECT_UNIT_YEARS, 0, 50, FALSE,
                     &input.waiver_years, err) ||
      !parse_option (o->front_load, "--front-load", "Front-end sales load", PROSPECT_UNIT_PERCENT, 0, 100, FALSE,
                     &input.front_load_pct, err) ||
      !parse_option (o->conversion_years, "--conversion-years", "Conversion", PROSPECT_UNIT_YEARS, 1, 50, TRUE,
                     &conversion_years, err) ||
      !parse_option (o->conversion_ratio, "--conversion-ratio", "Expense ratio after conversion",
                     PROSPECT_UNIT_PERCENT, 0, 100, FALSE, &input.conversion_pct, err))
    return EXIT_USAGE;
  if (o->conversion_years != NULL)
    {
      input.conversion_years = (int) conversion_years;
      if (o->conversion_ratio == NULL && isnan (input.conversion_pct))
        return usage_error (err, "--conversion-years needs --conversion-ratio: the ratio after conversion.");
    }
  if (o->waiver_years != NULL && o->net_expense_ratio == NULL && isnan (input.net_pct))
    return usage_error (err, "--waiver-years needs --net-expense-ratio: the ratio while the waiver is in force.");
  if (o->deferred_load != NULL &&
      !parse_list (o->deferred_load, "--deferred-load", "Deferred sales charge", PROSPECT_UNIT_PERCENT, 0, 100,
                   FALSE, input.deferred_pct, &input.n_deferred, err))
    return EXIT_USAGE;
  if (o->years != NULL)
    {
      if (!parse_list (o->years, "--years", "Each period", PROSPECT_UNIT_YEARS, 1, 50, TRUE, years, &n_years, err))
        return EXIT_USAGE;
      input.n_horizons = n_years;
      for (guint i = 0; i < n_years; i++)
        input.horizons[i] = (int) years[i];
    }

  result = prospect_expense_compute (&input, &error);
  if (result == NULL)
    return usage_error (err, error->message);

  /* The printed example is only comparable on the inputs it was printed for. */
  default_inputs = from_fee_table && o->amount == NULL && o->return_pct == NULL && o->net_expense_ratio == NULL &&
                   o->front_load == NULL && o->deferred_load == NULL && o->conversion_years == NULL;

  if (o->json)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (b);
      if (from_fee_table)
        {
          json_builder_set_member_name (b, "class_id");
          json_builder_add_int_value (b, class_id);
        }
      json_builder_set_member_name (b, "amount");
      json_builder_add_double_value (b, input.amount);
      json_builder_set_member_name (b, "annual_return_pct");
      json_builder_add_double_value (b, input.return_pct);
      json_builder_set_member_name (b, "expense_ratio_pct");
      json_builder_add_double_value (b, input.gross_pct);
      json_builder_set_member_name (b, "front_load_cost");
      json_builder_add_double_value (b, result->front_load_cost);
      json_builder_set_member_name (b, "method");
      json_builder_add_string_value (b, prospect_expense_method ());
      json_builder_set_member_name (b, "rows");
      json_builder_begin_array (b);
      for (guint i = 0; i < result->rows->len; i++)
        {
          const ProspectExpenseRow *row = &g_array_index (result->rows, ProspectExpenseRow, i);

          json_builder_begin_object (b);
          json_builder_set_member_name (b, "years");
          json_builder_add_int_value (b, row->years);
          json_builder_set_member_name (b, "cost");
          if (row->cost < 9007199254740992.0)
            json_builder_add_int_value (b, (gint64) row->cost);
          else
            json_builder_add_double_value (b, row->cost);
          json_builder_set_member_name (b, "cost_exact");
          json_builder_add_double_value (b, row->cost_exact);
          json_builder_set_member_name (b, "redeemed");
          json_builder_add_boolean_value (b, row->redeemed);
          if (default_inputs && printed != NULL)
            for (guint p = 0; p < printed->len; p++)
              {
                const ProspectPrintedExample *e = &g_array_index (printed, ProspectPrintedExample, p);

                if (e->years == row->years && e->redeemed == row->redeemed)
                  {
                    json_builder_set_member_name (b, "printed");
                    json_builder_add_double_value (b, e->cost);
                    json_builder_set_member_name (b, "agrees");
                    json_builder_add_boolean_value (b, prospect_round_half_up (e->cost, 0) == row->cost);
                  }
              }
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_set_member_name (b, "schedule");
      json_builder_begin_array (b);
      for (guint i = 0; i < result->schedule->len; i++)
        {
          const ProspectExpenseYear *y = &g_array_index (result->schedule, ProspectExpenseYear, i);

          json_builder_begin_object (b);
          json_builder_set_member_name (b, "year");
          json_builder_add_int_value (b, y->year);
          json_builder_set_member_name (b, "begin");
          json_builder_add_double_value (b, y->begin);
          json_builder_set_member_name (b, "ratio_pct");
          json_builder_add_double_value (b, y->ratio_pct);
          json_builder_set_member_name (b, "cost");
          json_builder_add_double_value (b, y->cost);
          json_builder_set_member_name (b, "end");
          json_builder_add_double_value (b, y->end);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
      root = json_builder_get_root (b);
      print_json (out, root);
      return 0;
    }

  {
    g_autofree char *amount = prospect_format_money (input.amount, 0, PROSPECT_NEGATIVE_MINUS);
    g_autofree char *ret = prospect_format_percent (input.return_pct, 2, PROSPECT_NEGATIVE_MINUS);
    g_autofree char *ratio = prospect_format_percent (input.gross_pct, 2, PROSPECT_NEGATIVE_MINUS);

    fprintf (out, "Expense example: %s invested, %s a year, expense ratio %s\n", amount, ret, ratio);
    fprintf (out, "%-8s %-12s %-14s %s\n", "Years", "Redeemed", "Cost", "Exact");
    for (guint i = 0; i < result->rows->len; i++)
      {
        const ProspectExpenseRow *row = &g_array_index (result->rows, ProspectExpenseRow, i);
        g_autofree char *cost = prospect_format_money (row->cost, 0, PROSPECT_NEGATIVE_MINUS);
        g_autofree char *exact = prospect_format_grouped (row->cost_exact, 4);

        fprintf (out, "%-8d %-12s %-14s %s\n", row->years, row->redeemed ? "yes" : "no", cost, exact);
      }
    fprintf (out, "Method: %s\n", prospect_expense_method ());
  }
  return 0;
}

static void
add_double_or_null (JsonBuilder *b,
                    const char  *name,
                    gboolean     available,
                    double       value)
{
  json_builder_set_member_name (b, name);
  if (available && isfinite (value))
    json_builder_add_double_value (b, value);
  else
    json_builder_add_null_value (b);
}

static int
run_average_returns (const Options *o,
                     FILE          *out,
                     FILE          *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  ProspectDayCount day_count = PROSPECT_DAY_COUNT_DEFAULT;
  gint64 class_id = 0;

  if (!parse_class_id (o, &class_id, err))
    return EXIT_USAGE;
  if (o->day_count != NULL && !prospect_day_count_from_string (o->day_count, &day_count))
    return usage_error (err, "--day-count must be anniversary, actual/365 or actual/365.25.");

  db = open_class (o, &class_id, &error);
  if (db == NULL)
    return data_error (err, error);
  rows = prospect_reconcile_class (db, class_id, day_count, &error);
  if (rows == NULL)
    return data_error (err, error);

  if (o->json)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "class_id");
      json_builder_add_int_value (b, class_id);
      json_builder_set_member_name (b, "day_count");
      json_builder_add_string_value (b, prospect_day_count_to_string (day_count));
      json_builder_set_member_name (b, "rows");
      json_builder_begin_array (b);
      for (guint i = 0; i < rows->len; i++)
        {
          const ProspectReconciliation *r = g_ptr_array_index (rows, i);

          json_builder_begin_object (b);
          json_builder_set_member_name (b, "series");
          json_builder_add_string_value (b, r->stated->series_name);
          json_builder_set_member_name (b, "period");
          json_builder_add_string_value (b, prospect_period_to_string (r->stated->period));
          json_builder_set_member_name (b, "start_date");
          json_builder_add_string_value (b, r->stated->start_date);
          json_builder_set_member_name (b, "end_date");
          json_builder_add_string_value (b, r->stated->end_date);
          json_builder_set_member_name (b, "stated_pct");
          json_builder_add_double_value (b, r->stated->return_pct);
          add_double_or_null (b, "computed_pct", r->computed.available, r->computed.average_pct);
          add_double_or_null (b, "n_years", r->computed.available, r->computed.n_years);
          json_builder_set_member_name (b, "annualized");
          json_builder_add_boolean_value (b, r->computed.annualized);
          json_builder_set_member_name (b, "agree");
          if (r->computed.available)
            json_builder_add_boolean_value (b, r->agrees);
          else
            json_builder_add_null_value (b);
          json_builder_set_member_name (b, "reason");
          if (r->computed.reason != NULL)
            json_builder_add_string_value (b, r->computed.reason);
          else
            json_builder_add_null_value (b);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
      root = json_builder_get_root (b);
      print_json (out, root);
      return 0;
    }

  fprintf (out, "Average annual total returns (day count: %s; periods under a year are not annualized)\n",
           prospect_day_count_to_string (day_count));
  fprintf (out, "%-44s %-16s %10s %10s  %s\n", "Series", "Period", "Stated", "Computed", "Agrees");
  for (guint i = 0; i < rows->len; i++)
    {
      const ProspectReconciliation *r = g_ptr_array_index (rows, i);
      g_autofree char *stated = prospect_format_percent (r->stated->return_pct, 2, PROSPECT_NEGATIVE_PARENTHESES);
      g_autofree char *computed = r->computed.available
        ? prospect_format_percent (r->computed.average_pct, 2, PROSPECT_NEGATIVE_PARENTHESES)
        : g_strdup ("—");

      print_padded (out, r->stated->series_name, 44);
      fprintf (out, " %-16s %10s %10s  %s\n", prospect_period_label (r->stated->period), stated, computed,
               r->computed.available ? (r->agrees ? "yes" : "no") : r->computed.reason);
    }
  return 0;
}

static const char * const chart_names[] = {
  "annual-returns", "average-returns", "growth", "expense-example", "cost-over-time", NULL,
};

static ProspectChartData *
build_chart (ProspectDatabase  *db,
             const char        *name,
             gint64             class_id,
             gboolean           log_scale,
             GError           **error)
{
  g_autoptr(ProspectClassInfo) info = NULL;
  g_autoptr(ProspectFeeTable) fees = NULL;
  g_autofree char *subtitle = NULL;

  if (g_str_equal (name, "annual-returns"))
    return prospect_chart_annual_returns (db, class_id, error);
  if (g_str_equal (name, "average-returns"))
    return prospect_chart_average_returns (db, class_id, error);
  if (g_str_equal (name, "growth"))
    return prospect_chart_growth (db, class_id, 10000, log_scale, error);

  info = prospect_database_get_class (db, class_id, error);
  if (info == NULL || (fees = prospect_database_get_fee_table (db, class_id, error)) == NULL)
    return NULL;
  subtitle = g_strdup_printf ("%s – %s", info->fund_name, info->name);

  if (g_str_equal (name, "expense-example"))
    {
      g_autoptr(ProspectExpenseResult) result = NULL;
      ProspectExpenseInput input;

      prospect_expense_input_init (&input);
      prospect_expense_input_set_fee_table (&input, fees);
      result = prospect_expense_compute (&input, error);
      return result != NULL ? prospect_chart_expense_example (&input, result, subtitle) : NULL;
    }
  else
    {
      g_autoptr(ProspectCostResult) result = NULL;
      const ProspectCostResult *results[1];
      const char *names[1] = { subtitle };
      ProspectCostScenario scenario;
      ProspectCostAssumptions assumptions;

      prospect_cost_scenario_init (&scenario);
      prospect_cost_scenario_set_fees (&scenario, fees);
      prospect_cost_assumptions_init (&assumptions);
      assumptions.years = 20;
      result = prospect_cost_compute (&scenario, &assumptions, error);
      if (result == NULL)
        return NULL;
      results[0] = result;
      return prospect_chart_cost_over_time (results, names, 1);
    }
}

static gboolean
parse_size (const char *text,
            const char *option,
            int        *value,
            FILE       *err)
{
  gint64 parsed = 0;

  if (text == NULL)
    return TRUE;
  if (!g_ascii_string_to_signed (text, 10, 1, 20000, &parsed, NULL))
    {
      g_autofree char *shown = g_utf8_make_valid (text, (gssize) MIN (strlen (text), 24));

      fprintf (err, "prospect: %s: “%s” is not a size; give whole pixels from 1 to 20000.\n", option, shown);
      return FALSE;
    }
  *value = (int) parsed;
  return TRUE;
}

static int
run_export_chart (const Options *o,
                  FILE          *out,
                  FILE          *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = NULL;
  g_autoptr(ProspectChartData) chart = NULL;
  ProspectChartThemeKind theme_kind = PROSPECT_CHART_THEME_PRINT;
  ProspectChartTheme theme;
  gint64 class_id = 0;
  int width = 1600, height = 900;

  if (!g_strv_contains (chart_names, o->export_chart))
    return usage_error (err, "--export-chart must be annual-returns, average-returns, growth, expense-example "
                             "or cost-over-time.");
  if (o->output == NULL)
    return usage_error (err, "--export-chart needs --output FILE (.png, .svg or .pdf).");
  if (!parse_class_id (o, &class_id, err) || !parse_size (o->width, "--width", &width, err) ||
      !parse_size (o->height, "--height", &height, err))
    return EXIT_USAGE;
  if (o->theme != NULL && !prospect_chart_theme_kind_from_string (o->theme, &theme_kind))
    return usage_error (err, "--theme must be light, dark, high-contrast or print.");
  prospect_chart_theme_init (&theme, theme_kind);

  {
    /* Check the name before reading anything, so a typo fails fast. */
    g_autofree char *lower = g_ascii_strdown (o->output, -1);

    if (!g_str_has_suffix (lower, ".png") && !g_str_has_suffix (lower, ".svg") && !g_str_has_suffix (lower, ".pdf"))
      return usage_error (err, "--output must end in .png, .svg or .pdf.");
  }

  db = open_class (o, &class_id, &error);
  if (db == NULL)
    return data_error (err, error);
  chart = build_chart (db, o->export_chart, class_id, o->log_scale, &error);
  if (chart == NULL)
    return data_error (err, error);
  if (prospect_chart_data_is_empty (chart))
    {
      fprintf (err, "prospect: The %s chart has no data for share class %" G_GINT64_FORMAT ".\n", o->export_chart,
               class_id);
      return EXIT_DATA;
    }
  if (!prospect_chart_export (chart, o->output, width, height, &theme, &error))
    return usage_error (err, error->message);
  return 0;
}

static int
run_export_handout (const Options *o,
                    FILE          *out,
                    FILE          *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = NULL;
  g_autoptr(ProspectReport) report = NULL;
  g_autofree char *lower = g_ascii_strdown (o->export_handout, -1);
  gint64 class_id = 0;

  if (!g_str_has_suffix (lower, ".pdf"))
    return usage_error (err, "--export-handout must name a .pdf file.");
  if (!parse_class_id (o, &class_id, err))
    return EXIT_USAGE;
  db = open_class (o, &class_id, &error);
  if (db == NULL)
    return data_error (err, error);
  {
    g_auto(GStrv) names = NULL;

    if (o->scenarios != NULL)
      {
        names = g_strsplit (o->scenarios, ",", -1);
        for (guint i = 0; names[i] != NULL; i++)
          g_strstrip (names[i]);
      }
    report = prospect_report_new (db, class_id, PROSPECT_REPORT_ALL, (const char * const *) names, NULL, &error);
  }
  if (report == NULL)
    return data_error (err, error);
  if (!prospect_report_export_pdf (report, o->export_handout, &error))
    return usage_error (err, error->message);
  return 0;
}

static int
run_import (const Options *o,
            FILE          *out,
            FILE          *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = NULL;
  ProspectImportReport report;
  ProspectDataKind kind;
  gboolean ok;

  if (o->kind == NULL || !prospect_data_kind_from_string (o->kind, &kind))
    return usage_error (err, "--import needs --kind funds, returns, fees or highlights.");
  db = open_database (o, &error);
  if (db == NULL)
    return data_error (err, error);

  ok = prospect_import_csv_file (db, kind, o->import,
                                 o->valid_rows ? PROSPECT_IMPORT_VALID_ROWS : PROSPECT_IMPORT_ALL_OR_NOTHING,
                                 NULL, NULL, NULL, &report, &error);
  for (guint i = 0; i < report.problems->len; i++)
    {
      const ProspectImportProblem *p = g_ptr_array_index (report.problems, i);

      fprintf (err, "prospect: %s:%u: %s\n", o->import, p->line, p->message);
    }
  if (!ok)
    {
      fprintf (err, "prospect: %s\n", error->message);
      prospect_import_report_clear (&report);
      return g_error_matches (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_READ_ONLY) ||
             g_error_matches (error, PROSPECT_DATABASE_ERROR, PROSPECT_DATABASE_ERROR_LOCKED) ? EXIT_DATA : EXIT_USAGE;
    }
  fprintf (out, "Imported %u of %u rows into %s.\n", report.rows_imported, report.rows_read,
           prospect_database_get_path (db));
  ok = report.problems->len == 0;
  prospect_import_report_clear (&report);
  return ok ? 0 : EXIT_USAGE;
}

static int
run_export_csv (const Options *o,
                FILE          *out,
                FILE          *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectDatabase) db = NULL;
  ProspectDataKind kind;

  if (!prospect_data_kind_from_string (o->export_csv, &kind))
    return usage_error (err, "--export-csv must be funds, returns, fees or highlights.");
  if (o->output == NULL)
    return usage_error (err, "--export-csv needs --output FILE.csv.");
  db = open_database (o, &error);
  if (db == NULL)
    return data_error (err, error);
  if (!prospect_export_csv_file (db, kind, o->output, &error))
    return usage_error (err, error->message);
  return 0;
}

int
prospect_cli_run (int                    argc,
                  char                 **argv,
                  ProspectLaunchOptions *launch,
                  FILE                  *out,
                  FILE                  *err)
{
  g_auto(Options) o = { 0 };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  int n_commands;
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, &o.version, "Print the version and exit", NULL },
    { "help", 'h', 0, G_OPTION_ARG_NONE, &o.help, "Show the options", NULL },
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &o.database, "Use this database file instead of the default", "FILE" },
    { "list-funds", 0, 0, G_OPTION_ARG_NONE, &o.list_funds, "List funds and share classes with their ids", NULL },
    { "expense-example", 0, 0, G_OPTION_ARG_NONE, &o.expense_example, "Compute the N-1A expense example", NULL },
    { "average-returns", 0, 0, G_OPTION_ARG_NONE, &o.average_returns,
      "Compare stated average annual returns with the yearly data", NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &o.json, "Print machine-readable JSON", NULL },
    { "class", 0, 0, G_OPTION_ARG_STRING, &o.class_id, "Share class id (see --list-funds)", "ID" },
    { "amount", 0, 0, G_OPTION_ARG_STRING, &o.amount, "Amount invested (default 10,000)", "N" },
    { "return", 0, 0, G_OPTION_ARG_STRING, &o.return_pct, "Annual return in percent (default 5)", "PCT" },
    { "expense-ratio", 0, 0, G_OPTION_ARG_STRING, &o.expense_ratio, "Gross expense ratio in percent", "PCT" },
    { "net-expense-ratio", 0, 0, G_OPTION_ARG_STRING, &o.net_expense_ratio,
      "Expense ratio while a fee waiver is in force", "PCT" },
    { "waiver-years", 0, 0, G_OPTION_ARG_STRING, &o.waiver_years, "Years the waiver is in force (may be fractional)",
      "Y" },
    { "front-load", 0, 0, G_OPTION_ARG_STRING, &o.front_load, "Front-end sales load in percent", "PCT" },
    { "deferred-load", 0, 0, G_OPTION_ARG_STRING, &o.deferred_load,
      "Deferred sales charge by year of redemption", "PCT[,PCT…]" },
    { "conversion-years", 0, 0, G_OPTION_ARG_STRING, &o.conversion_years, "Years after which the class converts",
      "N" },
    { "conversion-ratio", 0, 0, G_OPTION_ARG_STRING, &o.conversion_ratio, "Expense ratio after conversion", "PCT" },
    { "years", 0, 0, G_OPTION_ARG_STRING, &o.years, "Periods in years (default 1,3,5,10)", "LIST" },
    { "day-count", 0, 0, G_OPTION_ARG_STRING, &o.day_count,
      "Day count for fractional years: anniversary, actual/365 or actual/365.25", "NAME" },
    { "export-chart", 0, 0, G_OPTION_ARG_STRING, &o.export_chart,
      "Export a chart: annual-returns, average-returns, growth, expense-example, cost-over-time", "NAME" },
    { "export-handout", 0, 0, G_OPTION_ARG_FILENAME, &o.export_handout,
      "Write the client handout (cover, performance, fees, costs, highlights) as a PDF", "FILE.pdf" },
    { "scenarios", 0, 0, G_OPTION_ARG_STRING, &o.scenarios,
      "Saved scenarios for the handout's cost comparison (default: all)", "NAME,…" },
    { "import", 0, 0, G_OPTION_ARG_FILENAME, &o.import, "Import a CSV file (see --kind)", "FILE.csv" },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &o.kind, "What the CSV file holds: funds, returns, fees or highlights",
      "KIND" },
    { "valid-rows", 0, 0, G_OPTION_ARG_NONE, &o.valid_rows,
      "Import the valid rows and skip the others (default: all or nothing)", NULL },
    { "export-csv", 0, 0, G_OPTION_ARG_STRING, &o.export_csv, "Export funds, returns, fees or highlights as CSV",
      "KIND" },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &o.output, "Where to write a chart (.png, .svg or .pdf) or a CSV export", "FILE" },
    { "width", 0, 0, G_OPTION_ARG_STRING, &o.width, "Width in pixels (default 1600)", "PX" },
    { "height", 0, 0, G_OPTION_ARG_STRING, &o.height, "Height in pixels (default 900)", "PX" },
    { "theme", 0, 0, G_OPTION_ARG_STRING, &o.theme, "light, dark, high-contrast or print (default)", "THEME" },
    { "log-scale", 0, 0, G_OPTION_ARG_NONE, &o.log_scale, "Growth chart on a logarithmic scale", NULL },
    { "non-unique", 0, 0, G_OPTION_ARG_NONE, &o.non_unique, "Run a separate instance of the window", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o.rest, NULL, NULL },
    { NULL }
  };

  g_return_val_if_fail (launch != NULL, EXIT_USAGE);

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, "Prospect: a fund prospectus as charts, tables and cost calculators.");
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_add_main_entries (context, entries, NULL);

  args = g_new0 (char *, (gsize) MAX (argc, 0) + 1);
  for (int i = 0; i < argc; i++)
    args[i] = g_strdup (argv[i]);
  if (!g_option_context_parse_strv (context, &args, &error))
    {
      g_autofree char *message = g_strdup_printf ("%s (see “prospect --help”).", error->message);

      return usage_error (err, message);
    }
  if (o.rest != NULL && o.rest[0] != NULL)
    {
      g_autofree char *shown = g_utf8_make_valid (o.rest[0], -1);
      g_autofree char *message = g_strdup_printf ("Unexpected argument “%s” (see “prospect --help”).", shown);

      return usage_error (err, message);
    }

  if (o.help)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      fputs (help, out);
      return 0;
    }
  if (o.version)
    {
      fprintf (out, "prospect %s\n", PACKAGE_VERSION);
      return 0;
    }

  n_commands = o.list_funds + o.expense_example + o.average_returns + (o.export_chart != NULL) +
               (o.export_handout != NULL) + (o.import != NULL) + (o.export_csv != NULL);
  if (n_commands > 1)
    return usage_error (err, "Give one of --list-funds, --expense-example, --average-returns, --export-chart, "
                             "--export-handout, --import and --export-csv at a time.");
  if (o.import != NULL)
    return run_import (&o, out, err);
  if (o.export_csv != NULL)
    return run_export_csv (&o, out, err);
  if (o.export_handout != NULL)
    return run_export_handout (&o, out, err);
  if (o.export_chart != NULL)
    return run_export_chart (&o, out, err);
  if (o.list_funds)
    return run_list_funds (&o, out, err);
  if (o.expense_example)
    return run_expense_example (&o, out, err);
  if (o.average_returns)
    return run_average_returns (&o, out, err);

  if (o.json || o.class_id || o.amount || o.return_pct || o.expense_ratio || o.net_expense_ratio || o.waiver_years ||
      o.front_load || o.deferred_load || o.years || o.day_count || o.conversion_years || o.conversion_ratio ||
      o.output || o.width || o.height || o.theme || o.log_scale || o.scenarios || o.kind || o.valid_rows)
    return usage_error (err, "That option goes with --list-funds, --expense-example, --average-returns or "
                             "--export-chart.");

  launch->database = g_steal_pointer (&o.database);
  launch->non_unique = o.non_unique;
  return PROSPECT_CLI_LAUNCH;
}
