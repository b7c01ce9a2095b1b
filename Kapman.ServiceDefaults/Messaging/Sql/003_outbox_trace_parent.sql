-- The W3C traceparent of the activity that wrote the event, so the relay publishes it in the same trace: without it
-- every event would start a new trace at the relay, and a pipeline run's trace would stop at each outbox.
ALTER TABLE outbox ADD COLUMN IF NOT EXISTS trace_parent text;
