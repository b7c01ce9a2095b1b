-- The base market-data layer (docs/domain/data-contracts.md#ingestion-market, seed 001 §5.1-5.3): every ticker of every session.
CREATE TABLE tickers (
    ticker         text PRIMARY KEY,
    first_session  date NOT NULL,
    last_session   date NOT NULL,
    updated_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE daily_bars (
    ticker        text             NOT NULL,
    session_date  date             NOT NULL,
    open          double precision NOT NULL,
    high          double precision NOT NULL,
    low           double precision NOT NULL,
    close         double precision NOT NULL,
    volume        bigint           NOT NULL,
    transactions  bigint,
    loaded_at     timestamptz      NOT NULL DEFAULT now(),
    PRIMARY KEY (ticker, session_date)
);
CREATE INDEX daily_bars_by_session ON daily_bars (session_date);

-- One row per attempt to load a session file.
CREATE TABLE ingestion_runs (
    id                bigserial PRIMARY KEY,
    session_date      date        NOT NULL,
    source            text        NOT NULL,
    status            text        NOT NULL,
    rows_loaded       int         NOT NULL,
    rows_inserted     int         NOT NULL,
    rows_quarantined  int         NOT NULL,
    tickers           int         NOT NULL,
    error             text,
    started_at        timestamptz NOT NULL,
    finished_at       timestamptz NOT NULL
);
CREATE INDEX ingestion_runs_by_session ON ingestion_runs (session_date);

-- Rejected rows with their reason; a reload of the same file replaces them line by line.
CREATE TABLE quarantined_rows (
    session_date    date        NOT NULL,
    line_number     int         NOT NULL,
    ticker          text        NOT NULL,
    reason          text        NOT NULL,
    detail          text        NOT NULL,
    raw_line        text        NOT NULL,
    source          text        NOT NULL,
    quarantined_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (session_date, line_number)
);
