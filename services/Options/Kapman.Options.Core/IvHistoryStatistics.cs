namespace Kapman.Options.Core;

/// <summary>IV rank and IV percentile of today's IV against its stored history (issue §5).</summary>
/// <remarks>
/// IV rank = 100 × (IV − min) / (max − min) over the history (50 when max = min);
/// IV percentile = 100 × (number of history values strictly below IV) / (history size).
/// Both are null when the history has fewer than <see cref="MinimumHistory"/> points.
/// </remarks>
public static class IvHistoryStatistics
{
    /// <summary>History points needed before rank and percentile mean anything.</summary>
    public const int MinimumHistory = 20;

    /// <summary>Returns (rank, percentile) in 0–100, or (null, null) with too little history or no current IV.</summary>
    /// <param name="current">Today's IV (annualised decimal), or null.</param>
    /// <param name="history">Earlier sessions' IVs (same definition), any order; non-finite values are ignored.</param>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public static (double? Rank, double? Percentile) Compute(double? current, IEnumerable<double> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var values = history.Where(double.IsFinite).ToList();
        if (current is not { } iv || values.Count < MinimumHistory)
        {
            return (null, null);
        }

        double min = values.Min(), max = values.Max();
        var rank = max > min ? Math.Clamp(100.0 * (iv - min) / (max - min), 0, 100) : 50.0;
        return (rank, 100.0 * values.Count(v => v < iv) / values.Count);
    }
}
