using Kapman.Contracts;
using Kapman.MarketData;
using Kapman.MarketData.Postgres;
using Kapman.ServiceDefaults.Messaging;
using Kapman.Wyckoff.Core;
using Kapman.Wyckoff.Data;

namespace Kapman.Wyckoff.Application;

/// <summary>
/// The Wyckoff stage's work for one session (issue 5 §7), done per ticker shard by <see cref="IntegrationEvents.EventHandling.AnalysisShardConsumer"/>
/// (<see cref="RunShardAsync"/>) and whole by the daily-run benchmark (<see cref="RunAsync"/>): reads the histories of every ticker with a bar on the session
/// (<see cref="LookbackCalendarDays"/> calendar days, from the base layer), analyses every ticker against the market of
/// <see cref="Market"/> (in parallel: the analysis is pure), upserts one snapshot each in one statement and, in the same
/// transaction, writes a <see cref="WyckoffAlertRaised"/> per fired decision rule and event alert (<see cref="SnapshotStore.Alerts"/>: in
/// ordinal ticker order, the score alert first) and finally
/// <see cref="WyckoffSessionAnalyzed"/> to the outbox.
/// </summary>
public static class WyckoffDailyStep
{
    /// <summary>Calendar days of history read: about 140 sessions, ample for 20-session windows and 14-period Wilder indicators.</summary>
    public const int LookbackCalendarDays = 200;

    /// <summary>The ticker whose bars are the market of the relative-strength test (checklist step 4).</summary>
    public const string MarketTicker = "SPY";

