using System.Collections.Concurrent;
using Kapman.Contracts;
using Kapman.MarketData.Postgres;
using Kapman.Metrics.Core;
using Kapman.Metrics.Data;
using Kapman.ServiceDefaults.Messaging;
using Npgsql;

namespace Kapman.Metrics.Application;

/// <summary>
/// The metrics daily step for every ticker with a bar on the session, in the caller's transaction. Each ticker
/// continues from its state saved after its previous bar (<see cref="DailyIndicatorCalculator.TryContinue"/>);
/// a ticker whose state cannot be continued (first run, new listing, a missed session, a re-adjusted bar) is
/// recomputed from its full stored history. Either way the stored snapshot equals a full recompute from the
/// first stored bar. Reads: two queries (recent bars of all tickers, their states) plus one for the fallbacks;
/// writes: one upsert of the snapshots and one binary COPY of the states.
/// </summary>
public static class DailyIndicatorStep
{
    /// <summary>Calendar days of recent bars read to find each ticker's previous bar.</summary>
    public const int RecentCalendarDays = IndicatorStateStore.RetentionDays;

    /// <summary>
    /// Runs the step for every ticker of <paramref name="session"/> (one shard, <see cref="TickerShard.Whole"/>) and prunes the
    /// states past retention, in <paramref name="tx"/>.
    /// </summary>
    public static async Task<DailyStepOutcome> RunAsync(OutboxTransaction tx, NpgsqlDataSource marketData, DateOnly session, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        await IndicatorStateStore.PruneAsync(tx.Connection, tx.Transaction, session, ct);
        return await RunShardAsync(tx, marketData, session, TickerShard.Whole, ct);
    }

    /// <summary>
    /// Runs the step for the tickers of <paramref name="session"/> in <paramref name="shard"/> and stores their snapshots and
    /// states in <paramref name="tx"/>, reading the bars on <paramref name="marketData"/> (Ingestion's read contract, committed
    /// before the session was announced). Rows of other tickers are left alone, so shards may run side by side.
    /// </summary>
    public static async Task<DailyStepOutcome> RunShardAsync(OutboxTransaction tx, NpgsqlDataSource marketData, DateOnly session, TickerShard shard, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentNullException.ThrowIfNull(marketData);
        await using var bars = await marketData.OpenConnectionAsync(ct);
        var tickers = (await MarketBarReader.SessionTickersAsync(bars, session, ct)).Where(shard.Contains).ToArray();
        var recent = await MarketBarReader.RecentAsync(bars, session, RecentCalendarDays, tickers, ct);
        var states = await IndicatorStateStore.PreviousAsync(tx.Connection, tx.Transaction, session, tickers, ct);
        var steps = new ConcurrentDictionary<string, DailyStep>(StringComparer.Ordinal);
        // Tickers are independent and the calculation is pure, so they are computed on all cores.
        Parallel.ForEach(recent, pair =>
        {
            if (states.TryGetValue(pair.Key, out var state) && DailyIndicatorCalculator.TryContinue(pair.Key, state, pair.Value) is { } step)
            {
                steps[pair.Key] = step;
            }
        });
        var continued = steps.Count;
        var fallback = recent.Keys.Where(t => !steps.ContainsKey(t)).ToList();
        if (fallback.Count > 0)
        {
            var histories = await MarketBarReader.HistoriesAsync(bars, fallback, session, ct);
            Parallel.ForEach(histories, pair => steps[pair.Key] = DailyIndicatorCalculator.Recompute(pair.Key, pair.Value));
        }

        var ordered = steps.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        await IndicatorStore.UpsertAsync(tx, ordered.Select(p => p.Value.Snapshot).ToList(), ct);
        await IndicatorStateStore.SaveAsync(tx.Connection, tx.Transaction, session, tickers, ordered.Select(p => (p.Key, p.Value.State)).ToList(), ct);
        return new DailyStepOutcome(ordered.Count, continued, ordered.Count - continued);
    }
}
