/* prospect-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-window"

#include "config.h"

#include <glib/gi18n.h>

#include "prospect-window-private.h"
#include "prospect-testing.h"

const ProspectWindowPage _prospect_window_pages[N_PAGES] = {
  { "performance", N_("P_erformance"), "prospect-chart-symbolic", prospect_performance_page_get_type },
  { "highlights", N_("_Highlights"), "view-list-symbolic", prospect_highlights_page_get_type },
  { "fees", N_("_Fees"), "prospect-fees-symbolic", prospect_fees_page_get_type },
  { "compare", N_("_Compare"), "view-paged-symbolic", prospect_compare_page_get_type },
  { "plan", N_("P_lan"), "view-grid-symbolic", prospect_plan_page_get_type },
  { "portfolio", N_("_Portfolio"), "view-list-bullet-symbolic", prospect_portfolio_page_get_type },
  { "data", N_("_Data"), "document-edit-symbolic", prospect_data_page_get_type },
};

G_DEFINE_FINAL_TYPE (ProspectWindow, prospect_window, ADW_TYPE_APPLICATION_WINDOW)


enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void data_changed_cb (ProspectWindow *self);

/* Pages other than Performance are built when first shown or asked for,
 * so the widgets of pages the user never opens cost nothing at startup. */
GtkWidget *
_prospect_window_ensure_page (ProspectWindow *self,
                              int             index)
{
  if (self->pages[index] == NULL)
    {
      self->pages[index] = g_object_new (_prospect_window_pages[index].get_type (), NULL);
      adw_bin_set_child (self->page_bins[index], self->pages[index]);
      g_signal_connect_object (self->pages[index], "changed", G_CALLBACK (data_changed_cb), self, G_CONNECT_SWAPPED);
    }
  return self->pages[index];
}

/* The stack's pages from the table; only the first page's widgets are
 * built with the window, each other page into its bin when first shown, so
 * pages the user never opens cost nothing at startup.  The switcher is
 * given the stack once every page is in: given it before, it remade its
 * buttons as each page and each page's icon came (some 10 ms at startup). */
static void
add_pages (ProspectWindow *self)
{
  for (int i = 0; i < N_PAGES; i++)
    {
      const ProspectWindowPage *entry = &_prospect_window_pages[i];
      AdwViewStackPage *page;

      self->page_bins[i] = ADW_BIN (adw_bin_new ());
      page = adw_view_stack_add_titled_with_icon (self->stack, GTK_WIDGET (self->page_bins[i]), entry->name,
                                                  _(entry->title), entry->icon_name);
      adw_view_stack_page_set_use_underline (page, TRUE);
    }
  adw_view_switcher_title_set_stack (self->switcher_title, self->stack);
  _prospect_window_ensure_page (self, 0);
}

static int
page_index (const char *name)
{
  for (int i = 0; i < N_PAGES; i++)
    if (g_strcmp0 (name, _prospect_window_pages[i].name) == 0)
      return i;
  return -1;
}

void
_prospect_window_show_toast (ProspectWindow *self,
                             const char     *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static gboolean load_visible_page (ProspectWindow  *self,
                                   GError         **error);

static void
visible_page_changed_cb (ProspectWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->stack);
  g_autoptr(GError) error = NULL;

  if (self->settings != NULL && name != NULL)
    g_settings_set_string (self->settings, "last-page", name);
  if (name != NULL)
    prospect_window_get_page (self, name);
  _prospect_window_sync_page_bar (self);
  if (!load_visible_page (self, &error))
    prospect_window_show_problem (self, error->message);
}

int
_prospect_window_visible_page_index (ProspectWindow *self)
{
  /* Before the stack has a page, Performance is the one it will show. */
  return MAX (page_index (adw_view_stack_get_visible_child_name (self->stack)), 0);
}

/* The user changed the data on a page: every page shows it at once, and
 * an earlier filing import can no longer be taken back exactly. */
static void
data_changed_cb (ProspectWindow *self)
{
  _prospect_window_forget_import (self);
  _prospect_window_data_changed (self);
}

