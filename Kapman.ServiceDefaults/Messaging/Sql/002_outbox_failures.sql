-- A row the relay cannot read (unknown message type, payload that does not deserialize) is marked failed with the
-- reason and skipped, so it never blocks the rows after it. Failed rows stay until an operator deals with them.
ALTER TABLE outbox ADD COLUMN IF NOT EXISTS failed_at timestamptz;
ALTER TABLE outbox ADD COLUMN IF NOT EXISTS failure text;

-- The relay's queue: neither published nor failed.
DROP INDEX IF EXISTS outbox_unpublished;
CREATE INDEX outbox_unpublished ON outbox (id) WHERE published_at IS NULL AND failed_at IS NULL;
CREATE INDEX outbox_failed ON outbox (id) WHERE failed_at IS NOT NULL;
