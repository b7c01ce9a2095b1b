-- Seed 000 §5.5 evaluates a call weekly until its window closes. An outcome records the revision of the call it scored (the
-- recommendation's updated_at), so the weekly job skips a call whose outcome is final (closed or expired) for that revision instead of
-- re-scoring every call ever made each week; a call rewritten by a rerun has a new revision and is scored again. Null on rows stored
-- before this column: those are scored once more, which fills it.
ALTER TABLE recommendation_outcomes ADD COLUMN scored_revision timestamptz;
