-- SPDX-License-Identifier: GPL-3.0-or-later
-- Prospect schema, version 1.
-- Every figure row names the document and section it was taken from, and the
-- date the figure is "as of", so the app can show provenance next to it.

CREATE TABLE document (
  id          INTEGER PRIMARY KEY,
  title       TEXT NOT NULL,
  dated       TEXT NOT NULL               -- ISO date printed on the document
);

CREATE TABLE fund (
  id                 INTEGER PRIMARY KEY,
  trust              TEXT NOT NULL,
  name               TEXT NOT NULL,
  adviser            TEXT,
  adviser_address    TEXT,
  portfolio_manager  TEXT,
  manager_since      TEXT,
  objective          TEXT,
  document_id        INTEGER REFERENCES document (id) ON DELETE SET NULL,
  section            TEXT,
  as_of              TEXT
);

CREATE TABLE share_class (
  id              INTEGER PRIMARY KEY,
  fund_id         INTEGER NOT NULL REFERENCES fund (id) ON DELETE CASCADE,
  name            TEXT NOT NULL,
  inception_date  TEXT,                   -- ISO date
  offered         INTEGER NOT NULL DEFAULT 1,
  note            TEXT,
  document_id     INTEGER REFERENCES document (id) ON DELETE SET NULL,
  section         TEXT,
  as_of           TEXT,
  UNIQUE (fund_id, name)
);

-- A return series: a share class's own returns, or a benchmark index.
CREATE TABLE series (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE,
  class_id    INTEGER REFERENCES share_class (id) ON DELETE CASCADE,
  footnote    TEXT                        -- shown under tables that print it
);

CREATE TABLE annual_return (
  series_id   INTEGER NOT NULL REFERENCES series (id) ON DELETE CASCADE,
  year        INTEGER NOT NULL CHECK (year BETWEEN 1800 AND 2200),
  return_pct  REAL NOT NULL,
  document_id INTEGER REFERENCES document (id) ON DELETE SET NULL,
  section     TEXT,
  as_of       TEXT,
  PRIMARY KEY (series_id, year)
);

-- An average annual total return as a document states it, for the table of a
-- share class (the class itself and the benchmarks printed beside it).
CREATE TABLE stated_return (
  class_id    INTEGER NOT NULL REFERENCES share_class (id) ON DELETE CASCADE,
  series_id   INTEGER NOT NULL REFERENCES series (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,           -- row order in the printed table
  period      TEXT NOT NULL CHECK (period IN ('1y', '5y', '10y', 'inception')),
  start_date  TEXT NOT NULL,              -- ISO date the period starts
  end_date    TEXT NOT NULL,              -- ISO date the period ends
  return_pct  REAL NOT NULL,
  document_id INTEGER REFERENCES document (id) ON DELETE SET NULL,
  section     TEXT,
  as_of       TEXT,
  PRIMARY KEY (class_id, series_id, period)
);

-- Percentages are percent numbers (0.65 means 0.65%).  NULL means the
-- document prints "None" or has no such line.
CREATE TABLE fee_table (
  class_id              INTEGER PRIMARY KEY REFERENCES share_class (id) ON DELETE CASCADE,
  front_load_pct        REAL CHECK (front_load_pct BETWEEN 0 AND 100),
  deferred_load_pct     REAL CHECK (deferred_load_pct BETWEEN 0 AND 100),
  redemption_fee_pct    REAL CHECK (redemption_fee_pct BETWEEN 0 AND 100),
  exchange_fee_pct      REAL CHECK (exchange_fee_pct BETWEEN 0 AND 100),
  management_fee_pct    REAL CHECK (management_fee_pct BETWEEN 0 AND 100),
  distribution_fee_pct  REAL CHECK (distribution_fee_pct BETWEEN 0 AND 100),
  other_expenses_pct    REAL CHECK (other_expenses_pct BETWEEN 0 AND 100),
  total_pct             REAL NOT NULL CHECK (total_pct BETWEEN 0 AND 100),
  waiver_pct            REAL CHECK (waiver_pct BETWEEN 0 AND 100),
  net_pct               REAL CHECK (net_pct BETWEEN 0 AND 100),
  waiver_years          REAL CHECK (waiver_years BETWEEN 0 AND 50),
  conversion_years      INTEGER CHECK (conversion_years BETWEEN 1 AND 50),
  conversion_pct        REAL CHECK (conversion_pct BETWEEN 0 AND 100),
  footnote              TEXT,
  document_id           INTEGER REFERENCES document (id) ON DELETE SET NULL,
  section               TEXT,
  as_of                 TEXT
);

-- Deferred sales charge by year of redemption (1 = redeemed within year 1).
CREATE TABLE deferred_charge (
  class_id    INTEGER NOT NULL REFERENCES share_class (id) ON DELETE CASCADE,
  year        INTEGER NOT NULL CHECK (year BETWEEN 1 AND 50),
  charge_pct  REAL NOT NULL CHECK (charge_pct BETWEEN 0 AND 100),
  document_id INTEGER REFERENCES document (id) ON DELETE SET NULL,
  section     TEXT,
  as_of       TEXT,
  PRIMARY KEY (class_id, year)
);

CREATE TABLE expense_example (
  class_id    INTEGER NOT NULL REFERENCES share_class (id) ON DELETE CASCADE,
  years       INTEGER NOT NULL CHECK (years BETWEEN 1 AND 50),
  redeemed    INTEGER NOT NULL DEFAULT 1,
  amount      REAL NOT NULL,
  return_pct  REAL NOT NULL,
  cost        REAL NOT NULL,
  document_id INTEGER REFERENCES document (id) ON DELETE SET NULL,
  section     TEXT,
  as_of       TEXT,
  PRIMARY KEY (class_id, years, redeemed)
);

-- The lines of the financial highlights table, in printed order.
CREATE TABLE highlight_line (
  line        INTEGER PRIMARY KEY,
  label       TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('per_share', 'percent', 'thousands')),
  group_label TEXT,                       -- e.g. "Income from investment operations:"
  marks       TEXT                        -- footnote marks after the label, e.g. "1"
);

