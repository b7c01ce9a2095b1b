-- Telegram approval queue (issue 20 item 2).
-- One approval message per recommendation and chat, claimed SENDING in its own committed transaction before the Bot API call and
-- marked SENT (with Telegram's message id) after it; as for email, a row left SENDING may have gone out and is never re-sent, a
-- FAILED one (refused by the Bot API) may be.
CREATE TABLE telegram_messages (
    recommendation_id uuid        NOT NULL,
    chat_id           bigint      NOT NULL,
    session_date      date        NOT NULL,
    ticker            text        NOT NULL,
    text              text        NOT NULL,
    status            text        NOT NULL CHECK (status IN ('SENDING', 'SENT', 'FAILED')),
    message_id        bigint,
    error             text,
    created_at        timestamptz NOT NULL DEFAULT now(),
    sent_at           timestamptz,
    PRIMARY KEY (recommendation_id, chat_id)
);

-- At most one decision per recommendation, whichever chat or button press comes first. APPROVING is claimed before the call to
-- execution and becomes APPROVED (with the order id) or FAILED (which a later press may claim again; execution's approval is
-- idempotent), and so may an APPROVING row older than 2 minutes (the process stopped during the call: asking execution again returns
-- the same order). REJECTED is final and recorded here only: execution has no reject endpoint.
CREATE TABLE telegram_decisions (
    recommendation_id uuid        PRIMARY KEY,
    decision          text        NOT NULL CHECK (decision IN ('APPROVING', 'APPROVED', 'REJECTED', 'FAILED')),
    chat_id           bigint      NOT NULL,
    user_id           bigint      NOT NULL,
    callback_query_id text        NOT NULL,
    order_id          uuid,
    error             text,
    decided_at        timestamptz NOT NULL DEFAULT now()
);

-- The next getUpdates offset (last handled update_id + 1), so a restart neither loses nor repeats an update.
CREATE TABLE telegram_poll_offset (
    id          smallint    PRIMARY KEY CHECK (id = 1),
    next_offset bigint      NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);
