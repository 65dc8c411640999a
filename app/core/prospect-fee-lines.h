/* prospect-fee-lines.h: every line of the fee table described once: its
 * column in the store and the CSV files, its printed label, its group, its
 * range, and where it sits in ProspectFeeTable.  The store, the CSV import
 * and export, the Data page, the handout and the Fees page all read this
 * table, so a new fee line is a migration and one entry here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "prospect-number.h"
#include "prospect-records.h"

G_BEGIN_DECLS

typedef enum
{
  PROSPECT_FEE_GROUP_SHAREHOLDER,  /* paid directly from the investment */
  PROSPECT_FEE_GROUP_OPERATING,    /* annual fund operating expenses */
  PROSPECT_FEE_GROUP_TERMS,        /* how long a waiver lasts, when a class converts */
} ProspectFeeGroup;

typedef struct
{
  const char       *column;         /* store column and CSV header: "management_fee_pct" */
  const char       *label;          /* as a prospectus prints it */
  const char       *heading;        /* short, for a table column */
  ProspectFeeGroup  group;
  ProspectUnit      unit;
  double            min;
  double            max;
  gboolean          whole;          /* whole numbers only */
  gboolean          none_if_absent; /* printed "None" where the document gives no figure */
  gsize             offset;         /* of the value in ProspectFeeTable */
  gboolean          is_int;         /* stored there as an int, not a double */
  gboolean          with_waiver;    /* shown only where the table has a waiver */
  gboolean          only_if_given;  /* a line few funds print: shown only with a figure */
} ProspectFeeLine;

guint                  prospect_fee_lines_count   (void);
const ProspectFeeLine *prospect_fee_lines_get     (guint                  index);
const ProspectFeeLine *prospect_fee_lines_find    (const char            *column);
char                  *prospect_fee_lines_columns (const char            *table_alias);
double                 prospect_fee_line_value    (const ProspectFeeLine *line,
                                                   const ProspectFeeTable *fees);
gboolean               prospect_fee_line_shown    (const ProspectFeeLine *line,
                                                   const ProspectFeeTable *fees);
char                  *prospect_fee_line_format   (const ProspectFeeLine *line,
                                                   const ProspectFeeTable *fees);
GPtrArray             *prospect_fee_table_check   (const ProspectFeeTable *fees);
void                   prospect_fee_line_set      (const ProspectFeeLine *line,
                                                   ProspectFeeTable      *fees,
                                                   double                 value);

G_END_DECLS
