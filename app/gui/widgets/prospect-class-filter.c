/* prospect-class-filter.c: type-ahead over share classes.  Labels are
 * folded once when loaded (ProspectClassItem), so a keystroke is a plain
 * substring test; typing more only narrows, so only what still shows is
 * looked at again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-class-filter"

#include "config.h"

#include "prospect-class-filter.h"
#include "prospect-class-item.h"

struct _ProspectClassFilter
{
  GtkFilter parent_instance;

  char *key;
};

G_DEFINE_FINAL_TYPE (ProspectClassFilter, prospect_class_filter, GTK_TYPE_FILTER)

static gboolean
prospect_class_filter_match (GtkFilter *filter,
                             gpointer   item)
{
  ProspectClassFilter *self = PROSPECT_CLASS_FILTER (filter);

  return PROSPECT_IS_CLASS_ITEM (item) && prospect_class_item_matches (item, self->key);
}

static GtkFilterMatch
prospect_class_filter_get_strictness (GtkFilter *filter)
{
  ProspectClassFilter *self = PROSPECT_CLASS_FILTER (filter);

  return self->key == NULL || *self->key == '\0' ? GTK_FILTER_MATCH_ALL : GTK_FILTER_MATCH_SOME;
}

static void
prospect_class_filter_finalize (GObject *object)
{
  g_free (PROSPECT_CLASS_FILTER (object)->key);
  G_OBJECT_CLASS (prospect_class_filter_parent_class)->finalize (object);
}

static void
prospect_class_filter_class_init (ProspectClassFilterClass *klass)
{
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = prospect_class_filter_finalize;
  filter_class->match = prospect_class_filter_match;
  filter_class->get_strictness = prospect_class_filter_get_strictness;
}

static void
prospect_class_filter_init (ProspectClassFilter *self)
{
}

ProspectClassFilter *
prospect_class_filter_new (void)
{
  return g_object_new (PROSPECT_TYPE_CLASS_FILTER, NULL);
}

void
prospect_class_filter_set_search (ProspectClassFilter *self,
                                  const char          *text)
{
  g_autofree char *key = NULL;
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  g_return_if_fail (PROSPECT_IS_CLASS_FILTER (self));

  key = prospect_class_item_fold (text);
  if (self->key != NULL && g_str_equal (key, self->key))
    return;
  if (self->key != NULL && strstr (key, self->key) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (self->key != NULL && strstr (self->key, key) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  g_free (self->key);
  self->key = g_steal_pointer (&key);
  gtk_filter_changed (GTK_FILTER (self), change);
}
