-- The Wyckoff analysis' published read contract (issue 17 §1): other services read snapshots through this view only,
-- never through wyckoff's own tables. A breaking change adds a _v2 view beside _v1. Listed with its columns in
-- services/Wyckoff/README.md. Readers connect with ConnectionStrings:wyckoff (defaults to their own database), so that
-- with one database per service they read this database.
CREATE SCHEMA IF NOT EXISTS wyckoff_api;

-- The current snapshot of each ticker and session (the latest model version, as wyckoff.snapshots): BC score 0-28,
-- Spring score 0-12, the decision rule that fired (alert_kind, or null), the phase letter A-E (or null), the trade
-- signal, and the codes of the session's detected events in their stored order.
CREATE VIEW wyckoff_api.snapshots_v1 AS
SELECT ticker, session_date, bc_score, spring_score, alert_kind, phase::text AS phase, trade_signal,
       ARRAY(SELECT e->>'code' FROM jsonb_array_elements(events) WITH ORDINALITY AS t(e, n)
             WHERE e->>'code' IS NOT NULL ORDER BY n) AS event_codes
FROM wyckoff.snapshots;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kapman_app') THEN
        GRANT USAGE ON SCHEMA wyckoff_api TO kapman_app;
        GRANT SELECT ON ALL TABLES IN SCHEMA wyckoff_api TO kapman_app;
    END IF;
END $$;
