/* prospect-first-frame.c: with PROSPECT_BENCH_FIRST_FRAME set (by
 * bench/launch), the first painted frame ends the process with its
 * timing; otherwise this does nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "prospect-first-frame.h"

static long
peak_rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmHWM:");
  return line != NULL ? strtol (line + 6, NULL, 10) : -1;
}

static void
after_paint_cb (GdkFrameClock *clock,
                GtkWidget     *window)
{
  const char *start = g_getenv ("PROSPECT_BENCH_START_NS");
  struct timespec now;
  double ms;

  if (!gtk_widget_get_mapped (window))
    return;
  gdk_display_sync (gtk_widget_get_display (window));
  clock_gettime (CLOCK_MONOTONIC, &now);
  ms = ((double) now.tv_sec * 1e9 + (double) now.tv_nsec - g_ascii_strtod (start != NULL ? start : "0", NULL)) / 1e6;
  printf ("first-frame-ms %.3f\npeak-rss-kb %ld\n", ms, peak_rss_kb ());
  fflush (stdout);
  _exit (0);
}

static void
realize_cb (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), window);
}

void
prospect_watch_first_frame (GtkWindow *window)
{
  if (g_getenv ("PROSPECT_BENCH_FIRST_FRAME") == NULL)
    return;
  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    realize_cb (GTK_WIDGET (window));
  else
    g_signal_connect (window, "realize", G_CALLBACK (realize_cb), NULL);
}