-- value NULL is the printed dash.
CREATE TABLE highlight_value (
  class_id    INTEGER NOT NULL REFERENCES share_class (id) ON DELETE CASCADE,
  year        INTEGER NOT NULL,
  line        INTEGER NOT NULL REFERENCES highlight_line (line),
  value       REAL,
  marks       TEXT,                       -- footnote marks after the figure
  document_id INTEGER REFERENCES document (id) ON DELETE SET NULL,
  section     TEXT,
  as_of       TEXT,
  PRIMARY KEY (class_id, year, line)
);

CREATE TABLE highlight_footnote (
  class_id    INTEGER NOT NULL REFERENCES share_class (id) ON DELETE CASCADE,
  mark        TEXT NOT NULL,
  text        TEXT NOT NULL,
  document_id INTEGER REFERENCES document (id) ON DELETE SET NULL,
  section     TEXT,
  as_of       TEXT,
  PRIMARY KEY (class_id, mark)
);

-- Expense ratios before waivers, as footnotes to the highlights give them.
CREATE TABLE ratio_before_waiver (
  class_id    INTEGER NOT NULL REFERENCES share_class (id) ON DELETE CASCADE,
  year        INTEGER NOT NULL,
  ratio_pct   REAL NOT NULL,
  mark        TEXT,
  document_id INTEGER REFERENCES document (id) ON DELETE SET NULL,
  section     TEXT,
  as_of       TEXT,
  PRIMARY KEY (class_id, year)
);

CREATE TABLE policy_limit (
  fund_id       INTEGER NOT NULL REFERENCES fund (id) ON DELETE CASCADE,
  position      INTEGER NOT NULL,
  label         TEXT NOT NULL,
  min_pct       REAL,
  max_pct       REAL,
  max_exclusive INTEGER NOT NULL DEFAULT 0,  -- "less than" rather than "up to"
  unlimited     INTEGER NOT NULL DEFAULT 0,
  basis         TEXT NOT NULL,             -- "assets" or "net assets"
  wording       TEXT NOT NULL,             -- the limit as the document words it
  document_id   INTEGER REFERENCES document (id) ON DELETE SET NULL,
  section       TEXT,
  as_of         TEXT,
  PRIMARY KEY (fund_id, position)
);

CREATE TABLE text_block (
  fund_id     INTEGER NOT NULL REFERENCES fund (id) ON DELETE CASCADE,
  topic       TEXT NOT NULL,               -- objective, strategies, policies, risks, ...
  position    INTEGER NOT NULL,
  heading     TEXT,
  body        TEXT NOT NULL,
  document_id INTEGER REFERENCES document (id) ON DELETE SET NULL,
  section     TEXT,
  as_of       TEXT,
  PRIMARY KEY (fund_id, topic, position)
);

CREATE TABLE glossary_term (
  id          INTEGER PRIMARY KEY,
  part        TEXT NOT NULL,               -- I, II, III
  part_title  TEXT NOT NULL,
  term        TEXT NOT NULL,
  definition  TEXT NOT NULL,
  document_id INTEGER REFERENCES document (id) ON DELETE SET NULL,
  section     TEXT,
  as_of       TEXT
);

CREATE INDEX share_class_fund ON share_class (fund_id);
CREATE INDEX series_class ON series (class_id);
CREATE INDEX stated_return_series ON stated_return (series_id);
