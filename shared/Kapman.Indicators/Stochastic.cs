using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Slow stochastic oscillator (TA-Lib <c>STOCH</c> with SMA smoothing for both lines).
/// Fast %K = 100 × (close − lowest low) / (highest high − lowest low) over <c>fastKPeriod</c> bars
/// (0 when the range is 0, as in TA-Lib); slow %K = SMA(<c>slowKPeriod</c>) of fast %K; slow %D =
/// SMA(<c>slowDPeriod</c>) of slow %K. Warm-up: fastK + slowK + slowD − 2 bars (TA-Lib lookback + 1),
/// when both lines are valid. <see cref="IIndicator.Current"/> is slow %K. Unit: 0..100.
/// </summary>
public sealed class Stochastic : BarIndicator
{
    private readonly RollingWindow _highs;
    private readonly RollingWindow _lows;
    private readonly RollingWindow _fastK;
    private readonly RollingWindow _slowK;

    /// <summary>Creates the oscillator (defaults 14, 3, 3).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Any period is below 1.</exception>
    public Stochastic(int fastKPeriod = 14, int slowKPeriod = 3, int slowDPeriod = 3)
        : base(
            $"STOCH({fastKPeriod},{slowKPeriod},{slowDPeriod})",
            Periods.Checked(fastKPeriod) + Periods.Checked(slowKPeriod) + Periods.Checked(slowDPeriod) - 2)
    {
        _highs = new RollingWindow(fastKPeriod);
        _lows = new RollingWindow(fastKPeriod);
        _fastK = new RollingWindow(slowKPeriod);
        _slowK = new RollingWindow(slowDPeriod);
    }

    /// <summary>Latest slow %K (0..100); 0 while not ready.</summary>
    public double SlowK => Current;

    /// <summary>Latest slow %D (0..100); 0 while not ready.</summary>
    public double SlowD { get; private set; }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        _highs.Add(bar.High);
        _lows.Add(bar.Low);
        if (!_highs.IsFull)
        {
            return 0d;
        }

        var lowest = _lows.Min();
        var range = _highs.Max() - lowest;
        _fastK.Add(range == 0d ? 0d : 100d * (bar.Close - lowest) / range);
        if (!_fastK.IsFull)
        {
            return 0d;
        }

        var slowK = _fastK.Mean();
        _slowK.Add(slowK);
        SlowD = IsReady ? _slowK.Mean() : 0d;
        return slowK;
    }

    /// <inheritdoc />
    protected override void ResetState()
    {
        _highs.Clear();
        _lows.Clear();
        _fastK.Clear();
        _slowK.Clear();
        SlowD = 0d;
    }
}
