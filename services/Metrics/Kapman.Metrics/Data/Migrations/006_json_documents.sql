-- extras and null_reasons become json instead of jsonb (issue 22 item 2): both are stored and read back whole, never looked
-- into by SQL. jsonb parses its input into a sorted binary tree with every number as numeric; json only checks the text and
-- stores it as given. In the history benchmark (300 sessions x 679 tickers) jsonb_recv of these columns was 5.6 % of all CPU
-- samples. Rewrites the table once. A type change resets a column's compression to the default, so LZ4 (005) is set again.
ALTER TABLE indicators
    ALTER COLUMN extras DROP DEFAULT,
    ALTER COLUMN null_reasons DROP DEFAULT;
ALTER TABLE indicators
    ALTER COLUMN extras TYPE json USING extras::text::json,
    ALTER COLUMN null_reasons TYPE json USING null_reasons::text::json;
ALTER TABLE indicators
    ALTER COLUMN extras SET DEFAULT '{}'::json,
    ALTER COLUMN null_reasons SET DEFAULT '{}'::json,
    ALTER COLUMN extras SET COMPRESSION lz4,
    ALTER COLUMN null_reasons SET COMPRESSION lz4;
