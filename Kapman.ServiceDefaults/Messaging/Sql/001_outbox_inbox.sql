-- Transactional outbox: events written in the same transaction as the state change they report.
-- Rows are kept after publishing: they are the event log that replay reads.
CREATE TABLE IF NOT EXISTS outbox (
    id            bigserial PRIMARY KEY,
    message_id    uuid        NOT NULL UNIQUE,
    message_type  text        NOT NULL,
    payload       jsonb       NOT NULL,
    run_id        uuid,
    session_date  date,
    created_at    timestamptz NOT NULL DEFAULT now(),
    published_at  timestamptz
);
CREATE INDEX IF NOT EXISTS outbox_unpublished ON outbox (id) WHERE published_at IS NULL;
CREATE INDEX IF NOT EXISTS outbox_by_session ON outbox (session_date, message_type);

-- Inbox: message ids each consumer has processed, so redelivery has no second effect.
CREATE TABLE IF NOT EXISTS inbox (
    consumer      text        NOT NULL,
    message_id    uuid        NOT NULL,
    processed_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, message_id)
);
