-- Contracts partitioned by month of as_of, so that retention drops whole partitions (ContractRetention).
-- Converts the unpartitioned table of 001 in place: its rows are copied into monthly partitions and the
-- copy is checked row for row before the old table is dropped; the script runs in one transaction, so a
-- failure leaves the old table as it was. Adds pricing_model: the model behind the computed IV and greeks.

CREATE FUNCTION ensure_contracts_partition(day date) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    first_day date := date_trunc('month', day)::date;
    name      text := 'contracts_p' || to_char(date_trunc('month', day), 'YYYYMM');
BEGIN
    IF to_regclass(format('%I.%I', current_schema(), name)) IS NULL THEN
        EXECUTE format('CREATE TABLE %I PARTITION OF contracts FOR VALUES FROM (%L) TO (%L)',
                       name, first_day, (first_day + interval '1 month')::date);
    END IF;
    RETURN name;
END $$;

COMMENT ON FUNCTION ensure_contracts_partition(date) IS
    'Creates the monthly partition of contracts holding the given as_of (contracts_pYYYYMM, [first day, first day of next month)) unless it exists; returns its name.';

CREATE FUNCTION drop_contracts_partitions_before(cutoff date) RETURNS int
LANGUAGE plpgsql AS $$
DECLARE
    child   record;
    dropped int := 0;
BEGIN
    FOR child IN
        SELECT c.relname AS name,
               substring(pg_get_expr(c.relpartbound, c.oid) FROM 'TO \(''([0-9-]+)''\)')::date AS upper_bound
        FROM pg_inherits i
        JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = to_regclass(format('%I.%I', current_schema(), 'contracts'))
    LOOP
        IF child.upper_bound IS NOT NULL AND child.upper_bound <= cutoff THEN
            EXECUTE format('DROP TABLE %I', child.name);
            dropped := dropped + 1;
        END IF;
    END LOOP;
    RETURN dropped;
END $$;

COMMENT ON FUNCTION drop_contracts_partitions_before(date) IS
    'Drops every partition of contracts whose upper bound (exclusive) is on or before cutoff, i.e. whose rows all have as_of < cutoff; returns how many.';

ALTER TABLE contracts RENAME TO contracts_unpartitioned;
ALTER TABLE contracts_unpartitioned RENAME CONSTRAINT contracts_pkey TO contracts_unpartitioned_pkey;
ALTER INDEX contracts_by_underlying RENAME TO contracts_unpartitioned_by_underlying;

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
    pricing_model    text,
    PRIMARY KEY (as_of, occ_symbol)
) PARTITION BY RANGE (as_of);
CREATE INDEX contracts_by_underlying ON contracts (underlying, as_of);

SELECT ensure_contracts_partition(month)
FROM (SELECT DISTINCT date_trunc('month', as_of)::date AS month FROM contracts_unpartitioned) AS months;

INSERT INTO contracts (as_of, occ_symbol, underlying, option_right, expiration, strike, shares, bid, ask, last, volume, open_interest,
                       iv, iv_source, iv_failure, delta, gamma, theta, vega, rho, greeks_source, dte)
SELECT as_of, occ_symbol, underlying, option_right, expiration, strike, shares, bid, ask, last, volume, open_interest,
       iv, iv_source, iv_failure, delta, gamma, theta, vega, rho, greeks_source, dte
FROM contracts_unpartitioned;

DO $$
DECLARE
    copied bigint := (SELECT count(*) FROM contracts);
    source bigint := (SELECT count(*) FROM contracts_unpartitioned);
BEGIN
    IF copied <> source THEN
        RAISE EXCEPTION 'contracts partitioning copied % rows of %', copied, source;
    END IF;
END $$;

DROP TABLE contracts_unpartitioned;
