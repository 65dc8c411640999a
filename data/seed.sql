-- SPDX-License-Identifier: GPL-3.0-or-later
-- Bundled data: Janus Aspen Series, Balanced Portfolio, Institutional Shares,
-- prospectus dated May 1, 2001.  Every figure is as printed there.
-- Percentages are percent numbers (0.66 means 0.66%); money in US dollars;
-- "in thousands" lines keep the printed thousands.

INSERT INTO document (id, title, dated) VALUES
  (1, 'Janus Aspen Series, Balanced Portfolio, Institutional Shares: Prospectus', '2001-05-01');

INSERT INTO fund (id, trust, name, adviser, adviser_address, portfolio_manager, manager_since,
                  objective, document_id, section, as_of) VALUES
  (1, 'Janus Aspen Series', 'Balanced Portfolio', 'Janus Capital',
   '100 Fillmore Street, Denver, Colorado 80206-4928', 'Karen L. Reidy', '2000-01',
   'Balanced Portfolio seeks long-term capital growth, consistent with preservation of capital and balanced by current income.',
   1, 'Risk/return summary', '2001-05-01');

INSERT INTO share_class (id, fund_id, name, inception_date, offered, note, document_id, section, as_of) VALUES
  (1, 1, 'Institutional Shares', '1993-09-13', 1, NULL, 1, 'Risk/return summary', '2001-05-01'),
  (2, 1, 'Service Shares', NULL, 1,
   'Offered by a separate prospectus; this prospectus gives no fee or performance figures for this class.',
   1, 'Other information: Classes of Shares', '2001-05-01');

INSERT INTO series (id, name, class_id, footnote) VALUES
  (1, 'Balanced Portfolio – Institutional Shares', 1, NULL),
  (2, 'S&P 500 Index', NULL,
   'The S&P 500 is the Standard & Poor''s Composite Index of 500 Stocks, a widely recognized, unmanaged index of common stock prices.'),
  (3, 'Lehman Brothers Gov''t/Credit Index', NULL,
   'Lehman Brothers Gov''t/Credit Index is composed of all bonds that are of investment grade with at least one year until maturity.');

-- Financial highlights, line 12 (total return).
INSERT INTO annual_return (series_id, year, return_pct, document_id, section, as_of) VALUES
  (1, 1996, 16.18, 1, 'Financial highlights, line 12', '1996-12-31'),
  (1, 1997, 22.10, 1, 'Financial highlights, line 12', '1997-12-31'),
  (1, 1998, 34.28, 1, 'Financial highlights, line 12', '1998-12-31'),
  (1, 1999, 26.76, 1, 'Financial highlights, line 12', '1999-12-31'),
  (1, 2000, -2.27, 1, 'Financial highlights, line 12', '2000-12-31');

INSERT INTO stated_return (class_id, series_id, position, period, start_date, end_date, return_pct,
                           document_id, section, as_of) VALUES
  (1, 1, 1, '1y',        '2000-01-01', '2000-12-31', -2.27, 1, 'Risk/return summary: average annual total return', '2000-12-31'),
  (1, 1, 1, '5y',        '1996-01-01', '2000-12-31', 18.73, 1, 'Risk/return summary: average annual total return', '2000-12-31'),
  (1, 1, 1, 'inception', '1993-09-13', '2000-12-31', 17.19, 1, 'Risk/return summary: average annual total return', '2000-12-31'),
  (1, 2, 2, '1y',        '2000-01-01', '2000-12-31', -9.10, 1, 'Risk/return summary: average annual total return', '2000-12-31'),
  (1, 2, 2, '5y',        '1996-01-01', '2000-12-31', 18.33, 1, 'Risk/return summary: average annual total return', '2000-12-31'),
  (1, 2, 2, 'inception', '1993-09-13', '2000-12-31', 17.74, 1, 'Risk/return summary: average annual total return', '2000-12-31'),
  (1, 3, 3, '1y',        '2000-01-01', '2000-12-31', 11.85, 1, 'Risk/return summary: average annual total return', '2000-12-31'),
  (1, 3, 3, '5y',        '1996-01-01', '2000-12-31',  6.24, 1, 'Risk/return summary: average annual total return', '2000-12-31'),
  (1, 3, 3, 'inception', '1993-09-13', '2000-12-31',  6.26, 1, 'Risk/return summary: average annual total return', '2000-12-31');

