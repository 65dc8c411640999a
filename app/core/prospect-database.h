/* prospect-database.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "prospect-records.h"

G_BEGIN_DECLS

#define PROSPECT_DATABASE_ERROR (prospect_database_error_quark ())

typedef enum
{
  PROSPECT_DATABASE_ERROR_NO_DIRECTORY,
  PROSPECT_DATABASE_ERROR_NOT_A_DATABASE,
  PROSPECT_DATABASE_ERROR_CORRUPT,
  PROSPECT_DATABASE_ERROR_LOCKED,
  PROSPECT_DATABASE_ERROR_NEWER_VERSION,
  PROSPECT_DATABASE_ERROR_READ_ONLY,
  PROSPECT_DATABASE_ERROR_FULL,
  PROSPECT_DATABASE_ERROR_NOT_FOUND,
  PROSPECT_DATABASE_ERROR_FAILED,
} ProspectDatabaseError;

/* "PRSP": marks a file as a Prospect database, so that another program's
 * SQLite file is never mistaken for one and migrated. */
#define PROSPECT_DATABASE_APPLICATION_ID 0x50525350

#define PROSPECT_TYPE_DATABASE (prospect_database_get_type ())

G_DECLARE_FINAL_TYPE (ProspectDatabase, prospect_database, PROSPECT, DATABASE, GObject)

GQuark            prospect_database_error_quark         (void);
int               prospect_database_latest_version      (void);
char             *prospect_database_default_path        (void);

ProspectDatabase *prospect_database_open_for_reading (const char  *path,
                                                     GError     **error);
ProspectDatabase *prospect_database_open                (const char        *path,
                                                         GError           **error);
ProspectDatabase *prospect_database_open_default        (GError           **error);
ProspectDatabase *prospect_database_open_bundled        (GError           **error);

const char       *prospect_database_get_path            (ProspectDatabase  *self);
void              prospect_database_refuse_changes (ProspectDatabase  *self,
                                                    const char        *reason);
gboolean          prospect_database_get_read_only       (ProspectDatabase  *self);
int               prospect_database_get_version         (ProspectDatabase  *self);

gboolean          prospect_database_save_copy        (ProspectDatabase  *self,
                                                     const char        *path,
                                                     GError           **error);
GPtrArray        *prospect_database_list_classes        (ProspectDatabase  *self,
                                                         GError           **error);
ProspectClassInfo *prospect_database_get_class          (ProspectDatabase  *self,
                                                         gint64             class_id,
                                                         GError           **error);
gint64            prospect_database_first_class_id      (ProspectDatabase  *self,
                                                         GError           **error);
ProspectFundInfo *prospect_database_get_fund            (ProspectDatabase  *self,
                                                         gint64             fund_id,
                                                         GError           **error);
GPtrArray        *prospect_database_list_text_blocks    (ProspectDatabase  *self,
                                                         gint64             fund_id,
                                                         const char        *topic,
                                                         GError           **error);
GPtrArray        *prospect_database_list_policy_limits  (ProspectDatabase  *self,
                                                         gint64             fund_id,
                                                         GError           **error);
GListModel       *prospect_database_list_glossary       (ProspectDatabase  *self,
                                                         GError           **error);
GPtrArray        *prospect_database_list_stated_returns (ProspectDatabase  *self,
                                                         gint64             class_id,
                                                         GError           **error);
gboolean          prospect_database_class_has_figures      (ProspectDatabase  *self,
                                                           gint64             class_id,
                                                           GError           **error);
GArray           *prospect_database_list_breakpoints       (ProspectDatabase  *self,
                                                            gint64             class_id,
                                                            GError           **error);
GArray           *prospect_database_list_quarter_returns   (ProspectDatabase  *self,
                                                           gint64             class_id,
                                                           GError           **error);
char             *prospect_database_describe_annual_return (ProspectDatabase  *self,
                                                           gint64             series_id,
                                                           int                year,
                                                           GError           **error);
GArray           *prospect_database_list_annual_returns (ProspectDatabase  *self,
                                                         gint64             series_id,
                                                         GError           **error);
gint64            prospect_database_class_series_id     (ProspectDatabase  *self,
                                                         gint64             class_id,
                                                         GError           **error);
ProspectFeeTable *prospect_database_get_fee_table       (ProspectDatabase  *self,
                                                         gint64             class_id,
                                                         GError           **error);
GArray           *prospect_database_list_expense_example (ProspectDatabase *self,
                                                          gint64            class_id,
                                                          GError          **error);
ProspectHighlights *prospect_database_get_highlights    (ProspectDatabase  *self,
                                                         gint64             class_id,
                                                         GError           **error);

G_END_DECLS
