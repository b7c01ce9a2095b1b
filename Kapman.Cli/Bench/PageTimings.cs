namespace Kapman.Cli.Bench;

/// <summary>
/// The figures for one page: percentiles by the nearest-rank method (the ⌈p·n⌉-th smallest of n samples, as in
/// NIST's and Hyndman &amp; Fan's "definition 1"; no interpolation), the maximum and the mean body size.
/// </summary>
/// <param name="Page">The page measured.</param>
/// <param name="Count">Successful timed requests.</param>
/// <param name="Failures">Timed requests that did not answer 200 (including 429s), not part of the figures.</param>
/// <param name="P50">Median time in ms (NaN without samples).</param>
/// <param name="P95">95th percentile time in ms (NaN without samples).</param>
/// <param name="Max">Slowest time in ms (NaN without samples).</param>
/// <param name="MeanBytes">Mean response body size in bytes, rounded half away from zero (0 without samples).</param>
/// <param name="Source">Clock of the samples: server when every sample had a Server-Timing duration, else client.</param>
internal sealed record PageTimings(BenchPage Page, int Count, int Failures, double P50, double P95, double Max, long MeanBytes, TimeSource Source)
{
    /// <summary>Absorbs binary rounding in p·n (0.95 is not exact), so 0.95 × 20 ranks 19, not 20.</summary>
    private const double RankTolerance = 1e-9;

    /// <summary>Nearest-rank percentile of <paramref name="values"/> (any order); NaN for an empty list.</summary>
    /// <param name="values">Samples.</param>
    /// <param name="fraction">Percentile as a fraction in (0, 1], e.g. 0.95.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> is not in (0, 1].</exception>
    public static double Percentile(IReadOnlyCollection<double> values, double fraction)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fraction);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fraction, 1.0);
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling((fraction * sorted.Length) - RankTolerance);
        return sorted[Math.Max(rank, 1) - 1];
    }

    /// <summary>The figures of <paramref name="samples"/> for <paramref name="page"/>.</summary>
    public static PageTimings From(BenchPage page, IReadOnlyList<PageSample> samples, int failures)
    {
        var times = samples.Select(s => s.Milliseconds).ToArray();
        var source = samples.Count > 0 && samples.All(s => s.Source == TimeSource.Server) ? TimeSource.Server : TimeSource.Client;
        return new PageTimings(
            page,
            samples.Count,
            failures,
            Percentile(times, 0.50),
            Percentile(times, 0.95),
            times.Length == 0 ? double.NaN : times.Max(),
            samples.Count == 0 ? 0 : (long)Math.Round(samples.Average(s => (double)s.Bytes), MidpointRounding.AwayFromZero),
            source);
    }
}
