-- SPDX-License-Identifier: GPL-3.0-or-later
-- Prospect schema, version 6: plan line-ups, for the comparative chart a
-- retirement plan gives its participants (29 CFR 2550.404a-5).
--
-- A plan lists share classes (any class in the database; one class can be
-- in many plans) in its own order, each with a type ("Balanced", "Bond" …)
-- and an optional benchmark of the user's choosing; and fixed-return
-- options (a stable-value fund, a fixed account) with their rate and term,
-- typed in.  The plan's own facts: the date of the figures, where
-- participants find more, and its administrative fees.

CREATE TABLE plan (
  id                 INTEGER PRIMARY KEY,
  name               TEXT NOT NULL UNIQUE CHECK (length (name) BETWEEN 1 AND 200),
  position           INTEGER NOT NULL DEFAULT 0,
  as_of              TEXT,              -- ISO date; NULL: as of the figures' own date
  web_address        TEXT,
  admin_fee_dollars  REAL NOT NULL DEFAULT 0 CHECK (admin_fee_dollars BETWEEN 0 AND 1e9),
  admin_fee_pct      REAL NOT NULL DEFAULT 0 CHECK (admin_fee_pct BETWEEN 0 AND 100),
  admin_fee_note     TEXT               -- how the fees are charged
);

CREATE TABLE plan_option (
  id              INTEGER PRIMARY KEY,
  plan_id         INTEGER NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  position        INTEGER NOT NULL DEFAULT 0,
  class_id        INTEGER REFERENCES share_class (id) ON DELETE CASCADE,
  category        TEXT,
  benchmark_id    INTEGER REFERENCES series (id) ON DELETE SET NULL,
  fixed_name      TEXT,
  fixed_rate_pct  REAL CHECK (fixed_rate_pct IS NULL OR fixed_rate_pct BETWEEN -100 AND 100),
  fixed_term      TEXT,
  restrictions    TEXT,
  CHECK (class_id IS NOT NULL OR (fixed_name IS NOT NULL AND fixed_rate_pct IS NOT NULL))
);
CREATE INDEX plan_option_by_plan ON plan_option (plan_id, position);