/* The data changed: every page shows it at once. */
void
_prospect_window_data_changed (ProspectWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ProspectClassInfo) still_there = NULL;
  gint64 class_id = self->class_id;

  if (self->database == NULL)
    return;
  self->classes_stale = TRUE;
  if (gtk_widget_get_visible (GTK_WIDGET (self->class_popover)))
    _prospect_window_ensure_classes (self);
  still_there = prospect_database_get_class (self->database, class_id, NULL);
  if (still_there == NULL)
    class_id = prospect_database_first_class_id (self->database, NULL);
  g_clear_error (&error);
  if (class_id != 0 && !prospect_window_select_class (self, class_id, &error))
    _prospect_window_show_toast (self, error->message);
}

static void
prospect_window_constructed (GObject *object)
{
  ProspectWindow *self = (ProspectWindow *) object;
  g_autofree char *last_page = NULL;
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (prospect_window_parent_class)->constructed (object);

  self->settings = g_settings_new (APPLICATION_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  {
    int width, height;

    /* A window restored this wide cannot be held wider by the label, so the
     * first frame shows the name rather than changing a frame later.  (GTK
     * 4.8 needs both out arguments.) */
    gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
    if (width >= CLASS_LABEL_WIDE_WINDOW)
      gtk_label_set_width_chars (self->class_label, CLASS_LABEL_WIDE_CHARS);
  }

  if (self->database != NULL)
    {
      g_autoptr(ProspectDatabase) database = g_steal_pointer (&self->database);

      if (!prospect_window_set_database (self, database, &error))
        prospect_window_show_problem (self, error->message);
    }

  last_page = g_settings_get_string (self->settings, "last-page");
  if (adw_view_stack_get_child_by_name (self->stack, last_page) != NULL)
    adw_view_stack_set_visible_child_name (self->stack, last_page);
}

static void
prospect_window_dispose (GObject *object)
{
  ProspectWindow *self = (ProspectWindow *) object;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->filing_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->filing_dialog));
  g_clear_pointer (&self->filing_undo, prospect_filing_undo_free);
  g_clear_object (&self->settings);
  g_clear_object (&self->database);
  g_clear_object (&self->classes);
  g_clear_object (&self->class_filter_model);
  g_clear_handle_id (&self->narrow_idle, g_source_remove);

  G_OBJECT_CLASS (prospect_window_parent_class)->dispose (object);
}

