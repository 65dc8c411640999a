/* prospect-cli.c: the command line as two tables, the options and the
 * commands, from which parsing, --help and every "goes with" message come.
 * Each command's run function lives in its own prospect-cli-*.c.
 *
 * Exit status: 0 on success, 1 when the database cannot be used, 2 for a
 * bad option or value.  Every failure is one line on stderr.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-cli"

#include "config.h"

#include <glib/gi18n.h>

#include <stddef.h>

#include "prospect-cli-private.h"

typedef enum
{
  OPT_DATABASE,
  OPT_NON_UNIQUE,
  OPT_JSON,
  OPT_CLASS,
  OPT_AMOUNT,
  OPT_RETURN,
  OPT_EXPENSE_RATIO,
  OPT_NET_EXPENSE_RATIO,
  OPT_WAIVER_YEARS,
  OPT_FRONT_LOAD,
  OPT_DEFERRED_LOAD,
  OPT_CONVERSION_YEARS,
  OPT_CONVERSION_RATIO,
  OPT_YEARS,
  OPT_DAY_COUNT,
  OPT_SCENARIOS,
  OPT_CONTRACT,
  OPT_CONTRIBUTION,
  OPT_MATCH,
  OPT_METHOD,
  OPT_M_AND_E,
  OPT_ADMIN,
  OPT_RIDER,
  OPT_RIDER_BASE,
  OPT_CONTRACT_FEE,
  OPT_CONTRACT_FEE_WAIVED_AT,
  OPT_SURRENDER,
  OPT_SURRENDER_BY,
  OPT_FREE_WITHDRAWAL,
  OPT_BREAKPOINTS,
  OPT_OTHER_HOLDINGS,
  OPT_YEARS_HELD,
  OPT_VALUE,
  OPT_PAYMENTS,
  OPT_BONUS,
  OPT_RECAPTURE,
  OPT_PLAN,
  OPT_AS_OF,
  OPT_PAPER,
  OPT_KIND,
  OPT_VALID_ROWS,
  OPT_CLASSES,
  OPT_DRY_RUN,
  OPT_OUTPUT,
  OPT_WIDTH,
  OPT_HEIGHT,
  OPT_THEME,
  OPT_LOG_SCALE,
  N_OPTS
} OptionId;

#define O(id) (G_GUINT64_CONSTANT (1) << (id))

typedef struct
{
  const char *name;
  GOptionArg  arg;
  gsize       offset;    /* of the value in ProspectCliOptions */
  const char *description;
  const char *arg_description;
} OptionSpec;

#define FIELD(f) offsetof (ProspectCliOptions, f)

