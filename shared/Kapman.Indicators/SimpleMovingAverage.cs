using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Simple moving average of the close (TA-Lib <c>SMA</c>): the arithmetic mean of the last
/// <c>period</c> closes. Warm-up: <c>period</c> bars. Unit: price.
/// </summary>
public sealed class SimpleMovingAverage : BarIndicator
{
    private readonly RollingWindow _closes;

    /// <summary>Creates an SMA over <paramref name="period"/> closes.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public SimpleMovingAverage(int period)
        : base($"SMA({period})", Periods.Checked(period))
    {
        _closes = new RollingWindow(period);
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        _closes.Add(bar.Close);
        return _closes.IsFull ? _closes.Mean() : 0d;
    }

    /// <inheritdoc />
    protected override void ResetState() => _closes.Clear();
}
