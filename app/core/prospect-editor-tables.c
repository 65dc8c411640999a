/* prospect-editor-tables.c: every table the Data page edits, described
 * once: its columns (name, label, type, range, what an id refers to) and
 * its SQL, written out from the description.  Only these fixed names go
 * into SQL; values are always bound.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "prospect-editor.h"
#include "prospect-fee-lines.h"

#define SOURCE_COLUMNS \
  { "section", N_("Source (section)"), PROSPECT_COLUMN_TEXT, FALSE, 0, 0, NULL }, \
  { "as_of", N_("As of"), PROSPECT_COLUMN_DATE, FALSE, 0, 0, NULL }

static const ProspectColumnSpec fund_columns[] = {
  { "trust", N_("Trust"), PROSPECT_COLUMN_TEXT, TRUE, 0, 0, NULL },
  { "name", N_("Fund"), PROSPECT_COLUMN_TEXT, TRUE, 0, 0, NULL },
  { "adviser", N_("Adviser"), PROSPECT_COLUMN_TEXT, FALSE, 0, 0, NULL },
  { "portfolio_manager", N_("Portfolio manager"), PROSPECT_COLUMN_TEXT, FALSE, 0, 0, NULL },
  { "objective", N_("Objective"), PROSPECT_COLUMN_TEXT, FALSE, 0, 0, NULL },
  SOURCE_COLUMNS,
};

static const ProspectColumnSpec class_columns[] = {
  { "fund_id", N_("Fund"), PROSPECT_COLUMN_INTEGER, TRUE, 1, 9e15, NULL, PROSPECT_REFERENCE_FUND },
  { "name", N_("Share class"), PROSPECT_COLUMN_TEXT, TRUE, 0, 0, NULL },
  { "inception_date", N_("Inception"), PROSPECT_COLUMN_DATE, FALSE, 0, 0, NULL },
  SOURCE_COLUMNS,
};

static const ProspectColumnSpec series_columns[] = {
  { "name", N_("Series"), PROSPECT_COLUMN_TEXT, TRUE, 0, 0, NULL },
  { "class_id", N_("Class (empty for an index)"), PROSPECT_COLUMN_INTEGER, FALSE, 1, 9e15, NULL,
    PROSPECT_REFERENCE_CLASS },
  { "footnote", N_("Footnote"), PROSPECT_COLUMN_TEXT, FALSE, 0, 0, NULL },
};

static const ProspectColumnSpec return_columns[] = {
  { "series_id", N_("Series"), PROSPECT_COLUMN_INTEGER, TRUE, 1, 9e15, NULL, PROSPECT_REFERENCE_SERIES },
  { "year", N_("Year"), PROSPECT_COLUMN_INTEGER, TRUE, 1800, 2200, NULL },
  { "return_pct", N_("Total return %"), PROSPECT_COLUMN_NUMBER, TRUE, -100, 100000, NULL },
  SOURCE_COLUMNS,
};

static const ProspectColumnSpec stated_columns[] = {
  { "class_id", N_("Class"), PROSPECT_COLUMN_INTEGER, TRUE, 1, 9e15, NULL, PROSPECT_REFERENCE_CLASS },
  { "series_id", N_("Series"), PROSPECT_COLUMN_INTEGER, TRUE, 1, 9e15, NULL, PROSPECT_REFERENCE_SERIES },
  { "position", N_("Row"), PROSPECT_COLUMN_INTEGER, TRUE, 0, 1000, NULL },
  { "period", N_("Period"), PROSPECT_COLUMN_CHOICE, TRUE, 0, 0, "1y|5y|10y|inception" },
  { "start_date", N_("From"), PROSPECT_COLUMN_DATE, TRUE, 0, 0, NULL },
  { "end_date", N_("To"), PROSPECT_COLUMN_DATE, TRUE, 0, 0, NULL },
  { "return_pct", N_("Average annual return %"), PROSPECT_COLUMN_NUMBER, TRUE, -100, 100000, NULL },
  SOURCE_COLUMNS,
};


static const ProspectColumnSpec example_columns[] = {
  { "class_id", N_("Class"), PROSPECT_COLUMN_INTEGER, TRUE, 1, 9e15, NULL, PROSPECT_REFERENCE_CLASS },
  { "years", N_("Years"), PROSPECT_COLUMN_INTEGER, TRUE, 1, 50, NULL },
  { "redeemed", N_("Redeemed (1) or not (0)"), PROSPECT_COLUMN_INTEGER, TRUE, 0, 1, NULL },
  { "amount", N_("Amount $"), PROSPECT_COLUMN_NUMBER, TRUE, 0.01, 1e12, NULL },
  { "return_pct", N_("Return %"), PROSPECT_COLUMN_NUMBER, TRUE, -100, 100, NULL },
  { "cost", N_("Printed cost $"), PROSPECT_COLUMN_NUMBER, TRUE, 0, 1e15, NULL },
  SOURCE_COLUMNS,
};

static const ProspectColumnSpec highlight_columns[] = {
  { "class_id", N_("Class"), PROSPECT_COLUMN_INTEGER, TRUE, 1, 9e15, NULL, PROSPECT_REFERENCE_CLASS },
  { "year", N_("Year"), PROSPECT_COLUMN_INTEGER, TRUE, 1800, 2200, NULL },
  { "line", N_("Line (1–18)"), PROSPECT_COLUMN_INTEGER, TRUE, 1, 18, NULL },
  { "value", N_("Value (empty for a dash)"), PROSPECT_COLUMN_NUMBER, FALSE, -1e15, 1e15, NULL },
  SOURCE_COLUMNS,
};

static const ProspectColumnSpec deferred_columns[] = {
  { "class_id", N_("Class"), PROSPECT_COLUMN_INTEGER, TRUE, 1, 9e15, NULL, PROSPECT_REFERENCE_CLASS },
  { "year", N_("Year of redemption"), PROSPECT_COLUMN_INTEGER, TRUE, 1, 50, NULL },
  { "charge_pct", N_("Charge %"), PROSPECT_COLUMN_NUMBER, TRUE, 0, 100, NULL },
};

static const ProspectColumnSpec breakpoint_columns[] = {
  { "class_id", N_("Class"), PROSPECT_COLUMN_INTEGER, TRUE, 1, 9e15, NULL, PROSPECT_REFERENCE_CLASS },
  { "from_amount", N_("From amount $"), PROSPECT_COLUMN_NUMBER, TRUE, 0, 1e12, NULL },
  { "load_pct", N_("Front-end load %"), PROSPECT_COLUMN_NUMBER, TRUE, 0, 100, NULL },
  SOURCE_COLUMNS,
};

static ProspectTableSpec tables[] = {
  { "funds", N_("Funds"), N_("Funds and their trust, adviser and objective."),
    "fund", "rowid", fund_columns, G_N_ELEMENTS (fund_columns) },
  { "classes", N_("Share classes"), N_("Each fund's share classes; the id is what other tables refer to."),
    "share_class", "rowid", class_columns, G_N_ELEMENTS (class_columns) },
  { "series", N_("Series and indexes"), N_("A class's own returns, or a benchmark index such as the S&P 500."),
    "series", "rowid", series_columns, G_N_ELEMENTS (series_columns) },
  { "returns", N_("Yearly returns"), N_("Total return of a series for each calendar year."),
    "annual_return", "series_id, year", return_columns, G_N_ELEMENTS (return_columns) },
  { "stated", N_("Stated averages"), N_("Average annual total returns as a document states them."),
    "stated_return", "class_id, position, period", stated_columns, G_N_ELEMENTS (stated_columns) },
  { "fees", N_("Fee tables"), N_("Shareholder fees and annual operating expenses, percentages as numbers (0.65 = 0.65%)."),
    "fee_table", "class_id", NULL, 0 },
  { "deferred", N_("Deferred charges"), N_("A class's deferred sales charge by year of redemption."),
    "deferred_charge", "class_id, year", deferred_columns, G_N_ELEMENTS (deferred_columns) },
  { "breakpoints", N_("Load breakpoints"),
    N_("A class's front-end load by amount invested: from each amount on, that load (0 for the first step)."),
    "load_breakpoint", "class_id, from_amount", breakpoint_columns, G_N_ELEMENTS (breakpoint_columns) },
  { "examples", N_("Printed examples"), N_("The expense example as the document prints it, to check against the fee table."),
    "expense_example", "class_id, redeemed DESC, years", example_columns, G_N_ELEMENTS (example_columns) },
  { "highlights", N_("Financial highlights"), N_("Per-share data and ratios: lines 1 to 18 for each year."),
    "highlight_value", "class_id, year DESC, line", highlight_columns, G_N_ELEMENTS (highlight_columns) },
};

/* The fee table's columns come from the fee lines, so a new line needs no
 * change here. */
