-- Routing and channel controls (issue 20 items 1, 6, 7; seed 004 §9).

-- One row per channel the operator has paused or resumed; no row = running. While paused, email and Telegram messages wait in
-- held_messages and Discord deliveries stay PENDING; on resume they go out, each still at most once (the channels' own claims).
CREATE TABLE channel_controls (
    channel     text        PRIMARY KEY CHECK (channel IN ('email', 'telegram', 'discord')),
    paused      boolean     NOT NULL,
    reason      text,
    changed_at  timestamptz NOT NULL DEFAULT now()
);

-- A message that arrived while its channel was paused: what to send (payload) and for which route. One row per channel and dedup key,
-- so a redelivered event is held once. released_at is set after the channel's sender has handled it (its own claim makes that once).
CREATE TABLE held_messages (
    id           uuid        PRIMARY KEY,
    channel      text        NOT NULL CHECK (channel IN ('email', 'telegram')),
    route        text        NOT NULL,
    dedup_key    text        NOT NULL,
    session_date date        NOT NULL,
    ticker       text,
    subject      text        NOT NULL,
    payload      jsonb       NOT NULL,
    held_at      timestamptz NOT NULL DEFAULT now(),
    released_at  timestamptz,
    UNIQUE (channel, dedup_key)
);
CREATE INDEX held_messages_waiting ON held_messages (channel, held_at) WHERE released_at IS NULL;

-- The routing-table kind of each logged message (null on older rows: their kind is their route), the operator's acknowledgement,
-- and for a resend, the message it copies.
ALTER TABLE messages ADD COLUMN route text;
ALTER TABLE messages ADD COLUMN acknowledged_at timestamptz;
ALTER TABLE messages ADD COLUMN resent_from uuid REFERENCES messages (id);
CREATE INDEX messages_route_latest ON messages ((COALESCE(route, kind)), channel, created_at DESC);
