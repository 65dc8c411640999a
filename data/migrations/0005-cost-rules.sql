-- SPDX-License-Identifier: GPL-3.0-or-later
-- Prospect schema, version 5: the cost rules real contracts use, and the
-- comparison's named method.
--
-- A scenario's deferred and surrender charges run by contract year (0) or
-- by the age of each purchase payment (1), with a free withdrawal of a
-- percentage of the value.  The comparison is computed by the prospectus's
-- method or the SEC Mutual Fund Cost Calculator's.

ALTER TABLE scenario ADD COLUMN charges_by_payment INTEGER NOT NULL DEFAULT 0
  CHECK (charges_by_payment IN (0, 1));
ALTER TABLE scenario ADD COLUMN free_withdrawal_pct REAL NOT NULL DEFAULT 0
  CHECK (free_withdrawal_pct BETWEEN 0 AND 100);
ALTER TABLE comparison ADD COLUMN method TEXT NOT NULL DEFAULT 'prospectus'
  CHECK (method IN ('prospectus', 'sec'));

-- Front-end sales load breakpoints: from each amount on, the load is
-- load_pct (5.75% under $50,000, 4.50% from $50,000 …), as the prospectus
-- prints its schedule.  A scenario's other holdings count towards the
-- breakpoint (rights of accumulation).
CREATE TABLE load_breakpoint (
  class_id    INTEGER NOT NULL REFERENCES share_class (id) ON DELETE CASCADE,
  from_amount REAL NOT NULL CHECK (from_amount >= 0),
  load_pct    REAL NOT NULL CHECK (load_pct BETWEEN 0 AND 100),
  document_id INTEGER REFERENCES document (id) ON DELETE SET NULL,
  section     TEXT,
  as_of       TEXT,
  PRIMARY KEY (class_id, from_amount)
);
ALTER TABLE scenario ADD COLUMN other_holdings REAL NOT NULL DEFAULT 0 CHECK (other_holdings >= 0);

-- The 1035 exchange on the Compare page: keep one saved scenario's contract
-- or exchange it for another's, with the old contract's standing today and
-- the new contract's bonus credit and its recapture by contract year.
CREATE TABLE exchange (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  keep_id     INTEGER REFERENCES scenario (id) ON DELETE SET NULL,
  into_id     INTEGER REFERENCES scenario (id) ON DELETE SET NULL,
  years_held  INTEGER NOT NULL DEFAULT 0 CHECK (years_held BETWEEN 0 AND 50),
  value       REAL NOT NULL DEFAULT 100000 CHECK (value > 0),
  payments    REAL NOT NULL DEFAULT 0 CHECK (payments >= 0),
  bonus_pct   REAL NOT NULL DEFAULT 0 CHECK (bonus_pct BETWEEN 0 AND 100)
);
INSERT INTO exchange (id) VALUES (1);

CREATE TABLE exchange_recapture (
  year        INTEGER PRIMARY KEY CHECK (year BETWEEN 1 AND 50),
  pct         REAL NOT NULL CHECK (pct BETWEEN 0 AND 100)
);

-- The amount from which a fund's filing says sales charge discounts start
-- ("at least $50,000"); the schedule itself is a class's load_breakpoint.
ALTER TABLE fund ADD COLUMN breakpoint_from REAL CHECK (breakpoint_from IS NULL OR breakpoint_from >= 0);