-- Shareholder fees: none (no-load).  Annual fund operating expenses.
INSERT INTO fee_table (class_id, front_load_pct, deferred_load_pct, redemption_fee_pct, exchange_fee_pct,
                       management_fee_pct, distribution_fee_pct, other_expenses_pct, total_pct,
                       waiver_pct, net_pct, waiver_years, conversion_years, conversion_pct,
                       footnote, document_id, section, as_of) VALUES
  (1, NULL, NULL, NULL, NULL, 0.65, NULL, 0.01, 0.66, NULL, NULL, NULL, NULL, NULL,
   'Expenses are based upon expenses for the year ended December 31, 2000, restated to reflect a reduction in the management fee. All expenses are shown without the effect of any expense offset arrangements.',
   1, 'Fees and expenses', '2000-12-31');

INSERT INTO expense_example (class_id, years, redeemed, amount, return_pct, cost, document_id, section, as_of) VALUES
  (1,  1, 1, 10000, 5, 67,  1, 'Fees and expenses: Example', '2001-05-01'),
  (1,  3, 1, 10000, 5, 211, 1, 'Fees and expenses: Example', '2001-05-01'),
  (1,  5, 1, 10000, 5, 368, 1, 'Fees and expenses: Example', '2001-05-01'),
  (1, 10, 1, 10000, 5, 822, 1, 'Fees and expenses: Example', '2001-05-01');

INSERT INTO highlight_line (line, label, kind, group_label, marks) VALUES
  ( 1, 'Net asset value, beginning of period', 'per_share', NULL, NULL),
  ( 2, 'Net investment income', 'per_share', 'Income from investment operations:', NULL),
  ( 3, 'Net gains (or losses) on securities (both realized and unrealized)', 'per_share', 'Income from investment operations:', NULL),
  ( 4, 'Total from investment operations', 'per_share', 'Income from investment operations:', NULL),
  ( 5, 'Dividends (from net investment income)', 'per_share', 'Less distributions:', NULL),
  ( 6, 'Dividends (in excess of net investment income)', 'per_share', 'Less distributions:', NULL),
  ( 7, 'Distributions (from capital gains)', 'per_share', 'Less distributions:', NULL),
  ( 8, 'Distributions (in excess of realized gains)', 'per_share', 'Less distributions:', NULL),
  ( 9, 'Tax return of capital distributions', 'per_share', 'Less distributions:', NULL),
  (10, 'Total distributions', 'per_share', 'Less distributions:', NULL),
  (11, 'Net asset value, end of period', 'per_share', NULL, NULL),
  (12, 'Total return', 'percent', NULL, NULL),
  (13, 'Net assets, end of period (in thousands)', 'thousands', NULL, NULL),
  (14, 'Average net assets for the period (in thousands)', 'thousands', NULL, NULL),
  (15, 'Ratio of gross expenses to average net assets', 'percent', NULL, '1'),
  (16, 'Ratio of net expenses to average net assets', 'percent', NULL, '3'),
  (17, 'Ratio of net investment income to average net assets', 'percent', NULL, NULL),
  (18, 'Portfolio turnover rate', 'percent', NULL, NULL);

CREATE TEMP TABLE hl (line INTEGER, y2000 REAL, y1999 REAL, y1998 REAL, y1997 REAL, y1996 REAL);
INSERT INTO hl VALUES
  ( 1,   27.91,   22.50,  17.47,  14.77,  13.03),
  ( 2,    0.64,    0.59,   0.39,   0.34,   0.32),
  ( 3,   -1.22,    5.38,   5.51,   2.89,   1.81),
  ( 4,   -0.58,    5.97,   5.90,   3.23,   2.13),
  ( 5,   -0.69,   -0.56,  -0.38,  -0.35,  -0.30),
  ( 6,    NULL,    NULL,   NULL,   NULL,   NULL),
  ( 7,   -2.00,    NULL,  -0.45,  -0.18,  -0.09),
  ( 8,   -0.31,    NULL,  -0.04,   NULL,   NULL),
  ( 9,   -0.02,    NULL,   NULL,   NULL,   NULL),
  (10,   -3.02,   -0.56,  -0.87,  -0.53,  -0.39),
  (11,   24.31,   27.91,  22.50,  17.47,  14.77),
  (12,   -2.27,   26.76,  34.28,  22.10,  16.18),
  (13, 3352381, 2453079, 882495, 362409,  85480),
  (14, 3020072, 1583635, 555002, 176432,  43414),
  (15,    0.66,    0.69,   0.74,   0.83,   0.94),
  (16,    0.66,    0.69,   0.74,   0.82,   0.92),
  (17,    3.15,    2.86,   2.41,   2.87,   2.92),
  (18,      72,      92,     70,    139,    103);
