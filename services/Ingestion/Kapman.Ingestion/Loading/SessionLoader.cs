using Kapman.Ingestion.Core.Calendar;
using Kapman.Ingestion.Data;
using Kapman.Ingestion.Sources;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Ingestion.Loading;

/// <summary>Loads one session file into the caller's unit of work: all of its good rows, or nothing.</summary>
public sealed class SessionLoader(ISessionFileSource reader, IngestionOptions options, TimeProvider clock, ILogger<SessionLoader> logger)
{
    /// <summary>
    /// Reads, validates and stores the session, then records its split suspects and applies the rolling retention; the load attempt is recorded whatever the outcome. A day that is
    /// not an NYSE session (<see cref="NyseCalendar"/>) is never loaded: a file for it is <c>rejected</c>, and
    /// without a file the result is <c>closed</c> and nothing is recorded.
    /// </summary>
    /// <param name="session">The session to load.</param>
    /// <param name="tx">The unit of work the rows are written in.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<SessionLoadResult> LoadAsync(DateOnly session, OutboxTransaction tx, CancellationToken ct)
    {
        var startedAt = clock.GetUtcNow();
        SessionLoadResult result;
        if (!NyseCalendar.IsSession(session))
        {
            var path = reader.Describe(session);
            if (!await ExistsAsync(session, ct))
            {
                return new SessionLoadResult(session, path, "closed", 0, 0, 0, 0, null);
            }

            var why = NyseCalendar.ClosureName(session) ?? session.DayOfWeek.ToString();
            result = new SessionLoadResult(session, path, "rejected", 0, 0, 0, 0, $"{session:yyyy-MM-dd} is not an NYSE session ({why}): the file is rejected");
            await BarStore.RecordRunAsync(tx.Connection, tx.Transaction, result, startedAt, clock.GetUtcNow(), ct);
            logger.LogWarning("Session file for non-session {Session} rejected: {Source}", session, path);
            return result;
        }

        SessionFileReadResult read;
        try
        {
            read = await reader.ReadAsync(session, ct);
        }
        catch (SessionSourceUnavailableException ex)
        {
            result = new SessionLoadResult(session, reader.Describe(session), "failed", 0, 0, 0, 0, ex.Message);
            await BarStore.RecordRunAsync(tx.Connection, tx.Transaction, result, startedAt, clock.GetUtcNow(), ct);
            logger.LogError(ex, "Session {Session} failed: source unavailable", session);
            return result;
        }

        if (read.Parsed is { } parsed)
        {
            var inserted = await BarStore.WriteAsync(tx.Connection, tx.Transaction, parsed, read.Source, ct);
            var splits = await SplitFactorStore.DetectAsync(tx.Connection, tx.Transaction, session, parsed.Bars, null, ct);
            var retention = await RetentionStore.ApplyAsync(tx.Connection, tx.Transaction, options.RetentionSessions, ct);
            result = new SessionLoadResult(session, read.Source, "loaded", parsed.Bars.Count, inserted, parsed.Quarantined.Count,
                parsed.Bars.Select(b => b.Ticker).Distinct(StringComparer.Ordinal).Count(), null);
            if (splits.Count > 0 || retention.DroppedPartitions > 0 || retention.DeletedRows > 0)
            {
                logger.LogInformation("Session {Session}: {Splits} split suspects; retention from {Cutoff} dropped {Partitions} partitions and {Rows} rows",
                    session, splits.Count, retention.Cutoff, retention.DroppedPartitions, retention.DeletedRows);
            }
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

    private async Task<bool> ExistsAsync(DateOnly session, CancellationToken ct)
    {
        try
        {
            return await reader.ExistsAsync(session, ct);
        }
        catch (SessionSourceUnavailableException ex)
        {
            logger.LogWarning(ex, "Could not check for a file on closed day {Session}", session);
            return false;
        }
    }
}
