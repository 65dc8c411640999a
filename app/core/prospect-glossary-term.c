/* prospect-glossary-term.c: one glossary entry, as an item of a GListModel.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "prospect-glossary-term.h"

struct _ProspectGlossaryTerm
{
  GObject parent_instance;

  char *term;
  char *definition;
  char *part;
  char *part_title;
};

G_DEFINE_FINAL_TYPE (ProspectGlossaryTerm, prospect_glossary_term, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TERM,
  PROP_DEFINITION,
  PROP_PART,
  PROP_PART_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
prospect_glossary_term_finalize (GObject *object)
{
  ProspectGlossaryTerm *self = (ProspectGlossaryTerm *) object;

  g_free (self->term);
  g_free (self->definition);
  g_free (self->part);
  g_free (self->part_title);

  G_OBJECT_CLASS (prospect_glossary_term_parent_class)->finalize (object);
}

static void
prospect_glossary_term_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  ProspectGlossaryTerm *self = PROSPECT_GLOSSARY_TERM (object);

  switch (prop_id)
    {
    case PROP_TERM:
      g_value_set_string (value, self->term);
      break;
    case PROP_DEFINITION:
      g_value_set_string (value, self->definition);
      break;
    case PROP_PART:
      g_value_set_string (value, self->part);
      break;
    case PROP_PART_TITLE:
      g_value_set_string (value, self->part_title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prospect_glossary_term_class_init (ProspectGlossaryTermClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = prospect_glossary_term_finalize;
  object_class->get_property = prospect_glossary_term_get_property;

  properties[PROP_TERM] =
    g_param_spec_string ("term", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DEFINITION] =
    g_param_spec_string ("definition", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PART] =
    g_param_spec_string ("part", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PART_TITLE] =
    g_param_spec_string ("part-title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
prospect_glossary_term_init (ProspectGlossaryTerm *self)
{
}

ProspectGlossaryTerm *
prospect_glossary_term_new (const char *term,
                            const char *definition,
                            const char *part,
                            const char *part_title)
{
  ProspectGlossaryTerm *self;

  g_return_val_if_fail (term != NULL, NULL);

  self = g_object_new (PROSPECT_TYPE_GLOSSARY_TERM, NULL);
  self->term = g_strdup (term);
  self->definition = g_strdup (definition);
  self->part = g_strdup (part);
  self->part_title = g_strdup (part_title);
  return self;
}

const char *
prospect_glossary_term_get_term (ProspectGlossaryTerm *self)
{
  g_return_val_if_fail (PROSPECT_IS_GLOSSARY_TERM (self), NULL);
  return self->term;
}

const char *
prospect_glossary_term_get_definition (ProspectGlossaryTerm *self)
{
  g_return_val_if_fail (PROSPECT_IS_GLOSSARY_TERM (self), NULL);
  return self->definition;
}

const char *
prospect_glossary_term_get_part (ProspectGlossaryTerm *self)
{
  g_return_val_if_fail (PROSPECT_IS_GLOSSARY_TERM (self), NULL);
  return self->part;
}

const char *
prospect_glossary_term_get_part_title (ProspectGlossaryTerm *self)
{
  g_return_val_if_fail (PROSPECT_IS_GLOSSARY_TERM (self), NULL);
  return self->part_title;
}