static const OptionSpec options[N_OPTS] = {
  [OPT_DATABASE] = { "database", G_OPTION_ARG_FILENAME, FIELD (database),
                     N_("Use this database file instead of the default"), "FILE" },
  [OPT_NON_UNIQUE] = { "non-unique", G_OPTION_ARG_NONE, FIELD (non_unique),
                       N_("Run a separate instance of the window"), NULL },
  [OPT_JSON] = { "json", G_OPTION_ARG_NONE, FIELD (json), N_("Print machine-readable JSON"), NULL },
  [OPT_CLASS] = { "class", G_OPTION_ARG_STRING, FIELD (class_id), N_("Share class id (see --list-funds)"), "ID" },
  [OPT_AMOUNT] = { "amount", G_OPTION_ARG_STRING, FIELD (amount), N_("Amount invested (default 10,000)"), "N" },
  [OPT_RETURN] = { "return", G_OPTION_ARG_STRING, FIELD (return_pct), N_("Annual return in percent (default 5)"),
                   "PCT" },
  [OPT_EXPENSE_RATIO] = { "expense-ratio", G_OPTION_ARG_STRING, FIELD (expense_ratio),
                          N_("Gross expense ratio in percent"), "PCT" },
  [OPT_NET_EXPENSE_RATIO] = { "net-expense-ratio", G_OPTION_ARG_STRING, FIELD (net_expense_ratio),
                              N_("Expense ratio while a fee waiver is in force"), "PCT" },
  [OPT_WAIVER_YEARS] = { "waiver-years", G_OPTION_ARG_STRING, FIELD (waiver_years),
                         N_("Years the waiver is in force (may be fractional)"), "Y" },
  [OPT_FRONT_LOAD] = { "front-load", G_OPTION_ARG_STRING, FIELD (front_load), N_("Front-end sales load in percent"),
                       "PCT" },
  [OPT_DEFERRED_LOAD] = { "deferred-load", G_OPTION_ARG_STRING, FIELD (deferred_load),
                          N_("Deferred sales charge by year of redemption"), "PCT[,PCT…]" },
  [OPT_CONVERSION_YEARS] = { "conversion-years", G_OPTION_ARG_STRING, FIELD (conversion_years),
                             N_("Years after which the class converts"), "N" },
  [OPT_CONVERSION_RATIO] = { "conversion-ratio", G_OPTION_ARG_STRING, FIELD (conversion_ratio),
                             N_("Expense ratio after conversion"), "PCT" },
  [OPT_YEARS] = { "years", G_OPTION_ARG_STRING, FIELD (years), N_("Periods in years (default 1,3,5,10)"), "LIST" },
  [OPT_DAY_COUNT] = { "day-count", G_OPTION_ARG_STRING, FIELD (day_count),
                      N_("Day count for fractional years: anniversary, actual/365 or actual/365.25"), "NAME" },
  [OPT_SCENARIOS] = { "scenarios", G_OPTION_ARG_STRING, FIELD (scenarios),
                      N_("Saved scenarios for the handout's or --total-cost's comparison (default: all)"),
                      "NAME,…" },
  [OPT_CONTRACT] = { "contract", G_OPTION_ARG_STRING, FIELD (contract),
                     N_("A saved scenario whose contract charges a chart shows: the fund's bars after them, or its "
                        "costs with them"), "NAME" },
  [OPT_CONTRIBUTION] = { "contribution", G_OPTION_ARG_STRING, FIELD (contribution),
                         N_("Paid in at the start of each year (default 0)"), "N" },
  [OPT_MATCH] = { "match", G_OPTION_ARG_STRING, FIELD (match), N_("Employer match each year (default 0)"), "N" },
  [OPT_METHOD] = { "method", G_OPTION_ARG_STRING, FIELD (method),
                   N_("How yearly charges are taken: prospectus (default) or sec (the SEC cost calculator's)"),
                   "NAME" },
  [OPT_M_AND_E] = { "m-and-e", G_OPTION_ARG_STRING, FIELD (m_and_e),
                    N_("Mortality and expense charge, percent of the value a year"), "PCT" },
  [OPT_ADMIN] = { "admin", G_OPTION_ARG_STRING, FIELD (admin),
                  N_("Administrative charge, percent of the value a year"), "PCT" },
  [OPT_RIDER] = { "rider", G_OPTION_ARG_STRING, FIELD (rider), N_("Rider charge, percent a year (see --rider-base)"),
                  "PCT" },
  [OPT_RIDER_BASE] = { "rider-base", G_OPTION_ARG_STRING, FIELD (rider_base),
                       N_("What the rider charge is a percent of: account (default) or payments"), "BASE" },
  [OPT_CONTRACT_FEE] = { "contract-fee", G_OPTION_ARG_STRING, FIELD (contract_fee),
                         N_("Annual contract fee in dollars"), "N" },
  [OPT_CONTRACT_FEE_WAIVED_AT] = { "contract-fee-waived-at", G_OPTION_ARG_STRING, FIELD (contract_fee_waived_at),
                                   N_("Value at or above which the contract fee is waived"), "N" },
  [OPT_SURRENDER] = { "surrender", G_OPTION_ARG_STRING, FIELD (surrender),
                      N_("Surrender charge by contract year"), "PCT[,PCT…]" },
  [OPT_SURRENDER_BY] = { "surrender-by", G_OPTION_ARG_STRING, FIELD (surrender_by),
                         N_("What the deferred and surrender schedules count: year (contract year, default) or "
                            "payment (each payment's age)"), "BASIS" },
  [OPT_FREE_WITHDRAWAL] = { "free-withdrawal", G_OPTION_ARG_STRING, FIELD (free_withdrawal),
                            N_("Percent of the value that can be taken out free of charges"), "PCT" },
  [OPT_BREAKPOINTS] = { "breakpoints", G_OPTION_ARG_STRING, FIELD (breakpoints),
                        N_("Front-end load by amount: from each amount on, that load"), "AMOUNT:PCT,…" },
  [OPT_OTHER_HOLDINGS] = { "other-holdings", G_OPTION_ARG_STRING, FIELD (other_holdings),
                           N_("Held elsewhere, counted towards a load breakpoint (rights of accumulation)"), "N" },
  [OPT_YEARS_HELD] = { "years-held", G_OPTION_ARG_STRING, FIELD (years_held),
                       N_("Complete contract years the old contract has been held"), "N" },
  [OPT_VALUE] = { "value", G_OPTION_ARG_STRING, FIELD (value), N_("The old contract's value today"), "N" },
  [OPT_PAYMENTS] = { "payments", G_OPTION_ARG_STRING, FIELD (payments),
                     N_("The old contract's purchase payments (its surrender charge base; default: the value)"), "N" },
  [OPT_BONUS] = { "bonus", G_OPTION_ARG_STRING, FIELD (bonus), N_("The new contract's bonus credit on what comes in"),
                  "PCT" },
  [OPT_RECAPTURE] = { "recapture", G_OPTION_ARG_STRING, FIELD (recapture),
                      N_("Share of the bonus taken back on surrender, by new contract year"), "PCT[,PCT…]" },
  [OPT_PLAN] = { "plan", G_OPTION_ARG_STRING, FIELD (plan), N_("A plan line-up, by name (see the Plan page)"), "NAME" },
  [OPT_AS_OF] = { "as-of", G_OPTION_ARG_STRING, FIELD (as_of),
                  N_("The date the figures must run to (default: the plan's, else each document's own)"), "YYYY-MM-DD" },
  [OPT_PAPER] = { "paper", G_OPTION_ARG_STRING, FIELD (paper), N_("letter or a4 (default: the locale's)"), "NAME" },
  [OPT_KIND] = { "kind", G_OPTION_ARG_STRING, FIELD (kind),
                 N_("What the CSV file holds: funds, returns, fees, highlights or breakpoints"), "KIND" },
  [OPT_VALID_ROWS] = { "valid-rows", G_OPTION_ARG_NONE, FIELD (valid_rows),
                       N_("Import the valid rows and skip the others (default: all or nothing)"), NULL },
  [OPT_CLASSES] = { "classes", G_OPTION_ARG_STRING, FIELD (classes),
                    N_("Classes: the filing's to import (SEC class id, ticker or name; default: all), or the "
                       "comparative chart's (ids from --list-funds, or all)"), "ID,…" },
  [OPT_DRY_RUN] = { "dry-run", G_OPTION_ARG_NONE, FIELD (dry_run),
                    N_("Show what the filing holds and what would change, and write nothing"), NULL },
  [OPT_OUTPUT] = { "output", G_OPTION_ARG_FILENAME, FIELD (output),
                   N_("Where to write a chart (.png, .svg or .pdf) or a CSV export"), "FILE" },
  [OPT_WIDTH] = { "width", G_OPTION_ARG_STRING, FIELD (width), N_("Width in pixels (default 1600)"), "PX" },
  [OPT_HEIGHT] = { "height", G_OPTION_ARG_STRING, FIELD (height), N_("Height in pixels (default 900)"), "PX" },
  [OPT_THEME] = { "theme", G_OPTION_ARG_STRING, FIELD (theme), N_("light, dark, high-contrast or print (default)"),
                  "THEME" },
  [OPT_LOG_SCALE] = { "log-scale", G_OPTION_ARG_NONE, FIELD (log_scale), N_("Growth chart on a logarithmic scale"),
                      NULL },
};

