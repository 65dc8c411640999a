/* launch.c: records CLOCK_MONOTONIC in PROSPECT_BENCH_START_NS, then execs
 * its arguments, so the program can time its first frame from process
 * start.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

int
main (int   argc,
      char *argv[])
{
  struct timespec now;
  char value[32];

  if (argc < 2)
    {
      fprintf (stderr, "usage: launch PROGRAM [ARGS…]\n");
      return 2;
    }
  clock_gettime (CLOCK_MONOTONIC, &now);
  snprintf (value, sizeof value, "%lld", (long long) now.tv_sec * 1000000000LL + now.tv_nsec);
  setenv ("PROSPECT_BENCH_START_NS", value, 1);
  setenv ("PROSPECT_BENCH_FIRST_FRAME", "1", 1);
  execvp (argv[1], argv + 1);
  perror ("launch");
  return 127;
}
