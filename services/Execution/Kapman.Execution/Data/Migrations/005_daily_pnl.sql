-- The daily P&L summary (seed 003 §4 task 5.2: "Daily P&L summary sent at market close (4:15 PM ET)"): one row per session, inserted in
-- the same transaction as the DailyPnlReported event's outbox row, so the summary is published once per session whatever the restarts.
-- The next report's day change is its total minus the previous row's total (both complete: every open holding marked). Dollars.
CREATE TABLE daily_pnl_reports (
    session_date  date          PRIMARY KEY,
    mode          text          NOT NULL CHECK (mode IN ('PAPER', 'LIVE')),
    realized      numeric(18,4) NOT NULL,
    commissions   numeric(18,4) NOT NULL,
    unrealized    numeric(18,4) NOT NULL,
    total         numeric(18,4) NOT NULL,
    day_change    numeric(18,4),
    complete      boolean       NOT NULL,
    marks_as_of   date,
    reported_at   timestamptz   NOT NULL
);
