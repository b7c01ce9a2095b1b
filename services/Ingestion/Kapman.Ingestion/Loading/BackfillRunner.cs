using System.Diagnostics;
using System.Threading.Channels;
using Kapman.Ingestion.Apis;
using Kapman.Ingestion.Data;
using Kapman.Ingestion.Sources;
using Kapman.MarketData.Calendar;
using Kapman.ServiceDefaults.Messaging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Kapman.Ingestion.Loading;

/// <summary>
/// Loads a range as a pipeline: a reader starts each session's download and parse (at most <see cref="ReadAhead"/>
/// queued on a bounded channel, so memory stays flat whatever the range) while the writer takes the sessions in date
/// order. It stores the first waiting session together with those already parsed behind it (up to
/// <see cref="MaxGroupSessions"/>) in one transaction: each session's rows, tickers, quarantine, split suspects and run
/// record commit together or not at all, never in part, and a group costs one COPY and one ticker refresh instead of one
/// per session. Groups are written on <see cref="IngestionOptions.BackfillWriters"/> connections at once and commit in
/// date order (<see cref="BackfillWriterLanes"/>). Sessions with a <c>loaded</c> run are skipped unless the plan forces a
/// reload, so a rerun after a crash or a failure resumes; a forced reload takes the same groups and lanes, its group merging
/// with the stored rows (<see cref="BarMerge"/>: new tickers added to a loaded range load at the rate of a fresh range). A month
/// with no partition yet is written as one group that builds its partition whole (<see cref="SessionWriter.WriteNewMonthAsync"/>).
/// Stops at the first session whose source stays unreachable.
/// Retention runs once at the end, not per session. The session commits do not wait for the WAL flush
/// (<c>synchronous_commit = off</c> on the backfill's connections): a PostgreSQL crash may lose the last few hundred
/// milliseconds of commits, each whole (bars and run record together), and the next run reloads them; the service
/// process dying loses nothing that committed.
/// </summary>
public sealed class BackfillRunner(ServiceDatabase database, IOptions<IngestionOptions> options, TimeProvider clock, ILogger<BackfillRunner> logger)
{
    /// <summary>Sessions read ahead of the writer (downloaded and parsed, waiting in the channel): a month's worth (at most 23 sessions).</summary>
    public const int ReadAhead = 24;

    /// <summary>
    /// Most sessions stored in one transaction in a month that already has its partition: the first session waiting plus those already
    /// parsed behind it. A month without one is a single group of all its sessions in the range (at most 23).
    /// </summary>
    public const int MaxGroupSessions = 16;

