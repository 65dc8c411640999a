/* prospect-data-kind.c: the kinds of CSV file Prospect reads and writes
 * (funds, returns, fees, highlights, load breakpoints) with their headers, and the report an
 * import gives back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-import"

#include "config.h"

#include <string.h>

#include "prospect-fee-lines.h"
#include "prospect-import.h"

static const struct
{
  const char *name;
  const char *header;
} kinds[] = {
  { "funds", "trust,fund,class,inception_date,source,as_of" },
  /* trust names the fund where two trusts have funds of the same name. */
  { "returns", "trust,fund,class,benchmark,year,return_pct,source,as_of" },
  { "fees", NULL },  /* trust,fund,class, the fee lines, source,as_of: see fees_header () */
  { "highlights", "trust,fund,class,year,line,value,source,as_of" },
  { "breakpoints", "trust,fund,class,from_amount,load_pct,source,as_of" },
};

static const char *
fees_header (void)
{
  static char *header;
  static gsize made;

  if (g_once_init_enter (&made))
    {
      GString *text = g_string_new ("trust,fund,class");

      for (guint i = 0; i < prospect_fee_lines_count (); i++)
        g_string_append_printf (text, ",%s", prospect_fee_lines_get (i)->column);
      g_string_append (text, ",source,as_of");
      header = g_string_free (text, FALSE);
      g_once_init_leave (&made, 1);
    }
  return header;
}

gboolean
prospect_data_kind_from_string (const char       *text,
                                ProspectDataKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (text, kinds[i].name) == 0)
      {
        *kind = (ProspectDataKind) i;
        return TRUE;
      }
  return FALSE;
}

const char *
prospect_data_kind_to_string (ProspectDataKind kind)
{
  g_return_val_if_fail (kind <= PROSPECT_DATA_BREAKPOINTS, NULL);
  return kinds[kind].name;
}

const char *
prospect_data_kind_header (ProspectDataKind kind)
{
  g_return_val_if_fail (kind <= PROSPECT_DATA_BREAKPOINTS, NULL);
  return kind == PROSPECT_DATA_FEES ? fees_header () : kinds[kind].header;
}

static void
problem_free (ProspectImportProblem *problem)
{
  g_free (problem->message);
  g_free (problem);
}

void
prospect_import_report_init (ProspectImportReport *report)
{
  memset (report, 0, sizeof *report);
  report->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) problem_free);
}

void
prospect_import_report_clear (ProspectImportReport *report)
{
  g_clear_pointer (&report->problems, g_ptr_array_unref);
}
