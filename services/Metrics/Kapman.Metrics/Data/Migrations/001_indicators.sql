-- Technical indicators per (ticker, session): the typed snapshot columns of docs/domain/indicators.md#snapshot-columns (seed 001 §5.5) computed so far.
CREATE TABLE indicators (
    ticker         text             NOT NULL,
    session_date   date             NOT NULL,
    sma_20         double precision,
    sma_50         double precision,
    sma_200        double precision,
    ema_12         double precision,
    ema_26         double precision,
    rsi_14         double precision,
    atr_14         double precision,
    rvol_20        double precision,
    hv_20          double precision,
    model_version  text             NOT NULL,
    computed_at    timestamptz      NOT NULL DEFAULT now(),
    PRIMARY KEY (ticker, session_date)
);
CREATE INDEX indicators_by_session ON indicators (session_date);
