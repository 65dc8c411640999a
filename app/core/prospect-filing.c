/* prospect-filing.c: reading a prospectus filing's XBRL facts.
 *
 * The file is parsed by libxml2 with the network off, no DTD loaded and no
 * entity substituted; a document that declares its own entities is refused
 * before parsing.  Elements are matched by namespace URI and local name,
 * never by prefix.  The facts are then gathered into series and classes by
 * their contexts' dimensions (see prospect-filing-build.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-filing"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include <libxml/parser.h>
#include <string.h>

#include "prospect-filing-facts.h"

G_DEFINE_QUARK (prospect-filing-error-quark, prospect_filing_error)

void
_prospect_filing_fact_free (ProspectFilingFact *fact)
{
  g_free (fact->taxonomy);
  g_free (fact->name);
  g_free (fact->context);
  g_free (fact->unit);
  g_free (fact->decimal);
  g_free (fact->text);
  g_free (fact->format);
  g_free (fact);
}

static void
context_free (ProspectFilingContext *context)
{
  g_free (context->series);
  g_free (context->klass);
  g_free (context->measure);
  g_free (context->start);
  g_free (context->end);
  g_free (context);
}

void
_prospect_filing_facts_clear (ProspectFilingFacts *facts)
{
  g_clear_pointer (&facts->facts, g_ptr_array_unref);
  g_clear_pointer (&facts->contexts, g_hash_table_unref);
  g_clear_pointer (&facts->units, g_hash_table_unref);
  g_clear_pointer (&facts->continuations, g_hash_table_unref);
  g_clear_pointer (&facts->labels, g_hash_table_unref);
  g_clear_pointer (&facts->schema, g_free);
  g_clear_pointer (&facts->taxonomy, g_free);
}

/* The SEC taxonomy a namespace URI belongs to, "rr/2023", or NULL. */
static char *
sec_taxonomy (const char *uri)
{
  static const char *const prefixes[] = { "http://xbrl.sec.gov/rr/", "http://xbrl.sec.gov/oef/",
                                          "http://xbrl.sec.gov/dei/" };

  for (guint i = 0; uri != NULL && i < G_N_ELEMENTS (prefixes); i++)
    if (g_str_has_prefix (uri, prefixes[i]))
      return g_strdup (uri + strlen ("http://xbrl.sec.gov/"));
  return NULL;
}

/* A QName written in an attribute or as text, resolved against the
 * namespaces in scope at @node: its namespace URI and local name. */
static gboolean
resolve_qname (xmlDoc        *doc,
               const xmlNode *node,
               const char    *qname,
               const char   **uri,
               const char   **local)
{
  const char *colon = strchr (qname, ':');
  g_autofree char *prefix = colon != NULL ? g_strndup (qname, colon - qname) : NULL;
  xmlNs *ns = xmlSearchNs (doc, (xmlNode *) node, (const xmlChar *) prefix);

  *local = colon != NULL ? colon + 1 : qname;
  *uri = ns != NULL ? (const char *) ns->href : NULL;
  return *uri != NULL && **local != '\0';
}

static char *
node_text (const xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *text = g_strstrip (g_strdup (content != NULL ? (const char *) content : ""));

  xmlFree (content);
  return text;
}

static gboolean
is_inline (const xmlNode *node,
           const char    *name)
{
  return (_prospect_filing_in_ns (node, "http://www.xbrl.org/2013/inlineXBRL")
          || _prospect_filing_in_ns (node, "http://www.xbrl.org/2008/inlineXBRL"))
         && g_str_equal ((const char *) node->name, name);
}

static void
set_text (char       **slot,
          const char  *text)
{
  g_free (*slot);
  *slot = g_strdup (text);
}

static void
read_dimension (xmlDoc                *doc,
                const xmlNode         *member,
                ProspectFilingContext *context)
{
  g_autofree char *dimension = _prospect_filing_attr (member, "dimension");
  g_autofree char *value = node_text (member);
  const char *dim_uri, *dim_local, *member_uri, *member_local;
  g_autofree char *dim_taxonomy = NULL;
  g_autofree char *member_taxonomy = NULL;

  if (dimension == NULL || !resolve_qname (doc, member, dimension, &dim_uri, &dim_local)
      || !resolve_qname (doc, member, value, &member_uri, &member_local))
    {
      context->other = TRUE;
      return;
    }
  dim_taxonomy = sec_taxonomy (dim_uri);
  member_taxonomy = sec_taxonomy (member_uri);
  if (dim_taxonomy != NULL && g_str_has_prefix (dim_taxonomy, "dei/") && g_str_equal (dim_local, "LegalEntityAxis"))
    set_text (&context->series, member_local);
  else if (dim_taxonomy != NULL && (g_str_equal (dim_local, "ProspectusShareClassAxis")
                                    || g_str_equal (dim_local, "ClassAxis")))
    set_text (&context->klass, member_local);
  else if (dim_taxonomy != NULL && (g_str_equal (dim_local, "PerformanceMeasureAxis")
                                    || g_str_equal (dim_local, "BroadBasedIndexAxis")
                                    || g_str_equal (dim_local, "AdditionalIndexAxis")))
    {
      set_text (&context->measure, member_local);
      context->standard_measure = member_taxonomy != NULL;
    }
  else
    context->other = TRUE;
}

