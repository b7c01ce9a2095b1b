-- Issue 19: the decision core in the live daily run. Every candidate (underlying x structure) of a session with its gate trail:
-- each stage's verdict, reason and the values it compared (trail, JSON array in stage order, up to and including the first
-- rejection). An accepted candidate becomes a recommendation of its own source ('decision:<structure>'), beside the
-- Wyckoff-driven one ('wyckoff'), so a ticker and session may now hold one recommendation per source.
ALTER TABLE recommendations ADD COLUMN source text NOT NULL DEFAULT 'wyckoff';
ALTER TABLE recommendations DROP CONSTRAINT recommendations_ticker_session_date_key;
ALTER TABLE recommendations ADD CONSTRAINT recommendations_ticker_session_source_key UNIQUE (ticker, session_date, source);

CREATE TABLE decisions (
    id                 uuid             PRIMARY KEY,
    session_date       date             NOT NULL,
    ticker             text             NOT NULL,
    structure          text             NOT NULL,
    decided_at         timestamptz      NOT NULL,
    accepted           boolean          NOT NULL,
    failed_stage       text             CHECK (failed_stage IN ('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H')),
    failed_reason      text,
    pricing            text             NOT NULL CHECK (pricing IN ('stored-chain', 'model-priced')),
    expiration         date,
    legs               jsonb,
    pop                double precision,
    ev_net             double precision,
    credit             double precision,
    trail              jsonb            NOT NULL,
    recommendation_id  uuid             REFERENCES recommendations (id) ON DELETE SET NULL,
    created_at         timestamptz      NOT NULL DEFAULT now(),
    UNIQUE (session_date, ticker, structure),
    CHECK (accepted = (failed_stage IS NULL))
);
CREATE INDEX decisions_by_recommendation ON decisions (recommendation_id);
