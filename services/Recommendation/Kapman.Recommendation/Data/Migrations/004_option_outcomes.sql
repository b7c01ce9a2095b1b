-- Issue 22 item 5: option-level outcomes. Each ISSUED recommendation that names contracts is re-marked by the weekly run from the stored
-- chain until expiry (seed 000 §5.5: weekly until expiration, 50% profit target, CSP by assignment). One row per recommendation: its
-- latest mark. value_per_share = Σ bought − Σ sold leg value ($ per share, the entry net premium's sign), pnl_per_contract in $,
-- pnl_fraction = P&L ÷ |entry net premium|. model_priced: a leg had no quote and was valued at intrinsic. assigned: CSP at expiry only.
CREATE TABLE option_outcomes (
    recommendation_id  uuid             PRIMARY KEY REFERENCES recommendations (id) ON DELETE CASCADE,
    mark_date          date             NOT NULL,
    underlying_close   double precision NOT NULL,
    value_per_share    double precision NOT NULL,
    pnl_per_contract   double precision NOT NULL,
    pnl_fraction       double precision NOT NULL,
    model_priced       boolean          NOT NULL,
    hit_profit_target  boolean          NOT NULL,
    hit_stop           boolean          NOT NULL,
    assigned           boolean,
    status             text             NOT NULL CHECK (status IN ('open', 'target', 'stop', 'expired')),
    marks              int              NOT NULL DEFAULT 1,
    evaluated_at       timestamptz      NOT NULL DEFAULT now()
);
