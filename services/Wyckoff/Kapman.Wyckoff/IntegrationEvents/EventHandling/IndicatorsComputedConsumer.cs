using Kapman.Contracts;
using Kapman.Metrics.Core;
using Kapman.ServiceDefaults.MarketData;
using Kapman.ServiceDefaults.Messaging;
using Kapman.Wyckoff.Core;
using Kapman.Wyckoff.Data;

namespace Kapman.Wyckoff.IntegrationEvents.EventHandling;

/// <summary>
/// The Wyckoff stage: scores and events for every ticker of the session, one snapshot each, an alert event per
/// fired decision rule, then <see cref="WyckoffSessionAnalyzed"/>. It reads bars from the base layer and
/// recomputes the few indicators it needs with Metrics.Core, so its output depends only on the bars and its parameters.
/// The market of the relative-strength test is <see cref="MarketTicker"/>'s bars when the session has them,
/// otherwise the equal-weighted index of every history read (<see cref="MarketSeries.EqualWeighted"/>).
/// </summary>
public sealed class IndicatorsComputedConsumer(ServiceDatabase database, TimeProvider clock, MarketBarReader bars, WyckoffParameters parameters)
    : IdempotentConsumer<IndicatorsComputed>(database, clock)
{
    /// <summary>Calendar days of history read: about 140 sessions, ample for 20-session windows and 14-period Wilder indicators.</summary>
    public const int LookbackCalendarDays = 200;

    /// <summary>The ticker whose bars are the market of the relative-strength test (checklist step 4).</summary>
    public const string MarketTicker = "SPY";

    protected override string Stage => PipelineStages.Wyckoff;

    protected override async Task<StageOutcome?> HandleAsync(IndicatorsComputed message, OutboxTransaction tx, CancellationToken ct)
    {
        var stored = await bars.HistoriesAsync(message.SessionDate, LookbackCalendarDays, ct);
        var histories = stored.ToDictionary(
            h => h.Key, h => (IReadOnlyList<Bar>)h.Value.Select(b => new Bar(b.SessionDate, b.Open, b.High, b.Low, b.Close, b.Volume)).ToArray(),
            StringComparer.Ordinal);
        var market = Market(histories);
        var alerts = 0;
        foreach (var (ticker, history) in histories.OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            var snapshot = WyckoffAnalyzer.Analyze(ticker, history, parameters, market);
            await SnapshotStore.UpsertAsync(tx, snapshot, ct);
            if (snapshot.AlertKind is { } kind)
            {
                alerts++;
                await tx.PublishAsync(new WyckoffAlertRaised(message.RunId, message.SessionDate, ticker, kind, SnapshotStore.AlertScore(snapshot)), ct);
            }
        }

        await tx.PublishAsync(new WyckoffSessionAnalyzed(message.RunId, message.SessionDate, histories.Count, alerts), ct);
        return StageOutcome.Succeeded(histories.Count);
    }

    /// <summary>SPY's bars when present, otherwise the equal-weighted universe; null without any history.</summary>
    public static MarketSeries? Market(IReadOnlyDictionary<string, IReadOnlyList<Bar>> histories)
    {
        if (histories.TryGetValue(MarketTicker, out var spy) && spy.Count > 0)
        {
            return MarketSeries.FromBars(MarketTicker, spy);
        }

        return histories.Count == 0 ? null : MarketSeries.EqualWeighted(histories.Values);
    }
}
