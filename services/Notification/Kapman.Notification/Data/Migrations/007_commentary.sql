-- AI market commentary (issue 20 item 4, seed 004 §8).
-- The facts a report may state: what notification stores from the events it consumes, one row per subject (the latest state of an
-- order or of the kill switch replaces the earlier one when it is newer). Reports are written from these rows only.
CREATE TABLE commentary_facts (
    kind          text        NOT NULL CHECK (kind IN ('RUN', 'RECOMMENDATION', 'LEGS', 'ALERT', 'DEALER', 'ORDER', 'KILL_SWITCH')),
    subject       text        NOT NULL,
    session_date  date        NOT NULL,
    payload       jsonb       NOT NULL,
    observed_at   timestamptz NOT NULL,
    recorded_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, subject)
);
CREATE INDEX commentary_facts_session ON commentary_facts (session_date);

-- One row per report: claimed WRITING (committed) before the model is asked, outside any transaction; then PENDING_APPROVAL with the
-- text, its source (MODEL, or TEMPLATE after a rejection, an error or without a model), the facts, prompt and model it was written
-- from, and a rejected model text with its reasons. APPROVED / REJECTED are claimed once (Telegram button or approve endpoint);
-- DISTRIBUTED once the approved report's email was handed to the email dispatcher (at most once by its dedup key).
-- A WRITING row older than 5 minutes (the process stopped during the call) may be claimed again.
CREATE TABLE commentary_reports (
    id               uuid        PRIMARY KEY,
    kind             text        NOT NULL CHECK (kind IN ('PRE_MARKET', 'POST_MARKET', 'ON_DEMAND')),
    session_date     date        NOT NULL,
    facts_session    date,
    state            text        NOT NULL CHECK (state IN ('WRITING', 'PENDING_APPROVAL', 'APPROVED', 'REJECTED', 'DISTRIBUTED')),
    source           text        CHECK (source IN ('MODEL', 'TEMPLATE')),
    provider         text,
    model            text,
    prompt_version   text,
    prompt           text,
    facts            jsonb,
    model_text       text,
    rejection        text,
    text             text,
    decided_by       text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    written_at       timestamptz,
    decided_at       timestamptz,
    distributed_at   timestamptz
);
-- Pre-market and post-market: one per session.
CREATE UNIQUE INDEX commentary_reports_once ON commentary_reports (kind, session_date) WHERE kind IN ('PRE_MARKET', 'POST_MARKET');
CREATE INDEX commentary_reports_session ON commentary_reports (session_date, created_at);
