-- The risk book (docs/domain/risk-book.md#caps-and-triggers): the caps' verdict on each entry is journalled as kind RISK.
ALTER TABLE journal DROP CONSTRAINT journal_kind_check;
ALTER TABLE journal ADD CONSTRAINT journal_kind_check CHECK (kind IN ('ORDER', 'FILL', 'KILL_SWITCH', 'RECONCILIATION', 'EXIT', 'RISK'));