    /// <summary>Runs the backfill; <paramref name="progress"/> is updated as sessions commit.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled (committed sessions stay).</exception>
    public async Task<BackfillResponse> RunAsync(BackfillPlan plan, ISessionFileSource source, BackfillProgress progress, CancellationToken ct)
    {
        await using var lanes = await BackfillWriterLanes.OpenAsync(database.DataSource, options.Value.BackfillWriters, ct);
        await using var connection = await database.DataSource.OpenConnectionAsync(ct);
        await AsynchronousCommit.EnableAsync(connection, ct);

        var loaded = await BarStore.LoadedSessionsAsync(connection, plan.From, plan.To, ct);
        var skip = plan.Force ? [] : loaded;
        var sessions = NyseCalendar.Sessions(plan.From, plan.To).ToList();
        progress.Plan(sessions.Count, sessions.Count(skip.Contains));
        var toLoad = sessions.Where(s => !skip.Contains(s)).ToList();
        var newMonths = await SessionWriter.MissingMonthsAsync(connection, toLoad, ct);
        await SessionWriter.EnsurePartitionsAsync(connection, toLoad.Where(s => !newMonths.Contains(MonthOf(s))), ct);
        var channel = Channel.CreateBounded<PendingSession>(new BoundedChannelOptions(ReadAhead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var producer = ProduceAsync(plan, source, skip, channel.Writer, stop.Token);
        (DateOnly Day, string Error)? failure;
        try
        {
            failure = await ConsumeAsync(connection, lanes, source, channel.Reader, loaded, newMonths, progress, ct);
        }
        finally
        {
            await stop.CancelAsync();
            await DrainAsync(channel.Reader, producer);
        }

        var retention = await ApplyRetentionAsync(connection, ct);
        var s = progress.Snapshot();
        logger.LogInformation("Backfill {From}..{To}: {Loaded} loaded, {Skipped} skipped, {Missing} missing, {Rejected} rejected, {Rows} rows in {Elapsed} ms; retention deleted {Deleted} rows",
            plan.From, plan.To, s.Loaded, s.SessionsSkipped, s.Missing, s.Rejected, s.Rows, s.ElapsedMs, retention.DeletedRows);
        return new BackfillResponse(s.Loaded, s.Missing, s.Rejected, (int)s.Rows, (int)s.Inserted, (int)s.Quarantined, s.ElapsedMs,
            failure?.Day, failure?.Error, s.SessionsSkipped);
    }

    private static async Task ProduceAsync(BackfillPlan plan, ISessionFileSource source, HashSet<DateOnly> skip, ChannelWriter<PendingSession> writer, CancellationToken ct)
    {
        try
        {
            for (var day = plan.From; day <= plan.To; day = day.AddDays(1))
            {
                if (!NyseCalendar.IsSession(day))
                {
                    if (await ClosedDayHasFileAsync(source, day, ct))
                    {
                        await writer.WriteAsync(new PendingSession(day, null), ct);
                    }

                    continue;
                }

                if (skip.Contains(day))
                {
                    continue;
                }

                var session = day;
                var read = Task.Run(() => source.ReadAsync(session, ct), ct);
                try
                {
                    await writer.WriteAsync(new PendingSession(day, read), ct);
                }
                catch (OperationCanceledException)
                {
                    _ = read.ContinueWith(t => t.Exception, TaskScheduler.Default);
                    throw;
                }
            }
        }
        finally
        {
            writer.TryComplete();
        }
    }

    private async Task<(DateOnly, string)?> ConsumeAsync(NpgsqlConnection connection, BackfillWriterLanes lanes, ISessionFileSource source,
        ChannelReader<PendingSession> reader, HashSet<DateOnly> loaded, HashSet<DateOnly> newMonths, BackfillProgress progress, CancellationToken ct)
    {
        Dictionary<string, double>? previousCloses = null;
        DateOnly? previousDay = null;
        await foreach (var pending in reader.ReadAllAsync(ct))
        {
            var startedAt = clock.GetUtcNow();
            var day = pending.Day;
            if (pending.Read is null)
            {
                await lanes.DrainAsync();
                var why = NyseCalendar.ClosureName(day) ?? day.DayOfWeek.ToString();
                await BarStore.RecordRunAsync(connection, null, new SessionLoadResult(day, source.Describe(day), "rejected", 0, 0, 0, 0,
                    $"{day:yyyy-MM-dd} is not an NYSE session ({why}): the file is rejected"), startedAt, clock.GetUtcNow(), ct);
                progress.RejectedClosedDay();
                continue;
            }

            var waiting = Stopwatch.GetTimestamp();
            SessionFileReadResult read;
            try
            {
                read = await pending.Read;
            }
            catch (SessionSourceUnavailableException ex)
            {
                await lanes.DrainAsync();
                await BarStore.RecordRunAsync(connection, null, new SessionLoadResult(day, source.Describe(day), "failed", 0, 0, 0, 0, ex.Message), startedAt, clock.GetUtcNow(), ct);
                logger.LogError(ex, "Backfill stopped at {Session}: source unavailable", day);
                return (day, ex.Message);
            }

            progress.Timed(Stopwatch.GetElapsedTime(waiting).TotalMilliseconds, 0);
            if (read.Parsed is not null)
            {
                var group = new List<(DateOnly Day, SessionFileReadResult Read)> { (day, read) };
                // A month without a partition is written whole by one group (its first session to the last one read without a
                // break); any later group of it waits for the drain a break makes, and then finds the partition attached.
                var month = MonthOf(day);
                var newMonth = newMonths.Remove(month);
                if (newMonth)
                {
                    await TakeRestOfMonthAsync(reader, month, group, ct);
                }

                while (!newMonth && group.Count < MaxGroupSessions && reader.TryPeek(out var next) && next.Read is { IsCompletedSuccessfully: true } ready
                       && ready.Result.Parsed is not null && !newMonths.Contains(MonthOf(next.Day)) && reader.TryRead(out _))
                {
                    group.Add((next.Day, ready.Result));
                }

                var writes = new List<SessionWrite>(group.Count);
                foreach (var (groupDay, groupRead) in group)
                {
                    var parsedDay = groupRead.Parsed!;
                    writes.Add(new SessionWrite(parsedDay, groupRead.Source, previousDay == NyseCalendar.PreviousSession(groupDay) ? previousCloses : null,
                        Stored: loaded.Contains(groupDay)));
                    previousCloses = parsedDay.Bars.ToDictionary(b => b.Ticker, b => b.Close, StringComparer.Ordinal);
                    previousDay = groupDay;
                }

                await lanes.StartAsync((lane, earlierGroups) => WriteGroupAsync(lane, newMonth ? month : null, writes, earlierGroups, startedAt, progress, ct));
                continue;
            }

            await lanes.DrainAsync();
            var writing = Stopwatch.GetTimestamp();
            var result = new SessionLoadResult(day, read.Source, read.Missing ? "missing" : "rejected", 0, 0, 0, 0, read.RejectionReason);
            await BarStore.RecordRunAsync(connection, null, result, startedAt, clock.GetUtcNow(), ct);
            Report(progress, result);
            progress.Timed(0, Stopwatch.GetElapsedTime(writing).TotalMilliseconds);
        }

        await lanes.DrainAsync();
        return null;
    }

    /// <summary>
    /// Takes the sessions of <paramref name="month"/> that follow in the channel into <paramref name="group"/>, waiting for their reads,
    /// and stops at the first that is not a parsed session of the month (left in the channel for the main loop).
    /// </summary>
    private static async Task TakeRestOfMonthAsync(ChannelReader<PendingSession> reader, DateOnly month, List<(DateOnly Day, SessionFileReadResult Read)> group,
        CancellationToken ct)
    {
        while (await reader.WaitToReadAsync(ct) && reader.TryPeek(out var next) && MonthOf(next.Day) == month && next.Read is { } pending)
        {
            try
            {
                if ((await pending).Parsed is null)
                {
                    return;
                }
            }
            catch (SessionSourceUnavailableException)
            {
                return;
            }

            reader.TryRead(out _);
            group.Add((next.Day, pending.Result));
        }
    }

    private static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>
    /// Writes one group on a lane (<see cref="SessionWriter.WriteNewMonthAsync"/> when it is the whole of <paramref name="newMonth"/>,
    /// else <see cref="SessionWriter.WriteGroupAsync"/>) and reports its sessions once committed.
    /// </summary>
    private async Task WriteGroupAsync(NpgsqlConnection connection, DateOnly? newMonth, List<SessionWrite> writes, Task earlierGroups, DateTimeOffset startedAt,
        BackfillProgress progress, CancellationToken ct)
    {
        var writing = Stopwatch.GetTimestamp();
        IReadOnlyList<SessionLoadResult> results;
        try
        {
            results = newMonth is { } month
                ? await SessionWriter.WriteNewMonthAsync(connection, month, writes, earlierGroups, startedAt, clock, ct)
                : await SessionWriter.WriteGroupAsync(connection, writes, earlierGroups, startedAt, clock, ct);
        }
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateTable or PostgresErrorCodes.InvalidObjectDefinition)
        {
            // Rows of a session, or the month's partition, appeared since the plan was made (a daily load of the same session):
            // store each session as a reload, into the partition as it now is.
            await earlierGroups;
            await SessionWriter.EnsurePartitionsAsync(connection, writes.Select(w => w.Parsed.SessionDate), ct);
            var reloaded = new List<SessionLoadResult>(writes.Count);
            foreach (var write in writes)
            {
                reloaded.Add(await SessionWriter.WriteAsync(connection, write.Parsed, write.Source, stored: true, write.PreviousCloses, startedAt, clock, ct));
            }

            results = reloaded;
        }

        foreach (var r in results)
        {
            Report(progress, r);
        }

        progress.Timed(0, Stopwatch.GetElapsedTime(writing).TotalMilliseconds);
    }

    private void Report(BackfillProgress progress, SessionLoadResult result)
    {
        progress.Committed(result.SessionDate, result.Status, result.Rows, result.Inserted, result.Quarantined);
        logger.LogDebug("Session {Session} {Status}: {Rows} rows ({Inserted} new), {Quarantined} quarantined", result.SessionDate, result.Status, result.Rows, result.Inserted, result.Quarantined);
    }

    /// <summary>Waits for the reader to stop and observes the reads still queued (a failed source fails them all alike).</summary>
    private static async Task DrainAsync(ChannelReader<PendingSession> reader, Task producer)
    {
        try
        {
            await producer;
        }
        catch (OperationCanceledException)
        {
            // Stopped on purpose: the writer failed or was cancelled.
        }

        while (reader.TryRead(out var pending))
        {
            if (pending.Read is { } read)
            {
                await read.ContinueWith(t => t.Exception, TaskScheduler.Default);
            }
        }
    }

    private static async Task<bool> ClosedDayHasFileAsync(ISessionFileSource source, DateOnly day, CancellationToken ct)
    {
        try
        {
            return await source.ExistsAsync(day, ct);
        }
        catch (SessionSourceUnavailableException)
        {
            return false;
        }
    }

    private async Task<RetentionResult> ApplyRetentionAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var tx = await connection.BeginTransactionAsync(ct);
        var retention = await RetentionStore.ApplyAsync(connection, tx, options.Value.RetentionSessions, MarketToday.Of(clock), ct);
        await tx.CommitAsync(ct);
        return retention;
    }
}