static const ProspectColumnSpec *
make_fee_columns (guint *n_columns)
{
  guint n_lines = prospect_fee_lines_count ();
  ProspectColumnSpec *columns = g_new0 (ProspectColumnSpec, n_lines + 4);
  guint n = 0;

  columns[n++] = (ProspectColumnSpec) { "class_id", N_("Class"), PROSPECT_COLUMN_INTEGER, TRUE, 1, 9e15, NULL, PROSPECT_REFERENCE_CLASS };
  for (guint i = 0; i < n_lines; i++)
    {
      const ProspectFeeLine *line = prospect_fee_lines_get (i);

      columns[n++] = (ProspectColumnSpec) { line->column, line->heading,
                                            line->whole ? PROSPECT_COLUMN_INTEGER : PROSPECT_COLUMN_NUMBER,
                                            g_str_equal (line->column, "total_pct"), line->min, line->max, NULL };
    }
  columns[n++] = (ProspectColumnSpec) { "footnote", N_("Footnote"), PROSPECT_COLUMN_TEXT, FALSE, 0, 0, NULL };
  columns[n++] = (ProspectColumnSpec) { "section", N_("Source (section)"), PROSPECT_COLUMN_TEXT, FALSE, 0, 0, NULL };
  columns[n++] = (ProspectColumnSpec) { "as_of", N_("As of"), PROSPECT_COLUMN_DATE, FALSE, 0, 0, NULL };
  *n_columns = n;
  return columns;
}

