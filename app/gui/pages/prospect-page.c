/* prospect-page.c: the base of every page.  The window knows pages only
 * through this class, so a page is one .c, one .ui and one line in the
 * window's page table.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-page"

#include "config.h"

#include "prospect-page.h"

typedef struct
{
  ProspectDatabase *database;
  gint64            class_id;
} ProspectPagePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (ProspectPage, prospect_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_CLASS_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GPtrArray *
prospect_page_real_get_charts (ProspectPage *self)
{
  return g_ptr_array_new ();
}

static void
prospect_page_dispose (GObject *object)
{
  ProspectPagePrivate *priv = prospect_page_get_instance_private (PROSPECT_PAGE (object));

  g_clear_object (&priv->database);
  G_OBJECT_CLASS (prospect_page_parent_class)->dispose (object);
}

static void
prospect_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ProspectPage *self = PROSPECT_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, prospect_page_get_database (self));
      break;
    case PROP_CLASS_ID:
      g_value_set_int64 (value, prospect_page_get_class_id (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prospect_page_class_init (ProspectPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = prospect_page_dispose;
  object_class->get_property = prospect_page_get_property;
  klass->get_charts = prospect_page_real_get_charts;

  properties[PROP_DATABASE] = g_param_spec_object ("database", NULL, NULL, PROSPECT_TYPE_DATABASE,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLASS_ID] = g_param_spec_int64 ("class-id", NULL, NULL, 0, G_MAXINT64, 0,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The page changed the data (an edit, an import): other pages and the
   * class selector are out of date. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
prospect_page_init (ProspectPage *self)
{
}

/**
 * prospect_page_load:
 *
 * Shows CLASS_ID from DATABASE.  On failure the page keeps what it showed
 * and ERROR says why, in words for the user.
 */
gboolean
prospect_page_load (ProspectPage      *self,
                    ProspectDatabase  *database,
                    gint64             class_id,
                    GError           **error)
{
  ProspectPagePrivate *priv;

  g_return_val_if_fail (PROSPECT_IS_PAGE (self), FALSE);
  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), FALSE);

  priv = prospect_page_get_instance_private (self);
  if (!PROSPECT_PAGE_GET_CLASS (self)->load (self, database, class_id, error))
    return FALSE;
  if (priv->database != database)
    {
      g_set_object (&priv->database, database);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
    }
  if (priv->class_id != class_id)
    {
      priv->class_id = class_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLASS_ID]);
    }
  return TRUE;
}

/* (transfer none) (nullable): NULL until the page is first loaded. */
ProspectDatabase *
prospect_page_get_database (ProspectPage *self)
{
  ProspectPagePrivate *priv;

  g_return_val_if_fail (PROSPECT_IS_PAGE (self), NULL);
  priv = prospect_page_get_instance_private (self);
  return priv->database;
}

gint64
prospect_page_get_class_id (ProspectPage *self)
{
  ProspectPagePrivate *priv;

  g_return_val_if_fail (PROSPECT_IS_PAGE (self), 0);
  priv = prospect_page_get_instance_private (self);
  return priv->class_id;
}

/* (transfer container): the page's chart views in reading order. */
GPtrArray *
prospect_page_get_charts (ProspectPage *self)
{
  g_return_val_if_fail (PROSPECT_IS_PAGE (self), NULL);
  return PROSPECT_PAGE_GET_CLASS (self)->get_charts (self);
}

/* FALSE where the page has no search of its own. */
gboolean
prospect_page_focus_search (ProspectPage *self)
{
  g_return_val_if_fail (PROSPECT_IS_PAGE (self), FALSE);
  return PROSPECT_PAGE_GET_CLASS (self)->focus_search != NULL && PROSPECT_PAGE_GET_CLASS (self)->focus_search (self);
}

void
prospect_page_changed (ProspectPage *self)
{
  g_return_if_fail (PROSPECT_IS_PAGE (self));
  g_signal_emit (self, signals[CHANGED], 0);
}
