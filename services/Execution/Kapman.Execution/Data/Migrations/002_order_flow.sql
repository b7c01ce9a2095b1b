-- The order flow of issue 18: approvals, combo orders with their legs, every transition, the walking-limit steps, fills, the
-- position book, the kill switch, the journal, and the paper broker's own book. Prices are dollars per share (numeric, exact);
-- money totals are dollars; quantities are contracts or combo units as named. Times UTC.

-- 001's single-leg orders table was never written to (it waited for this issue): replaced by combo orders.
DROP TABLE orders;

-- Recommendations received through RecommendationIssued v2, approvable. legs: [{occSymbol, side, ratio, limitPrice, expiration,
-- strike, right}] as the event carries them. limit_price: net $/share, + debit, - credit.
CREATE TABLE approvals (
    recommendation_id uuid        PRIMARY KEY,
    run_id            uuid        NOT NULL,
    session_date      date        NOT NULL,
    ticker            text        NOT NULL,
    strategy          text        NOT NULL,
    legs              jsonb       NOT NULL,
    limit_price       numeric     NOT NULL,
    contracts         int         NOT NULL CHECK (contracts > 0),
    expiration        date,
    dte               int,
    status            text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    order_id          uuid,
    received_at       timestamptz NOT NULL DEFAULT now(),
    decided_at        timestamptz
);
CREATE INDEX approvals_recent ON approvals (received_at DESC);