/* Only the specs' fixed names go into the text; every value is bound. */
static void
make_sql (ProspectTableSpec *table)
{
  GString *select = g_string_new ("SELECT rowid");
  GString *insert = g_string_new (NULL);
  GString *values = g_string_new ("?1");
  GString *update = g_string_new (NULL);

  g_string_printf (insert, "INSERT INTO %s (rowid", table->sql_table);
  g_string_printf (update, "UPDATE %s SET ", table->sql_table);
  for (guint c = 0; c < table->n_columns; c++)
    {
      const char *name = table->columns[c].name;

      g_string_append_printf (select, ", %s", name);
      g_string_append_printf (insert, ", %s", name);
      g_string_append_printf (values, ", ?%u", c + 2);
      g_string_append_printf (update, "%s%s = ?%u", c > 0 ? ", " : "", name, c + 1);
    }
  g_string_append_printf (select, " FROM %s ORDER BY %s", table->sql_table, table->order_by);
  g_string_append_printf (insert, ") VALUES (%s)", values->str);
  g_string_append_printf (update, " WHERE rowid = ?%u", table->n_columns + 1);
  table->select_sql = g_string_free (select, FALSE);
  table->insert_sql = g_string_free (insert, FALSE);
  table->update_sql = g_string_free (update, FALSE);
  table->delete_sql = g_strdup_printf ("DELETE FROM %s WHERE rowid = ?1", table->sql_table);
  g_string_free (values, TRUE);
}

/* Made once and kept for the life of the process. */
static ProspectTableSpec *
get_tables (void)
{
  static gsize made;

  if (g_once_init_enter (&made))
    {
      for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
        {
          if (tables[i].columns == NULL)
            tables[i].columns = make_fee_columns (&tables[i].n_columns);
          make_sql (&tables[i]);
        }
      g_once_init_leave (&made, 1);
    }
  return tables;
}


guint
prospect_editor_n_tables (void)
{
  return G_N_ELEMENTS (tables);
}

const ProspectTableSpec *
prospect_editor_table (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (tables), NULL);
  return &get_tables ()[index];
}

const ProspectTableSpec *
prospect_editor_find_table (const char *id)
{
  ProspectTableSpec *all = get_tables ();

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (g_strcmp0 (all[i].id, id) == 0)
      return &all[i];
  return NULL;
}
