using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Rate of change (TA-Lib <c>ROC</c>, default 10): 100 × (close / close <c>period</c> bars ago − 1); 0 when
/// that earlier close is 0. Warm-up: <c>period</c> + 1 bars. Unit: percent.
/// </summary>
public sealed class RateOfChange : BarIndicator
{
    private readonly RollingWindow _closes;

    /// <summary>Creates the indicator.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public RateOfChange(int period = 10)
        : base($"ROC({period})", Periods.Checked(period) + 1)
    {
        _closes = new RollingWindow(period + 1);
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        _closes.Add(bar.Close);
        return _closes.IsFull ? 100d * Ratio.Of(bar.Close - _closes.Oldest, _closes.Oldest) : 0d;
    }

    /// <inheritdoc />
    protected override void ResetState() => _closes.Clear();
}