static void
read_context (ProspectFilingFacts *facts,
              xmlDoc              *doc,
              const xmlNode       *node)
{
  g_autofree char *id = _prospect_filing_attr (node, "id");
  ProspectFilingContext *context;
  GPtrArray *stack;

  if (id == NULL)
    return;
  context = g_new0 (ProspectFilingContext, 1);
  stack = g_ptr_array_new ();
  g_ptr_array_add (stack, (gpointer) node->children);
  while (stack->len > 0)
    {
      const xmlNode *child = g_ptr_array_steal_index (stack, stack->len - 1);

      for (; child != NULL; child = child->next)
        {
          if (_prospect_filing_is (child, XBRLDI_NS, "explicitMember"))
            read_dimension (doc, child, context);
          else if (_prospect_filing_is (child, XBRLDI_NS, "typedMember"))
            context->other = TRUE;
          else if (_prospect_filing_is (child, XBRLI_NS, "startDate"))
            {
              g_free (context->start);
              context->start = node_text (child);
            }
          else if (_prospect_filing_is (child, XBRLI_NS, "endDate") || _prospect_filing_is (child, XBRLI_NS, "instant"))
            {
              g_free (context->end);
              context->end = node_text (child);
            }
          else if (child->type == XML_ELEMENT_NODE && child->children != NULL)
            g_ptr_array_add (stack, child->children);
        }
    }
  g_ptr_array_unref (stack);
  g_hash_table_replace (facts->contexts, g_steal_pointer (&id), context);
}

