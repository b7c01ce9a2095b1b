using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Awesome oscillator (no TA-Lib function; Bill Williams, "New Trading Dimensions" 1998, defaults 5, 34):
/// AO = SMA(fast) − SMA(slow) of the median price (high + low) / 2. Warm-up: <c>slow</c> bars. Unit: price.
/// </summary>
public sealed class AwesomeOscillator : BarIndicator
{
    private readonly RollingWindow _fast;
    private readonly RollingWindow _slow;

    /// <summary>Creates the oscillator.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period is below 1 or fast is not below slow.</exception>
    public AwesomeOscillator(int fastPeriod = 5, int slowPeriod = 34)
        : base($"AO({fastPeriod},{slowPeriod})", Periods.Checked(slowPeriod, Periods.Checked(fastPeriod) + 1))
    {
        _fast = new RollingWindow(fastPeriod);
        _slow = new RollingWindow(slowPeriod);
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        var median = (bar.High + bar.Low) / 2d;
        _fast.Add(median);
        _slow.Add(median);
        return _slow.IsFull ? _fast.Mean() - _slow.Mean() : 0d;
    }

    /// <inheritdoc />
    protected override void ResetState()
    {
        _fast.Clear();
        _slow.Clear();
    }
}
