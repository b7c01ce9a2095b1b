using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Schaff trend cycle (no TA-Lib function; Schaff 1999, as in the common TradingView/StockCharts form,
/// defaults 23, 50, cycle 10, factor 0.5). m = EMA(fast) − EMA(slow) of the close (SMA-seeded);
/// f1 = 100 × (m − min m) / (max m − min m) over the cycle (the previous f1 when the range is 0);
/// pf = pf_prev + factor × (f1 − pf_prev) (pf = f1 at first); f2 = the same stochastic of pf over the cycle;
/// STC = STC_prev + factor × (f2 − STC_prev) (STC = f2 at first). Warm-up: slow + 2 × (cycle − 1) bars
/// (68 by default). Unit: 0..100.
/// </summary>
public sealed class SchaffTrendCycle : BarIndicator
{
    private readonly double _factor;
    private readonly ValueEma _fast;
    private readonly ValueEma _slow;
    private readonly RollingWindow _macd;
    private readonly RollingWindow _smoothed;
    private double _f1;
    private double _pf;
    private double _f2;
    private double _stc;

    /// <summary>Creates the indicator.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period is below 1, fast is not below slow, or the
    /// factor is outside (0, 1].</exception>
    public SchaffTrendCycle(int fastPeriod = 23, int slowPeriod = 50, int cyclePeriod = 10, double factor = 0.5)
        : base($"STC({fastPeriod},{slowPeriod},{cyclePeriod})", Periods.Checked(slowPeriod, Periods.Checked(fastPeriod) + 1) + (2 * (Periods.Checked(cyclePeriod) - 1)))
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(factor);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(factor, 1d);
        _factor = factor;
        _fast = new ValueEma(fastPeriod);
        _slow = new ValueEma(slowPeriod);
        _macd = new RollingWindow(cyclePeriod);
        _smoothed = new RollingWindow(cyclePeriod);
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        _fast.Add(bar.Close);
        if (!_slow.Add(bar.Close))
        {
            return 0d;
        }

        _macd.Add(_fast.Value - _slow.Value);
        if (!_macd.IsFull)
        {
            return 0d;
        }

        _f1 = Stochastic(_macd, _f1);
        _pf = _smoothed.Count == 0 ? _f1 : _pf + (_factor * (_f1 - _pf));
        _smoothed.Add(_pf);
        if (!_smoothed.IsFull)
        {
            return 0d;
        }

        var first = Samples == WarmUpPeriod;
        _f2 = Stochastic(_smoothed, _f2);
        _stc = first ? _f2 : _stc + (_factor * (_f2 - _stc));
        return _stc;
    }

    /// <inheritdoc />
    protected override void ResetState()
    {
        _fast.Clear();
        _slow.Clear();
        _macd.Clear();
        _smoothed.Clear();
        _f1 = _pf = _f2 = _stc = 0d;
    }

    private static double Stochastic(RollingWindow window, double previous)
    {
        var lowest = window.Min();
        return 100d * Ratio.Of(window.Newest - lowest, window.Max() - lowest, previous / 100d);
    }
}
