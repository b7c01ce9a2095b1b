-- The indicator surface's state after each ticker's session (metrics-3.0.0): the next session restores it and feeds one
-- bar, which equals a full recompute from the first bar. Only the last 14 calendar days are kept (the daily step prunes).
CREATE TABLE indicator_state (
    ticker         text  NOT NULL,
    session_date   date  NOT NULL,
    model_version  text  NOT NULL,
    state          bytea NOT NULL,
    PRIMARY KEY (ticker, session_date)
);
CREATE INDEX indicator_state_by_session ON indicator_state (session_date);
-- States are ~27 KB of doubles that pglz barely shrinks: store them out of line uncompressed (cheaper reads and writes).
ALTER TABLE indicator_state ALTER COLUMN state SET STORAGE EXTERNAL;
