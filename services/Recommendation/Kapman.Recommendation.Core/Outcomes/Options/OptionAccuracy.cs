using Kapman.Recommendation.Core.Strategies;

namespace Kapman.Recommendation.Core.Outcomes.Options;

/// <summary>Aggregates the stored option marks overall and by strategy (issue 22 item 5; the seed 000 §5.5 success threshold is the 50% target).</summary>
public static class OptionAccuracy
{
    /// <summary>The overall group (key <c>ALL</c>) first, then one per strategy in ordinal order; empty input gives an empty list.</summary>
    public static IReadOnlyList<OptionAccuracyGroup> Summarize(IReadOnlyList<MarkedPosition> marked)
    {
        ArgumentNullException.ThrowIfNull(marked);
        if (marked.Count == 0)
        {
            return [];
        }

        return [Group("ALL", marked), .. marked.GroupBy(m => m.Strategy, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Group(g.Key, [.. g]))];
    }

    private static OptionAccuracyGroup Group(string key, IReadOnlyList<MarkedPosition> g)
    {
        var targets = g.Count(m => m.HitProfitTarget);
        return new OptionAccuracyGroup(
            key, g.Count, g.Count(m => OptionOutcomeStatus.IsFinal(m.Status)), targets, g.Count(m => m.HitStop), g.Count(m => m.Assigned == true),
            g.Count(m => m.Strategy == StrategyCodes.CashSecuredPut && m.Status == OptionOutcomeStatus.Expired), g.Count(m => m.ModelPriced),
            g.Average(m => m.PnlPerContract), (double)targets / g.Count);
    }
}
