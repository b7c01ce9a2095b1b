-- The options data's published read contract (issue 17 §1): other services read stored chains and spots through these
-- views only, never through options' own tables. A breaking change adds a _v2 view beside _v1. Listed with their columns
-- in services/Options/README.md. Readers connect with ConnectionStrings:options (defaults to their own database), so that
-- with one database per service they read this database. The Wyckoff service gets the dealer positioning it shows from
-- the OptionMetricsComputed event instead (a watchlist's worth of rows).
CREATE SCHEMA IF NOT EXISTS options_api;

-- The stored chain of each underlying and session: the only contracts a recommendation may name. Strike, bid and ask in
-- dollars per share; delta per share (null when it could not be computed); open interest in contracts. The column order
-- is part of the contract.
CREATE VIEW options_api.contracts_v1 AS
SELECT occ_symbol, option_right, expiration, strike, bid, ask, delta, open_interest, as_of, underlying
FROM options.contracts;

-- One row per underlying with a chain snapshot on the session: the snapshot's spot in dollars per share.
CREATE VIEW options_api.dealer_metrics_v1 AS
SELECT underlying, as_of, spot
FROM options.dealer_metrics;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kapman_app') THEN
        GRANT USAGE ON SCHEMA options_api TO kapman_app;
        GRANT SELECT ON ALL TABLES IN SCHEMA options_api TO kapman_app;
    END IF;
END $$;