static void
prospect_window_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ProspectWindow *self = PROSPECT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prospect_window_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  ProspectWindow *self = PROSPECT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
prospect_window_class_init (ProspectWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = prospect_window_constructed;
  object_class->dispose = prospect_window_dispose;
  object_class->get_property = prospect_window_get_property;
  object_class->set_property = prospect_window_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, PROSPECT_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/prospect-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ProspectWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, ProspectWindow, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, ProspectWindow, banner_label);
  gtk_widget_class_bind_template_child (widget_class, ProspectWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ProspectWindow, class_button);
  gtk_widget_class_bind_template_child (widget_class, ProspectWindow, main_menu_button);
  gtk_widget_class_bind_template_child (widget_class, ProspectWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, ProspectWindow, class_label);
  gtk_widget_class_bind_template_child (widget_class, ProspectWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, ProspectWindow, page_bar);
  gtk_widget_class_bind_template_child (widget_class, ProspectWindow, class_popover);

  gtk_widget_class_bind_template_child (widget_class, ProspectWindow, class_search);
  gtk_widget_class_bind_template_child (widget_class, ProspectWindow, class_list);
  gtk_widget_class_bind_template_child (widget_class, ProspectWindow, class_empty);
  gtk_widget_class_bind_template_callback (widget_class, visible_page_changed_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "class_list_activate_cb",
                                                G_CALLBACK (_prospect_window_class_list_activate_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "class_search_activate_cb",
                                                G_CALLBACK (_prospect_window_class_search_activate_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "class_search_stop_cb",
                                                G_CALLBACK (_prospect_window_class_search_stop_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "class_search_changed_cb",
                                                G_CALLBACK (_prospect_window_class_search_changed_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "class_popover_show_cb",
                                                G_CALLBACK (_prospect_window_class_popover_show_cb));

  _prospect_window_class_add_actions (widget_class);
  _prospect_window_class_add_filing_actions (widget_class);

}

/* GtkApplication would build the shortcuts window with every window, before
 * the first frame; it is built instead when first asked for. */
static void
show_help_overlay_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  GtkApplicationWindow *window = user_data;
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE "/ui/prospect-shortcuts.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
    }
  gtk_window_present (GTK_WINDOW (overlay));
}

/* The main menu's popover is made when first opened (F10 or a click):
 * made with the window, it cost a few milliseconds of every start. */
static void
create_main_menu_cb (GtkMenuButton *button,
                     gpointer       user_data)
{
  ProspectWindow *self = user_data;

  gtk_menu_button_set_menu_model (button, self->primary_menu);
}

static void
prospect_window_init (ProspectWindow *self)
{
  g_autoptr(GSimpleAction) show_help_overlay = g_simple_action_new ("show-help-overlay", NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  add_pages (self);
  g_signal_connect_object (show_help_overlay, "activate", G_CALLBACK (show_help_overlay_cb), self, 0);
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (show_help_overlay));
  _prospect_window_init_page_bar (self);
  gtk_menu_button_set_create_popup_func (self->main_menu_button, create_main_menu_cb, self, NULL);

  _prospect_window_init_class_selector (self);
  _prospect_window_init_filing (self);
  _prospect_window_init_presenter_keys (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-presentation", FALSE);
}

ProspectWindow *
prospect_window_new (GtkApplication   *application,
                     ProspectDatabase *database)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), NULL);

  return g_object_new (PROSPECT_TYPE_WINDOW, "application", application, "database", database, NULL);
}

ProspectDatabase *
prospect_window_get_database (ProspectWindow *self)
{
  g_return_val_if_fail (PROSPECT_IS_WINDOW (self), NULL);
  return self->database;
}

/**
 * prospect_window_set_database:
 *
 * Shows DATABASE, on the class last shown if it has it.  On failure the
 * window keeps what it showed.
 */
gboolean
prospect_window_set_database (ProspectWindow    *self,
                              ProspectDatabase  *database,
                              GError           **error)
{
  g_autoptr(ProspectDatabase) previous = NULL;
  gint64 class_id = 0;

  g_return_val_if_fail (PROSPECT_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (PROSPECT_IS_DATABASE (database), FALSE);

  if (self->settings != NULL)
    {
      g_autoptr(ProspectClassInfo) last = NULL;

      class_id = g_settings_get_int64 (self->settings, "last-class");
      if (class_id != 0 && (last = prospect_database_get_class (database, class_id, NULL)) == NULL)
        class_id = 0;
    }
  if (class_id == 0 && (class_id = prospect_database_first_class_id (database, error)) == 0)
    return FALSE;

  previous = g_steal_pointer (&self->database);
  self->database = g_object_ref (database);
  _prospect_window_forget_import (self);
  if (!prospect_window_select_class (self, class_id, error))
    {
      g_clear_object (&self->database);
      self->database = g_steal_pointer (&previous);
      return FALSE;
    }
  self->classes_stale = TRUE;
  if (gtk_widget_get_visible (GTK_WIDGET (self->class_popover)))
    _prospect_window_ensure_classes (self);
  return TRUE;
}

static gboolean
load_page (ProspectWindow  *self,
           int              index,
           GError         **error)
{
  GtkWidget *page = _prospect_window_ensure_page (self, index);

  return prospect_page_load (PROSPECT_PAGE (page), self->database, self->class_id, error);
}

/* Pages are filled when they are shown: starting and switching class cost
 * only the page on screen. */
static gboolean
load_visible_page (ProspectWindow  *self,
                   GError         **error)
{
  int index = _prospect_window_visible_page_index (self);

  if (self->database == NULL || self->class_id == 0 || !(self->stale_pages & (1u << index)))
    return TRUE;
  if (!load_page (self, index, error))
    return FALSE;
  self->stale_pages &= ~(1u << index);
  if (self->presentation)
    _prospect_window_apply_presentation_scale (self);
  return TRUE;
}

/**
 * prospect_window_select_class:
 *
 * Shows CLASS_ID: at once on the page on screen, and on each other page
 * when it is shown.
 */
gboolean
prospect_window_select_class (ProspectWindow  *self,
                              gint64           class_id,
                              GError         **error)
{
  g_autoptr(ProspectClassInfo) info = NULL;
  g_autofree char *label = NULL;
  gint64 previous = self->class_id;

  g_return_val_if_fail (PROSPECT_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->database != NULL, FALSE);

  if ((info = prospect_database_get_class (self->database, class_id, error)) == NULL)
    return FALSE;
  self->class_id = class_id;
  self->stale_pages = (1u << N_PAGES) - 1;
  if (!load_visible_page (self, error))
    {
      /* The pages keep what they showed, and show it again. */
      self->class_id = previous;
      return FALSE;
    }
  label = g_strdup_printf ("%s – %s", info->fund_name, info->name);
  gtk_label_set_text (self->class_label, label);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->class_button), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->class_button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_window_set_title (GTK_WINDOW (self), label);
  if (self->settings != NULL)
    g_settings_set_int64 (self->settings, "last-class", class_id);
  _prospect_window_apply_presentation_scale (self);
  return TRUE;
}

