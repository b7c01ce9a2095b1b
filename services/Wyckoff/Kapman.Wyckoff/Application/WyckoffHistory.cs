using Kapman.MarketData;
using Kapman.MarketData.Postgres;
using Kapman.ServiceDefaults.Data;
using Kapman.ServiceDefaults.History;
using Kapman.Wyckoff.Core;
using Kapman.Wyckoff.Data;
using Npgsql;

namespace Kapman.Wyckoff.Application;

/// <summary>
/// The Wyckoff history path (issue 22 item 2): snapshots (scores, events, phase, checklist) and alert rows for every session of
/// a range, in session order. The bars of the range and of the <see cref="WyckoffDailyStep.LookbackCalendarDays"/> before it are
/// read once; each ticker's series is analysed once over the range in session order (<see cref="WyckoffSeriesAnalyzer"/>, tickers
/// on all cores), against each session's market as the daily step chooses it (<see cref="WyckoffDailyStep.Market"/> of the
/// session's histories, <see cref="HistoryWindows"/>) and with the dealer contexts stored for the range (<see cref="DealerContextStore"/>),
/// so every row equals the daily step's for that session, dealer features included.
/// Sessions are written <see cref="SessionsPerCommit"/> at a time by the daily step's upsert, each batch in its own transaction,
/// while the next batch is analysed; a batch's JSON columns are written on all cores before it goes to the writer
/// (<see cref="SnapshotJson"/>), so the write itself is PostgreSQL's work, and up to <see cref="WritesInFlight"/> batches are
/// written at once, committed in session order. Nothing is published: history does not re-announce old alerts to the bus (the alert rows
/// are stored, once per ticker, session and kind, as the daily step stores them).
/// </summary>
public sealed class WyckoffHistory(NpgsqlDataSource database, [FromKeyedServices(ReadContracts.MarketData)] NpgsqlDataSource marketData, WyckoffParameters parameters)
    : IHistoryComputer
{
    /// <summary>Sessions per write transaction.</summary>
    public const int SessionsPerCommit = 10;

    /// <summary>
    /// Batches written at once, each on its own connection. One PostgreSQL backend inserting a batch took about twice as long
    /// as the next batch's analysis on two cores (history benchmark: 1.5-1.7 s against 0.7-1.0 s), so with one writer the analysis
    /// waited and a core stood idle. Batches hold different sessions, so their rows never conflict.
    /// </summary>
    private const int WritesInFlight = 2;

    /// <inheritdoc />
    public string Unit => "sessions";

    /// <inheritdoc />
    public async Task RunAsync(DateOnly first, DateOnly last, HistoryProgress progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(progress);
        Dictionary<string, Bar[]> bars;
        await using (var connection = await marketData.OpenConnectionAsync(ct))
        {
            var read = await MarketBarReader.RangeAsync(connection, first.AddDays(-WyckoffDailyStep.LookbackCalendarDays), last, ct);
            bars = read.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        }

        IReadOnlyDictionary<(string Ticker, DateOnly Session), DealerContext> dealers;
        await using (var connection = await database.OpenConnectionAsync(ct))
        {
            dealers = await DealerContextStore.RangeAsync(connection, first, last, ct);
        }

        var sessions = HistoryWindows.Sessions(bars, first, last);
        progress.Plan(sessions.Length);
        var analyzers = Analyzers(bars, parameters);
        var writing = new Queue<Task>();
        Task? latest = null;
        try
        {
            foreach (var batch in sessions.Chunk(SessionsPerCommit))
            {
                var snapshots = Analyze(bars, analyzers, batch, dealers);
                var rows = new SnapshotJson[snapshots.Length];
                Parallel.For(0, rows.Length, i => rows[i] = SnapshotJson.Of(snapshots[i]));
                if (writing.Count == WritesInFlight)
                {
                    await writing.Dequeue();
                }

                latest = WriteAsync(batch.Length, rows, latest, progress, ct);
                writing.Enqueue(latest);
            }

            await Task.WhenAll(writing);
        }
        catch
        {
            // No write outlives the run: the ones still in flight roll back (each waits for the failed one) before it fails.
            await Task.WhenAll(writing).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }
    }

    /// <summary>One analyzer per ticker of <paramref name="bars"/>, in ordinal ticker order (the order of a session's rows).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static WyckoffSeriesAnalyzer[] Analyzers(IReadOnlyDictionary<string, Bar[]> bars, WyckoffParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(bars);
        return [.. bars.Keys.Order(StringComparer.Ordinal).Select(t => new WyckoffSeriesAnalyzer(t, bars[t], WyckoffDailyStep.LookbackCalendarDays, parameters))];
    }

    /// <summary>
    /// The snapshots of <paramref name="sessions"/> (ascending) in session order, each session's in ordinal ticker order: what
    /// <see cref="WyckoffDailyStep.Analyze"/> gives on each session's histories.
    /// </summary>
    /// <param name="bars">Each ticker's bars (for the sessions' markets).</param>
    /// <param name="analyzers">From <see cref="Analyzers"/> on the same bars; reused across calls in session order.</param>
    /// <param name="sessions">Sessions, ascending.</param>
    /// <param name="dealers">Stored dealer contexts by ticker and session (none: null).</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="dealers"/> is null.</exception>
    public static WyckoffSnapshot[] Analyze(
        IReadOnlyDictionary<string, Bar[]> bars, WyckoffSeriesAnalyzer[] analyzers, IReadOnlyList<DateOnly> sessions,
        IReadOnlyDictionary<(string Ticker, DateOnly Session), DealerContext>? dealers = null)
    {
        ArgumentNullException.ThrowIfNull(analyzers);
        ArgumentNullException.ThrowIfNull(sessions);
        var markets = sessions.ToDictionary(s => s, s => WyckoffDailyStep.Market(HistoryWindows.Of(bars, s, WyckoffDailyStep.LookbackCalendarDays)));
        var byTicker = new WyckoffSnapshot?[analyzers.Length][];
        Parallel.For(0, analyzers.Length, i => byTicker[i] = analyzers[i].Analyze(
            sessions, s => markets[s], dealers is null ? null : s => dealers.GetValueOrDefault((analyzers[i].Ticker, s))));
        var snapshots = new List<WyckoffSnapshot>();
        for (var s = 0; s < sessions.Count; s++)
        {
            snapshots.AddRange(byTicker.Select(t => t[s]).OfType<WyckoffSnapshot>());
        }

        return [.. snapshots];
    }

    /// <summary>
    /// Writes one batch in its own transaction and commits it after <paramref name="previous"/> (the batch before) has committed,
    /// so batches commit in session order and none commits after an earlier one failed.
    /// </summary>
    private async Task WriteAsync(int sessions, SnapshotJson[] rows, Task? previous, HistoryProgress progress, CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await SnapshotStore.UpsertRowsAsync(connection, transaction, rows, ct);
        if (previous is not null)
        {
            await previous;
        }

        await transaction.CommitAsync(ct);
        progress.Committed(sessions, rows.Length);
    }
}
