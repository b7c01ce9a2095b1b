-- The JSON columns are compressed with LZ4 instead of PostgreSQL's default pglz (issue 22 item 2). A row's extras (about
-- 1.7 KB of full-precision doubles) push it over the TOAST threshold, so every insert compresses it: in the history
-- benchmark (300 sessions x 679 tickers) pglz_compress was 12 % of PostgreSQL's CPU for metrics, and LZ4 compresses
-- several times faster for about the same size on this data. Rows already stored keep pglz; both read the same.
ALTER TABLE indicators ALTER COLUMN extras SET COMPRESSION lz4;
ALTER TABLE indicators ALTER COLUMN null_reasons SET COMPRESSION lz4;
