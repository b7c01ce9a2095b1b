-- A backtest run lives in the process that started it. A process killed outright (SIGKILL, OOM, a lost node) cannot mark its
-- runs failed, and with several replicas no instance can tell at start whether another's run is still alive: each instance
-- refreshes heartbeat_at of its queued and running runs, and any instance fails the runs whose heartbeat went stale.
ALTER TABLE backtest_runs ADD COLUMN heartbeat_at timestamptz;
CREATE INDEX backtest_runs_unfinished ON backtest_runs (heartbeat_at) WHERE status IN ('queued', 'running');
