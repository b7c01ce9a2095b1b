using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Percentage price oscillator (TA-Lib <c>PPO</c>, defaults 12, 26 with TA-Lib's default SMA averages):
/// PPO = 100 × (SMA(fast) − SMA(slow)) / SMA(slow) of the close; 0 when SMA(slow) is 0.
/// Warm-up: <c>slow</c> bars. Unit: percent.
/// </summary>
public sealed class PercentagePriceOscillator : BarIndicator
{
    private readonly RollingWindow _fast;
    private readonly RollingWindow _slow;

    /// <summary>Creates the oscillator.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period is below 1 or fast is not below slow.</exception>
    public PercentagePriceOscillator(int fastPeriod = 12, int slowPeriod = 26)
        : base($"PPO({fastPeriod},{slowPeriod})", Periods.Checked(slowPeriod, Periods.Checked(fastPeriod) + 1))
    {
        _fast = new RollingWindow(fastPeriod);
        _slow = new RollingWindow(slowPeriod);
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        _fast.Add(bar.Close);
        _slow.Add(bar.Close);
        if (!_slow.IsFull)
        {
            return 0d;
        }

        var slow = _slow.Mean();
        return 100d * Ratio.Of(_fast.Mean() - slow, slow);
    }

    /// <inheritdoc />
    protected override void ResetState()
    {
        _fast.Clear();
        _slow.Clear();
    }
}