INSERT INTO highlight_value (class_id, year, line, value, marks, document_id, section, as_of)
  SELECT 1, y.year, hl.line,
         CASE y.year WHEN 2000 THEN y2000 WHEN 1999 THEN y1999 WHEN 1998 THEN y1998
                     WHEN 1997 THEN y1997 ELSE y1996 END,
         CASE hl.line WHEN 15 THEN '2' ELSE NULL END,
         1, 'Financial highlights', y.year || '-12-31'
  FROM hl, (SELECT 2000 AS year UNION ALL SELECT 1999 UNION ALL SELECT 1998
            UNION ALL SELECT 1997 UNION ALL SELECT 1996) AS y;
DROP TABLE hl;

INSERT INTO highlight_footnote (class_id, mark, text, document_id, section, as_of) VALUES
  (1, '1', 'The expense ratio reflects expenses prior to any expense offset arrangements.',
   1, 'Financial highlights, footnote (1)', '2000-12-31'),
  (1, '2', 'The ratio was 0.66% in 2000, 0.69% in 1999, 0.74% in 1998, 0.83% in 1997 and 1.07% in 1996 before waiver of certain fees and/or reduction of adviser''s fees to the effective rate of Janus Balanced Fund.',
   1, 'Financial highlights, footnote (2)', '2000-12-31'),
  (1, '3', 'The expense ratio reflects expenses after any expense offset arrangements.',
   1, 'Financial highlights, footnote (3)', '2000-12-31');

INSERT INTO ratio_before_waiver (class_id, year, ratio_pct, mark, document_id, section, as_of) VALUES
  (1, 2000, 0.66, '2', 1, 'Financial highlights, footnote (2)', '2000-12-31'),
  (1, 1999, 0.69, '2', 1, 'Financial highlights, footnote (2)', '1999-12-31'),
  (1, 1998, 0.74, '2', 1, 'Financial highlights, footnote (2)', '1998-12-31'),
  (1, 1997, 0.83, '2', 1, 'Financial highlights, footnote (2)', '1997-12-31'),
  (1, 1996, 1.07, '2', 1, 'Financial highlights, footnote (2)', '1996-12-31');

INSERT INTO policy_limit (fund_id, position, label, min_pct, max_pct, max_exclusive, unlimited, basis, wording,
                          document_id, section, as_of) VALUES
  (1, 1, 'Growth securities', 40, 60, 0, 0, 'assets',
   'normally invests 40-60% of its assets in securities selected primarily for their growth potential',
   1, 'Risk/return summary', '2001-05-01'),
  (1, 2, 'Income securities', 40, 60, 0, 0, 'assets',
   'normally invests 40-60% of its assets in securities selected primarily for their income potential',
   1, 'Risk/return summary', '2001-05-01'),
  (1, 3, 'Fixed-income securities', 25, NULL, 0, 0, 'assets',
   'will normally invest at least 25% of its assets in fixed-income securities',
   1, 'Risk/return summary', '2001-05-01'),
  (1, 4, 'High-yield/high-risk bonds', NULL, 35, 1, 0, 'net assets',
   'will limit its investment in high-yield/high-risk bonds to less than 35% of its net assets',
   1, 'Risk/return summary', '2001-05-01'),
  (1, 5, 'Illiquid investments', NULL, 15, 0, 0, 'net assets',
   'may invest up to 15% of its net assets in illiquid investments',
   1, 'General portfolio policies: Illiquid Investments', '2001-05-01'),
  (1, 6, '“Naked” short sales', NULL, 8, 0, 0, 'assets',
   'no more than 8% of the Portfolio''s assets may be invested in "naked" short sales',
   1, 'General portfolio policies: Other Types of Investments', '2001-05-01'),
  (1, 7, 'Foreign equity and debt securities', NULL, NULL, 0, 1, 'assets',
   'may invest without limit in foreign equity and debt securities',
   1, 'General portfolio policies: Foreign Securities', '2001-05-01');
