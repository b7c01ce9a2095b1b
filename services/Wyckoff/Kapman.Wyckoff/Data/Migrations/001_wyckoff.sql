-- One Wyckoff snapshot per ticker and session: BC (0-28) and Spring (0-12) scores with every signal's
-- points and reason, detected events, and the decision-rule signal (docs/domain/wyckoff-scores.md#parameters, seed 000 §11.2-11.4).
CREATE TABLE snapshots (
    ticker          text        NOT NULL,
    session_date    date        NOT NULL,
    bc_score        int         NOT NULL CHECK (bc_score BETWEEN 0 AND 28),
    spring_score    int         NOT NULL CHECK (spring_score BETWEEN 0 AND 12),
    signal          text,
    alert_kind      text,
    events          jsonb       NOT NULL,
    bc_signals      jsonb       NOT NULL,
    spring_signals  jsonb       NOT NULL,
    model_version   text        NOT NULL,
    computed_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (ticker, session_date)
);
CREATE INDEX snapshots_by_session ON snapshots (session_date);

-- Alerts raised (BC_EXIT, SPRING_ENTRY): one per ticker, session and kind, however often the session is rerun.
CREATE TABLE alerts (
    ticker        text        NOT NULL,
    session_date  date        NOT NULL,
    kind          text        NOT NULL,
    score         int         NOT NULL,
    raised_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (ticker, session_date, kind)
);
