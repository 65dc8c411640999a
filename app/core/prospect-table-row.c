/* prospect-table-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-table-row"

#include "config.h"

#include "prospect-table-row.h"

struct _ProspectTableRow
{
  GObject parent_instance;

  gint64  rowid;
  GStrv   values;   /* "" for none */
};

G_DEFINE_FINAL_TYPE (ProspectTableRow, prospect_table_row, G_TYPE_OBJECT)

static void
prospect_table_row_finalize (GObject *object)
{
  ProspectTableRow *self = PROSPECT_TABLE_ROW (object);

  g_strfreev (self->values);
  G_OBJECT_CLASS (prospect_table_row_parent_class)->finalize (object);
}

static void
prospect_table_row_class_init (ProspectTableRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = prospect_table_row_finalize;
}

static void
prospect_table_row_init (ProspectTableRow *self)
{
}

ProspectTableRow *
prospect_table_row_new (gint64              rowid,
                        const char * const *values)
{
  ProspectTableRow *self = g_object_new (PROSPECT_TYPE_TABLE_ROW, NULL);

  self->rowid = rowid;
  self->values = g_strdupv ((char **) values);
  return self;
}

gint64
prospect_table_row_get_rowid (ProspectTableRow *self)
{
  g_return_val_if_fail (PROSPECT_IS_TABLE_ROW (self), 0);
  return self->rowid;
}

guint
prospect_table_row_get_n_values (ProspectTableRow *self)
{
  g_return_val_if_fail (PROSPECT_IS_TABLE_ROW (self), 0);
  return self->values != NULL ? g_strv_length (self->values) : 0;
}

/* (nullable): NULL past the last column. */
const char *
prospect_table_row_get_value (ProspectTableRow *self,
                              guint             column)
{
  g_return_val_if_fail (PROSPECT_IS_TABLE_ROW (self), NULL);
  return column < prospect_table_row_get_n_values (self) ? self->values[column] : NULL;
}
