-- Which underlyings want option chains (issue 22 item 3, seed 001 FR-002: "all watchlist tickers have current options data"):
-- every watchlist's tickers and every portfolio's P1 tickers, one row per ticker and reason. Part of the market's published read
-- contract (see 007_market_api.sql); the options stage reads it through ConnectionStrings:market-data.
CREATE VIEW market_api.chain_underlyings_v1 AS
SELECT ticker, 'watchlist ' || watchlist AS wanted_by
FROM market.watchlist_tickers
UNION
SELECT t.ticker, 'portfolio ' || p.name || ' P1'
FROM market.portfolio_tickers t JOIN market.portfolios p ON p.id = t.portfolio_id
WHERE t.priority = 'P1';

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kapman_app') THEN
        GRANT SELECT ON market_api.chain_underlyings_v1 TO kapman_app;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kapman_market_reader') THEN
        GRANT SELECT ON market_api.chain_underlyings_v1 TO kapman_market_reader;
    END IF;
END $$;
