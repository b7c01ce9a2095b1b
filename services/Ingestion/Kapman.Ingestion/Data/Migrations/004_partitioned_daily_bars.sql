-- daily_bars becomes range-partitioned by month (issue 3 §5): build the partitioned table, copy, swap.
-- The columns and their meaning do not change (MarketBarReader and the analytics read them as before).
ALTER TABLE daily_bars RENAME TO daily_bars_unpartitioned;
ALTER TABLE daily_bars_unpartitioned RENAME CONSTRAINT daily_bars_pkey TO daily_bars_unpartitioned_pkey;
ALTER INDEX daily_bars_by_session RENAME TO daily_bars_unpartitioned_by_session;

CREATE TABLE daily_bars (
    ticker        text             NOT NULL,
    session_date  date             NOT NULL,
    open          double precision NOT NULL,
    high          double precision NOT NULL,
    low           double precision NOT NULL,
    close         double precision NOT NULL,
    volume        bigint           NOT NULL,
    transactions  bigint,
    loaded_at     timestamptz      NOT NULL DEFAULT now(),
    -- Serves (ticker, session range) reads in every partition.
    PRIMARY KEY (ticker, session_date)
) PARTITION BY RANGE (session_date);
CREATE INDEX daily_bars_by_session ON daily_bars (session_date);

-- Creates the month partition holding `day` if it is missing: market.daily_bars_YYYY_MM, [first of month, first of next).
CREATE FUNCTION ensure_daily_bars_partition(day date) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    first_day date := date_trunc('month', day)::date;
    name text := 'daily_bars_' || to_char(day, 'YYYY_MM');
BEGIN
    IF to_regclass(format('market.%I', name)) IS NULL THEN
        PERFORM pg_advisory_xact_lock(hashtext('market.' || name));
        EXECUTE format('CREATE TABLE IF NOT EXISTS market.%I PARTITION OF market.daily_bars FOR VALUES FROM (%L) TO (%L)',
                       name, first_day, (first_day + interval '1 month')::date);
    END IF;
END $$;

-- Rolling retention: drops every month partition wholly before `cutoff`, then deletes the rows before it at the
-- edge. Returns the number of partitions dropped and rows deleted.
CREATE FUNCTION apply_daily_bars_retention(cutoff date, OUT dropped_partitions int, OUT deleted_rows bigint)
LANGUAGE plpgsql AS $$
DECLARE
    part record;
BEGIN
    dropped_partitions := 0;
    FOR part IN
        SELECT c.relname
        FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = 'market.daily_bars'::regclass AND c.relname ~ '^daily_bars_[0-9]{4}_[0-9]{2}$'
          AND (to_date(substr(c.relname, 12), 'YYYY_MM') + interval '1 month')::date <= cutoff
    LOOP
        EXECUTE format('DROP TABLE market.%I', part.relname);
        dropped_partitions := dropped_partitions + 1;
    END LOOP;
    DELETE FROM market.daily_bars WHERE session_date < cutoff;
    GET DIAGNOSTICS deleted_rows = ROW_COUNT;
END $$;

SELECT ensure_daily_bars_partition(m::date)
FROM generate_series((SELECT date_trunc('month', min(session_date)) FROM daily_bars_unpartitioned),
                     (SELECT max(session_date) FROM daily_bars_unpartitioned), interval '1 month') AS m;

INSERT INTO daily_bars (ticker, session_date, open, high, low, close, volume, transactions, loaded_at)
SELECT ticker, session_date, open, high, low, close, volume, transactions, loaded_at FROM daily_bars_unpartitioned;
DROP TABLE daily_bars_unpartitioned;

-- Read-only access for the analytics services (the suite creates the role; a database provisioned elsewhere may not have it).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kapman_market_reader') THEN
        GRANT USAGE ON SCHEMA market TO kapman_market_reader;
        GRANT SELECT ON ALL TABLES IN SCHEMA market TO kapman_market_reader;
        ALTER DEFAULT PRIVILEGES IN SCHEMA market GRANT SELECT ON TABLES TO kapman_market_reader;
    ELSE
        RAISE NOTICE 'role kapman_market_reader does not exist: no read-only grants on market';
    END IF;
END $$;
