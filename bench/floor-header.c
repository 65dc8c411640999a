/* floor-header.c: a third, informative floor: the same bare window with
 * the header every libadwaita app of this shape shows — a view switcher
 * over six titled pages with icons, a start button with a label and a
 * menu button, icons from the theme — and nothing below it. It tells how much of the startup
 * ratio is the cost of any such header rather than of Prospect's pages.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "prospect-first-frame.h"

static void
activate_cb (GtkApplication *app)
{
  static const char *const pages[][2] = {
    { "Performance", "view-grid-symbolic" }, { "Highlights", "view-list-symbolic" },
    { "Fees", "emblem-documents-symbolic" }, { "Compare", "view-paged-symbolic" },
    { "Portfolio", "view-list-bullet-symbolic" }, { "Data", "document-edit-symbolic" },
  };
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *switcher = adw_view_switcher_title_new ();
  GtkWidget *start = gtk_menu_button_new ();
  GtkWidget *menu = gtk_menu_button_new ();
  AdwViewStack *stack = ADW_VIEW_STACK (adw_view_stack_new ());

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    adw_view_stack_add_titled_with_icon (stack, gtk_box_new (GTK_ORIENTATION_VERTICAL, 0), pages[i][0], pages[i][0],
                                         pages[i][1]);
  adw_view_switcher_title_set_stack (ADW_VIEW_SWITCHER_TITLE (switcher), stack);
  adw_view_switcher_title_set_title (ADW_VIEW_SWITCHER_TITLE (switcher), "Prospect");
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), switcher);
  gtk_menu_button_set_label (GTK_MENU_BUTTON (start), "Balanced Portfolio");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), start);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu), "open-menu-symbolic");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), menu);
  gtk_widget_set_vexpand (GTK_WIDGET (stack), TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (stack));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  prospect_watch_first_frame (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.prospect.FloorHeader", G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
