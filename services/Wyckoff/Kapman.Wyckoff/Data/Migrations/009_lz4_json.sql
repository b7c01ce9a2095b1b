-- The JSON columns of a snapshot are compressed with LZ4 instead of PostgreSQL's default pglz (issue 22 item 2): a
-- snapshot row is about 6 KB of JSON (events, rule signals with reasons, checklist, features), over the TOAST threshold,
-- so every insert compresses it; in the history benchmark (300 sessions x 679 tickers) pglz_compress was a quarter of
-- PostgreSQL's CPU for Wyckoff, and LZ4 compresses several times faster. Rows already stored keep pglz; both read the same.
ALTER TABLE snapshot_versions ALTER COLUMN events SET COMPRESSION lz4;
ALTER TABLE snapshot_versions ALTER COLUMN bc_signals SET COMPRESSION lz4;
ALTER TABLE snapshot_versions ALTER COLUMN spring_signals SET COMPRESSION lz4;
ALTER TABLE snapshot_versions ALTER COLUMN sequence SET COMPRESSION lz4;
ALTER TABLE snapshot_versions ALTER COLUMN checklist SET COMPRESSION lz4;
ALTER TABLE snapshot_versions ALTER COLUMN features SET COMPRESSION lz4;
