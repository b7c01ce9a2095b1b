-- The options stage split into ticker shards (issue 23): one row per handled MarketSessionIngested (a split) with the shards
-- still to do, and one row per shard done, naming the replica that did it (GET /shards, the Ops page). The last shard's
-- UPDATE ... RETURNING of shards_left decides which replica publishes OptionMetricsComputed. The books' columns are those of
-- metrics and Wyckoff (ShardLedger); tickers counts the underlyings stored. The four counts after them are the options stage's
-- own, summed by the last shard into the stage's outcome (contract rows stored, unreadable or repeated rows left out, MODEL_ERROR).
CREATE TABLE session_splits (
    split_id      uuid        PRIMARY KEY,
    run_id        uuid        NOT NULL,
    session_date  date        NOT NULL,
    shard_count   integer     NOT NULL CHECK (shard_count >= 1),
    shards_left   integer     NOT NULL CHECK (shards_left >= 0),
    tickers       integer     NOT NULL DEFAULT 0,
    alerts        integer     NOT NULL DEFAULT 0,
    started_at    timestamptz NOT NULL,
    completed_at  timestamptz
);
CREATE INDEX session_splits_by_session ON session_splits (session_date);

CREATE TABLE session_shards (
    split_id           uuid        NOT NULL REFERENCES session_splits ON DELETE CASCADE,
    shard              integer     NOT NULL,
    instance           text        NOT NULL,
    tickers            integer     NOT NULL,
    alerts             integer     NOT NULL,
    started_at         timestamptz NOT NULL,
    finished_at        timestamptz NOT NULL,
    contracts          integer     NOT NULL DEFAULT 0,
    skipped_contracts  integer     NOT NULL DEFAULT 0,
    duplicate_symbols  integer     NOT NULL DEFAULT 0,
    model_errors       integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (split_id, shard)
);
