-- The intraday market report (issue 20 item 5, seed 004 §8 "pre-market, intraday, post-market reports"): a fourth report kind, written once
-- per session at the configured New York time (Kapman:Notification:Commentary:IntradayTime), like the pre-market and post-market ones.
ALTER TABLE commentary_reports DROP CONSTRAINT commentary_reports_kind_check;
ALTER TABLE commentary_reports ADD CONSTRAINT commentary_reports_kind_check CHECK (kind IN ('PRE_MARKET', 'INTRADAY', 'POST_MARKET', 'ON_DEMAND'));
DROP INDEX commentary_reports_once;
CREATE UNIQUE INDEX commentary_reports_once ON commentary_reports (kind, session_date) WHERE kind IN ('PRE_MARKET', 'INTRADAY', 'POST_MARKET');
