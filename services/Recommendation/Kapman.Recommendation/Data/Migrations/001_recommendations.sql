-- One recommendation or explicit "no trade" per ticker and session. Contract legs name only contracts
-- that were in the options chain (options_api.contracts_v1) for the session when the recommendation was made.
CREATE TABLE recommendations (
    id               uuid             PRIMARY KEY,
    ticker           text             NOT NULL,
    session_date     date             NOT NULL,
    status           text             NOT NULL CHECK (status IN ('ISSUED', 'NO_TRADE')),
    strategy         text,
    direction        text,
    occ_symbol       text,
    expiration       date,
    strike           double precision,
    option_right     text,
    delta            double precision,
    bid              double precision,
    ask              double precision,
    dte              int,
    spot             double precision,
    bc_score         int,
    spring_score     int,
    confidence       double precision NOT NULL,
    justification    text             NOT NULL,
    writer           text             NOT NULL,
    no_trade_reason  text,
    model_version    text             NOT NULL,
    created_at       timestamptz      NOT NULL DEFAULT now(),
    updated_at       timestamptz      NOT NULL DEFAULT now(),
    UNIQUE (ticker, session_date)
);
CREATE INDEX recommendations_by_session ON recommendations (session_date);

-- The join of the stage's two inputs per run: it runs once both Wyckoff and options are done.
CREATE TABLE run_inputs (
    run_id        uuid    PRIMARY KEY,
    session_date  date    NOT NULL,
    wyckoff_done  boolean NOT NULL DEFAULT false,
    options_done  boolean NOT NULL DEFAULT false,
    generated     boolean NOT NULL DEFAULT false
);
