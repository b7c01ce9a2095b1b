-- Discord tier deliveries (seed 004 §8): one row per post and tier, written in the consuming transaction, sent by the delivery
-- worker when due_at has passed. PENDING -> SENDING (claimed, committed before the HTTP call) -> SENT, or back to PENDING with a
-- later due_at (5xx, timeout, 429), or PARKED with its reason (a 4xx other than 429, or too many failures).
CREATE TABLE discord_deliveries (
    id            uuid        PRIMARY KEY,
    dedup_key     text        NOT NULL,
    tier          text        NOT NULL CHECK (tier IN ('premium', 'basic', 'free')),
    kind          text        NOT NULL,
    session_date  date        NOT NULL,
    ticker        text,
    payload       jsonb       NOT NULL,
    due_at        timestamptz NOT NULL,
    state         text        NOT NULL CHECK (state IN ('PENDING', 'SENDING', 'SENT', 'PARKED')),
    attempts      integer     NOT NULL DEFAULT 0,
    failures      integer     NOT NULL DEFAULT 0,
    claimed_at    timestamptz,
    last_error    text,
    message_id    text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    sent_at       timestamptz,
    UNIQUE (dedup_key, tier)
);
CREATE INDEX discord_deliveries_due ON discord_deliveries (due_at) WHERE state = 'PENDING';
CREATE INDEX discord_deliveries_state ON discord_deliveries (state, due_at);
