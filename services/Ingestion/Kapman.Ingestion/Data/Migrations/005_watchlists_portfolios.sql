-- Watchlists (docs/domain/data-contracts.md#ingestion-market, seed 000 FR-007) and portfolios with P1/P2 tickers (docs/domain/data-contracts.md#ingestion-market, seed 001 FR-011).
CREATE TABLE watchlists (
    name        text PRIMARY KEY,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE watchlist_tickers (
    watchlist  text NOT NULL REFERENCES watchlists ON DELETE CASCADE,
    ticker     text NOT NULL,
    PRIMARY KEY (watchlist, ticker)
);

CREATE TABLE portfolios (
    id          bigserial PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE portfolio_tickers (
    portfolio_id  bigint NOT NULL REFERENCES portfolios ON DELETE CASCADE,
    ticker        text   NOT NULL,
    priority      text   NOT NULL CHECK (priority IN ('P1', 'P2')),
    added_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (portfolio_id, ticker)
);
