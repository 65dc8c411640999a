#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Adds N share classes (default 30,000) to a Prospect database, each with 30
# years of returns, a fee table and a five-year financial highlights block,
# for the scale benchmark.  The figures are synthetic and deterministic.
#   generate-scale-db.py DATABASE [N]
import random
import sqlite3
import sys

path = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 30000
rng = random.Random(2001)

db = sqlite3.connect(path)
db.execute("PRAGMA journal_mode = DELETE")
db.execute("BEGIN")
funds_per_family = 10
for i in range(n):
    fund_no = i // 3
    if i % 3 == 0:
        db.execute("INSERT INTO fund (trust, name, objective, section, as_of) VALUES (?, ?, ?, ?, ?)",
                   (f"Trust {fund_no // funds_per_family}", f"Fund {fund_no:05d} {rng.choice(['Growth', 'Income', 'Balanced', 'Value', 'Index'])}",
                    "Synthetic fund for the scale benchmark.", "generated", "2020-12-31"))
        fund_id = db.execute("SELECT last_insert_rowid()").fetchone()[0]
    cls = db.execute("INSERT INTO share_class (fund_id, name, inception_date, section, as_of) VALUES (?, ?, ?, ?, ?)",
                     (fund_id, f"Class {'ABC'[i % 3]}", "1991-01-01", "generated", "2020-12-31")).lastrowid
    series = db.execute("INSERT INTO series (name, class_id) VALUES (?, ?)", (f"series {cls}", cls)).lastrowid
    db.executemany("INSERT INTO annual_return (series_id, year, return_pct) VALUES (?, ?, ?)",
                   [(series, 1991 + y, round(rng.uniform(-30, 40), 2)) for y in range(30)])
    for period, start, years in (("1y", "2020-01-01", 1), ("5y", "2016-01-01", 5), ("10y", "2011-01-01", 10)):
        db.execute("INSERT INTO stated_return (class_id, series_id, position, period, start_date, end_date, return_pct) "
                   "VALUES (?, ?, 1, ?, ?, '2020-12-31', ?)", (cls, series, period, start, round(rng.uniform(-5, 15), 2)))
    total = round(rng.uniform(0.1, 2.5), 2)
    db.execute("INSERT INTO fee_table (class_id, management_fee_pct, other_expenses_pct, total_pct) VALUES (?, ?, ?, ?)",
               (cls, round(total * 0.8, 2), round(total * 0.2, 2), total))
    db.executemany("INSERT INTO highlight_value (class_id, year, line, value) VALUES (?, ?, ?, ?)",
                   [(cls, 2016 + y, line, round(rng.uniform(-5, 50), 2)) for y in range(5) for line in range(1, 19)])
db.execute("COMMIT")
db.close()
