/* prospect-filing-text.c: numbers, dates and text as inline XBRL writes
 * them, and the labels a filing's schema gives its members.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-filing"

#include "config.h"

#include <glib/gi18n.h>

#include <libxml/parser.h>
#include <stdio.h>
#include <string.h>

#include "prospect-filing-private.h"

#define XS_NS "http://www.w3.org/2001/XMLSchema"

gboolean
_prospect_filing_in_ns (const xmlNode *node,
                        const char    *ns)
{
  return node->type == XML_ELEMENT_NODE && node->ns != NULL && node->ns->href != NULL
         && g_str_equal ((const char *) node->ns->href, ns);
}

gboolean
_prospect_filing_is (const xmlNode *node,
                     const char    *ns,
                     const char    *name)
{
  return _prospect_filing_in_ns (node, ns) && g_str_equal ((const char *) node->name, name);
}

/* An attribute in no namespace, or in the XLink namespace for xlink:…
 * names: a copy, or NULL. */
char *
_prospect_filing_attr (const xmlNode *node,
                       const char    *name)
{
  xmlChar *value;
  char *copy;

  if (g_str_has_prefix (name, "xlink:"))
    value = xmlGetNsProp ((xmlNode *) node, (const xmlChar *) name + strlen ("xlink:"), (const xmlChar *) XLINK_NS);
  else
    value = xmlGetNoNsProp ((xmlNode *) node, (const xmlChar *) name);
  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

/* Spaces as a filer's word processor writes them, the no-break space included. */
static char *
without_spaces (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        continue;
      if ((guchar) p[0] == 0xc2 && (guchar) p[1] == 0xa0)
        {
          p++;
          continue;
        }
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static gboolean
plain_decimal (const char *text)
{
  gboolean digits = FALSE;
  gboolean point = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits = TRUE;
      else if (*p == '.' && !point)
        point = TRUE;
      else
        return FALSE;
    }
  return digits;
}

static int
number_word (const char *word)
{
  static const char *const small[] = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
  };
  static const char *const tens[] = {
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
  };

  for (guint i = 0; i < G_N_ELEMENTS (small); i++)
    if (g_str_equal (word, small[i]))
      return (int) i;
  for (guint i = 0; i < G_N_ELEMENTS (tens); i++)
    if (g_str_equal (word, tens[i]))
      return 20 + 10 * (int) i;
  return -1;
}

/* "None", "no", "zero", "five", "twenty-five": the SEC's numwordsen. */
static char *
words_number (const char *text)
{
  g_autofree char *lower = g_ascii_strdown (text, -1);
  g_auto(GStrv) words = NULL;
  int total = 0;
  guint n = 0;

  g_strstrip (lower);
  if (g_str_equal (lower, "no") || g_str_equal (lower, "none") || g_str_equal (lower, "nil"))
    return g_strdup ("0");
  g_strdelimit (lower, "-", ' ');
  words = g_strsplit_set (lower, " \t\n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      int value;

      if (*words[i] == '\0')
        continue;
      value = number_word (words[i]);
      if (value < 0 || (n == 1 && (total < 20 || total % 10 != 0 || value >= 10)) || n >= 2)
        return NULL;
      total += value;
      n++;
    }
  return n > 0 ? g_strdup_printf ("%d", total) : NULL;
}

/**
 * _prospect_filing_number:
 * @format: (nullable): the fact's transformation format, a QName
 * @text: the fact's displayed text
 *
 * Returns: the displayed number as a plain decimal ("1065", "0.94"), or
 *   NULL with an error naming what was written.
 */
