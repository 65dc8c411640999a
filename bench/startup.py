#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Startup and memory: process start to first painted frame, and peak RSS,
# for Prospect (bundled data, and the scale database) against a bare
# AdwApplicationWindow and a bare GtkApplicationWindow, and, for
# information, the bare libadwaita window with a header bar and view
# switcher.  Variants alternate within each round, in an order rotated
# each round so that none always runs after the same one; the first round
# warms caches and is dropped.  Each variant's median, interquartile range
# and median CPU time (user + system of the process) are reported.  Runs under the X server that scripts/bench starts.
#   startup.py BUILD_DIR ROUNDS DATA_DIR [SCALE_DB [MID_DB]]
import os
import resource
import statistics
import subprocess
import sys

build, rounds, data_dir = sys.argv[1], int(sys.argv[2]), sys.argv[3]
scale_db = sys.argv[4] if len(sys.argv) > 4 else None
mid_db = sys.argv[5] if len(sys.argv) > 5 else None
launch = os.path.join(build, "bench", "launch")
env = dict(os.environ, GSK_RENDERER="cairo", GDK_DEBUG="gl-disable", GTK_A11Y="none", GDK_BACKEND="x11",
           GSETTINGS_BACKEND="memory", GSETTINGS_SCHEMA_DIR=os.path.join(build, "resources"),
           XDG_DATA_HOME=data_dir, NO_AT_BRIDGE="1")
variants = {
    "floor_gtk": [os.path.join(build, "bench", "floor-gtk")],
    "floor_adw": [os.path.join(build, "bench", "floor-adw")],
    "floor_header": [os.path.join(build, "bench", "floor-header")],
    "app": [os.path.join(build, "app", "prospect"), "--non-unique"],
}
if scale_db:
    variants["app_scale"] = [os.path.join(build, "app", "prospect"), "--non-unique", "--database", scale_db]
if mid_db:
    variants["app_15mib"] = [os.path.join(build, "app", "prospect"), "--non-unique", "--database", mid_db]

samples = {name: [] for name in variants}
rss = {name: [] for name in variants}
cpu = {name: [] for name in variants}
names = list(variants)
for round_no in range(rounds + 1):
    shift = round_no % len(names)
    for name in names[shift:] + names[:shift]:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        out = subprocess.run([launch] + variants[name], env=env, capture_output=True, text=True, timeout=120).stdout
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        values = dict(line.split() for line in out.splitlines() if len(line.split()) == 2)
        if round_no == 0 or "first-frame-ms" not in values:
            continue
        samples[name].append(float(values["first-frame-ms"]))
        cpu[name].append(1000.0 * (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime))
        rss[name].append(int(values["peak-rss-kb"]) / 1024.0)

for name in variants:
    if samples[name]:
        print(f"startup.{name}_ms {statistics.median(samples[name]):.2f}")
        if len(samples[name]) >= 4:
            q = statistics.quantiles(samples[name], n=4)
            print(f"startup.{name}_ms.iqr {q[2] - q[0]:.2f}")
        print(f"startup.{name}_cpu_ms {statistics.median(cpu[name]):.2f}")
        print(f"memory.{name}_mb {statistics.median(rss[name]):.2f}")
if samples["app"] and samples["floor_adw"]:
    ratios = [a / f for a, f in zip(samples["app"], samples["floor_adw"])]
    print(f"startup.ratio {statistics.median(samples['app']) / statistics.median(samples['floor_adw']):.3f}")
    print(f"startup.round_ratios {','.join(f'{r:.3f}' for r in ratios)}")
    print(f"startup.floor_ms {statistics.median(samples['floor_adw']):.2f}")
    print(f"startup.app_ms {statistics.median(samples['app']):.2f}")
    print(f"memory.delta_mb {statistics.median(rss['app']) - statistics.median(rss['floor_adw']):.2f}")
if samples["floor_header"] and samples["floor_adw"]:
    # Informative: how much of startup.ratio any window with this header costs.
    print(f"startup.header_floor_ratio {statistics.median(samples['floor_header']) / statistics.median(samples['floor_adw']):.3f}")
    print(f"startup.ratio_vs_header {statistics.median(samples['app']) / statistics.median(samples['floor_header']):.3f}")
if samples.get("app_scale") and samples["app"]:
    print(f"scale.startup_ratio {statistics.median(samples['app_scale']) / statistics.median(samples['app']):.3f}")
if samples.get("app_15mib") and samples["app"]:
    print(f"scale.startup_ratio_15mib {statistics.median(samples['app_15mib']) / statistics.median(samples['app']):.3f}")
