-- Telegram as a plain alert channel (issue 20 item 1): one message per alert and chat, claimed SENDING in its own committed statement
-- before the Bot API call and marked SENT with Telegram's message id after it. The dedup key is the alert's own (the email's), which
-- names its subject and session, so an alert goes to each chat once per subject and session. As for approvals, a row left SENDING may
-- have gone out and is never re-sent; a FAILED one (refused by the Bot API) may be.
CREATE TABLE telegram_alerts (
    dedup_key    text        NOT NULL,
    chat_id      bigint      NOT NULL,
    route        text        NOT NULL,
    session_date date        NOT NULL,
    ticker       text,
    subject      text        NOT NULL,
    text         text        NOT NULL,
    status       text        NOT NULL CHECK (status IN ('SENDING', 'SENT', 'FAILED')),
    message_id   bigint,
    error        text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    sent_at      timestamptz,
    PRIMARY KEY (dedup_key, chat_id)
);
CREATE INDEX telegram_alerts_route_latest ON telegram_alerts (route, created_at DESC);
