-- Dealer positioning over eligible contracts (issue §4). total_gex/net_gex/call_walls/put_walls keep their 001
-- meaning (all contracts with greeks, walls by OI); the eligible_* columns apply the eligibility filter.
ALTER TABLE dealer_metrics
    ADD COLUMN status             text,
    ADD COLUMN status_reason      text,
    ADD COLUMN eligible           int,
    ADD COLUMN excluded           jsonb,
    ADD COLUMN eligible_total_gex double precision,
    ADD COLUMN eligible_net_gex   double precision,
    ADD COLUMN call_gex           double precision,
    ADD COLUMN put_gex            double precision,
    ADD COLUMN gamma_flip         double precision,
    ADD COLUMN dgpi               double precision,
    ADD COLUMN dealer_position    text,
    ADD COLUMN call_walls_oi      jsonb,
    ADD COLUMN put_walls_oi       jsonb,
    ADD COLUMN call_walls_gex     jsonb,
    ADD COLUMN put_walls_gex      jsonb;

-- Volatility metrics per underlying and session (issue §5). IVs are annualised decimals; iv_rank and
-- iv_percentile rank atm_iv_30 against earlier sessions (null below 20); hv_20 is the 20-day close-to-close
-- historical volatility (annualised), computed by this service from the market_api bars contract, and iv_hv_diff = atm_iv_30 - hv_20.
CREATE TABLE volatility_metrics (
    underlying        text             NOT NULL,
    as_of             date             NOT NULL,
    average_iv        double precision,
    call_average_iv   double precision,
    put_average_iv    double precision,
    skew_expiration   date,
    skew_25d          double precision,
    term_structure    jsonb            NOT NULL,
    atm_iv_30         double precision,
    atm_iv_90         double precision,
    term_slope_30_90  double precision,
    put_call_oi       double precision,
    put_call_volume   double precision,
    iv_rank           double precision,
    iv_percentile     double precision,
    hv_20             double precision,
    iv_hv_diff        double precision,
    computed_at       timestamptz      NOT NULL DEFAULT now(),
    PRIMARY KEY (underlying, as_of)
);

-- Daily summary per underlying (docs/domain/options-metrics.md#daily-summary, seed 002 story 2.2 options_daily_summary).
CREATE TABLE daily_summary (
    underlying          text             NOT NULL,
    as_of               date             NOT NULL,
    total_call_oi       bigint           NOT NULL,
    total_put_oi        bigint           NOT NULL,
    total_call_volume   bigint           NOT NULL,
    total_put_volume    bigint           NOT NULL,
    weighted_avg_iv     double precision,
    top_call_strike_1   double precision,
    top_call_oi_1       bigint,
    top_call_strike_2   double precision,
    top_call_oi_2       bigint,
    top_call_strike_3   double precision,
    top_call_oi_3       bigint,
    top_put_strike_1    double precision,
    top_put_oi_1        bigint,
    top_put_strike_2    double precision,
    top_put_oi_2        bigint,
    top_put_strike_3    double precision,
    top_put_oi_3        bigint,
    call_gamma_total    double precision NOT NULL,
    put_gamma_total     double precision NOT NULL,
    call_delta_total    double precision NOT NULL,
    put_delta_total     double precision NOT NULL,
    nearest_expiry      date,
    expirations_count   int              NOT NULL,
    contracts_analysed  int              NOT NULL,
    PRIMARY KEY (underlying, as_of)
);
