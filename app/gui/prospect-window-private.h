/* prospect-window-private.h: the window's parts shared by its files
 * (prospect-window.c, prospect-window-actions.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "prospect-chart-view.h"
#include "prospect-class-filter.h"
#include "prospect-class-item.h"
#include "prospect-compare-page.h"
#include "prospect-data-page.h"
#include "prospect-fees-page.h"
#include "prospect-filing-dialog.h"
#include "prospect-highlights-page.h"
#include "prospect-performance-page.h"
#include "prospect-plan-page.h"
#include "prospect-portfolio-page.h"
#include "prospect-report.h"
#include "prospect-window.h"

G_BEGIN_DECLS

/* The window's pages in switcher order (prospect-window.c): Ctrl+1… and
 * the stale bits follow it.  A page is one line there. */
typedef struct
{
  const char *name;
  const char *title;     /* with a mnemonic, untranslated */
  const char *icon_name;
  GType     (*get_type) (void);
} ProspectWindowPage;

#define N_PAGES 7

/* Beside the view switcher the class selector shows this many characters
 * of the class's name (see prospect-window-page-bar.c); a window at least
 * this wide has room for them from the start. */
#define CLASS_LABEL_WIDE_CHARS  14
#define CLASS_LABEL_WIDE_WINDOW 640

extern const ProspectWindowPage _prospect_window_pages[N_PAGES];

struct _ProspectWindow
{
  AdwApplicationWindow parent_instance;

  /* Template widgets */
  AdwViewStack            *stack;
  GtkRevealer             *banner_revealer;
  GtkLabel                *banner_label;
  AdwToastOverlay         *toast_overlay;
  GtkMenuButton           *class_button;
  GtkMenuButton           *main_menu_button;
  GMenuModel              *primary_menu;
  GtkLabel                *class_label;
  AdwViewSwitcherTitle    *switcher_title;
  GtkBox                  *page_bar;
  GtkPopover              *class_popover;
  GtkSearchEntry          *class_search;
  GtkListView             *class_list;
  GtkLabel                *class_empty;
  AdwBin                  *page_bins[N_PAGES];  /* made in init; the first page is built there too */

  /* Built on first use, owned by their bins */
  GtkWidget               *pages[N_PAGES];

  /* Owned */
  ProspectDatabase     *database;
  GSettings            *settings;
  GListModel           *classes;
  GtkFilterListModel   *class_filter_model;
  ProspectClassFilter  *class_filter;   /* borrowed from class_filter_model */
  gboolean              classes_stale;  /* the selector's list predates the data */
  guint                 narrow_idle;
  GtkFileChooserNative *chooser;
  gint64                class_id;
  guint                 stale_pages;    /* bit per page: shows an older class */
  GtkToggleButton      *page_buttons[N_PAGES]; /* the narrow page bar */
  gboolean              presentation;
  ProspectFilingUndo   *filing_undo;    /* the last filing import, while it can be undone */
  ProspectFilingDialog *filing_dialog;  /* the open preview, owned by GTK */
  GtkDropTarget        *drop_target;    /* owned by the window */
  GtkEventController   *presenter_keys; /* owned by the window; capture phase while presenting */
};

GtkWidget * _prospect_window_ensure_page (ProspectWindow *self, int index);
void _prospect_window_show_toast (ProspectWindow *self, const char *message);
int _prospect_window_visible_page_index (ProspectWindow *self);
void _prospect_window_apply_presentation_scale (ProspectWindow *self);
void _prospect_window_ensure_classes (ProspectWindow *self);
void _prospect_window_class_list_activate_cb (ProspectWindow *self, guint position);
void _prospect_window_class_search_activate_cb (ProspectWindow *self);
void _prospect_window_class_search_stop_cb (ProspectWindow *self);
void _prospect_window_class_search_changed_cb (ProspectWindow *self);
void _prospect_window_class_popover_show_cb (ProspectWindow *self);
void _prospect_window_init_class_selector (ProspectWindow *self);
void _prospect_window_sync_page_bar (ProspectWindow *self);
void _prospect_window_init_page_bar (ProspectWindow *self);
void       _prospect_window_class_add_actions (GtkWidgetClass *widget_class);
void _prospect_window_data_changed (ProspectWindow *self);
void _prospect_window_forget_import (ProspectWindow *self);
void _prospect_window_init_filing (ProspectWindow *self);
void _prospect_window_init_presenter_keys (ProspectWindow *self);
void _prospect_window_class_add_filing_actions (GtkWidgetClass *widget_class);

G_END_DECLS