static gboolean
read_number (ProspectFilingFact  *fact,
             const xmlNode       *node,
             gboolean             inline_xbrl,
             GError             **error)
{
  g_autofree char *sign = _prospect_filing_attr (node, "sign");
  g_autofree char *scale = _prospect_filing_attr (node, "scale");
  g_autofree char *text = node_text (node);
  g_autoptr(GError) local_error = NULL;
  const char *digits = text;

  fact->negative = sign != NULL && g_str_equal (sign, "-");
  if (!inline_xbrl && *digits == '-')
    {
      fact->negative = TRUE;
      digits++;
    }
  if (scale != NULL)
    {
      char *end = NULL;
      gint64 value = g_ascii_strtoll (scale, &end, 10);

      if (end == scale || *end != '\0' || value < -20 || value > 20)
        {
          g_set_error (error, PROSPECT_FILING_ERROR, PROSPECT_FILING_ERROR_INVALID,
                       _("The fact %s has the scale “%s”, which is not a small whole number."), fact->name, scale);
          return FALSE;
        }
      fact->scale = (int) value;
    }
  fact->decimal = _prospect_filing_number (fact->format, digits, &local_error);
  if (fact->decimal == NULL)
    {
      g_set_error (error, PROSPECT_FILING_ERROR, PROSPECT_FILING_ERROR_INVALID, _("The fact %s in context %s: %s."),
                   fact->name, fact->context, local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* One fact, numeric or text; facts outside the SEC's taxonomies are
 * counted but not kept. */
static gboolean
read_fact (ProspectFilingFacts  *facts,
           xmlDoc               *doc,
           const xmlNode        *node,
           gboolean              numeric,
           GError              **error)
{
  g_autoptr(ProspectFilingFact) fact = g_new0 (ProspectFilingFact, 1);
  g_autofree char *name = NULL;
  xmlChar *nil;
  const char *uri = NULL, *local = NULL;

  if (facts->inline_xbrl)
    {
      name = _prospect_filing_attr (node, "name");
      if (name == NULL || !resolve_qname (doc, node, name, &uri, &local))
        return TRUE;
    }
  else
    {
      uri = node->ns != NULL ? (const char *) node->ns->href : NULL;
      local = (const char *) node->name;
    }
  fact->taxonomy = sec_taxonomy (uri);
  if (fact->taxonomy == NULL)
    return TRUE;
  fact->name = g_strdup (local);
  fact->context = _prospect_filing_attr (node, "contextRef");
  fact->unit = _prospect_filing_attr (node, "unitRef");
  fact->format = _prospect_filing_attr (node, "format");
  fact->node = node;
  nil = xmlGetNsProp ((xmlNode *) node, (const xmlChar *) "nil", (const xmlChar *) "http://www.w3.org/2001/XMLSchema-instance");
  fact->nil = nil != NULL && g_str_equal ((const char *) nil, "true");
  xmlFree (nil);
  if (fact->context == NULL)
    {
      g_set_error (error, PROSPECT_FILING_ERROR, PROSPECT_FILING_ERROR_INVALID, _("The fact %s names no context."),
                   fact->name);
      return FALSE;
    }
  if (!g_hash_table_contains (facts->contexts, fact->context))
    {
      g_set_error (error, PROSPECT_FILING_ERROR, PROSPECT_FILING_ERROR_INVALID,
                   _("The fact %s refers to the context “%s”, which the filing does not define."), fact->name,
                   fact->context);
      return FALSE;
    }
  if (fact->unit != NULL && !g_hash_table_contains (facts->units, fact->unit))
    {
      g_set_error (error, PROSPECT_FILING_ERROR, PROSPECT_FILING_ERROR_INVALID,
                   _("The fact %s refers to the unit “%s”, which the filing does not define."), fact->name,
                   fact->unit);
      return FALSE;
    }
  fact->numeric = numeric;
  if (fact->nil)
    ;
  else if (numeric)
    {
      if (!read_number (fact, node, facts->inline_xbrl, error))
        return FALSE;
      facts->n_numeric++;
    }
  else
    fact->text = _prospect_filing_plain_text (node, facts->continuations);
  g_ptr_array_add (facts->facts, g_steal_pointer (&fact));
  return TRUE;
}

/* Contexts, units and continuations first: facts refer to them from
 * anywhere in the document. */
static void
collect_resources (ProspectFilingFacts *facts,
                   xmlDoc              *doc,
                   const xmlNode       *first)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  g_ptr_array_add (stack, (gpointer) first);
  while (stack->len > 0)
    {
      const xmlNode *node = g_ptr_array_steal_index (stack, stack->len - 1);

      for (; node != NULL; node = node->next)
        {
          if (node->type != XML_ELEMENT_NODE)
            continue;
          if (_prospect_filing_is (node, XBRLI_NS, "context"))
            read_context (facts, doc, node);
          else if (_prospect_filing_is (node, XBRLI_NS, "unit"))
            {
              char *id = _prospect_filing_attr (node, "id");

              if (id != NULL)
                g_hash_table_add (facts->units, id);
            }
          else if (is_inline (node, "continuation"))
            {
              char *id = _prospect_filing_attr (node, "id");

              if (id != NULL)
                g_hash_table_replace (facts->continuations, id, (gpointer) node);
              g_ptr_array_add (stack, node->children);
            }
          else
            {
              if (_prospect_filing_is (node, LINK_NS, "schemaRef") && facts->schema == NULL)
                facts->schema = _prospect_filing_attr (node, "xlink:href");
              g_ptr_array_add (stack, node->children);
            }
        }
    }
}

static gboolean
collect_facts (ProspectFilingFacts  *facts,
               xmlDoc               *doc,
               const xmlNode        *root,
               GError              **error)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  if (!facts->inline_xbrl)
    {
      for (const xmlNode *node = root->children; node != NULL; node = node->next)
        {
          g_autofree char *context = NULL;
          g_autofree char *unit = NULL;

          if (node->type != XML_ELEMENT_NODE)
            continue;
          context = _prospect_filing_attr (node, "contextRef");
          unit = _prospect_filing_attr (node, "unitRef");
          if (context != NULL && !read_fact (facts, doc, node, unit != NULL, error))
            return FALSE;
        }
      return TRUE;
    }

  /* Depth first and in document order, so that classes keep the order in
   * which the filing first names them. */
  g_ptr_array_add (stack, (gpointer) root);
  while (stack->len > 0)
    {
      const xmlNode *node = g_ptr_array_steal_index (stack, stack->len - 1);

      if (node->next != NULL)
        g_ptr_array_add (stack, node->next);
      if (node->type != XML_ELEMENT_NODE)
        continue;
      if (is_inline (node, "nonFraction") && !read_fact (facts, doc, node, TRUE, error))
        return FALSE;
      if (is_inline (node, "nonNumeric") && !read_fact (facts, doc, node, FALSE, error))
        return FALSE;
      if (node->children != NULL && !is_inline (node, "nonFraction"))
        g_ptr_array_add (stack, node->children);
    }
  return TRUE;
}

/* A document type declaration with an internal subset can declare
 * entities (and so expand a few bytes into gigabytes, or read files): such
 * a file is refused before it is parsed. */
static gboolean
declares_entities (const char *data,
                   gsize       length)
{
  const char *p = data;
  const char *end = data + length;

  while (p < end)
    {
      while (p < end && g_ascii_isspace (*p))
        p++;
      if (end - p >= 2 && strncmp (p, "<?", 2) == 0)
        {
          const char *close = g_strstr_len (p, end - p, "?>");

          if (close == NULL)
            return FALSE;
          p = close + 2;
        }
      else if (end - p >= 4 && strncmp (p, "<!--", 4) == 0)
        {
          const char *close = g_strstr_len (p, end - p, "-->");

          if (close == NULL)
            return FALSE;
          p = close + 3;
        }
      else if (end - p >= 9 && g_ascii_strncasecmp (p, "<!DOCTYPE", 9) == 0)
        {
          for (; p < end && *p != '>'; p++)
            if (*p == '[')
              return TRUE;
          return FALSE;
        }
      else
        return FALSE;
    }
  return FALSE;
}

static const char *
skip_preamble (const char *data,
               gsize      *length)
{
  const char *p = data;
  const char *end = data + *length;

  if (end - p >= 3 && (guchar) p[0] == 0xef && (guchar) p[1] == 0xbb && (guchar) p[2] == 0xbf)
    p += 3;
  while (p < end && g_ascii_isspace (*p))
    p++;
  *length = end - p;
  return p;
}

static xmlDoc *
parse_document (const char  *data,
                gsize        length,
                GError     **error)
{
  xmlParserCtxt *parser;
  xmlDoc *doc;

  if (declares_entities (data, length))
    {
      g_set_error (error, PROSPECT_FILING_ERROR, PROSPECT_FILING_ERROR_UNSAFE,
                   _("The file declares entities of its own (a DTD), which filings never do; it is not read, for "
                     "safety."));
      return NULL;
    }
  parser = xmlNewParserCtxt ();
  if (parser == NULL)
    {
      g_set_error (error, PROSPECT_FILING_ERROR, PROSPECT_FILING_ERROR_UNREADABLE, _("Out of memory."));
      return NULL;
    }
  doc = xmlCtxtReadMemory (parser, data, (int) length, NULL, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR
                           | XML_PARSE_NOWARNING);
  if (doc == NULL || !parser->wellFormed)
    {
      const xmlError *last = xmlCtxtGetLastError (parser);
      /* libxml2's message may quote the file's bytes as they were, not as
       * valid text, and at any length. */
      g_autofree char *raw = g_utf8_make_valid (last != NULL && last->message != NULL ? last->message : "unreadable",
                                                -1);
      g_autofree char *message = g_strstrip (g_utf8_substring (raw, 0, MIN (g_utf8_strlen (raw, -1), 160)));

      /* libxml2's own words name a parser option, not the file's problem. */
      if (last != NULL && last->code == XML_ERR_INTERNAL_ERROR && strstr (message, "depth") != NULL)
        {
          g_free (message);
          message = g_strdup (_("elements are nested more than 256 deep"));
        }

      g_set_error (error, PROSPECT_FILING_ERROR, PROSPECT_FILING_ERROR_NOT_XML,
                   _("The file is not an XBRL filing: it is not well-formed XML (line %d: %s)."),
                   last != NULL ? last->line : 0, message);
      g_clear_pointer (&doc, xmlFreeDoc);
    }
  xmlFreeParserCtxt (parser);
  return doc;
}

/**
 * prospect_filing_read:
 * @file_name: (nullable): the file's name, for the source of each figure
 *
 * Reads a prospectus filing's risk/return summary.
 *
 * Returns: (transfer full): the filing, or NULL with an error in
 *   %PROSPECT_FILING_ERROR saying what is wrong.
 */
static ProspectFiling *
read_filing (const char  *data,
             gsize        length,
             const char  *file_name,
             GError     **error)
{
  g_auto(ProspectFilingFacts) facts = { 0 };
  xmlDoc *doc;
  xmlNode *root;
  ProspectFiling *filing = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length > PROSPECT_FILING_MAX_SIZE)
    {
      g_set_error (error, PROSPECT_FILING_ERROR, PROSPECT_FILING_ERROR_UNREADABLE,
                   _("The file is larger than 64 MiB; no prospectus filing is that large."));
      return NULL;
    }
  data = skip_preamble (data, &length);
  if (length == 0)
    {
      g_set_error (error, PROSPECT_FILING_ERROR, PROSPECT_FILING_ERROR_NOT_XML,
                   _("The file is empty; expected an XBRL prospectus filing (.htm or .xml)."));
      return NULL;
    }
  xmlInitParser ();
  doc = parse_document (data, length, error);
  if (doc == NULL)
    return NULL;

  root = xmlDocGetRootElement (doc);
  facts.facts = g_ptr_array_new_with_free_func ((GDestroyNotify) _prospect_filing_fact_free);
  facts.contexts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) context_free);
  facts.units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  facts.continuations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (root != NULL && _prospect_filing_is (root, XHTML_NS, "html"))
    facts.inline_xbrl = TRUE;
  else if (root != NULL && root->ns == NULL && g_ascii_strcasecmp ((const char *) root->name, "html") == 0)
    {
      g_set_error (error, PROSPECT_FILING_ERROR, PROSPECT_FILING_ERROR_NOT_FILING,
                   _("The file is a web page, not an XBRL filing: an inline XBRL prospectus is XHTML with the "
                     "filing’s facts tagged in it (download the filing’s “iXBRL” document from EDGAR)."));
      xmlFreeDoc (doc);
      return NULL;
    }
  else if (root == NULL || !_prospect_filing_is (root, XBRLI_NS, "xbrl"))
    {
      g_set_error (error, PROSPECT_FILING_ERROR, PROSPECT_FILING_ERROR_NOT_FILING,
                   _("The file is XML but not an XBRL filing: expected an inline XBRL document (<html>) or an XBRL "
                     "instance (<xbrl>), found <%s>."), root != NULL ? (const char *) root->name : "");
      xmlFreeDoc (doc);
      return NULL;
    }

  collect_resources (&facts, doc, root);
  if (collect_facts (&facts, doc, root, error))
    {
      if (file_name != NULL)
        facts.labels = _prospect_filing_labels_beside (file_name, facts.schema);
      filing = _prospect_filing_build (&facts, file_name, error);
    }
  xmlFreeDoc (doc);
  return filing;
}

