using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Williams %R (TA-Lib <c>WILLR</c>, default 14): −100 × (highest high − close) / (highest high − lowest low)
/// over the last <c>period</c> bars; 0 when the range is 0 (TA-Lib). Warm-up: <c>period</c> bars. Unit: −100..0.
/// </summary>
public sealed class WilliamsPercentR : BarIndicator
{
    private readonly RollingWindow _highs;
    private readonly RollingWindow _lows;

    /// <summary>Creates the indicator.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public WilliamsPercentR(int period = 14)
        : base($"WILLR({period})", Periods.Checked(period))
    {
        _highs = new RollingWindow(period);
        _lows = new RollingWindow(period);
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        _highs.Add(bar.High);
        _lows.Add(bar.Low);
        if (!_highs.IsFull)
        {
            return 0d;
        }

        var highest = _highs.Max();
        return -100d * Ratio.Of(highest - bar.Close, highest - _lows.Min());
    }

    /// <inheritdoc />
    protected override void ResetState()
    {
        _highs.Clear();
        _lows.Clear();
    }
}
