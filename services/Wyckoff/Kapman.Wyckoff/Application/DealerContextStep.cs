using Kapman.Contracts;
using Kapman.MarketData.Postgres;
using Kapman.ServiceDefaults.Messaging;
using Kapman.Wyckoff.Core;
using Kapman.Wyckoff.Data;

namespace Kapman.Wyckoff.Application;

/// <summary>
/// Keeps the session's dealer context as the Options service announced it in <see cref="OptionMetricsComputed.DealerMetrics"/>
/// (the service reads no options table): one <see cref="DealerContext"/> with its <see cref="DealerContext.Describe"/> sentence
/// per underlying with a positive spot, stored by <see cref="DealerContextStore"/>, and the session's snapshots already stored for
/// those underlyings brought to what the analysis gives with the context (<see cref="WyckoffDailyStep.ReanalyzeAsync"/>), in the same
/// transaction: the context and the analysis run side by side after MarketSessionIngested, and either may come first.
/// </summary>
public static class DealerContextStep
{
    /// <summary>
    /// Stores the context of every underlying of <paramref name="metrics"/> with a positive spot on <paramref name="session"/> in
    /// <paramref name="tx"/>, holding the session's <see cref="DealerContextLock"/> exclusive, and re-analyses their stored snapshots
    /// with it. Idempotent: a redelivered or replayed event stores the same context and gives the same snapshots.
    /// </summary>
    /// <returns>How many contexts were stored and how many snapshots were brought up to date.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async Task<(int Contexts, int Snapshots)> RunAsync(
        OutboxTransaction tx, MarketBarReader bars, WyckoffParameters parameters, DateOnly session, IReadOnlyList<UnderlyingDealerMetrics> metrics,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentNullException.ThrowIfNull(bars);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(metrics);
        var contexts = metrics.Where(m => m.Spot > 0).OrderBy(m => m.Underlying, StringComparer.Ordinal)
            .Select(m => new DealerContext(m.Underlying, session, m.Spot, m.NetGex, m.GammaFlip, m.Dgpi, m.Position, m.CallWall, m.PutWall, m.ModelVersion))
            .ToArray();
        if (contexts.Length == 0)
        {
            return (0, 0);
        }

        await DealerContextLock.ExclusiveAsync(tx, session, ct);
        foreach (var context in contexts)
        {
            await DealerContextStore.UpsertAsync(tx, context, ct);
        }

        // Re-read as stored, so the snapshot is analysed on exactly the figures a later shard would read.
        var announced = contexts.Select(c => c.Ticker).ToHashSet(StringComparer.Ordinal);
        var stored = await DealerContextStore.SessionAsync(tx, session, announced.Contains, ct);
        return (contexts.Length, await WyckoffDailyStep.ReanalyzeAsync(tx, bars, parameters, session, stored, ct));
    }
}
