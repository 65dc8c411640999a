/* prospect-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-window"

#include "config.h"

#include "prospect-portfolio-page.h"
#include "prospect-window.h"

struct _ProspectWindow
{
  AdwApplicationWindow parent_instance;

  /* Template widgets */
  AdwViewStack          *stack;
  GtkRevealer           *banner_revealer;
  GtkLabel              *banner_label;
  AdwToastOverlay       *toast_overlay;
  ProspectPortfolioPage *portfolio_page;

  /* Owned */
  ProspectDatabase *database;
  GSettings        *settings;
  gint64            class_id;
};

G_DEFINE_FINAL_TYPE (ProspectWindow, prospect_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
visible_page_changed_cb (ProspectWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->stack);

  if (self->settings != NULL && name != NULL)
    g_settings_set_string (self->settings, "last-page", name);
}

static void
dismiss_banner_cb (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ProspectWindow *self = PROSPECT_WINDOW (widget);

  gtk_revealer_set_reveal_child (self->banner_revealer, FALSE);
}

static void
search_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  ProspectWindow *self = PROSPECT_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->stack, "portfolio");
  prospect_portfolio_page_focus_search (self->portfolio_page);
}

static void
load_pages (ProspectWindow *self)
{
  g_autoptr(GError) error = NULL;

  self->class_id = prospect_database_first_class_id (self->database, &error);
  if (self->class_id == 0 || !prospect_portfolio_page_load (self->portfolio_page, self->database, self->class_id,
                                                            &error))
    prospect_window_show_problem (self, error->message);
}

static void
prospect_window_constructed (GObject *object)
{
  ProspectWindow *self = (ProspectWindow *) object;
  g_autofree char *last_page = NULL;

  G_OBJECT_CLASS (prospect_window_parent_class)->constructed (object);

  self->settings = g_settings_new (APPLICATION_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

  if (self->database != NULL)
    load_pages (self);

  last_page = g_settings_get_string (self->settings, "last-page");
  if (adw_view_stack_get_child_by_name (self->stack, last_page) != NULL)
    adw_view_stack_set_visible_child_name (self->stack, last_page);
}

static void
prospect_window_dispose (GObject *object)
{
  ProspectWindow *self = (ProspectWindow *) object;

  g_clear_object (&self->settings);
  g_clear_object (&self->database);

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

  g_type_ensure (PROSPECT_TYPE_PORTFOLIO_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/prospect-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ProspectWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, ProspectWindow, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, ProspectWindow, banner_label);
  gtk_widget_class_bind_template_child (widget_class, ProspectWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ProspectWindow, portfolio_page);
  gtk_widget_class_bind_template_callback (widget_class, visible_page_changed_cb);

  gtk_widget_class_install_action (widget_class, "win.dismiss-banner", NULL, dismiss_banner_cb);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
prospect_window_init (ProspectWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
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

GtkWidget *
prospect_window_get_page (ProspectWindow *self,
                          const char     *name)
{
  g_return_val_if_fail (PROSPECT_IS_WINDOW (self), NULL);
  return adw_view_stack_get_child_by_name (self->stack, name);
}
