using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Batch path over arrays: feeds a whole bar series through an indicator and collects one value per bar.
/// It drives the same streaming code, so its results are identical to calling
/// <see cref="BarIndicator.Update"/> bar by bar.
/// </summary>
public static class IndicatorBatch
{
    /// <summary>
    /// Resets <paramref name="indicator"/>, feeds <paramref name="bars"/> and returns, per bar, the value read
    /// by <paramref name="output"/> once the indicator is ready and null before.
    /// </summary>
    /// <param name="indicator">The indicator; it is reset first.</param>
    /// <param name="bars">Bars in strictly ascending date order.</param>
    /// <param name="output">Reads one output (e.g. a signal line); null reads <see cref="IIndicator.Current"/>.</param>
    /// <returns>An array as long as <paramref name="bars"/>.</returns>
    /// <exception cref="ArgumentException">The dates are not strictly ascending.</exception>
    public static double?[] Run<T>(T indicator, ReadOnlySpan<Bar> bars, Func<T, double>? output = null)
        where T : BarIndicator
    {
        ArgumentNullException.ThrowIfNull(indicator);
        indicator.Reset();
        var values = new double?[bars.Length];
        for (var i = 0; i < bars.Length; i++)
        {
            values[i] = indicator.Update(bars[i]) ? (output is null ? indicator.Current : output(indicator)) : null;
        }

        return values;
    }
}
