-- The exit monitor (docs/domain/execution.md#exit-guardrails, seed 003 Appendix G). exit_scans: what one scan of a position group carries
-- to the next (Execution.Core ExitScanState), so the persistence streaks and the prior mark survive a restart. last_mark: $/share.
CREATE TABLE exit_scans (
    group_id                 text        PRIMARY KEY,
    consecutive_stop_scans   int         NOT NULL CHECK (consecutive_stop_scans >= 0),
    consecutive_target_scans int         NOT NULL CHECK (consecutive_target_scans >= 0),
    last_mark                numeric,
    scanned_at               timestamptz NOT NULL
);

-- Every scan's decision with its reason: HOLD, DEFER or EXIT; reason NONE, PROFIT_TARGET, STOP_LOSS, TIME_STOP, VIX_SPIKE. mark and
-- pnl_per_share in $/share (null when not computed); order_id: the closing order an EXIT created, null when none was (refused, unpriced).
CREATE TABLE exit_decisions (
    seq            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    group_id       text        NOT NULL,
    at             timestamptz NOT NULL,
    action         text        NOT NULL CHECK (action IN ('HOLD', 'DEFER', 'EXIT')),
    reason         text        NOT NULL,
    mark           numeric,
    pnl_per_share  numeric,
    detail         text        NOT NULL,
    order_id       uuid
);
CREATE INDEX exit_decisions_group ON exit_decisions (group_id, seq);