gint64
prospect_window_get_class_id (ProspectWindow *self)
{
  g_return_val_if_fail (PROSPECT_IS_WINDOW (self), 0);
  return self->class_id;
}

/* Type-ahead: the list narrows as the user types. */
void
prospect_window_filter_classes (ProspectWindow *self,
                                const char     *text)
{
  g_return_if_fail (PROSPECT_IS_WINDOW (self));

  _prospect_window_ensure_classes (self);
  prospect_class_filter_set_search (self->class_filter, text);
  gtk_widget_set_visible (GTK_WIDGET (self->class_empty),
                          g_list_model_get_n_items (G_LIST_MODEL (self->class_filter_model)) == 0);
}

guint
prospect_window_get_n_shown_classes (ProspectWindow *self)
{
  g_return_val_if_fail (PROSPECT_IS_WINDOW (self), 0);
  _prospect_window_ensure_classes (self);
  return g_list_model_get_n_items (G_LIST_MODEL (self->class_filter_model));
}

gboolean
prospect_window_get_presentation (ProspectWindow *self)
{
  g_return_val_if_fail (PROSPECT_IS_WINDOW (self), FALSE);
  return self->presentation;
}

/* A problem the user must know about but that does not stop the window,
 * such as a database that could not be opened, stays in a banner until
 * dismissed. */
void
prospect_window_show_problem (ProspectWindow *self,
                              const char     *message)
{
  g_return_if_fail (PROSPECT_IS_WINDOW (self));

  gtk_label_set_text (self->banner_label, message);
  gtk_revealer_set_reveal_child (self->banner_revealer, message != NULL);
}

const char *
prospect_window_get_problem (ProspectWindow *self)
{
  g_return_val_if_fail (PROSPECT_IS_WINDOW (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->banner_revealer))
    return NULL;
  return gtk_label_get_text (self->banner_label);
}

/**
 * prospect_window_get_page:
 *
 * Returns: (transfer none): the page called NAME, built now if it has not
 * been shown yet.
 */
GtkWidget *
prospect_window_get_page (ProspectWindow *self,
                          const char     *name)
{
  int index = page_index (name);

  g_return_val_if_fail (PROSPECT_IS_WINDOW (self), NULL);

  return index >= 0 ? _prospect_window_ensure_page (self, index) : NULL;
}

const char *
prospect_window_get_visible_page (ProspectWindow *self)
{
  g_return_val_if_fail (PROSPECT_IS_WINDOW (self), NULL);
  return adw_view_stack_get_visible_child_name (self->stack);
}