char *
_prospect_filing_number (const char  *format,
                         const char  *text,
                         GError     **error)
{
  const char *local = format != NULL && strchr (format, ':') != NULL ? strchr (format, ':') + 1 : format;
  g_autofree char *compact = without_spaces (text);
  char *result = NULL;

  if (local == NULL || *local == '\0')
    result = g_strdup (compact);
  else if (g_str_equal (local, "numdotdecimal") || g_str_equal (local, "num-dot-decimal"))
    {
      g_autoptr(GString) digits = g_string_new (NULL);

      for (const char *p = compact; *p != '\0'; p++)
        if (*p != ',')
          g_string_append_c (digits, *p);
      result = g_string_free (g_steal_pointer (&digits), FALSE);
    }
  else if (g_str_equal (local, "numcommadecimal") || g_str_equal (local, "num-comma-decimal"))
    {
      g_autoptr(GString) digits = g_string_new (NULL);

      for (const char *p = compact; *p != '\0'; p++)
        if (*p == ',')
          g_string_append_c (digits, '.');
        else if (*p != '.')
          g_string_append_c (digits, *p);
      result = g_string_free (g_steal_pointer (&digits), FALSE);
    }
  else if (g_str_equal (local, "zerodash") || g_str_equal (local, "fixed-zero") || g_str_equal (local, "fixedzero"))
    result = g_strdup ("0");
  else if (g_str_equal (local, "numwordsen") || g_str_equal (local, "num-word-en"))
    result = words_number (text);
  else
    {
      g_set_error (error, PROSPECT_FILING_ERROR, PROSPECT_FILING_ERROR_INVALID,
                   _("a number is written in the format “%s”, which Prospect does not read"), format);
      return NULL;
    }

  if (result == NULL || !plain_decimal (result))
    {
      g_autofree char *shown = g_utf8_make_valid (text, MIN (strlen (text), 40));

      g_free (result);
      g_set_error (error, PROSPECT_FILING_ERROR, PROSPECT_FILING_ERROR_INVALID,
                   _("“%s” is not a number"), g_strstrip (shown));
      return NULL;
    }
  return result;
}

/* decimal × 10^exponent, correctly rounded: "0.94" at -2 is the double
 * nearest 0.0094, and at 0 exactly the double nearest 0.94. */
double
_prospect_filing_scaled (const char *decimal,
                         int         exponent,
                         gboolean    negative)
{
  g_autofree char *text = g_strdup_printf ("%s%se%d", negative ? "-" : "", decimal, exponent);

  return g_ascii_strtod (text, NULL);
}

static int
month_number (const char *name)
{
  static const char *const months[] = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
  };
  g_autofree char *lower = g_ascii_strdown (name, -1);
  gsize length = strlen (lower);

  if (length > 0 && lower[length - 1] == '.')
    lower[--length] = '\0';
  if (length < 3)
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    if (g_str_has_prefix (months[i], lower))
      return (int) i + 1;
  return 0;
}

/* "June 30, 2020", "12/31/21", "2023-11-30" as ISO; NULL when it is none. */
char *
_prospect_filing_date (const char *text)
{
  g_autofree char *copy = g_strdup (text);
  int year = 0, month = 0, day = 0;
  char name[16];
  char tail;

  g_strstrip (copy);
  if (sscanf (copy, "%4d-%2d-%2d%c", &year, &month, &day, &tail) == 3)
    ;
  else if (sscanf (copy, "%2d/%2d/%4d%c", &month, &day, &year, &tail) == 3)
    {
      if (year < 100)
        year += year < 70 ? 2000 : 1900;
    }
  else if (sscanf (copy, "%15[A-Za-z.] %2d, %4d%c", name, &day, &year, &tail) == 3
           || sscanf (copy, "%15[A-Za-z.] %2d %4d%c", name, &day, &year, &tail) == 3)
    month = month_number (name);
  else
    return NULL;
  if (year < 1800 || year > 2200 || !g_date_valid_dmy (day, month, year))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

static gboolean
is_block (const xmlNode *node)
{
  static const char *const blocks[] = {
    "p", "div", "br", "li", "tr", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
  };

  for (guint i = 0; i < G_N_ELEMENTS (blocks); i++)
    if (g_ascii_strcasecmp ((const char *) node->name, blocks[i]) == 0)
      return TRUE;
  return FALSE;
}

typedef struct
{
  GString  *out;
  gboolean  pending_break;
  gboolean  pending_space;
} PlainText;

static void
append_text (PlainText  *plain,
             const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      gboolean nbsp = (guchar) p[0] == 0xc2 && (guchar) p[1] == 0xa0;

      if (g_ascii_isspace (*p) || nbsp)
        {
          plain->pending_space = TRUE;
          if (nbsp)
            p++;
          continue;
        }
      if (plain->out->len > 0 && plain->pending_break)
        g_string_append (plain->out, "\n\n");
      else if (plain->out->len > 0 && plain->pending_space)
        g_string_append_c (plain->out, ' ');
      plain->pending_break = FALSE;
      plain->pending_space = FALSE;
      g_string_append_c (plain->out, *p);
    }
}

static void
walk_text (PlainText     *plain,
           const xmlNode *node)
{
  for (const xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        append_text (plain, (const char *) child->content);
      else if (child->type == XML_ELEMENT_NODE)
        {
          /* Text an inline XBRL document marks as not part of the fact. */
          if (child->ns != NULL && g_str_has_suffix ((const char *) child->ns->href, "/inlineXBRL")
              && g_str_equal ((const char *) child->name, "exclude"))
            continue;
          if (is_block (child))
            plain->pending_break = TRUE;
          walk_text (plain, child);
          if (is_block (child))
            plain->pending_break = TRUE;
        }
    }
}

