using System.Globalization;

namespace Kapman.Benchmarks;

/// <summary>Percentiles of one target's latencies (milliseconds) and its failure count.</summary>
/// <param name="Target">What was measured, e.g. "direct".</param>
/// <param name="Count">Requests answered with 200.</param>
/// <param name="Failed">Requests that failed or got another status.</param>
/// <param name="P50">Median latency, ms.</param>
/// <param name="P90">90th percentile, ms.</param>
/// <param name="P95">95th percentile, ms.</param>
/// <param name="P99">99th percentile, ms.</param>
/// <param name="Max">Slowest, ms.</param>
public sealed record LatencySummary(string Target, int Count, int Failed, double P50, double P90, double P95, double P99, double Max)
{
    /// <summary>Summarises <paramref name="latenciesMs"/> (nearest-rank percentiles).</summary>
    /// <exception cref="ArgumentException">No latency was recorded.</exception>
    public static LatencySummary Of(string target, IReadOnlyCollection<double> latenciesMs, int failed)
    {
        ArgumentNullException.ThrowIfNull(latenciesMs);
        if (latenciesMs.Count == 0)
        {
            throw new ArgumentException($"{target}: no successful request to summarise ({failed} failed).", nameof(latenciesMs));
        }

        var sorted = latenciesMs.Order().ToArray();
        double Rank(double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return new LatencySummary(target, sorted.Length, failed, Rank(0.50), Rank(0.90), Rank(0.95), Rank(0.99), sorted[^1]);
    }

    /// <summary>The summary as a Markdown table row.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"| {Target} | {Count} | {Failed} | {P50:0.000} | {P90:0.000} | {P99:0.000} | {Max:0.000} |");
}
