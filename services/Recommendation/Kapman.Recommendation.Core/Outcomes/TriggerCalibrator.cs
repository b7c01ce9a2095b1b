namespace Kapman.Recommendation.Core.Outcomes;

/// <summary>
/// Calibrates a call's confidence with the past hit rate of its triggering event, using only calls resolved
/// strictly before the as-of date (no look-ahead). With h hits out of n such calls, a rule confidence p₀ and the
/// pseudo-count k: p = (h + k·p₀) / (n + k), the posterior mean of a Beta prior of strength k centred on p₀
/// (a beta-binomial shrinkage estimate). n = 0 gives p₀; n ≫ k gives the empirical rate h / n.
/// </summary>
public sealed class TriggerCalibrator
{
    private readonly Dictionary<string, (DateOnly[] Dates, int[] HitsBefore)> byTrigger;
    private readonly double pseudoCount;

    /// <summary>Indexes <paramref name="history"/> (any order) by trigger.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pseudoCount"/> negative or not finite.</exception>
    public TriggerCalibrator(IEnumerable<ResolvedCall> history, double pseudoCount)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (!double.IsFinite(pseudoCount) || pseudoCount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(pseudoCount), pseudoCount, "The pseudo-count must be finite and non-negative.");
        }

        this.pseudoCount = pseudoCount;
        byTrigger = history.GroupBy(c => c.Trigger, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g =>
            {
                var sorted = g.OrderBy(c => c.ResolvedOn).ToArray();
                var hits = new int[sorted.Length + 1];
                for (var i = 0; i < sorted.Length; i++)
                {
                    hits[i + 1] = hits[i] + (sorted[i].DirectionCorrect ? 1 : 0);
                }

                return (sorted.Select(c => c.ResolvedOn).ToArray(), hits);
            },
            StringComparer.Ordinal);
    }

    /// <summary>(n, h): the calls of <paramref name="trigger"/> resolved before <paramref name="asOf"/>, and how many were right.</summary>
    public (int Count, int Hits) Evidence(string trigger, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        if (!byTrigger.TryGetValue(trigger, out var index))
        {
            return (0, 0);
        }

        var position = Array.BinarySearch(index.Dates, asOf);
        var count = position >= 0 ? FirstAtOrAfter(index.Dates, position) : ~position;
        return (count, index.HitsBefore[count]);
    }

    /// <summary>
    /// The calibrated confidence in [0, 1] (formula above); <paramref name="prior"/> itself when the trigger is null or
    /// there is no evidence and k &gt; 0; the prior too when k = 0 and n = 0.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="prior"/> outside [0, 1].</exception>
    public double Confidence(string? trigger, double prior, DateOnly asOf)
    {
        if (!(prior >= 0 && prior <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(prior), prior, "The prior must lie in [0, 1].");
        }

        if (trigger is null)
        {
            return prior;
        }

        var (n, h) = Evidence(trigger, asOf);
        return n + pseudoCount == 0 ? prior : (h + pseudoCount * prior) / (n + pseudoCount);
    }

    /// <summary>Index of the first date equal to dates[found] (BinarySearch may land on any of equal dates).</summary>
    private static int FirstAtOrAfter(DateOnly[] dates, int found)
    {
        while (found > 0 && dates[found - 1] == dates[found])
        {
            found--;
        }

        return found;
    }
}
