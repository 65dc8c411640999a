/* prospect-glossary-term.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PROSPECT_TYPE_GLOSSARY_TERM (prospect_glossary_term_get_type ())

G_DECLARE_FINAL_TYPE (ProspectGlossaryTerm, prospect_glossary_term, PROSPECT, GLOSSARY_TERM, GObject)

ProspectGlossaryTerm *prospect_glossary_term_new            (const char           *term,
                                                             const char           *definition,
                                                             const char           *part,
                                                             const char           *part_title);
const char           *prospect_glossary_term_get_term       (ProspectGlossaryTerm *self);
const char           *prospect_glossary_term_get_definition (ProspectGlossaryTerm *self);
const char           *prospect_glossary_term_get_part       (ProspectGlossaryTerm *self);
const char           *prospect_glossary_term_get_part_title (ProspectGlossaryTerm *self);

G_END_DECLS
