-- The daily pipeline's run record, kept from PipelineStageChanged events of every stage.
CREATE TABLE pipeline_runs (
    run_id        uuid PRIMARY KEY,
    session_date  date        NOT NULL,
    scope         text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX pipeline_runs_recent ON pipeline_runs (created_at DESC);

CREATE TABLE pipeline_stages (
    run_id         uuid        NOT NULL REFERENCES pipeline_runs ON DELETE CASCADE,
    stage          text        NOT NULL,
    ordinal        int         NOT NULL,
    status         text        NOT NULL,
    item_count     int,
    error          text,
    started_at     timestamptz,
    finished_at    timestamptz,
    last_event_at  timestamptz,
    PRIMARY KEY (run_id, stage)
);
