namespace Kapman.Ingestion.Loading;

/// <summary>A day queued between a backfill's reader and writer: its download and parse, already running, or null for a closed day that has a file (rejected).</summary>
internal sealed record PendingSession(DateOnly Day, Task<SessionFileReadResult>? Read);
