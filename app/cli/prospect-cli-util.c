/* prospect-cli-util.c: helpers the commands share: opening the database, parsing
 * values with the fields' own rules, printing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-cli"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "prospect-cli-private.h"
#include "prospect-expense.h"

int
_prospect_cli_usage_error (FILE       *err,
                           const char *message)
{
  fprintf (err, "prospect: %s\n", message);
  return PROSPECT_CLI_EXIT_USAGE;
}

int
_prospect_cli_data_error (FILE         *err,
                          const GError *error)
{
  fprintf (err, "prospect: %s\n", error->message);
  return PROSPECT_CLI_EXIT_DATA;
}

void
_prospect_cli_print_json (FILE     *out,
                          JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  fprintf (out, "%s\n", text);
}

void
_prospect_cli_add_double_or_null (JsonBuilder *b,
                                  const char  *name,
                                  gboolean     available,
                                  double       value)
{
  json_builder_set_member_name (b, name);
  if (available && isfinite (value))
    json_builder_add_double_value (b, value);
  else
    json_builder_add_null_value (b);
}

/* printf pads by bytes; names with “–” or accents need padding by characters. */
void
_prospect_cli_print_padded (FILE       *out,
                            const char *text,
                            int         width)
{
  long len = g_utf8_strlen (text, -1);

  fputs (text, out);
  for (long i = len; i < width; i++)
    fputc (' ', out);
}

ProspectDatabase *
_prospect_cli_open_database (const ProspectCliOptions *o,
                             GError        **error)
{
  /* Commands that only read leave the user's file as it was (its journal
   * mode included); only importing writes. */
  gboolean writes = o->import != NULL || (o->import_filing != NULL && !o->dry_run);

  if (o->database != NULL)
    return writes ? prospect_database_open (o->database, error)
                  : prospect_database_open_for_reading (o->database, error);
  return prospect_database_open_default (error);
}

static gint64
resolve_class (ProspectDatabase  *db,
               gint64             class_id,
               GError           **error)
{
  g_autoptr(ProspectClassInfo) info = NULL;

  if (class_id == 0)
    return prospect_database_first_class_id (db, error);
  info = prospect_database_get_class (db, class_id, error);
  return info != NULL ? info->id : 0;
}

/* The database, and in *CLASS_ID the class to use: the one asked for after
 * checking it exists, or the first one when none was asked for. */
ProspectDatabase *
_prospect_cli_open_class (const ProspectCliOptions *o,
                          gint64         *class_id,
                          GError        **error)
{
  g_autoptr(ProspectDatabase) db = _prospect_cli_open_database (o, error);

  if (db == NULL)
    return NULL;
  *class_id = resolve_class (db, *class_id, error);
  if (*class_id == 0)
    return NULL;
  return g_steal_pointer (&db);
}

/* A field value from the command line, with the field's own rules. */
gboolean
_prospect_cli_parse_option (const char  *text,
                            const char  *option,
                            const char  *name,
                            ProspectUnit unit,
                            double       min,
                            double       max,
                            gboolean     whole,
                            double      *value,
                            FILE        *err)
{
  ProspectFieldSpec spec = { name, unit, min, max, FALSE, whole };
  g_autoptr(GError) error = NULL;

  if (text == NULL)
    return TRUE;
  if (!prospect_parse_field (text, &spec, value, &error))
    {
      fprintf (err, "prospect: %s: %s\n", option, error->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
_prospect_cli_parse_class_id (const ProspectCliOptions *o,
                              gint64        *class_id,
                              FILE          *err)
{
  guint64 value = 0;

  *class_id = 0;
  if (o->class_id == NULL)
    return TRUE;
  if (!g_ascii_string_to_unsigned (o->class_id, 10, 1, G_MAXINT64, &value, NULL))
    {
      g_autofree char *shown = g_utf8_make_valid (o->class_id, (gssize) MIN (strlen (o->class_id), 24));

      fprintf (err, _("prospect: --class: “%s” is not a share class id; ids are whole numbers from 1 up "
                      "(see --list-funds).\n"), shown);
      return FALSE;
    }
  *class_id = (gint64) value;
  return TRUE;
}

gboolean
_prospect_cli_parse_list (const char  *text,
                          const char  *option,
                          const char  *name,
                          ProspectUnit unit,
                          double       min,
                          double       max,
                          gboolean     whole,
                          double      *values,
                          guint       *n_values,
                          FILE        *err)
{
  g_auto(GStrv) parts = NULL;
  char separator = prospect_locale_decimal_point () == ',' ? ';' : ',';

  *n_values = 0;
  if (text == NULL)
    return TRUE;
  parts = g_strsplit (text, (char[]) { separator, 0 }, -1);
  if (g_strv_length (parts) > PROSPECT_MAX_YEARS)
    {
      fprintf (err, _("prospect: %s: give at most %d values.\n"), option, PROSPECT_MAX_YEARS);
      return FALSE;
    }
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (!_prospect_cli_parse_option (parts[i], option, name, unit, min, max, whole, &values[*n_values], err))
        return FALSE;
      (*n_values)++;
    }
  return TRUE;
}

gboolean
_prospect_cli_parse_size (const char *text,
                          const char *option,
                          int        *value,
                          FILE       *err)
{
  gint64 parsed = 0;

  if (text == NULL)
    return TRUE;
  if (!g_ascii_string_to_signed (text, 10, 1, 20000, &parsed, NULL))
    {
      g_autofree char *shown = g_utf8_make_valid (text, (gssize) MIN (strlen (text), 24));

      fprintf (err, _("prospect: %s: “%s” is not a size; give whole pixels from 1 to 20000.\n"), option, shown);
      return FALSE;
    }
  *value = (int) parsed;
  return TRUE;
}

/* Each given figure parsed by its own rules; the first bad one is said and
 * stops the rest. */
gboolean
_prospect_cli_parse_figures (const ProspectCliFigure *figures,
                             guint                    n_figures,
                             FILE                    *err)
{
  for (guint i = 0; i < n_figures; i++)
    if (!_prospect_cli_parse_option (figures[i].text, figures[i].option, _(figures[i].name), figures[i].unit,
                                     figures[i].min, figures[i].max, figures[i].whole, figures[i].value, err))
      return FALSE;
  return TRUE;
}
