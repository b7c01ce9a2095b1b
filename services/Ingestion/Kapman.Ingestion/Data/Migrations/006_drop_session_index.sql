-- The B-tree on session_date doubled the index work of every bar written (about a fifth of a full backfill's time with
-- two writers), while reads by session are served by month-partition pruning: a session's bars are a scan of one
-- partition (about 14,000 rows here). The (ticker, session_date) primary key still serves every ticker read, and the
-- newest stored session is read from tickers.last_session (RetentionStore), not from max(session_date).
DROP INDEX daily_bars_by_session;