-- One combo limit order: an entry from a recommendation, a close, or a hard-stop flatten. limit_price is the limit of the step now
-- resting (a magnitude read with price_type); start/worst/step/intervals are the walking limit (docs/domain/execution.md#walking-limit, seed 003 Appendix B).
CREATE TABLE orders (
    id                 uuid        PRIMARY KEY,
    recommendation_id  uuid        UNIQUE,
    purpose            text        NOT NULL CHECK (purpose IN ('ENTRY', 'CLOSE', 'FLATTEN')),
    group_id           text        NOT NULL,
    run_id             uuid        NOT NULL,
    session_date       date        NOT NULL,
    ticker             text        NOT NULL,
    strategy           text        NOT NULL,
    mode               text        NOT NULL CHECK (mode IN ('PAPER', 'SHADOW', 'LIVE')),
    simulated          boolean     NOT NULL,
    broker             text        NOT NULL,
    price_type         text        NOT NULL CHECK (price_type IN ('DEBIT', 'CREDIT')),
    quantity           int         NOT NULL CHECK (quantity > 0),
    limit_price        numeric     NOT NULL CHECK (limit_price >= 0),
    start_price        numeric     NOT NULL CHECK (start_price >= 0),
    worst_price        numeric     NOT NULL CHECK (worst_price >= 0),
    step               numeric     NOT NULL CHECK (step > 0),
    step_interval_ms   int         NOT NULL CHECK (step_interval_ms > 0),
    max_duration_ms    int         NOT NULL CHECK (max_duration_ms > 0),
    state              text        NOT NULL CHECK (state IN ('new', 'working', 'partially_filled', 'filled', 'cancelled', 'rejected', 'expired')),
    filled_quantity    int         NOT NULL DEFAULT 0 CHECK (filled_quantity >= 0 AND filled_quantity <= quantity),
    average_fill_price numeric,
    cancel_requested   text,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_recent ON orders (created_at DESC);
CREATE INDEX orders_active ON orders (state) WHERE state IN ('new', 'working', 'partially_filled');

-- ratio: contracts per combo unit; the leg trades quantity x ratio contracts.
CREATE TABLE order_legs (
    order_id        uuid    NOT NULL REFERENCES orders (id),
    leg_index       int     NOT NULL,
    occ_symbol      text    NOT NULL,
    side            text    NOT NULL CHECK (side IN ('BUY', 'SELL')),
    ratio           int     NOT NULL CHECK (ratio > 0),
    position_effect text    NOT NULL CHECK (position_effect IN ('OPEN', 'CLOSE')),
    PRIMARY KEY (order_id, leg_index),
    UNIQUE (order_id, occ_symbol)
);

-- Every state change of every order, in order (seq), as the state machine made it.
CREATE TABLE order_transitions (
    seq              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id         uuid        NOT NULL REFERENCES orders (id),
    from_state       text        NOT NULL,
    to_state         text        NOT NULL,
    event            text        NOT NULL,
    fill_quantity    int         NOT NULL DEFAULT 0,
    filled_quantity  int         NOT NULL DEFAULT 0,
    fill_price       numeric,
    reason           text,
    at               timestamptz NOT NULL
);
CREATE INDEX order_transitions_order ON order_transitions (order_id, seq);

-- One rung of the walk. client_tag is stored (status SENDING) before the broker is called, so that after a crash the worker finds
-- the order the broker may already hold by its tag instead of sending a second one.
CREATE TABLE walk_steps (
    order_id        uuid        NOT NULL REFERENCES orders (id),
    step            int         NOT NULL CHECK (step >= 0),
    price           numeric     NOT NULL,
    client_tag      text        NOT NULL UNIQUE,
    broker_order_id text,
    status          text        NOT NULL CHECK (status IN ('SENDING', 'PLACED', 'NO_FILL', 'FILLED', 'PARTIALLY_FILLED', 'REJECTED', 'EXPIRED', 'CANCELLED', 'TIMED_OUT')),
    outcome         text,
    created_at      timestamptz NOT NULL,
    placed_at       timestamptz,
    ended_at        timestamptz,
    PRIMARY KEY (order_id, step)
);

-- Leg executions. execution_key is unique per broker order, leg and cumulative quantity, so a fill seen twice is stored once.
CREATE TABLE fills (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    execution_key   text        NOT NULL UNIQUE,
    order_id        uuid        NOT NULL REFERENCES orders (id),
    broker_order_id text        NOT NULL,
    occ_symbol      text        NOT NULL,
    side            text        NOT NULL CHECK (side IN ('BUY', 'SELL')),
    position_effect text        NOT NULL CHECK (position_effect IN ('OPEN', 'CLOSE')),
    contracts       int         NOT NULL CHECK (contracts > 0),
    price           numeric     NOT NULL,
    commission      numeric     NOT NULL,
    simulated       boolean     NOT NULL,
    at              timestamptz NOT NULL
);
CREATE INDEX fills_order ON fills (order_id);

-- The position book: one holding per (group, contract), average cost (Execution.Core PositionAccounting). realized_pnl in dollars
-- before commission; commissions in dollars. A flat holding is kept for its realised P&L.
CREATE TABLE positions (
    group_id       text        NOT NULL,
    occ_symbol     text        NOT NULL,
    ticker         text        NOT NULL,
    strategy       text        NOT NULL,
    net_contracts  int         NOT NULL,
    average_price  numeric     NOT NULL,
    realized_pnl   numeric     NOT NULL,
    commissions    numeric     NOT NULL,
    simulated      boolean     NOT NULL,
    opened_at      timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    PRIMARY KEY (group_id, occ_symbol)
);

-- The kill switch: one row, persisted across restarts (docs/domain/execution.md#kill-switch, seed 003 Appendix F).
CREATE TABLE kill_switch (
    id          int         PRIMARY KEY CHECK (id = 1),
    mode        text        NOT NULL CHECK (mode IN ('normal', 'safe_mode', 'hard_stop')),
    trigger     text,
    reason      text        NOT NULL,
    changed_at  timestamptz,
    changed_by  text
);
INSERT INTO kill_switch (id, mode, reason) VALUES (1, 'normal', 'initial');

-- What happened, for the operator: orders, fills, kill switch changes, reconciliation differences, exits.
CREATE TABLE journal (
    seq       bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at        timestamptz NOT NULL,
    kind      text        NOT NULL CHECK (kind IN ('ORDER', 'FILL', 'KILL_SWITCH', 'RECONCILIATION', 'EXIT')),
    order_id  uuid,
    ticker    text,
    text      text        NOT NULL
);
CREATE INDEX journal_recent ON journal (at DESC, seq DESC);

-- The paper broker's own book (a simulated account; survives restarts). rng_state is the SplitMix64 state of the fill model's jitter.
CREATE TABLE paper_account (
    id                 int     PRIMARY KEY CHECK (id = 1),
    rng_state          numeric NOT NULL,
    next_order_number  bigint  NOT NULL,
    starting_cash      numeric NOT NULL
);

-- Orders the paper broker holds. legs: [{occSymbol, side (BuyToOpen...), quantity}] as placed. Prices $/share magnitudes.
CREATE TABLE paper_orders (
    id                 text        PRIMARY KEY,
    tag                text        UNIQUE,
    order_class        text        NOT NULL,
    underlying         text        NOT NULL,
    order_type         text        NOT NULL,
    legs               jsonb       NOT NULL,
    quantity           int         NOT NULL,
    limit_price        numeric,
    status             text        NOT NULL,
    executed_quantity  int         NOT NULL DEFAULT 0,
    average_fill_price numeric,
    reject_reason      text,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL
);

-- Leg executions of the paper broker; net_cash in dollars into the account (+ credit) after commission.
CREATE TABLE paper_executions (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id     text        NOT NULL REFERENCES paper_orders (id),
    occ_symbol   text        NOT NULL,
    side         text        NOT NULL,
    contracts    int         NOT NULL CHECK (contracts > 0),
    price        numeric     NOT NULL,
    commission   numeric     NOT NULL,
    at           timestamptz NOT NULL
);
CREATE INDEX paper_executions_symbol ON paper_executions (occ_symbol);
