namespace Kapman.Web.Ticker;

/// <summary>Simple moving average for the chart overlays.</summary>
public static class MovingAverage
{
    /// <summary>
    /// SMA(n) at each index i: the arithmetic mean of values[i-n+1..i]; null for the first n-1 indexes (not enough
    /// history). Computed with a running sum, O(length).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> is less than 1.</exception>
    public static double?[] Simple(IReadOnlyList<double> values, int window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        var result = new double?[values.Count];
        var sum = 0.0;
        for (var i = 0; i < values.Count; i++)
        {
            sum += values[i];
            if (i >= window)
            {
                sum -= values[i - window];
            }

            result[i] = i >= window - 1 ? Math.Round(sum / window, 4) : null;
        }

        return result;
    }
}
