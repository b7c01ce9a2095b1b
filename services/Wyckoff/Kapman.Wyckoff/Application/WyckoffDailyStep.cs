using Kapman.Contracts;
using Kapman.MarketData;
using Kapman.MarketData.Postgres;
using Kapman.ServiceDefaults.Messaging;
using Kapman.Wyckoff.Core;
using Kapman.Wyckoff.Data;

namespace Kapman.Wyckoff.Application;

/// <summary>
/// The Wyckoff stage's work for one session (issue 5 §7), shared by <see cref="IntegrationEvents.EventHandling.MarketSessionIngestedConsumer"/>
/// and the daily-run benchmark: reads the histories of every ticker with a bar on the session
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

    /// <summary>Runs the step for <paramref name="message"/>'s session inside <paramref name="tx"/> (the caller commits).</summary>
    /// <returns>The number of tickers analysed (one snapshot each) and of alerts raised.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async Task<(int Tickers, int Alerts)> RunAsync(
        OutboxTransaction tx, MarketBarReader bars, WyckoffParameters parameters, MarketSessionIngested message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentNullException.ThrowIfNull(bars);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(message);
        var stored = await bars.HistoriesAsync(message.SessionDate, LookbackCalendarDays, ct);
        var histories = stored.ToDictionary(
            h => h.Key, h => (IReadOnlyList<Bar>)h.Value,
            StringComparer.Ordinal);
        var snapshots = Analyze(histories, parameters);
        await SnapshotStore.UpsertAllAsync(tx, snapshots, ct);
        var alerts = 0;
        foreach (var (ticker, kind, score) in snapshots.SelectMany(SnapshotStore.Alerts))
        {
            alerts++;
            await tx.PublishAsync(new WyckoffAlertRaised(message.RunId, message.SessionDate, ticker, kind, score), ct);
        }

        await tx.PublishAsync(new WyckoffSessionAnalyzed(message.RunId, message.SessionDate, histories.Count, alerts), ct);
        return (histories.Count, alerts);
    }

    /// <summary>
    /// The session's snapshots, one per ticker of <paramref name="histories"/> in ordinal ticker order, each analysed on its
    /// history against the market of <see cref="Market"/>. Tickers are independent and the analysis is pure, so they are
    /// analysed on all cores; the result does not depend on the order they finish in.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A history is invalid (see <see cref="WyckoffAnalyzer.Analyze"/>).</exception>
    public static WyckoffSnapshot[] Analyze(IReadOnlyDictionary<string, IReadOnlyList<Bar>> histories, WyckoffParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(histories);
        ArgumentNullException.ThrowIfNull(parameters);
        var market = Market(histories);
        var ordered = histories.OrderBy(h => h.Key, StringComparer.Ordinal).ToArray();
        var snapshots = new WyckoffSnapshot[ordered.Length];
        Parallel.For(0, ordered.Length, i => snapshots[i] = WyckoffAnalyzer.Analyze(ordered[i].Key, ordered[i].Value, parameters, market));
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