/* A command is an option that selects what to do, the options it takes,
 * and the function that does it. */
typedef struct
{
  OptionSpec     option;
  guint64        takes;
  ProspectCliRun run;
} CommandSpec;

static const CommandSpec commands[] = {
  { { "list-funds", G_OPTION_ARG_NONE, FIELD (list_funds), N_("List funds and share classes with their ids"), NULL },
    O (OPT_DATABASE) | O (OPT_JSON),
    _prospect_cli_run_list_funds },
  { { "expense-example", G_OPTION_ARG_NONE, FIELD (expense_example), N_("Compute the N-1A expense example"), NULL },
    O (OPT_DATABASE) | O (OPT_JSON) | O (OPT_CLASS) | O (OPT_AMOUNT) | O (OPT_RETURN) | O (OPT_EXPENSE_RATIO) |
    O (OPT_NET_EXPENSE_RATIO) | O (OPT_WAIVER_YEARS) | O (OPT_FRONT_LOAD) | O (OPT_DEFERRED_LOAD) |
    O (OPT_CONVERSION_YEARS) | O (OPT_CONVERSION_RATIO) | O (OPT_YEARS),
    _prospect_cli_run_expense_example },
  { { "total-cost", G_OPTION_ARG_NONE, FIELD (total_cost),
      N_("Compute the total cost of owning a class, a typed-in fund or saved scenarios, contract charges included"),
      NULL },
    O (OPT_DATABASE) | O (OPT_JSON) | O (OPT_CLASS) | O (OPT_AMOUNT) | O (OPT_RETURN) | O (OPT_EXPENSE_RATIO) |
    O (OPT_NET_EXPENSE_RATIO) | O (OPT_WAIVER_YEARS) | O (OPT_FRONT_LOAD) | O (OPT_DEFERRED_LOAD) |
    O (OPT_CONVERSION_YEARS) | O (OPT_CONVERSION_RATIO) | O (OPT_YEARS) | O (OPT_CONTRIBUTION) | O (OPT_MATCH) |
    O (OPT_METHOD) | O (OPT_M_AND_E) | O (OPT_ADMIN) | O (OPT_RIDER) | O (OPT_RIDER_BASE) | O (OPT_CONTRACT_FEE) |
    O (OPT_CONTRACT_FEE_WAIVED_AT) | O (OPT_SURRENDER) | O (OPT_SURRENDER_BY) | O (OPT_FREE_WITHDRAWAL) |
    O (OPT_BREAKPOINTS) | O (OPT_OTHER_HOLDINGS) |
    O (OPT_SCENARIOS),
    _prospect_cli_run_total_cost },
  { { "exchange", G_OPTION_ARG_NONE, FIELD (exchange),
      N_("Keep a contract or exchange it for another (1035): two saved scenarios, year by year"), NULL },
    O (OPT_DATABASE) | O (OPT_JSON) | O (OPT_SCENARIOS) | O (OPT_YEARS) | O (OPT_RETURN) | O (OPT_METHOD) |
    O (OPT_YEARS_HELD) | O (OPT_VALUE) | O (OPT_PAYMENTS) | O (OPT_BONUS) | O (OPT_RECAPTURE),
    _prospect_cli_run_exchange },
  { { "average-returns", G_OPTION_ARG_NONE, FIELD (average_returns),
      N_("Compare stated average annual returns with the yearly data"), NULL },
    O (OPT_DATABASE) | O (OPT_JSON) | O (OPT_CLASS) | O (OPT_DAY_COUNT),
    _prospect_cli_run_average_returns },
  { { "export-chart", G_OPTION_ARG_STRING, FIELD (export_chart),
      N_("Export a chart: annual-returns, relative-returns, average-returns, growth, growth-log, expense-example, expense-schedule, "
         "cost-over-time, fees-by-layer"), "NAME" },
    O (OPT_DATABASE) | O (OPT_CLASS) | O (OPT_OUTPUT) | O (OPT_WIDTH) | O (OPT_HEIGHT) | O (OPT_THEME) |
    O (OPT_LOG_SCALE) | O (OPT_CONTRACT),
    _prospect_cli_run_export_chart },
  { { "export-handout", G_OPTION_ARG_FILENAME, FIELD (export_handout),
      N_("Write the client handout (cover, performance, fees, costs, highlights) as a PDF"), "FILE.pdf" },
    O (OPT_DATABASE) | O (OPT_CLASS) | O (OPT_SCENARIOS),
    _prospect_cli_run_export_handout },
  { { "export-comparative-chart", G_OPTION_ARG_FILENAME, FIELD (export_comparative_chart),
      N_("Write a plan's comparative chart of its options (29 CFR 2550.404a-5) as a landscape PDF or as CSV"),
      "FILE.pdf|FILE.csv" },
    O (OPT_DATABASE) | O (OPT_PLAN) | O (OPT_CLASSES) | O (OPT_AS_OF),
    _prospect_cli_run_export_comparative_chart },
  { { "export-fact-sheet", G_OPTION_ARG_FILENAME, FIELD (export_fact_sheet),
      N_("Write a class's one-page fact sheet as a PDF"), "FILE.pdf" },
    O (OPT_DATABASE) | O (OPT_CLASS) | O (OPT_PAPER),
    _prospect_cli_run_export_fact_sheet },
  { { "import", G_OPTION_ARG_FILENAME, FIELD (import), N_("Import a CSV file (see --kind)"), "FILE.csv" },
    O (OPT_DATABASE) | O (OPT_KIND) | O (OPT_VALID_ROWS),
    _prospect_cli_run_import },
  { { "import-filing", G_OPTION_ARG_FILENAME, FIELD (import_filing),
      N_("Import a fund's prospectus filing (inline XBRL .htm or XBRL .xml): every class's fees, example and "
         "returns"), "FILE" },
    O (OPT_DATABASE) | O (OPT_JSON) | O (OPT_CLASSES) | O (OPT_DRY_RUN),
    _prospect_cli_run_import_filing },
  { { "export-csv", G_OPTION_ARG_STRING, FIELD (export_csv), N_("Export funds, returns, fees, highlights or breakpoints as CSV"),
      "KIND" },
    O (OPT_DATABASE) | O (OPT_OUTPUT),
    _prospect_cli_run_export_csv },
};

