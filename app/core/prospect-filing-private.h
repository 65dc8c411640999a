/* prospect-filing-private.h: for the filing reader's files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libxml/tree.h>

#include "prospect-filing.h"

G_BEGIN_DECLS

#define XBRLI_NS "http://www.xbrl.org/2003/instance"
#define XBRLDI_NS "http://xbrl.org/2006/xbrldi"
#define XHTML_NS "http://www.w3.org/1999/xhtml"
#define LINK_NS "http://www.xbrl.org/2003/linkbase"
#define XLINK_NS "http://www.w3.org/1999/xlink"

gboolean    _prospect_filing_in_ns        (const xmlNode  *node,
                                           const char     *ns);
gboolean    _prospect_filing_is           (const xmlNode  *node,
                                           const char     *ns,
                                           const char     *name);
char       *_prospect_filing_attr         (const xmlNode  *node,
                                           const char     *name);
char       *_prospect_filing_number       (const char     *format,
                                           const char     *text,
                                           GError        **error);
double      _prospect_filing_scaled       (const char     *decimal,
                                           int             exponent,
                                           gboolean        negative);
char       *_prospect_filing_date         (const char     *text);
char       *_prospect_filing_plain_text   (const xmlNode  *node,
                                           GHashTable     *continuations);
GHashTable *_prospect_filing_read_labels  (const char     *schema_path);

G_END_DECLS
