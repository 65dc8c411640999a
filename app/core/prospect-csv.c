/* prospect-csv.c
 *
 * RFC 4180 with what spreadsheets add: a UTF-8 byte-order mark, CRLF or
 * LF line ends, and semicolons as the separator where the decimal mark is
 * a comma (taken from the header line: whichever of ',' ';' or tab it
 * holds outside quotes).  Quoted fields may hold separators, doubled
 * quotes and line breaks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-csv"

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "prospect-csv.h"

G_DEFINE_QUARK (prospect-csv-error-quark, prospect_csv_error)

/* A field longer than this is not a figure or a name. */
#define MAX_FIELD (1 << 20)

struct _ProspectCsvReader
{
  const char *data;
  gsize       length;
  gsize       pos;
  guint       line;       /* of the next record's first character */
  char        separator;
};

static char
detect_separator (const char *data,
                  gsize       length)
{
  gboolean quoted = FALSE;
  guint commas = 0, semicolons = 0, tabs = 0;

  for (gsize i = 0; i < length && (quoted || (data[i] != '\n' && data[i] != '\r')); i++)
    {
      if (data[i] == '"')
        quoted = !quoted;
      else if (!quoted && data[i] == ',')
        commas++;
      else if (!quoted && data[i] == ';')
        semicolons++;
      else if (!quoted && data[i] == '\t')
        tabs++;
    }
  if (semicolons > commas && semicolons >= tabs)
    return ';';
  if (tabs > commas && tabs > semicolons)
    return '\t';
  return ',';
}

/**
 * prospect_csv_reader_new:
 *
 * Reads DATA (not copied: it must outlive the reader).  Fails for data
 * that is not UTF-8 text, such as a binary file.
 */
ProspectCsvReader *
prospect_csv_reader_new (const char  *data,
                         gsize        length,
                         GError     **error)
{
  ProspectCsvReader *reader;
  const char *end = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  if (memchr (data, '\0', length) != NULL || !g_utf8_validate (data, (gssize) length, &end))
    {
      g_set_error_literal (error, PROSPECT_CSV_ERROR, PROSPECT_CSV_ERROR_NOT_TEXT,
                           _("The file is not UTF-8 text: it may be a spreadsheet in its own format; save it as "
                             "CSV (UTF-8) first."));
      return NULL;
    }
  reader = g_new0 (ProspectCsvReader, 1);
  reader->data = data;
  reader->length = length;
  reader->line = 1;
  reader->separator = detect_separator (data, length);
  return reader;
}

void
prospect_csv_reader_free (ProspectCsvReader *reader)
{
  g_free (reader);
}

char
prospect_csv_reader_get_separator (ProspectCsvReader *reader)
{
  return reader->separator;
}

double
prospect_csv_reader_get_progress (ProspectCsvReader *reader)
{
  return reader->length > 0 ? (double) reader->pos / (double) reader->length : 1.0;
}

/**
 * prospect_csv_reader_next:
 * @fields: (out) (transfer container): the record's fields
 * @line: (out): the line the record starts on
 *
 * Returns: FALSE at the end of the data (with no error), or on malformed
 *   data (with error set)
 */
gboolean
prospect_csv_reader_next (ProspectCsvReader  *reader,
                          GPtrArray         **fields,
                          guint              *line,
                          GError            **error)
{
  g_autoptr(GPtrArray) record = NULL;
  g_autoptr(GString) field = NULL;
  gboolean quoted = FALSE, was_quoted = FALSE;

  g_return_val_if_fail (reader != NULL && fields != NULL && line != NULL, FALSE);

  *fields = NULL;
  /* Blank lines between records are skipped. */
  while (reader->pos < reader->length &&
         (reader->data[reader->pos] == '\n' || reader->data[reader->pos] == '\r'))
    {
      if (reader->data[reader->pos] == '\n')
        reader->line++;
      reader->pos++;
    }
  if (reader->pos >= reader->length)
    return FALSE;

  *line = reader->line;
  record = g_ptr_array_new_with_free_func (g_free);
  field = g_string_new (NULL);
  while (reader->pos < reader->length)
    {
      char c = reader->data[reader->pos++];

      if (quoted)
        {
          if (c == '"')
            {
              if (reader->pos < reader->length && reader->data[reader->pos] == '"')
                {
                  g_string_append_c (field, '"');
                  reader->pos++;
                }
              else
                quoted = FALSE;
            }
          else
            {
              if (c == '\n')
                reader->line++;
              g_string_append_c (field, c);
            }
        }
      else if (c == '"' && field->len == 0 && !was_quoted)
        quoted = was_quoted = TRUE;
      else if (c == reader->separator)
        {
          g_ptr_array_add (record, g_string_free (g_steal_pointer (&field), FALSE));
          field = g_string_new (NULL);
          was_quoted = FALSE;
        }
      else if (c == '\r' || c == '\n')
        {
          if (c == '\r' && reader->pos < reader->length && reader->data[reader->pos] == '\n')
            reader->pos++;
          reader->line++;
          break;
        }
      else if (was_quoted)
        {
          g_set_error (error, PROSPECT_CSV_ERROR, PROSPECT_CSV_ERROR_MALFORMED,
                       _("Line %u: text after a closing quote; put the whole field in quotes."), *line);
          return FALSE;
        }
      else
        g_string_append_c (field, c);

      if (field->len > MAX_FIELD)
        {
          g_set_error (error, PROSPECT_CSV_ERROR, PROSPECT_CSV_ERROR_MALFORMED,
                       _("Line %u: a field is longer than 1 MiB."), *line);
          return FALSE;
        }
    }
  if (quoted)
    {
      g_set_error (error, PROSPECT_CSV_ERROR, PROSPECT_CSV_ERROR_MALFORMED,
                   _("Line %u: a quoted field is never closed."), *line);
      return FALSE;
    }
  g_ptr_array_add (record, g_string_free (g_steal_pointer (&field), FALSE));
  *fields = g_steal_pointer (&record);
  return TRUE;
}

/* Appends FIELD, quoted when it needs to be, then a separator or CRLF. */
void
prospect_csv_append_field (GString    *out,
                           const char *field,
                           gboolean    last)
{
  const char *text = field != NULL ? field : "";

  if (strpbrk (text, ",;\"\r\n\t") != NULL || (*text == ' ') || (*text != '\0' && text[strlen (text) - 1] == ' '))
    {
      g_string_append_c (out, '"');
      for (const char *p = text; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else
    g_string_append (out, text);
  g_string_append (out, last ? "\r\n" : ",");
}

/* A spreadsheet runs a cell that starts with one of these as a formula
 * (OWASP's CSV injection list). */
static gboolean
starts_formula (const char *text)
{
  while (*text == '\'')
    text++;
  return *text != '\0' && strchr ("=+-@\t\r", *text) != NULL;
}

/**
 * prospect_csv_guard:
 *
 * Returns: (transfer full): text cell TEXT as written to a CSV file: with a
 *   leading apostrophe where a spreadsheet would run it as a formula
 *   ("=1+2" → "'=1+2"), and as it is otherwise.  prospect_csv_unguard ()
 *   undoes it exactly, so Prospect reads back what it wrote.
 */
char *
prospect_csv_guard (const char *text)
{
  if (text == NULL)
    return g_strdup ("");
  return starts_formula (text) ? g_strconcat ("'", text, NULL) : g_strdup (text);
}

/* In place: the apostrophe prospect_csv_guard () added, removed. */
void
prospect_csv_unguard (char *text)
{
  if (text != NULL && text[0] == '\'' && starts_formula (text + 1))
    memmove (text, text + 1, strlen (text));
}