/* With no command, the window starts; these are the options it takes. */
#define LAUNCH_TAKES (O (OPT_DATABASE) | O (OPT_NON_UNIQUE))

static void
options_clear (ProspectCliOptions *o)
{
  for (guint i = 0; i < N_OPTS; i++)
    if (options[i].arg != G_OPTION_ARG_NONE)
      g_clear_pointer ((char **) G_STRUCT_MEMBER_P (o, options[i].offset), g_free);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (commands[i].option.arg != G_OPTION_ARG_NONE)
      g_clear_pointer ((char **) G_STRUCT_MEMBER_P (o, commands[i].option.offset), g_free);
  g_clear_pointer (&o->rest, g_strfreev);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ProspectCliOptions, options_clear)

void
prospect_launch_options_clear (ProspectLaunchOptions *launch_options)
{
  g_clear_pointer (&launch_options->database, g_free);
}

static gboolean
is_given (const ProspectCliOptions *o,
          const OptionSpec         *spec)
{
  if (spec->arg == G_OPTION_ARG_NONE)
    return G_STRUCT_MEMBER (gboolean, o, spec->offset);
  return G_STRUCT_MEMBER (char *, o, spec->offset) != NULL;
}

static GOptionEntry
entry_for (const OptionSpec   *spec,
           ProspectCliOptions *o)
{
  GOptionEntry entry = { spec->name, 0, 0, spec->arg, G_STRUCT_MEMBER_P (o, spec->offset), spec->description,
                         spec->arg_description };

  return entry;
}

