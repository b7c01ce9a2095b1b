-- The market data's published read contract (issue 17 §1): other services read bars through these views only, never
-- through market's own tables, so the tables may change (partitioning, new columns) without breaking a reader. A view
-- is versioned by its name: a breaking change adds daily_bars_v2 beside v1, and v1 goes only when no reader uses it.
-- Listed with its columns in services/Ingestion/README.md. Readers connect with ConnectionStrings:market-data (defaults
-- to their own database) so that with one database per service they read this database.
CREATE SCHEMA IF NOT EXISTS market_api;

-- One row per ticker and NYSE session: prices in dollars per share as stored (not split-adjusted), volume in shares.
CREATE VIEW market_api.daily_bars_v1 AS
SELECT ticker, session_date, open, high, low, close, volume
FROM market.daily_bars;

-- The app role (which every service logs in as) and the read-only market role may read the contract. The migrations
-- run as the owner of the schema, so the grants are explicit only for a database where another role owns it.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kapman_app') THEN
        GRANT USAGE ON SCHEMA market_api TO kapman_app;
        GRANT SELECT ON ALL TABLES IN SCHEMA market_api TO kapman_app;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kapman_market_reader') THEN
        GRANT USAGE ON SCHEMA market_api TO kapman_market_reader;
        GRANT SELECT ON ALL TABLES IN SCHEMA market_api TO kapman_market_reader;
    END IF;
END $$;
