namespace Kapman.Execution.Core.Risk;

/// <summary>
/// Daily log-return statistics of stored closes (docs/domain/risk-book.md#beta-weighted-delta and #delta-gamma-var): returns
/// r_t = ln(C_t ÷ C_t−1) between consecutive stored sessions; σ_day their sample standard deviation (n − 1);
/// beta = Cov(r_asset, r_benchmark) ÷ Var(r_benchmark) over the sessions both have (sample moments, the n − 1 cancels), the
/// ordinary least-squares slope of the asset's returns on the benchmark's (Sharpe 1964's market model).
/// </summary>
public static class ReturnStatistics
{
    /// <summary>The log returns of the last <paramref name="window"/> intervals of <paramref name="closes"/> (sorted by date inside).</summary>
    public static IReadOnlyList<double> LogReturns(IEnumerable<(DateOnly Session, double Close)> closes, int window)
    {
        ArgumentNullException.ThrowIfNull(closes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(window);
        var sorted = closes.Where(c => c.Close > 0).OrderBy(c => c.Session).Select(c => c.Close).ToList();
        var take = sorted.Skip(Math.Max(0, sorted.Count - window - 1)).ToList();
        return [.. take.Zip(take.Skip(1), (a, b) => Math.Log(b / a))];
    }

    /// <summary>σ of the last <paramref name="window"/> daily log returns, or null with fewer than <paramref name="minimum"/> returns.</summary>
    public static double? DailyVolatility(IEnumerable<(DateOnly Session, double Close)> closes, int window, int minimum)
    {
        var returns = LogReturns(closes, window);
        if (returns.Count < Math.Max(2, minimum))
        {
            return null;
        }

        var mean = returns.Average();
        return Math.Sqrt(returns.Sum(r => (r - mean) * (r - mean)) / (returns.Count - 1));
    }

    /// <summary>
    /// Beta of <paramref name="asset"/> on <paramref name="benchmark"/> over the last <paramref name="window"/> returns of the sessions both
    /// store, or null with fewer than <paramref name="minimum"/> of them or a flat benchmark.
    /// </summary>
    public static double? Beta(IEnumerable<(DateOnly Session, double Close)> asset, IEnumerable<(DateOnly Session, double Close)> benchmark, int window, int minimum)
    {
        ArgumentNullException.ThrowIfNull(asset);
        ArgumentNullException.ThrowIfNull(benchmark);
        var b = benchmark.Where(c => c.Close > 0).GroupBy(c => c.Session).ToDictionary(g => g.Key, g => g.First().Close);
        var common = asset.Where(c => c.Close > 0 && b.ContainsKey(c.Session)).GroupBy(c => c.Session).Select(g => g.First()).ToList();
        var ra = LogReturns(common, window);
        var rb = LogReturns(common.Select(c => (c.Session, b[c.Session])), window);
        if (ra.Count < Math.Max(2, minimum))
        {
            return null;
        }

        var ma = ra.Average();
        var mb = rb.Average();
        var covariance = ra.Zip(rb, (x, y) => (x - ma) * (y - mb)).Sum();
        var variance = rb.Sum(y => (y - mb) * (y - mb));
        return variance > 0 ? covariance / variance : null;
    }
}
