/* gui-test.h: what the window tests share: a display check, an application,
 * waiting for a condition instead of sleeping, fresh settings per test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "prospect-testing.h"
#include "prospect-window.h"

G_BEGIN_DECLS

gboolean        gui_test_have_display (void);
GtkApplication *gui_test_application  (void);

#define GUI_TEST_REQUIRE_DISPLAY()                                                  \
  G_STMT_START {                                                                    \
    if (!gui_test_have_display ())                                                  \
      {                                                                             \
        g_test_skip ("No display: run the ui suite under xvfb-run (scripts/test)"); \
        return;                                                                     \
      }                                                                             \
  } G_STMT_END

typedef gboolean (*GuiTestCondition) (gpointer data);

void            gui_test_init                  (int              *argc,
                                                char           ***argv);
void            gui_test_add                   (const char       *path,
                                                GTestFunc         func);
int             gui_test_run                   (void);

void            gui_test_spin                  (void);
gboolean        gui_test_wait_for              (GuiTestCondition  condition,
                                                gpointer          data);
gboolean        gui_test_find_label            (GtkWidget        *widget,
                                                const char       *text);
gboolean        gui_test_find_label_containing (GtkWidget        *widget,
                                                const char       *text);
ProspectWindow *gui_test_new_window            (void);
ProspectWindow *gui_test_new_window_on         (const char       *path);
void            gui_test_show_page             (ProspectWindow   *window,
                                                int               index);
void            gui_test_screenshot            (ProspectWindow   *window,
                                                const char       *name);
void            gui_test_close_window          (ProspectWindow   *window);
GtkDropDown    *gui_test_find_drop_down        (GtkWidget        *widget);
GtkWidget      *gui_test_find_button           (GtkWidget        *widget,
                                                const char       *label);
void            gui_test_click_undo            (GtkWidget        *window);

G_END_DECLS