    /// <summary>
    /// Runs the step for every ticker of <paramref name="message"/>'s session inside <paramref name="tx"/> (one shard,
    /// <see cref="TickerShard.Whole"/>) and publishes <see cref="WyckoffSessionAnalyzed"/> (the caller commits).
    /// </summary>
    /// <returns>The number of tickers analysed (one snapshot each) and of alerts raised.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async Task<(int Tickers, int Alerts)> RunAsync(
        OutboxTransaction tx, MarketBarReader bars, WyckoffParameters parameters, MarketSessionIngested message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentNullException.ThrowIfNull(message);
        var (tickers, alerts) = await RunShardAsync(tx, bars, parameters, message.RunId, message.SessionDate, TickerShard.Whole, ct);
        await tx.PublishAsync(new WyckoffSessionAnalyzed(message.RunId, message.SessionDate, tickers, alerts), ct);
        return (tickers, alerts);
    }

    /// <summary>
    /// Analyses the tickers of <paramref name="session"/> in <paramref name="shard"/> inside <paramref name="tx"/>: their snapshots
    /// upserted and a <see cref="WyckoffAlertRaised"/> per alert, in ordinal ticker order. The market is the same for every shard
    /// (<see cref="Market"/> of the whole session): <see cref="MarketTicker"/>'s bars, read beside the shard's, or, when the session
    /// has none, the equal-weighted universe, for which every history is read. A ticker whose dealer context of the session is stored
    /// (<see cref="DealerContextStore"/>) is analysed with it, so its snapshot carries the dealer features; the session's
    /// <see cref="DealerContextLock"/> is held shared first, so a context that arrives meanwhile waits for this shard's commit and then
    /// brings its snapshots up to date (<see cref="ReanalyzeAsync"/>).
    /// </summary>
    /// <returns>The number of tickers analysed and of alerts raised.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async Task<(int Tickers, int Alerts)> RunShardAsync(
        OutboxTransaction tx, MarketBarReader bars, WyckoffParameters parameters, Guid runId, DateOnly session, TickerShard shard, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentNullException.ThrowIfNull(bars);
        ArgumentNullException.ThrowIfNull(parameters);
        await DealerContextLock.SharedAsync(tx, session, ct);
        var dealers = await DealerContextStore.SessionAsync(tx, session, shard.Contains, ct);
        var snapshots = await AnalyzeSessionAsync(bars, parameters, session, shard.Contains, dealers, ct);
        await SnapshotStore.UpsertAllAsync(tx, snapshots, ct);
        var alerts = 0;
        foreach (var (ticker, kind, score) in snapshots.SelectMany(SnapshotStore.Alerts))
        {
            alerts++;
            await tx.PublishAsync(new WyckoffAlertRaised(runId, session, ticker, kind, score), ct);
        }

        return (snapshots.Length, alerts);
    }

    /// <summary>
    /// Brings the stored snapshots of <paramref name="session"/> to what the daily run gives with the dealer contexts
    /// <paramref name="dealers"/> (they arrived after the session was analysed): each ticker of <paramref name="dealers"/> with a
    /// snapshot of <paramref name="parameters"/>' model version on the session is analysed again through the same code as
    /// <see cref="RunShardAsync"/>, with its context, and upserted in <paramref name="tx"/>. The scores, events and signals do not read
    /// the context, so only the features change: the row stays the same model version (updated in place, <c>computed_at</c> moves),
    /// no version is added and no alert is published again (the upsert keeps the alert rows as they are). Tickers not analysed yet are
    /// left to their shard, which reads the stored context. The caller holds the session's <see cref="DealerContextLock"/> exclusive.
    /// </summary>
    /// <returns>The number of snapshots brought up to date.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async Task<int> ReanalyzeAsync(
        OutboxTransaction tx, MarketBarReader bars, WyckoffParameters parameters, DateOnly session, IReadOnlyDictionary<string, DealerContext> dealers,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentNullException.ThrowIfNull(bars);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(dealers);
        var stored = (await SnapshotStore.StoredTickersAsync(tx, session, parameters.ModelVersion, [.. dealers.Keys], ct)).ToHashSet(StringComparer.Ordinal);
        if (stored.Count == 0)
        {
            return 0;
        }

        var snapshots = await AnalyzeSessionAsync(bars, parameters, session, stored.Contains, dealers, ct);
        await SnapshotStore.UpsertAllAsync(tx, snapshots, ct);
        return snapshots.Length;
    }

    /// <summary>
    /// The snapshots of the tickers of <paramref name="session"/> that <paramref name="include"/> accepts, in ordinal ticker order,
    /// analysed against the session's market (<see cref="Market"/> of the whole session) with their dealer contexts where given.
    /// </summary>
    private static async Task<WyckoffSnapshot[]> AnalyzeSessionAsync(
        MarketBarReader bars, WyckoffParameters parameters, DateOnly session, Predicate<string> include,
        IReadOnlyDictionary<string, DealerContext> dealers, CancellationToken ct)
    {
        var read = await bars.HistoriesAsync(session, LookbackCalendarDays, t => include(t) || t == MarketTicker, ct);
        var universe = read.ContainsKey(MarketTicker) ? read : await bars.HistoriesAsync(session, LookbackCalendarDays, ct);
        var market = Market(universe.ToDictionary(h => h.Key, h => (IReadOnlyList<Bar>)h.Value, StringComparer.Ordinal));
        var histories = read.Where(h => include(h.Key)).ToDictionary(h => h.Key, h => (IReadOnlyList<Bar>)h.Value, StringComparer.Ordinal);
        return AnalyzeAgainst(histories, parameters, market, dealers);
    }

    /// <summary>
    /// The session's snapshots, one per ticker of <paramref name="histories"/> in ordinal ticker order, each analysed on its
    /// history against the market of <see cref="Market"/>. Tickers are independent and the analysis is pure, so they are
    /// analysed on all cores; the result does not depend on the order they finish in.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A history is invalid (see <see cref="WyckoffAnalyzer.Analyze"/>).</exception>
    public static WyckoffSnapshot[] Analyze(IReadOnlyDictionary<string, IReadOnlyList<Bar>> histories, WyckoffParameters parameters) =>
        AnalyzeAgainst(histories, parameters, Market(histories ?? throw new ArgumentNullException(nameof(histories))));

    /// <summary>
    /// <see cref="Analyze(IReadOnlyDictionary{string, IReadOnlyList{Bar}}, WyckoffParameters)"/> against a given
    /// <paramref name="market"/> (a shard's tickers against the whole session's market), each ticker with its dealer context of the
    /// session from <paramref name="dealers"/> when there is one (none: null).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="market"/> and <paramref name="dealers"/> is null.</exception>
    /// <exception cref="ArgumentException">A history is invalid, or a context is of another session (see <see cref="WyckoffAnalyzer.Analyze"/>).</exception>
    public static WyckoffSnapshot[] AnalyzeAgainst(
        IReadOnlyDictionary<string, IReadOnlyList<Bar>> histories, WyckoffParameters parameters, MarketSeries? market,
        IReadOnlyDictionary<string, DealerContext>? dealers = null)
    {
        ArgumentNullException.ThrowIfNull(histories);
        ArgumentNullException.ThrowIfNull(parameters);
        var ordered = histories.OrderBy(h => h.Key, StringComparer.Ordinal).ToArray();
        var snapshots = new WyckoffSnapshot[ordered.Length];
        Parallel.For(0, ordered.Length, i => snapshots[i] = WyckoffAnalyzer.Analyze(
            ordered[i].Key, ordered[i].Value, parameters, market, dealers?.GetValueOrDefault(ordered[i].Key)));
        return snapshots;
    }

    /// <summary>SPY's bars when present, otherwise the equal-weighted universe; null without any history.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="histories"/> is null.</exception>
    public static MarketSeries? Market(IReadOnlyDictionary<string, IReadOnlyList<Bar>> histories)
    {
        ArgumentNullException.ThrowIfNull(histories);
        if (histories.TryGetValue(MarketTicker, out var spy) && spy.Count > 0)
        {
            return MarketSeries.FromBars(MarketTicker, spy);
        }

        return histories.Count == 0 ? null : MarketSeries.EqualWeighted(histories.Values);
    }
}