/* "--a, --b or --c": the commands that take OPTION. */
static char *
commands_taking (OptionId option)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (commands[i].takes & O (option))
      g_ptr_array_add (names, g_strdup_printf ("--%s", commands[i].option.name));
  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0)
        g_string_append (text, i + 1 == names->len ? " or " : ", ");
      g_string_append (text, g_ptr_array_index (names, i));
    }
  return g_string_free (text, FALSE);
}

/* Refuses, in words, an option that the command (or the window, when
 * COMMAND is NULL) does not take, instead of ignoring it. */
static gboolean
check_options_taken (const ProspectCliOptions *o,
                     const CommandSpec        *command,
                     FILE                     *err)
{
  guint64 takes = command != NULL ? command->takes : LAUNCH_TAKES;

  for (OptionId i = 0; i < N_OPTS; i++)
    {
      g_autofree char *goes_with = NULL;

      if (!is_given (o, &options[i]) || (takes & O (i)))
        continue;
      goes_with = commands_taking (i);
      if (command != NULL)
        fprintf (err, _("prospect: --%s does not go with --%s; it goes with %s.\n"), options[i].name,
                 command->option.name, *goes_with != '\0' ? goes_with : "starting the window");
      else
        fprintf (err, _("prospect: --%s goes with %s.\n"), options[i].name, goes_with);
      return FALSE;
    }
  return TRUE;
}

