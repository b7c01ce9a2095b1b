namespace Kapman.Recommendation.Core.Outcomes;

/// <summary>Aggregates scored calls (formulas on <see cref="AccuracyGroup"/>; Brier 1950, climatology as reference forecast).</summary>
public static class AccuracyAggregator
{
    /// <summary>The summary of <paramref name="calls"/> with <paramref name="buckets"/> equal-width confidence buckets over [0, 1].</summary>
    /// <exception cref="ArgumentOutOfRangeException">buckets &lt; 1.</exception>
    public static AccuracySummary Summarize(IReadOnlyList<ScoredCall> calls, int buckets = 10)
    {
        ArgumentNullException.ThrowIfNull(calls);
        ArgumentOutOfRangeException.ThrowIfLessThan(buckets, 1);
        return new AccuracySummary(
            Group("ALL", calls),
            By(calls, c => c.Phase),
            By(calls, c => c.Strategy),
            By(calls, c => c.Signal),
            Enumerable.Range(0, buckets).Select(i => Bucket(calls, i, buckets)).ToList());
    }

    /// <summary>The accuracy of one group; an empty group has zero counts and rates.</summary>
    public static AccuracyGroup Group(string key, IReadOnlyCollection<ScoredCall> calls)
    {
        ArgumentNullException.ThrowIfNull(calls);
        if (calls.Count == 0)
        {
            return new AccuracyGroup(key, 0, 0, 0, 0, null);
        }

        var rate = calls.Average(c => c.DirectionCorrect ? 1.0 : 0.0);
        var brier = calls.Average(c => Math.Pow(c.Confidence - (c.DirectionCorrect ? 1.0 : 0.0), 2));
        var baseline = rate * (1 - rate);
        return new AccuracyGroup(key, calls.Count, rate, brier, baseline, baseline > 0 ? 1 - brier / baseline : null);
    }

    private static List<AccuracyGroup> By(IReadOnlyList<ScoredCall> calls, Func<ScoredCall, string> key) =>
        calls.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Group(g.Key, g.ToList())).ToList();

    private static ReliabilityBucket Bucket(IReadOnlyList<ScoredCall> calls, int index, int buckets)
    {
        var lower = index / (double)buckets;
        var upper = (index + 1) / (double)buckets;
        var inside = calls.Where(c => c.Confidence >= lower && (c.Confidence < upper || (index == buckets - 1 && c.Confidence <= upper))).ToList();
        return inside.Count == 0
            ? new ReliabilityBucket(lower, upper, 0, null, null)
            : new ReliabilityBucket(lower, upper, inside.Count, inside.Average(c => c.Confidence), inside.Average(c => c.DirectionCorrect ? 1.0 : 0.0));
    }
}
