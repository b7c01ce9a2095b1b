-- Snapshots keyed by model version (issue 5 §8): a replay under a new model_version adds rows and keeps the
-- old ones. The table becomes snapshot_versions, one row per (ticker, session, model_version), with the phase
-- (docs/domain/wyckoff-events-and-phases.md#phases, seed 000 §11.1, A-E), its score, confidence and sub-stage, the composite score, the §17.2 trade signal and
-- the events JSON sequence fields (docs/domain/wyckoff-events-and-phases.md#event-sequence, seed 000 §5.3) and the nine-test checklist. wyckoff.snapshots stays the name readers use: a view with
-- one row per (ticker, session), the most recently computed model version's.
ALTER TABLE snapshots RENAME TO snapshot_versions;
ALTER TABLE snapshot_versions DROP CONSTRAINT snapshots_pkey;
ALTER TABLE snapshot_versions ADD PRIMARY KEY (ticker, session_date, model_version);
ALTER TABLE snapshot_versions
    ADD COLUMN phase            char(1) CHECK (phase IN ('A', 'B', 'C', 'D', 'E')),
    ADD COLUMN phase_score      numeric(4, 3),
    ADD COLUMN phase_confidence numeric(4, 3),
    ADD COLUMN phase_sub_stage  text,
    ADD COLUMN composite_score  numeric(4, 3),
    ADD COLUMN trade_signal     text,
    ADD COLUMN sequence         jsonb,
    ADD COLUMN checklist        jsonb;

CREATE VIEW snapshots AS
SELECT DISTINCT ON (ticker, session_date) *
FROM snapshot_versions
ORDER BY ticker, session_date, computed_at DESC, model_version DESC;
