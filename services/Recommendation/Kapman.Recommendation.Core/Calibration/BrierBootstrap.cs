namespace Kapman.Recommendation.Core.Calibration;

/// <summary>
/// Percentile bootstrap (Efron and Tibshirani 1993, ch. 13) of the Brier skill score 1 − Brier / (b(1 − b)), b the
/// resample's own hit rate (the climatological reference of <see cref="Outcomes.AccuracyGroup"/>). Deterministic:
/// resamples draw indices from <see cref="Random"/> seeded with <c>seed</c>. Pure.
/// </summary>
public static class BrierBootstrap
{
    /// <summary>The skill of (p, o) pairs; null when every outcome is the same.</summary>
    public static double? Skill(IReadOnlyList<(double P, bool O)> calls)
    {
        ArgumentNullException.ThrowIfNull(calls);
        if (calls.Count == 0)
        {
            return null;
        }

        var rate = calls.Average(c => c.O ? 1.0 : 0.0);
        var brier = calls.Average(c => Math.Pow(c.P - (c.O ? 1 : 0), 2));
        return rate * (1 - rate) > 0 ? 1 - (brier / (rate * (1 - rate))) : null;
    }

    /// <summary>
    /// The (lower, upper) percentile interval at <paramref name="level"/> (e.g. 0.95) over <paramref name="resamples"/>
    /// resamples with replacement; null when no resample has a defined skill.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">resamples &lt; 1 or level outside (0, 1).</exception>
    public static (double Lower, double Upper)? SkillInterval(IReadOnlyList<(double P, bool O)> calls, int resamples, int seed, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(calls);
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 1);
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The level must lie in (0, 1).");
        }

        var random = new Random(seed);
        var skills = new List<double>(resamples);
        var sample = new (double P, bool O)[calls.Count];
        for (var r = 0; r < resamples && calls.Count > 0; r++)
        {
            for (var i = 0; i < sample.Length; i++)
            {
                sample[i] = calls[random.Next(calls.Count)];
            }

            if (Skill(sample) is { } s)
            {
                skills.Add(s);
            }
        }

        if (skills.Count == 0)
        {
            return null;
        }

        skills.Sort();
        var tail = (1 - level) / 2;
        return (Quantile(skills, tail), Quantile(skills, 1 - tail));
    }

    /// <summary>Linear-interpolated quantile of sorted values (type 7, Hyndman and Fan 1996).</summary>
    private static double Quantile(List<double> sorted, double q)
    {
        var h = (sorted.Count - 1) * q;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}
