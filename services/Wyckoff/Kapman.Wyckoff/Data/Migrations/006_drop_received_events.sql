-- Replay no longer reads a log of what Wyckoff received (migration 005): every producer re-sends its own stored events
-- (its outbox) through its POST /replay (issue 17 §8), and Wyckoff is now triggered by MarketSessionIngested, so the
-- IndicatorsComputed rows kept here would replay an event Wyckoff no longer consumes.
DROP TABLE IF EXISTS received_events;
