/* prospect-class-item.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-class-item"

#include "config.h"

#include "prospect-class-item.h"

struct _ProspectClassItem
{
  GObject parent_instance;

  gint64  id;
  char   *fund;
  char   *name;
  char   *label;   /* "Fund – Class", what type-ahead matches */
  char   *key;     /* the label case-folded, made once */
};

G_DEFINE_FINAL_TYPE (ProspectClassItem, prospect_class_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
prospect_class_item_finalize (GObject *object)
{
  ProspectClassItem *self = (ProspectClassItem *) object;

  g_free (self->fund);
  g_free (self->name);
  g_free (self->label);
  g_free (self->key);

  G_OBJECT_CLASS (prospect_class_item_parent_class)->finalize (object);
}

static void
prospect_class_item_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  ProspectClassItem *self = PROSPECT_CLASS_ITEM (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prospect_class_item_class_init (ProspectClassItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = prospect_class_item_finalize;
  object_class->get_property = prospect_class_item_get_property;

  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
prospect_class_item_init (ProspectClassItem *self)
{
}

/**
 * prospect_class_items_new:
 *
 * Returns: (transfer full): every share class, as #ProspectClassItem
 */
GListModel *
prospect_class_items_new (ProspectDatabase  *database,
                          GError           **error)
{
  g_autoptr(GPtrArray) classes = prospect_database_list_classes (database, error);
  g_autoptr(GListStore) store = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GHashTable) counts = NULL;

  if (classes == NULL)
    return NULL;
  store = g_list_store_new (PROSPECT_TYPE_CLASS_ITEM);
  items = g_ptr_array_new_full (classes->len, g_object_unref);
  /* Where two trusts have a fund of one name, the trust tells them apart. */
  counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < classes->len; i++)
    {
      const ProspectClassInfo *info = g_ptr_array_index (classes, i);
      char *label = g_strdup_printf ("%s – %s", info->fund_name, info->name);

      g_hash_table_insert (counts, label, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, label)) + 1));
    }
  for (guint i = 0; i < classes->len; i++)
    {
      const ProspectClassInfo *info = g_ptr_array_index (classes, i);
      ProspectClassItem *item = g_object_new (PROSPECT_TYPE_CLASS_ITEM, NULL);
      g_autofree char *plain = g_strdup_printf ("%s – %s", info->fund_name, info->name);

      item->id = info->id;
      item->fund = g_strdup (info->fund_name);
      item->name = g_strdup (info->name);
      item->label = GPOINTER_TO_UINT (g_hash_table_lookup (counts, plain)) > 1
                    ? g_strdup_printf ("%s (%s) – %s", info->fund_name, info->trust, info->name)
                    : g_steal_pointer (&plain);
      item->key = prospect_class_item_fold (item->label);
      g_ptr_array_add (items, item);
    }
  /* One splice, not one signal per class: tens of thousands load at once. */
  g_list_store_splice (store, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (g_steal_pointer (&store));
}

gint64
prospect_class_item_get_id (ProspectClassItem *self)
{
  g_return_val_if_fail (PROSPECT_IS_CLASS_ITEM (self), 0);
  return self->id;
}

const char *
prospect_class_item_get_label (ProspectClassItem *self)
{
  g_return_val_if_fail (PROSPECT_IS_CLASS_ITEM (self), NULL);
  return self->label;
}

const char *
prospect_class_item_get_fund (ProspectClassItem *self)
{
  g_return_val_if_fail (PROSPECT_IS_CLASS_ITEM (self), NULL);
  return self->fund;
}

const char *
prospect_class_item_get_name (ProspectClassItem *self)
{
  g_return_val_if_fail (PROSPECT_IS_CLASS_ITEM (self), NULL);
  return self->name;
}

/* Type-ahead compares folded text: "bal" finds "Balanced", "É" finds "é". */
char *
prospect_class_item_fold (const char *text)
{
  g_autofree char *normal = g_utf8_normalize (text != NULL ? text : "", -1, G_NORMALIZE_ALL);

  return g_utf8_casefold (normal != NULL ? normal : "", -1);
}

/* FOLDED is prospect_class_item_fold () of what the user typed. */
gboolean
prospect_class_item_matches (ProspectClassItem *self,
                             const char        *folded)
{
  g_return_val_if_fail (PROSPECT_IS_CLASS_ITEM (self), FALSE);
  return folded == NULL || *folded == '\0' || strstr (self->key, folded) != NULL;
}
