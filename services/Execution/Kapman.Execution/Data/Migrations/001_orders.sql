-- Orders sent to a broker (paper by default). Filled in by the paper broker in a later issue.
CREATE TABLE orders (
    id               uuid             PRIMARY KEY,
    recommendation_id uuid,
    occ_symbol       text             NOT NULL,
    side             text             NOT NULL CHECK (side IN ('BUY', 'SELL')),
    quantity         int              NOT NULL CHECK (quantity > 0),
    order_type       text             NOT NULL CHECK (order_type IN ('LIMIT', 'MARKET')),
    limit_price      double precision,
    state            text             NOT NULL,
    broker           text             NOT NULL,
    created_at       timestamptz      NOT NULL DEFAULT now(),
    updated_at       timestamptz      NOT NULL DEFAULT now()
);
CREATE INDEX orders_recent ON orders (created_at DESC);