static char *
describe_commands (void)
{
  GString *text = g_string_new ("Commands and the options each takes:\n");

  for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
    {
      g_string_append_printf (text, "  --%s", commands[c].option.name);
      for (OptionId i = 0; i < N_OPTS; i++)
        if (commands[c].takes & O (i))
          g_string_append_printf (text, " [--%s]", options[i].name);
      g_string_append_c (text, '\n');
    }
  g_string_append (text, "  (none: start the window) [--database] [--non-unique]\n");
  return g_string_free (text, FALSE);
}

int
prospect_cli_run (int                    argc,
                  char                 **argv,
                  ProspectLaunchOptions *launch,
                  FILE                  *out,
                  FILE                  *err)
{
  g_auto(ProspectCliOptions) o = { 0 };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) entries = g_array_new (TRUE, TRUE, sizeof (GOptionEntry));
  g_autofree char *description = describe_commands ();
  g_auto(GStrv) args = NULL;
  const CommandSpec *command = NULL;
  GOptionEntry entry;

  g_return_val_if_fail (launch != NULL, PROSPECT_CLI_EXIT_USAGE);

  entry = (GOptionEntry) { "version", 0, 0, G_OPTION_ARG_NONE, &o.version, N_("Print the version and exit"), NULL };
  g_array_append_val (entries, entry);
  entry = (GOptionEntry) { "help", 'h', 0, G_OPTION_ARG_NONE, &o.help, N_("Show the options"), NULL };
  g_array_append_val (entries, entry);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      entry = entry_for (&commands[i].option, &o);
      g_array_append_val (entries, entry);
    }
  for (guint i = 0; i < N_OPTS; i++)
    {
      entry = entry_for (&options[i], &o);
      g_array_append_val (entries, entry);
    }
  entry = (GOptionEntry) { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o.rest, NULL, NULL };
  g_array_append_val (entries, entry);

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, _("Prospect: a fund prospectus as charts, tables and cost calculators."));
  g_option_context_set_description (context, description);
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, (const GOptionEntry *) entries->data, NULL);

  args = g_new0 (char *, (gsize) MAX (argc, 0) + 1);
  for (int i = 0; i < argc; i++)
    args[i] = g_strdup (argv[i]);
  if (!g_option_context_parse_strv (context, &args, &error))
    {
      g_autofree char *message = g_strdup_printf ("%s (see “prospect --help”).", error->message);

      return _prospect_cli_usage_error (err, message);
    }
  if (o.rest != NULL && o.rest[0] != NULL)
    {
      g_autofree char *shown = g_utf8_make_valid (o.rest[0], -1);
      g_autofree char *message = g_strdup_printf ("Unexpected argument “%s” (see “prospect --help”).", shown);

      return _prospect_cli_usage_error (err, message);
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

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (!is_given (&o, &commands[i].option))
        continue;
      if (command != NULL)
        {
          fprintf (err, _("prospect: Give one command at a time (--%s and --%s were both given).\n"),
                   command->option.name, commands[i].option.name);
          return PROSPECT_CLI_EXIT_USAGE;
        }
      command = &commands[i];
    }
  if (!check_options_taken (&o, command, err))
    return PROSPECT_CLI_EXIT_USAGE;
  if (command != NULL)
    return command->run (&o, out, err);

  launch->database = g_steal_pointer (&o.database);
  launch->non_unique = o.non_unique;
  return PROSPECT_CLI_LAUNCH;
}
