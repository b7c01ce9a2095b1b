-- Who started each run: 'api' (POST /pipeline/runs, the CLI, the web) or 'schedule' (the unattended daily run, issue 22 item 1).
ALTER TABLE pipeline_runs ADD COLUMN trigger text NOT NULL DEFAULT 'api' CHECK (trigger IN ('api', 'schedule'));
CREATE INDEX pipeline_runs_session ON pipeline_runs (session_date);
