-- Issue 22 items 1 and 4. A run is 'daily' (the pipeline, stages of PipelineStages.All) or 'weekly' (the outcome evaluation and
-- retention, stages of PipelineStages.Weekly). retention holds what the weekly run pruned, one key per table:
-- {"wyckoff.snapshot_versions": {"cutoff": "2023-08-29", "droppedPartitions": 0, "deletedRows": 1234}, ...}.
ALTER TABLE pipeline_runs
    ADD COLUMN kind      text  NOT NULL DEFAULT 'daily' CHECK (kind IN ('daily', 'weekly')),
    ADD COLUMN retention jsonb NOT NULL DEFAULT '{}';
CREATE UNIQUE INDEX pipeline_runs_one_weekly ON pipeline_runs (session_date) WHERE kind = 'weekly';

-- The schedule's alert for a session whose run did not start by its alert time: one row per session, so it is raised once.
CREATE TABLE schedule_alerts (
    session_date date        PRIMARY KEY,
    reason       text        NOT NULL,
    raised_at    timestamptz NOT NULL
);
