/* prospect-filing.h: a fund prospectus filing's risk/return summary, as
 * its XBRL facts give it (inline XBRL .htm or an XBRL instance .xml, the
 * rr and oef taxonomies).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "prospect-records.h"

G_BEGIN_DECLS

#define PROSPECT_FILING_ERROR (prospect_filing_error_quark ())

typedef enum
{
  PROSPECT_FILING_ERROR_UNREADABLE,   /* cannot be read, or too large */
  PROSPECT_FILING_ERROR_NOT_XML,      /* not well-formed XML */
  PROSPECT_FILING_ERROR_UNSAFE,       /* declares entities or a DTD of its own */
  PROSPECT_FILING_ERROR_NOT_FILING,   /* XML, but not a risk/return filing */
  PROSPECT_FILING_ERROR_INVALID,      /* a filing whose facts contradict themselves */
} ProspectFilingError;

#define PROSPECT_FILING_MAX_SIZE (64 * 1024 * 1024)

/* The four periods of the average annual returns table, by ProspectPeriod. */
#define PROSPECT_FILING_N_PERIODS 4
/* The printed example's horizons: 1, 3, 5 and 10 years. */
#define PROSPECT_FILING_N_HORIZONS 4

typedef enum
{
  PROSPECT_FILING_ROW_INDEX,
  PROSPECT_FILING_ROW_AFTER_TAXES_ON_DISTRIBUTIONS,
  PROSPECT_FILING_ROW_AFTER_TAXES_ON_SALES,
} ProspectFilingRowKind;

/* One row of the average annual returns table other than the class's own:
 * an index, or the class after taxes.  Figures are percent numbers; NAN
 * where the filing gives none. */
typedef struct
{
  ProspectFilingRowKind kind;
  char                 *member;   /* the XBRL member's local name */
  char                 *name;
  double                average[PROSPECT_FILING_N_PERIODS];
  char                 *inception_date;
} ProspectFilingRow;

typedef struct
{
  char             *member;       /* "C000006333Member" */
  char             *sec_id;       /* "C000006333", or NULL when the member is not one */
  char             *ticker;
  char             *name;
  ProspectFeeTable *fees;
  double            example[PROSPECT_FILING_N_HORIZONS];
  double            example_no_redemption[PROSPECT_FILING_N_HORIZONS];
  GArray           *annual;       /* ProspectAnnualReturn, by year */
  double            average[PROSPECT_FILING_N_PERIODS];
  char             *inception_date;
  GPtrArray        *after_tax;    /* ProspectFilingRow */
  double            best_quarter;
  char             *best_quarter_date;
  double            worst_quarter;
  char             *worst_quarter_date;
  double            year_to_date;
  char             *year_to_date_date;
  guint             n_facts;
} ProspectFilingClass;

typedef struct
{
  char      *member;              /* "S000002391Member" */
  char      *sec_id;
  char      *name;
  double     turnover_pct;
  double     breakpoint_from;     /* sales charge discounts from this amount; NAN: none stated */
  char      *objective;           /* plain text, paragraphs split by a blank line */
  char      *strategy;
  char      *risks;
  GPtrArray *classes;             /* ProspectFilingClass, in the order the filing first names them */
  GPtrArray *indexes;             /* ProspectFilingRow */
} ProspectFilingSeries;

typedef struct
{
  char      *file_name;
  char      *registrant;
  char      *cik;
  char      *form_type;
  char      *period_end;          /* ISO date */
  char      *accession;           /* "0001234567-24-000123", when the file name or header gives it */
  char      *taxonomy;            /* "rr/2023", "oef/2025" */
  gboolean   inline_xbrl;
  guint      n_facts;             /* numeric facts read */
  guint      n_contexts;
  GPtrArray *series;              /* ProspectFilingSeries */
  GPtrArray *warnings;            /* char *: figures kept as filed that look wrong */
} ProspectFiling;

GQuark          prospect_filing_error_quark (void);

ProspectFiling *prospect_filing_read        (const char      *data,
                                             gsize            length,
                                             const char      *file_name,
                                             GError         **error);
ProspectFiling *prospect_filing_read_file   (const char      *path,
                                             GError         **error);
void            prospect_filing_free        (ProspectFiling  *filing);

guint           prospect_filing_n_classes   (const ProspectFiling *filing);
char           *prospect_filing_readable_member (const char *member);
char           *prospect_filing_source_title (const ProspectFiling *filing);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ProspectFiling, prospect_filing_free)

G_END_DECLS
