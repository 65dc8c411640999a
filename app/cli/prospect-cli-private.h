/* prospect-cli-private.h: what the command line's files share: the parsed
 * options, the helpers that turn text into checked values, and each
 * command's run function (listed in the command table of prospect-cli.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "prospect-cli.h"
#include "prospect-database.h"
#include "prospect-number.h"

G_BEGIN_DECLS

#define PROSPECT_CLI_EXIT_DATA 1
#define PROSPECT_CLI_EXIT_USAGE 2

/* Every option as given; NULL or FALSE when it was not.  Values stay text
 * until the command that takes them parses them with its own rules. */
typedef struct
{
  gboolean  version;
  gboolean  help;
  gboolean  list_funds;
  gboolean  expense_example;
  gboolean  average_returns;
  gboolean  total_cost;
  gboolean  exchange;
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
  char     *contract;
  char     *contribution;
  char     *match;
  char     *method;
  char     *m_and_e;
  char     *admin;
  char     *rider;
  char     *rider_base;
  char     *contract_fee;
  char     *contract_fee_waived_at;
  char     *surrender;
  char     *surrender_by;
  char     *free_withdrawal;
  char     *breakpoints;
  char     *other_holdings;
  char     *years_held;
  char     *value;
  char     *payments;
  char     *bonus;
  char     *recapture;
  char     *export_comparative_chart;
  char     *export_fact_sheet;
  char     *plan;
  char     *as_of;
  char     *paper;
  char     *import;
  char     *kind;
  char     *export_csv;
  gboolean  valid_rows;
  char     *import_filing;
  char     *classes;
  gboolean  dry_run;
  char     *output;
  char     *width;
  char     *height;
  char     *theme;
  gboolean  log_scale;
  char    **rest;
} ProspectCliOptions;

typedef int (*ProspectCliRun) (const ProspectCliOptions *o,
                               FILE                     *out,
                               FILE                     *err);

int               _prospect_cli_usage_error        (FILE                     *err,
                                                    const char               *message);
int               _prospect_cli_data_error         (FILE                     *err,
                                                    const GError             *error);
void              _prospect_cli_print_json         (FILE                     *out,
                                                    JsonNode                 *root);
void              _prospect_cli_add_double_or_null (JsonBuilder              *b,
                                                    const char               *name,
                                                    gboolean                  available,
                                                    double                    value);
void              _prospect_cli_print_padded       (FILE                     *out,
                                                    const char               *text,
                                                    int                       width);
ProspectDatabase *_prospect_cli_open_database      (const ProspectCliOptions *o,
                                                    GError                  **error);
ProspectDatabase *_prospect_cli_open_class         (const ProspectCliOptions *o,
                                                    gint64                   *class_id,
                                                    GError                  **error);
gboolean          _prospect_cli_parse_option       (const char               *text,
                                                    const char               *option,
                                                    const char               *name,
                                                    ProspectUnit              unit,
                                                    double                    min,
                                                    double                    max,
                                                    gboolean                  whole,
                                                    double                   *value,
                                                    FILE                     *err);
/* A figure an option gives: its text, the option and the figure's name for
 * messages, and the rules it must follow; where the parsed value goes. */
typedef struct
{
  const char  *text;
  const char  *option;
  const char  *name;
  ProspectUnit unit;
  double       min;
  double       max;
  gboolean     whole;
  double      *value;
} ProspectCliFigure;

gboolean          _prospect_cli_parse_figures      (const ProspectCliFigure  *figures,
                                                    guint                     n_figures,
                                                    FILE                     *err);
gboolean          _prospect_cli_parse_class_id     (const ProspectCliOptions *o,
                                                    gint64                   *class_id,
                                                    FILE                     *err);
gboolean          _prospect_cli_parse_list         (const char               *text,
                                                    const char               *option,
                                                    const char               *name,
                                                    ProspectUnit              unit,
                                                    double                    min,
                                                    double                    max,
                                                    gboolean                  whole,
                                                    double                   *values,
                                                    guint                    *n_values,
                                                    FILE                     *err);
gboolean          _prospect_cli_parse_size         (const char               *text,
                                                    const char               *option,
                                                    int                      *value,
                                                    FILE                     *err);

int _prospect_cli_run_list_funds      (const ProspectCliOptions *o,
                                       FILE                     *out,
                                       FILE                     *err);
int _prospect_cli_run_export_comparative_chart (const ProspectCliOptions *o,
                                                FILE                     *out,
                                                FILE                     *err);
int _prospect_cli_run_export_fact_sheet        (const ProspectCliOptions *o,
                                                FILE                     *out,
                                                FILE                     *err);
int _prospect_cli_run_exchange        (const ProspectCliOptions *o,
                                       FILE                     *out,
                                       FILE                     *err);
int _prospect_cli_run_total_cost      (const ProspectCliOptions *o,
                                       FILE                     *out,
                                       FILE                     *err);
int _prospect_cli_run_expense_example (const ProspectCliOptions *o,
                                       FILE                     *out,
                                       FILE                     *err);
int _prospect_cli_run_average_returns (const ProspectCliOptions *o,
                                       FILE                     *out,
                                       FILE                     *err);
int _prospect_cli_run_import_filing   (const ProspectCliOptions *o,
                                       FILE                     *out,
                                       FILE                     *err);
int _prospect_cli_run_export_chart    (const ProspectCliOptions *o,
                                       FILE                     *out,
                                       FILE                     *err);
int _prospect_cli_run_export_handout  (const ProspectCliOptions *o,
                                       FILE                     *out,
                                       FILE                     *err);
int _prospect_cli_run_import          (const ProspectCliOptions *o,
                                       FILE                     *out,
                                       FILE                     *err);
int _prospect_cli_run_export_csv      (const ProspectCliOptions *o,
                                       FILE                     *out,
                                       FILE                     *err);

G_END_DECLS
