-- Issue 7 round 3: the triggering event of each call (accuracy by trigger), the Wyckoff snapshot's trade signal and
-- events, the rule confidence before calibration, and directional calls on the underlying only for tickers analysed
-- by Wyckoff without a stored chain. Such a row has status NO_TRADE (it is never tradable and names no contract),
-- underlying_only = true, a direction, a confidence, underlying entry/stop/target and window_end (the end of its
-- evaluation window); the outcome job scores it like an issued call.
ALTER TABLE recommendations
    ADD COLUMN trigger          text,
    ADD COLUMN trade_signal     text,
    ADD COLUMN events           text[],
    ADD COLUMN rule_confidence  double precision,
    ADD COLUMN underlying_only  boolean NOT NULL DEFAULT false,
    ADD COLUMN window_end       date;
CREATE INDEX recommendations_by_trigger ON recommendations (trigger, session_date);
