using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// True range (TA-Lib <c>TRANGE</c>): max(high, previous close) − min(low, previous close). As in TA-Lib
/// the first bar has no previous close and yields no value. Warm-up: 2 bars. Unit: price.
/// </summary>
public sealed class TrueRange : BarIndicator
{
    private double _previousClose;

    /// <summary>Creates the true-range indicator.</summary>
    public TrueRange()
        : base("TRANGE", 2)
    {
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        var value = Samples > 1 ? Of(bar, _previousClose) : 0d;
        _previousClose = bar.Close;
        return value;
    }

    /// <inheritdoc />
    protected override void ResetState() => _previousClose = 0d;

    private static double Of(Bar bar, double previousClose) =>
        Math.Max(bar.High, previousClose) - Math.Min(bar.Low, previousClose);
}
