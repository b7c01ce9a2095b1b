-- The snapshot's signal features (issue 21 item 3, docs/domain/wyckoff-scores.md#signal-features-issue-21-item-3-from-wyckoff-150):
-- relative strength, volume-spread analysis and, where the session has an option chain, the dealer features, as the core computes
-- them (camelCase JSON of SignalFeatures); null with too short a history and on rows stored before this migration. Reported beside
-- the scores, never read by them. The view is recreated so that it shows the new column (a view's * is expanded when it is made).
ALTER TABLE snapshot_versions ADD COLUMN features jsonb;

CREATE OR REPLACE VIEW snapshots AS
SELECT DISTINCT ON (ticker, session_date) *
FROM snapshot_versions
ORDER BY ticker, session_date, computed_at DESC, model_version DESC;
