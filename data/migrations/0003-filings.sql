-- SPDX-License-Identifier: GPL-3.0-or-later
-- Prospect schema, version 3: funds imported from their prospectus filings
-- (XBRL risk/return summaries), with every figure such a filing gives.

-- Where a filing came from, so each figure's source names it.
ALTER TABLE document ADD COLUMN registrant TEXT;
ALTER TABLE document ADD COLUMN form_type TEXT;
ALTER TABLE document ADD COLUMN accession TEXT;
ALTER TABLE document ADD COLUMN file_name TEXT;

-- The SEC's identifiers match a fund and a class across filings:
-- S000002391 for a series (a fund), C000006333 for a class.
ALTER TABLE fund ADD COLUMN sec_series_id TEXT;
ALTER TABLE fund ADD COLUMN turnover_pct REAL CHECK (turnover_pct >= 0);
ALTER TABLE share_class ADD COLUMN sec_class_id TEXT;
ALTER TABLE share_class ADD COLUMN ticker TEXT;

-- Fee table lines that few funds print.
ALTER TABLE fee_table ADD COLUMN account_fee REAL CHECK (account_fee >= 0);
ALTER TABLE fee_table ADD COLUMN acquired_fund_fees_pct REAL CHECK (acquired_fund_fees_pct BETWEEN 0 AND 100);

-- A series that is not the class's own total return: NULL for a fund or an
-- index, or the after-tax measure it is.
ALTER TABLE series ADD COLUMN measure TEXT
  CHECK (measure IS NULL OR measure IN ('after_taxes_on_distributions', 'after_taxes_on_sales'));

-- The bar chart's best and worst quarter and the year-to-date return.
CREATE TABLE quarter_return (
  class_id    INTEGER NOT NULL REFERENCES share_class (id) ON DELETE CASCADE,
  kind        TEXT NOT NULL CHECK (kind IN ('best', 'worst', 'year_to_date')),
  return_pct  REAL NOT NULL CHECK (return_pct BETWEEN -100 AND 10000),
  dated       TEXT,                        -- ISO date of the quarter's end, or as printed
  document_id INTEGER REFERENCES document (id) ON DELETE SET NULL,
  section     TEXT,
  as_of       TEXT,
  PRIMARY KEY (class_id, kind)
);

CREATE INDEX share_class_sec_id ON share_class (sec_class_id);
CREATE INDEX share_class_ticker ON share_class (ticker);
