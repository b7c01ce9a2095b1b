-- Option contracts per (as_of, OCC symbol): quotes, OI, IV and greeks with where each came from.
CREATE TABLE contracts (
    as_of            date             NOT NULL,
    occ_symbol       text             NOT NULL,
    underlying       text             NOT NULL,
    option_right     text             NOT NULL CHECK (option_right IN ('call', 'put')),
    expiration       date             NOT NULL,
    strike           double precision NOT NULL,
    shares           int              NOT NULL,
    bid              double precision,
    ask              double precision,
    last             double precision,
    volume           bigint           NOT NULL,
    open_interest    bigint           NOT NULL,
    iv               double precision,
    iv_source        text             NOT NULL,
    iv_failure       text,
    delta            double precision,
    gamma            double precision,
    theta            double precision,
    vega             double precision,
    rho              double precision,
    greeks_source    text             NOT NULL,
    dte              int              NOT NULL,
    PRIMARY KEY (as_of, occ_symbol)
);
CREATE INDEX contracts_by_underlying ON contracts (underlying, as_of);

-- Dealer positioning per underlying and session. GEX in dollars per 1% move of the underlying.
CREATE TABLE dealer_metrics (
    underlying     text             NOT NULL,
    as_of          date             NOT NULL,
    spot           double precision NOT NULL,
    contracts      int              NOT NULL,
    skipped        int              NOT NULL,
    total_gex      double precision NOT NULL,
    net_gex        double precision NOT NULL,
    call_walls     jsonb            NOT NULL,
    put_walls      jsonb            NOT NULL,
    source         text,
    model_version  text             NOT NULL,
    computed_at    timestamptz      NOT NULL DEFAULT now(),
    PRIMARY KEY (underlying, as_of)
);
