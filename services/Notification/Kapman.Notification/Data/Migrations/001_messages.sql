-- Every outbound message, sent or only logged. dedup_key makes "never twice for the same alert" a constraint.
CREATE TABLE messages (
    id            uuid        PRIMARY KEY,
    dedup_key     text        NOT NULL UNIQUE,
    kind          text        NOT NULL,
    channel       text        NOT NULL,
    session_date  date        NOT NULL,
    ticker        text,
    subject       text        NOT NULL,
    body          text        NOT NULL,
    recipient     text        NOT NULL,
    status        text        NOT NULL CHECK (status IN ('SENT', 'LOGGED')),
    created_at    timestamptz NOT NULL DEFAULT now(),
    sent_at       timestamptz
);
CREATE INDEX messages_recent ON messages (created_at DESC);
