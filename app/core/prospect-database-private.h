/* prospect-database-private.h: for the store's other files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "prospect-database.h"

G_BEGIN_DECLS

typedef sqlite3_stmt ProspectStatement;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ProspectStatement, sqlite3_finalize)

sqlite3           *_prospect_database_get_handle (ProspectDatabase  *self);
ProspectStatement *_prospect_database_prepare    (ProspectDatabase  *self,
                                                  const char        *sql,
                                                  GError           **error);
ProspectStatement *_prospect_database_prepare_with_id (ProspectDatabase  *self,
                                                     const char        *sql,
                                                     gint64             id,
                                                     GError           **error);
gboolean           _prospect_database_step       (ProspectDatabase  *self,
                                                  ProspectStatement *stmt,
                                                  gboolean          *row,
                                                  GError           **error);
gboolean           _prospect_database_exec       (ProspectDatabase  *self,
                                                  const char        *sql,
                                                  GError           **error);
gboolean           _prospect_database_writable   (ProspectDatabase  *self,
                                                  GError           **error);
char              *_prospect_database_display_name (const char *path);
void               _prospect_database_set_error  (GError           **error,
                                                  sqlite3           *db,
                                                  int                rc,
                                                  const char        *path);
char              *_prospect_column_text         (ProspectStatement *stmt,
                                                  int                column);
double             _prospect_column_double_or_nan (ProspectStatement *stmt,
                                                   int                column);
gboolean           _prospect_database_stamp_matches (const char     *path,
                                                     const GStatBuf *st);
void               _prospect_database_stamp_write   (const char     *path);
void               _prospect_database_stamp_forget  (const char     *path);
gboolean           _prospect_database_has_wal       (const char     *path);
gboolean           _prospect_database_checked_through (ProspectDatabase *self);

G_END_DECLS
