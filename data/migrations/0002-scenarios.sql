-- SPDX-License-Identifier: GPL-3.0-or-later
-- Prospect schema, version 2: saved cost scenarios, so an advisor can
-- prepare comparisons before a meeting.

-- A product to compare: a share class's fees (class_id), or a fund's
-- expense ratio typed in (fund_ratio_pct), optionally inside a variable
-- annuity or life contract.  Percent numbers; money in dollars.
CREATE TABLE scenario (
  id                         INTEGER PRIMARY KEY,
  name                       TEXT NOT NULL UNIQUE CHECK (length (name) BETWEEN 1 AND 200),
  position                   INTEGER NOT NULL DEFAULT 0,
  class_id                   INTEGER REFERENCES share_class (id) ON DELETE SET NULL,
  fund_ratio_pct             REAL CHECK (fund_ratio_pct BETWEEN 0 AND 100),
  front_load_pct             REAL NOT NULL DEFAULT 0 CHECK (front_load_pct BETWEEN 0 AND 100),
  redemption_fee_pct         REAL NOT NULL DEFAULT 0 CHECK (redemption_fee_pct BETWEEN 0 AND 100),
  mortality_expense_pct      REAL NOT NULL DEFAULT 0 CHECK (mortality_expense_pct BETWEEN 0 AND 100),
  administrative_pct         REAL NOT NULL DEFAULT 0 CHECK (administrative_pct BETWEEN 0 AND 100),
  rider_pct                  REAL NOT NULL DEFAULT 0 CHECK (rider_pct BETWEEN 0 AND 100),
  rider_on_benefit_base      INTEGER NOT NULL DEFAULT 0,
  contract_fee               REAL NOT NULL DEFAULT 0 CHECK (contract_fee >= 0),
  contract_fee_waived_above  REAL NOT NULL DEFAULT 0 CHECK (contract_fee_waived_above >= 0),
  CHECK (class_id IS NOT NULL OR fund_ratio_pct IS NOT NULL)
);

-- Deferred sales charges and surrender charges, by year.
CREATE TABLE scenario_charge (
  scenario_id INTEGER NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
  kind        TEXT NOT NULL CHECK (kind IN ('deferred', 'surrender')),
  year        INTEGER NOT NULL CHECK (year BETWEEN 1 AND 50),
  charge_pct  REAL NOT NULL CHECK (charge_pct BETWEEN 0 AND 100),
  PRIMARY KEY (scenario_id, kind, year)
);

-- The comparison's shared assumptions: one row.
CREATE TABLE comparison (
  id            INTEGER PRIMARY KEY CHECK (id = 1),
  amount        REAL NOT NULL DEFAULT 10000,
  contribution  REAL NOT NULL DEFAULT 0,
  match         REAL NOT NULL DEFAULT 0,
  years         INTEGER NOT NULL DEFAULT 20 CHECK (years BETWEEN 1 AND 50),
  return_pct    REAL NOT NULL DEFAULT 5
);
INSERT INTO comparison (id) VALUES (1);
