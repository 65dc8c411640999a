#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Interface latency: runs bench/ui-latency once per round, each time on a
# fresh copy of the bundled database (a first visit happens once per
# process), and reports each key's median and interquartile range.  Runs
# under the X server that scripts/bench starts.
#   ui.py BUILD_DIR ROUNDS DATA_DIR
import os
import shutil
import statistics
import subprocess
import sys

build, rounds, data_dir = sys.argv[1], int(sys.argv[2]), sys.argv[3]
driver = os.path.join(build, "bench", "ui-latency")
env = dict(os.environ, GSK_RENDERER="cairo", GDK_DEBUG="gl-disable", GTK_A11Y="none", GDK_BACKEND="x11",
           GSETTINGS_BACKEND="memory", GSETTINGS_SCHEMA_DIR=os.path.join(build, "resources"),
           XDG_DATA_HOME=data_dir, NO_AT_BRIDGE="1")
template = os.path.join(data_dir, "ui-template.db")
if not os.path.exists(template):
    subprocess.run([os.path.join(build, "app", "prospect"), "--list-funds", "--database", template],
                   env=env, capture_output=True, check=True)

samples = {}
for round_no in range(rounds + 1):
    db = os.path.join(data_dir, "ui-round.db")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    shutil.copy(template, db)
    out = subprocess.run([driver, db], env=env, capture_output=True, text=True, timeout=300).stdout
    if round_no == 0:
        continue  # warms the caches
    for line in out.splitlines():
        key, _, value = line.partition(" ")
        samples.setdefault(key, []).append(float(value))

for key, values in sorted(samples.items()):
    print(f"{key} {statistics.median(values):.3f}")
    if len(values) >= 4:
        q = statistics.quantiles(values, n=4)
        print(f"{key}.iqr {q[2] - q[0]:.3f}")

# What a keystroke costs above the same keystroke into a bare entry (the
# floor this X server, renderer and frame clock set for any GTK app).
floor = samples.get("ui.keystroke_ms.floor_entry")
if floor:
    for key, values in sorted(samples.items()):
        if key.startswith("ui.keystroke_ms.") and key != "ui.keystroke_ms.floor_entry":
            field = key[len("ui.keystroke_ms."):]
            print(f"ui.keystroke_over_floor_ms.{field} {statistics.median(values) - statistics.median(floor):.3f}")
