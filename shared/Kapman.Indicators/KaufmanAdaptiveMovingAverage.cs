using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Kaufman adaptive moving average (TA-Lib <c>KAMA</c>, default 30; Kaufman 1995). Efficiency ratio
/// ER = |close − close n bars ago| / Σ|Δclose| over the last n changes (1 when the sum is 0, as TA-Lib);
/// smoothing SC = (ER × (2/3 − 2/31) + 2/31)²; KAMA = KAMA_prev + SC × (close − KAMA_prev), with KAMA_prev
/// = the previous close on the first value (TA-Lib). Warm-up: <c>period</c> + 1 bars. Unit: price.
/// </summary>
public sealed class KaufmanAdaptiveMovingAverage : BarIndicator
{
    private const double Fastest = 2d / 3d;
    private const double Slowest = 2d / 31d;
    private readonly RollingWindow _closes;
    private readonly RollingWindow _changes;
    private double _kama;

    /// <summary>Creates the average.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    public KaufmanAdaptiveMovingAverage(int period = 30)
        : base($"KAMA({period})", Periods.Checked(period, 2) + 1)
    {
        _closes = new RollingWindow(period + 1);
        _changes = new RollingWindow(period);
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        var previous = _closes.Count > 0 ? _closes.Newest : bar.Close;
        if (_closes.Count > 0)
        {
            _changes.Add(Math.Abs(bar.Close - previous));
        }

        _closes.Add(bar.Close);
        if (!_closes.IsFull)
        {
            return 0d;
        }

        if (Samples == WarmUpPeriod)
        {
            _kama = previous;
        }

        var efficiency = Ratio.Of(Math.Abs(bar.Close - _closes.Oldest), _changes.Sum(), 1d);
        var smoothing = (efficiency * (Fastest - Slowest)) + Slowest;
        _kama += smoothing * smoothing * (bar.Close - _kama);
        return _kama;
    }

    /// <inheritdoc />
    protected override void ResetState()
    {
        _closes.Clear();
        _changes.Clear();
        _kama = 0d;
    }
}
