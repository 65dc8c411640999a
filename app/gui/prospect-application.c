/* prospect-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "prospect-application"

#include "config.h"

#include <glib/gi18n.h>

#include "prospect-application.h"
#include "prospect-box-widths.h"
#include "prospect-database.h"
#include "prospect-first-frame.h"
#include "prospect-gtk-init.h"
#include "prospect-label-widths.h"
#include "prospect-window.h"

struct _ProspectApplication
{
  AdwApplication parent_instance;

  char *database_path;
};

G_DEFINE_FINAL_TYPE (ProspectApplication, prospect_application, ADW_TYPE_APPLICATION)

/**
 * prospect_application_open_database:
 * @problem: (out) (transfer full) (nullable): what the user must be told
 *
 * Opens the user's database; when that fails the window still opens, on
 * the bundled data, and says why in @problem.  The user's file is left as
 * it is.
 *
 * Returns: (transfer full) (nullable): the database, NULL only when even
 *   the bundled data cannot be loaded
 */
ProspectDatabase *
prospect_application_open_database (ProspectApplication  *self,
                                    char                **problem)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) bundled_error = NULL;
  ProspectDatabase *database;

  *problem = NULL;
  database = self->database_path != NULL ? prospect_database_open (self->database_path, &error)
                                         : prospect_database_open_default (&error);
  if (database != NULL)
    {
      if (prospect_database_get_read_only (database))
        *problem = g_strdup_printf ("“%s” is read-only: you can look at it, but changes cannot be saved.",
                                    prospect_database_get_path (database));
      return database;
    }

  database = prospect_database_open_bundled (&bundled_error);
  if (database == NULL)
    {
      g_critical ("The bundled data could not be loaded: %s", bundled_error->message);
      *problem = g_strdup (error->message);
      return NULL;
    }
  /* A change here would be accepted and then lost at exit: refused instead. */
  prospect_database_refuse_changes (database, _("This is the bundled data, shown because your database could not "
                                                "be opened; changes to it would be lost, so none are made. Use Open "
                                                "Database… to work on a file."));
  *problem = g_strdup_printf (_("%s Showing the bundled data instead; changes will not be kept."), error->message);
  return database;
}

static gboolean
present_window_cb (gpointer window)
{
  gtk_window_present (GTK_WINDOW (window));
  return G_SOURCE_REMOVE;
}

static void
prospect_application_activate (GApplication *application)
{
  ProspectApplication *self = PROSPECT_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(ProspectDatabase) database = NULL;
  g_autofree char *problem = NULL;

  if (window == NULL)
    {
      database = prospect_application_open_database (self, &problem);
      if (database == NULL)
        {
          AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (NULL, _("Prospect cannot start"), problem));

          adw_message_dialog_add_response (dialog, "close", _("_Close"));
          gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
          gtk_window_present (GTK_WINDOW (dialog));
          return;
        }
      window = GTK_WINDOW (prospect_window_new (GTK_APPLICATION (self), database));
      prospect_watch_first_frame (window);
      if (problem != NULL)
        prospect_window_show_problem (PROSPECT_WINDOW (window), problem);
      /* After what GTK queued during startup, at GTK_PRIORITY_RESIZE - 2:
       * the icon theme's change restyles every widget, which costs nothing
       * before the first styling and a whole second layout after it. */
      g_idle_add_full (GTK_PRIORITY_RESIZE - 1, present_window_cb, g_object_ref (window), g_object_unref);
      return;
    }
  gtk_window_present (window);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  static const char *developers[] = { "The Prospect developers", NULL };

  adw_show_about_window (parent,
                         "application-name", "Prospect",
                         "application-icon", APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", "The Prospect developers",
                         "developers", developers,
                         "comments", "A fund prospectus as charts, tables and cost calculators that match the printed figures.",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
};

static void
prospect_application_startup (GApplication *application)
{
  G_APPLICATION_CLASS (prospect_application_parent_class)->startup (application);
  prospect_gtk_preload_icons ();

  prospect_box_widths_install ();
  prospect_label_widths_install ();

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions, G_N_ELEMENTS (app_actions), application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.show-help-overlay",
                                         (const char *[]) { "<Control>question", NULL });
}

static void
prospect_application_finalize (GObject *object)
{
  ProspectApplication *self = (ProspectApplication *) object;

  g_free (self->database_path);

  G_OBJECT_CLASS (prospect_application_parent_class)->finalize (object);
}

static void
prospect_application_class_init (ProspectApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = prospect_application_finalize;
  app_class->activate = prospect_application_activate;
  app_class->startup = prospect_application_startup;
}

static void
prospect_application_init (ProspectApplication *self)
{
}

ProspectApplication *
prospect_application_new (const ProspectLaunchOptions *options)
{
  ProspectApplication *self;
  GApplicationFlags flags = G_APPLICATION_DEFAULT_FLAGS;

  g_return_val_if_fail (options != NULL, NULL);

  /* A window on another database is a separate instance: handing it to a
   * running one would show the wrong file. */
  if (options->non_unique || options->database != NULL)
    flags |= G_APPLICATION_NON_UNIQUE;

  self = g_object_new (PROSPECT_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", flags,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
  self->database_path = g_strdup (options->database);
  return self;
}
