/* prospect-filing-facts.h: the facts of a filing as read, before they are
 * gathered into series and classes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "prospect-filing-private.h"

G_BEGIN_DECLS

typedef struct
{
  char     *series;              /* member local names, or NULL */
  char     *klass;
  char     *measure;
  gboolean  standard_measure;    /* a member of the SEC taxonomy (after-tax rows) */
  gboolean  other;               /* another dimension (a risk, a typed member) */
  char     *start;
  char     *end;                 /* the end date or the instant */
} ProspectFilingContext;

typedef struct
{
  char          *taxonomy;       /* "rr/2023", "oef/2025", "dei/2023" */
  char          *name;           /* local name */
  char          *context;
  char          *unit;
  char          *format;
  gboolean       numeric;
  gboolean       nil;
  char          *decimal;        /* numeric: the displayed number, "1065" */
  int            scale;
  gboolean       negative;
  char          *text;           /* text facts: plain text */
  const xmlNode *node;
} ProspectFilingFact;

typedef struct
{
  gboolean    inline_xbrl;
  GPtrArray  *facts;             /* ProspectFilingFact */
  GHashTable *contexts;          /* id → ProspectFilingContext */
  GHashTable *units;             /* id set */
  GHashTable *continuations;     /* id → xmlNode */
  GHashTable *labels;            /* element name → label, or NULL */
  char       *schema;            /* the schemaRef's href */
  char       *taxonomy;
  guint       n_numeric;
} ProspectFilingFacts;

void            _prospect_filing_fact_free    (ProspectFilingFact   *fact);
void            _prospect_filing_facts_clear  (ProspectFilingFacts  *facts);
GHashTable     *_prospect_filing_labels_beside (const char          *path,
                                                const char          *schema);
void            _prospect_filing_name_everything (ProspectFiling *filing,
                                                  GHashTable     *labels,
                                                  GHashTable     *tickers,
                                                  GHashTable     *class_names);
void            _prospect_filing_check_quarters  (ProspectFiling *filing);
char           *_prospect_filing_accession       (const char     *file_name);
ProspectFiling *_prospect_filing_build        (ProspectFilingFacts  *facts,
                                               const char           *file_name,
                                               GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ProspectFilingFact, _prospect_filing_fact_free)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ProspectFilingFacts, _prospect_filing_facts_clear)

G_END_DECLS
