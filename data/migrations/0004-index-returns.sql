-- SPDX-License-Identifier: GPL-3.0-or-later
-- Prospect schema, version 4: reference data, the calendar-year total
-- returns of the benchmarks the bundled and imported funds name, each row
-- with its source.  Only figures with a named source go in; where none
-- exists, the chart and table say so and nothing is estimated.
--
-- S&P 500: total returns with dividends reinvested, as S&P Dow Jones Indices
-- publishes them for each calendar year.  (Some fund reports print 22.95
-- for 1996; S&P Dow Jones Indices' 22.96 is used.)  Checks: 1996–2000
-- compound to the prospectus's 18.33% five-year figure and 2000 is its
-- (9.10%).  The Lehman Brothers Gov't/Credit Index has no yearly figures
-- here: none with a source Prospect can name.

INSERT INTO document (title, dated)
SELECT 'S&P Dow Jones Indices: S&P 500 total returns by calendar year, dividends reinvested', '2001-01-02'
WHERE EXISTS (SELECT 1 FROM series WHERE name = 'S&P 500 Index');

INSERT OR IGNORE INTO annual_return (series_id, year, return_pct, document_id, section, as_of)
SELECT s.id, v.column1, v.column2,
       (SELECT max (id) FROM document
        WHERE title = 'S&P Dow Jones Indices: S&P 500 total returns by calendar year, dividends reinvested'),
       'Reference data from S&P Dow Jones Indices, not from the prospectus', v.column1 || '-12-31'
FROM series s,
     (VALUES (1993, 10.08), (1994, 1.32), (1995, 37.58), (1996, 22.96), (1997, 33.36), (1998, 28.58),
             (1999, 21.04), (2000, -9.10)) v
WHERE s.name = 'S&P 500 Index' AND s.class_id IS NULL;
