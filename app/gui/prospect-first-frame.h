/* prospect-first-frame.h: for benchmarks, shared by Prospect and the floor programs: on the
 * first frame painted with the window mapped, print the time since
 * process start and the peak memory, then exit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

void prospect_watch_first_frame (GtkWindow *window);
