using Kapman.Ingestion.Data;
using Kapman.Ingestion.Sources;
using Kapman.MarketData.Calendar;
using Kapman.ServiceDefaults.Messaging;
using Microsoft.Extensions.Options;

namespace Kapman.Ingestion.Loading;

/// <summary>
/// Loads one session file in two steps: <see cref="FetchAsync"/> downloads and validates it outside any transaction (a
/// remote source may be slow or retried), then <see cref="StoreAsync"/> writes it into the caller's unit of work: all of
/// its good rows, or nothing.
/// </summary>
public sealed class SessionLoader(ISessionFileSource reader, IOptions<IngestionOptions> options, TimeProvider clock, ILogger<SessionLoader> logger)
{
    /// <summary>
    /// Reads and validates the session's file. A day that is not an NYSE session (<see cref="NyseCalendar"/>) is never
    /// read: a file for it is to be <c>rejected</c>, and without a file the result is <c>closed</c>. An unreachable source
    /// (after its retries) gives a <c>failed</c> outcome, not an exception.
    /// </summary>
    /// <param name="session">The session to load.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<FetchedSession> FetchAsync(DateOnly session, CancellationToken ct)
    {
        var startedAt = clock.GetUtcNow();
        if (!NyseCalendar.IsSession(session))
        {
            var path = reader.Describe(session);
            if (!await ExistsAsync(session, ct))
            {
                return new FetchedSession(startedAt, null, new SessionLoadResult(session, path, "closed", 0, 0, 0, 0, null));
            }

            var why = NyseCalendar.ClosureName(session) ?? session.DayOfWeek.ToString();
            logger.LogWarning("Session file for non-session {Session} rejected: {Source}", session, path);
            return new FetchedSession(startedAt, null,
                new SessionLoadResult(session, path, "rejected", 0, 0, 0, 0, $"{session:yyyy-MM-dd} is not an NYSE session ({why}): the file is rejected"));
        }

        try
        {
            var read = await reader.ReadAsync(session, ct);
            return read.Parsed is null
                ? new FetchedSession(startedAt, null, new SessionLoadResult(session, read.Source, read.Missing ? "missing" : "rejected", 0, 0, 0, 0, read.RejectionReason))
                : new FetchedSession(startedAt, read, null);
        }
        catch (SessionSourceUnavailableException ex)
        {
            logger.LogError(ex, "Session {Session} failed: source unavailable", session);
            return new FetchedSession(startedAt, null, new SessionLoadResult(session, reader.Describe(session), "failed", 0, 0, 0, 0, ex.Message));
        }
    }

    /// <summary>
    /// Stores what <see cref="FetchAsync"/> got in <paramref name="tx"/>: the bars, then the split suspects and the
    /// rolling retention; the load attempt is recorded whatever the outcome, except for a closed day without a file.
    /// </summary>
    /// <param name="fetched">The fetched session.</param>
    /// <param name="tx">The unit of work the rows are written in.</param>
    /// <param name="ct">Cancellation.</param>
    /// <exception cref="ArgumentException"><paramref name="fetched"/> has neither rows nor an outcome.</exception>
    public async Task<SessionLoadResult> StoreAsync(FetchedSession fetched, OutboxTransaction tx, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(fetched);
        ArgumentNullException.ThrowIfNull(tx);
        if (fetched.Outcome is { Status: "closed" } closed)
        {
            return closed;
        }

        SessionLoadResult result;
        if (fetched.Read?.Parsed is { } parsed)
        {
            var session = parsed.SessionDate;
            var inserted = await BarStore.WriteAsync(tx.Connection, tx.Transaction, parsed, fetched.Read.Source, ct);
            var splits = await SplitFactorStore.DetectAsync(tx.Connection, tx.Transaction, session, parsed.Bars, null, ct);
            var retention = await RetentionStore.ApplyAsync(tx.Connection, tx.Transaction, options.Value.RetentionSessions, MarketToday.Of(clock), ct);
            result = new SessionLoadResult(session, fetched.Read.Source, "loaded", parsed.Bars.Count, inserted, parsed.Quarantined.Count,
                parsed.Bars.Select(b => b.Ticker).Distinct(StringComparer.Ordinal).Count(), null);
            if (splits.Count > 0 || retention.DroppedPartitions > 0 || retention.DeletedRows > 0)
            {
                logger.LogInformation("Session {Session}: {Splits} split suspects; retention from {Cutoff} dropped {Partitions} partitions and {Rows} rows",
                    session, splits.Count, retention.Cutoff, retention.DroppedPartitions, retention.DeletedRows);
            }
        }
        else
        {
            result = fetched.Outcome ?? throw new ArgumentException("A fetched session has rows to store or an outcome.", nameof(fetched));
        }

        // No log line of its own: the consumer logs each message handled once, and the run record keeps these counts.
        await BarStore.RecordRunAsync(tx.Connection, tx.Transaction, result, fetched.StartedAt, clock.GetUtcNow(), ct);
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
