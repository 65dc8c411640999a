/* prospect-editor.h: editing the store's tables row by row, with undo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "prospect-database.h"

G_BEGIN_DECLS

typedef enum
{
  PROSPECT_COLUMN_TEXT,
  PROSPECT_COLUMN_INTEGER,
  PROSPECT_COLUMN_NUMBER,
  PROSPECT_COLUMN_DATE,
  PROSPECT_COLUMN_CHOICE,
} ProspectColumnType;

/* What an id column points at: shown by name, typed by name or id. */
typedef enum
{
  PROSPECT_REFERENCE_NONE,
  PROSPECT_REFERENCE_FUND,
  PROSPECT_REFERENCE_CLASS,
  PROSPECT_REFERENCE_SERIES,
} ProspectReference;

typedef struct
{
  const char         *name;
  const char         *label;
  ProspectColumnType  type;
  gboolean            required;
  double              min;
  double              max;
  const char         *choices;   /* for CHOICE: "1y|5y|10y|inception" */
  ProspectReference   refers_to;
} ProspectColumnSpec;

typedef struct
{
  const char               *id;
  const char               *label;
  const char               *description;
  const char               *sql_table;    /* the store's table */
  const char               *order_by;
  const ProspectColumnSpec *columns;
  guint                     n_columns;
  /* Made from the above once: only these fixed names go into SQL, every
   * value is bound. */
  char                     *select_sql;   /* rowid, then the columns */
  char                     *insert_sql;   /* ?1 rowid or NULL, then the columns */
  char                     *update_sql;   /* the columns, then rowid last */
  char                     *delete_sql;   /* ?1 rowid */
} ProspectTableSpec;

typedef struct
{
  gint64  rowid;
  GStrv   values;    /* text as shown and typed; "" for none */
} ProspectEditorRow;

typedef struct _ProspectEditor ProspectEditor;

guint                    prospect_editor_n_tables        (void);
const ProspectTableSpec *prospect_editor_table           (guint                    index);
const ProspectTableSpec *prospect_editor_find_table      (const char              *id);

gboolean                 prospect_editor_check_value     (const ProspectColumnSpec *column,
                                                          const char              *text,
                                                          GError                 **error);

GHashTable              *prospect_editor_reference_names (ProspectDatabase        *database,
                                                          ProspectReference        refers_to,
                                                          GError                 **error);
char                    *prospect_editor_resolve_reference (ProspectDatabase      *database,
                                                          const ProspectColumnSpec *column,
                                                          const char              *text,
                                                          GError                 **error);

void                     prospect_editor_row_free        (ProspectEditorRow       *row);
GPtrArray               *prospect_editor_list_rows       (ProspectDatabase        *database,
                                                          const ProspectTableSpec *table,
                                                          GError                 **error);

ProspectEditor          *prospect_editor_new             (ProspectDatabase        *database);
void                     prospect_editor_free            (ProspectEditor          *editor);
gboolean                 prospect_editor_set_value       (ProspectEditor          *editor,
                                                          const ProspectTableSpec *table,
                                                          gint64                   rowid,
                                                          guint                    column,
                                                          const char              *text,
                                                          GError                 **error);
gint64                   prospect_editor_insert_row      (ProspectEditor          *editor,
                                                          const ProspectTableSpec *table,
                                                          const char * const      *values,
                                                          GError                 **error);
gboolean                 prospect_editor_delete_row      (ProspectEditor          *editor,
                                                          const ProspectTableSpec *table,
                                                          gint64                   rowid,
                                                          GError                 **error);
void                     prospect_editor_forget          (ProspectEditor          *editor);
gboolean                 prospect_editor_can_undo        (ProspectEditor          *editor);
gboolean                 prospect_editor_can_redo        (ProspectEditor          *editor);
gboolean                 prospect_editor_undo            (ProspectEditor          *editor,
                                                          GError                 **error);
gboolean                 prospect_editor_redo            (ProspectEditor          *editor,
                                                          GError                 **error);


G_DEFINE_AUTOPTR_CLEANUP_FUNC (ProspectEditor, prospect_editor_free)

G_END_DECLS
