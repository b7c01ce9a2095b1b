using Kapman.Ingestion.Data;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Ingestion.Loading;

/// <summary>Loads one session file into the caller's unit of work: all of its good rows, or nothing.</summary>
public sealed class SessionLoader(LocalSessionFileReader reader, TimeProvider clock, ILogger<SessionLoader> logger)
{
    /// <summary>Reads, validates and stores the session; the load attempt is recorded whatever the outcome.</summary>
    public async Task<SessionLoadResult> LoadAsync(DateOnly session, OutboxTransaction tx, CancellationToken ct)
    {
        var startedAt = clock.GetUtcNow();
        var read = await reader.ReadAsync(session, ct);
        SessionLoadResult result;
        if (read.Parsed is { } parsed)
        {
            var inserted = await BarStore.WriteAsync(tx.Connection, tx.Transaction, parsed, read.Source, ct);
            result = new SessionLoadResult(session, read.Source, "loaded", parsed.Bars.Count, inserted, parsed.Quarantined.Count,
                parsed.Bars.Select(b => b.Ticker).Distinct(StringComparer.Ordinal).Count(), null);
        }
        else
        {
            result = new SessionLoadResult(session, read.Source, read.Missing ? "missing" : "rejected", 0, 0, 0, 0, read.RejectionReason);
        }

        await BarStore.RecordRunAsync(tx.Connection, tx.Transaction, result, startedAt, clock.GetUtcNow(), ct);
        logger.LogInformation("Session {Session} {Status}: {Rows} rows ({Inserted} new), {Quarantined} quarantined from {Source}",
            session, result.Status, result.Rows, result.Inserted, result.Quarantined, result.Source);
        return result;
    }
}