ProspectFiling *
prospect_filing_read (const char  *data,
                      gsize        length,
                      const char  *file_name,
                      GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  ProspectFiling *filing = read_filing (data, length, file_name, &local_error);

  /* Every message quotes the file somewhere; what a user reads is text. */
  if (local_error != NULL && !g_utf8_validate (local_error->message, -1, NULL))
    {
      char *valid = g_utf8_make_valid (local_error->message, -1);

      g_free (local_error->message);
      local_error->message = valid;
    }
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return filing;
}

/**
 * prospect_filing_read_file:
 *
 * Reads a filing from a file; the label linkbase in the schema beside it,
 * when there is one, names its series and classes.
 */
ProspectFiling *
prospect_filing_read_file (const char  *path,
                           GError     **error)
{
  g_autoptr(GMappedFile) file = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *shown = NULL;
  GStatBuf st;

  g_return_val_if_fail (path != NULL, NULL);

  shown = g_filename_display_name (path);
  if (g_stat (path, &st) == 0 && !S_ISREG (st.st_mode))
    {
      g_set_error (error, PROSPECT_FILING_ERROR, PROSPECT_FILING_ERROR_UNREADABLE,
                   _("“%s” is not a regular file."), shown);
      return NULL;
    }
  if (g_stat (path, &st) == 0 && st.st_size > PROSPECT_FILING_MAX_SIZE)
    {
      g_set_error (error, PROSPECT_FILING_ERROR, PROSPECT_FILING_ERROR_UNREADABLE,
                   _("“%s” is larger than 64 MiB; no prospectus filing is that large."), shown);
      return NULL;
    }
  file = g_mapped_file_new (path, FALSE, &local_error);
  if (file == NULL)
    {
      g_set_error (error, PROSPECT_FILING_ERROR, PROSPECT_FILING_ERROR_UNREADABLE, _("Could not read “%s”: %s"),
                   shown, local_error->message);
      return NULL;
    }
  return prospect_filing_read (g_mapped_file_get_contents (file), g_mapped_file_get_length (file), path, error);
}
