-- The four snapshot documents that are only ever stored and read back whole (bc_signals, spring_signals, sequence, checklist:
-- about 3.7 KB of the ~4 KB a row holds, mostly rule reasons) become json instead of jsonb (issue 22 item 2). jsonb parses its
-- input into a sorted binary tree (numbers as numeric); json only checks that the text is valid and stores it as given. In
-- the history benchmark (300 sessions x 679 tickers) jsonb_in was 8 % of all CPU samples; inserting the same 97,150 rows of
-- these four columns took 11.7 s as jsonb and 6.2 s as json. Reads get cheaper too: json::text is the stored text, jsonb::text
-- is re-serialised. events and features stay jsonb: SQL looks inside them (the read contract's event codes, the timeline).
-- Views over the table must be dropped to change a column's type; both are recreated as they were (004, 008). A type change
-- resets a column's compression to the default, so LZ4 (009) is set again.
DROP VIEW wyckoff_api.snapshots_v1;
DROP VIEW snapshots;

ALTER TABLE snapshot_versions
    ALTER COLUMN bc_signals TYPE json USING bc_signals::text::json,
    ALTER COLUMN spring_signals TYPE json USING spring_signals::text::json,
    ALTER COLUMN sequence TYPE json USING sequence::text::json,
    ALTER COLUMN checklist TYPE json USING checklist::text::json;
ALTER TABLE snapshot_versions
    ALTER COLUMN bc_signals SET COMPRESSION lz4,
    ALTER COLUMN spring_signals SET COMPRESSION lz4,
    ALTER COLUMN sequence SET COMPRESSION lz4,
    ALTER COLUMN checklist SET COMPRESSION lz4;

CREATE VIEW snapshots AS
SELECT DISTINCT ON (ticker, session_date) *
FROM snapshot_versions
ORDER BY ticker, session_date, computed_at DESC, model_version DESC;

CREATE VIEW wyckoff_api.snapshots_v1 AS
SELECT ticker, session_date, bc_score, spring_score, alert_kind, phase::text AS phase, trade_signal,
       ARRAY(SELECT e->>'code' FROM jsonb_array_elements(events) WITH ORDINALITY AS t(e, n)
             WHERE e->>'code' IS NOT NULL ORDER BY n) AS event_codes
FROM wyckoff.snapshots;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kapman_app') THEN
        GRANT SELECT ON wyckoff_api.snapshots_v1 TO kapman_app;
    END IF;
END $$;
