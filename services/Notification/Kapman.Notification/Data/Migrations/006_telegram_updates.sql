-- Telegram updates already taken (issue 20 item 2, webhook mode). Each update_id is inserted before the update is handled, in its
-- own committed statement, whether it came from getUpdates or from a webhook POST: Telegram repeats a webhook POST it got no 2xx
-- for (and a poll may return an update again after a crash before its offset was stored), so an update_id seen here is dropped.
CREATE TABLE telegram_updates (
    update_id   bigint      PRIMARY KEY,
    source      text        NOT NULL CHECK (source IN ('polling', 'webhook')),
    received_at timestamptz NOT NULL DEFAULT now()
);
