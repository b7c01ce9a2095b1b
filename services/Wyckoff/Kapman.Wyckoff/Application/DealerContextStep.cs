using Kapman.Contracts;
using Kapman.ServiceDefaults.Messaging;
using Kapman.Wyckoff.Core;
using Kapman.Wyckoff.Data;

namespace Kapman.Wyckoff.Application;

/// <summary>
/// Keeps the session's dealer context as the Options service announced it in <see cref="OptionMetricsComputed.DealerMetrics"/>
/// (the service reads no options table): one <see cref="DealerContext"/> with its <see cref="DealerContext.Describe"/> sentence
/// per underlying with a positive spot, stored by <see cref="DealerContextStore"/>.
/// </summary>
public static class DealerContextStep
{
    /// <summary>Stores the context of every underlying of <paramref name="metrics"/> with a positive spot on <paramref name="session"/> in <paramref name="tx"/>; returns how many.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async Task<int> RunAsync(OutboxTransaction tx, DateOnly session, IReadOnlyList<UnderlyingDealerMetrics> metrics, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentNullException.ThrowIfNull(metrics);
        var contexts = metrics.Where(m => m.Spot > 0).OrderBy(m => m.Underlying, StringComparer.Ordinal)
            .Select(m => new DealerContext(m.Underlying, session, m.Spot, m.NetGex, m.GammaFlip, m.Dgpi, m.Position, m.CallWall, m.PutWall, m.ModelVersion))
            .ToArray();
        foreach (var context in contexts)
        {
            await DealerContextStore.UpsertAsync(tx, context, ct);
        }

        return contexts.Length;
    }
}
