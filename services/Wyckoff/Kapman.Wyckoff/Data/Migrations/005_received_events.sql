-- The events this service received, one row per (type, run, session), for replay (issue 17 §1): the replay re-sends what
-- Wyckoff itself received instead of reading another service's outbox. A replayed event (same run and session, a new
-- message id) does not add a row. Sessions received before this migration are not in it.
CREATE TABLE received_events (
    message_type  text        NOT NULL,
    run_id        uuid        NOT NULL,
    session_date  date        NOT NULL,
    payload       jsonb       NOT NULL,
    received_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (message_type, run_id, session_date)
);
CREATE INDEX received_events_by_session ON received_events (message_type, session_date);
