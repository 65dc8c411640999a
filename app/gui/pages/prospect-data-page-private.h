/* prospect-data-page-private.h: the Data page's parts shared by its files:
 * the page (tables, cells, undo) and its transfers
 * (prospect-data-page-transfer.c: CSV import and export, database copy).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "prospect-data-page.h"
#include "prospect-editor.h"
#include "prospect-import.h"
#include "prospect-table-row.h"

G_BEGIN_DECLS

struct _ProspectDataPage
{
  ProspectPage parent_instance;

  /* Template widgets */
  GtkDropDown    *table_dropdown;
  GtkLabel       *description_label;
  GtkLabel       *check_label;
  GtkWidget      *progress_box;
  GtkProgressBar *progress_bar;
  GtkColumnView  *column_view;

  /* Owned */
  ProspectDatabase        *database;
  ProspectEditor          *editor;
  GListStore              *rows;        /* ProspectTableRow, the column view's items */
  GtkSingleSelection      *selection;
  GCancellable            *import_cancellable;
  GtkFileChooserNative    *chooser;
  char                    *import_path;
  const ProspectTableSpec *table;
  GPtrArray               *cells;       /* Cell, one per live cell entry, not owned */
  guint                    focus_row;   /* where Enter sends the focus next */
  guint                    focus_column;
  guint                    focus_idle;
  GHashTable              *names[PROSPECT_REFERENCE_SERIES + 1]; /* id → name, for id columns */
};

void _prospect_data_page_start_import (ProspectDataPage *self, const char *path, ProspectImportMode mode);
void _prospect_data_page_transfer_cb (GtkWidget *widget, const char *action_name, GVariant *parameter);
void _prospect_data_page_cancel_import_cb (GtkWidget *widget, const char *action_name, GVariant *parameter);
void _prospect_data_page_show_message (ProspectDataPage *self, const char *message);
void _prospect_data_page_update_actions (ProspectDataPage *self);
void _prospect_data_page_changed (ProspectDataPage *self);
void _prospect_data_page_reload (ProspectDataPage *self);

G_END_DECLS