/* A text block as plain text, paragraphs split by a blank line, with the
 * ix:continuation elements it continues in. */
char *
_prospect_filing_plain_text (const xmlNode *node,
                             GHashTable    *continuations)
{
  PlainText plain = { g_string_new (NULL), FALSE, FALSE };
  const xmlNode *part = node;

  /* A chain longer than the document has elements would be a loop. */
  for (guint links = 0; part != NULL && links <= g_hash_table_size (continuations); links++)
    {
      g_autofree char *next = NULL;

      walk_text (&plain, part);
      plain.pending_break = TRUE;
      next = _prospect_filing_attr (part, "continuedAt");
      part = next != NULL ? g_hash_table_lookup (continuations, next) : NULL;
    }
  return g_string_free (plain.out, FALSE);
}

static void
collect_labels (const xmlNode *node,
                GHashTable    *element_names,
                GHashTable    *locators,
                GHashTable    *resources,
                GPtrArray     *arcs)
{
  for (const xmlNode *child = node; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (_prospect_filing_is (child, XS_NS, "element"))
        {
          char *id = _prospect_filing_attr (child, "id");
          char *name = _prospect_filing_attr (child, "name");

          if (id != NULL && name != NULL)
            g_hash_table_replace (element_names, id, name);
          else
            {
              g_free (id);
              g_free (name);
            }
        }
      else if (_prospect_filing_is (child, LINK_NS, "loc"))
        {
          char *label = _prospect_filing_attr (child, "xlink:label");
          g_autofree char *href = _prospect_filing_attr (child, "xlink:href");
          const char *fragment = href != NULL ? strchr (href, '#') : NULL;

          if (label != NULL && fragment != NULL)
            g_hash_table_replace (locators, label, g_strdup (fragment + 1));
          else
            g_free (label);
        }
      else if (_prospect_filing_is (child, LINK_NS, "label"))
        {
          g_autofree char *role = _prospect_filing_attr (child, "xlink:role");
          char *label = _prospect_filing_attr (child, "xlink:label");
          xmlChar *text = xmlNodeGetContent (child);

          /* The standard label names a member; terse and total labels do not. */
          if (label != NULL && text != NULL && (role == NULL || g_str_has_suffix (role, "/role/label")))
            g_hash_table_replace (resources, label, g_strstrip (g_strdup ((const char *) text)));
          else
            g_free (label);
          xmlFree (text);
        }
      else if (_prospect_filing_is (child, LINK_NS, "labelArc"))
        {
          g_ptr_array_add (arcs, _prospect_filing_attr (child, "xlink:from"));
          g_ptr_array_add (arcs, _prospect_filing_attr (child, "xlink:to"));
        }
      collect_labels (child->children, element_names, locators, resources, arcs);
    }
}

/**
 * _prospect_filing_read_labels:
 *
 * The standard labels of the elements a filing's own schema declares,
 * from the label linkbase the schema holds: element name → label, without
 * the " [Member]" suffix.  Empty when the schema cannot be read.
 */
GHashTable *
_prospect_filing_read_labels (const char *schema_path)
{
  GHashTable *labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) element_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) locators = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) resources = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) arcs = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *contents = NULL;
  gsize length = 0;
  xmlDoc *doc;

  if (!g_file_get_contents (schema_path, &contents, &length, NULL) || length > PROSPECT_FILING_MAX_SIZE
      || length > G_MAXINT)
    return labels;
  /* A schema, like the filing, is read without a network or entities. */
  doc = xmlReadMemory (contents, (int) length, NULL, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == NULL)
    return labels;
  if (doc->intSubset == NULL)
    collect_labels (xmlDocGetRootElement (doc), element_names, locators, resources, arcs);
  xmlFreeDoc (doc);

  for (guint i = 0; i + 1 < arcs->len; i += 2)
    {
      const char *from = g_ptr_array_index (arcs, i);
      const char *to = g_ptr_array_index (arcs, i + 1);
      const char *id = from != NULL ? g_hash_table_lookup (locators, from) : NULL;
      const char *name = id != NULL ? g_hash_table_lookup (element_names, id) : NULL;
      const char *text = to != NULL ? g_hash_table_lookup (resources, to) : NULL;

      if (name != NULL && text != NULL && *text != '\0')
        {
          char *label = g_strdup (text);

          if (g_str_has_suffix (label, " [Member]"))
            label[strlen (label) - strlen (" [Member]")] = '\0';
          g_hash_table_replace (labels, g_strdup (name), label);
        }
    }
  return labels;
}
