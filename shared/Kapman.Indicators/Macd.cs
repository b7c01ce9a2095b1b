using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Moving average convergence/divergence (TA-Lib <c>MACD</c>, defaults 12, 26, 9; Appel 1979).
/// Line = EMA(fast) − EMA(slow) of the close; signal = EMA(signal) of the line; histogram = line − signal.
/// Seeded exactly as TA-Lib's <c>TA_MACD</c> (ta_MACD.c, <c>INT_MACD</c>) over a series starting at its first bar:
/// both EMAs are started by <c>INT_EMA</c> at the same index, bar <c>slow</c>, each seeded with the SMA of the
/// <c>period</c> closes ending there — so the fast EMA ignores the first <c>slow − fast</c> closes and both
/// averages start aligned with the slow period. The signal EMA is seeded with the SMA of the first
/// <c>signal</c> line values. The line exists from bar <c>slow</c>, the signal from bar <c>slow + signal − 1</c>.
/// (LEAN seeds the fast EMA from the first bar instead; the difference decays by (fast − 1)/(fast + 1) per bar.)
/// Warm-up: slow + signal − 1 bars (34 by default). <see cref="IIndicator.Current"/> is the line. Unit: price.
/// </summary>
public sealed class Macd : BarIndicator
{
    private readonly int _slowPeriod;
    private readonly int _fastStart;
    private readonly ValueEma _fast;
    private readonly ValueEma _slow;
    private readonly ValueEma _signal;

    /// <summary>Creates the indicator.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period is below 1 or fast is not below slow.</exception>
    public Macd(int fastPeriod = 12, int slowPeriod = 26, int signalPeriod = 9)
        : base($"MACD({fastPeriod},{slowPeriod},{signalPeriod})", Periods.Checked(slowPeriod, Periods.Checked(fastPeriod) + 1) + Periods.Checked(signalPeriod) - 1)
    {
        _slowPeriod = slowPeriod;
        _fastStart = slowPeriod - fastPeriod;
        _fast = new ValueEma(fastPeriod);
        _slow = new ValueEma(slowPeriod);
        _signal = new ValueEma(signalPeriod);
    }

    /// <summary>True from bar <c>slow</c>, when <see cref="Line"/> is valid (before the signal is).</summary>
    public bool LineIsReady => Samples >= _slowPeriod;

    /// <summary>MACD line, valid once <see cref="LineIsReady"/>.</summary>
    public double Line { get; private set; }

    /// <summary>Signal line; 0 while not ready.</summary>
    public double Signal => IsReady ? _signal.Value : 0d;

    /// <summary>Histogram = line − signal; 0 while not ready.</summary>
    public double Histogram => IsReady ? Line - _signal.Value : 0d;

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        if (Samples > _fastStart)
        {
            _fast.Add(bar.Close);
        }

        if (_slow.Add(bar.Close))
        {
            Line = _fast.Value - _slow.Value;
            _signal.Add(Line);
        }

        return Line;
    }

    /// <inheritdoc />
    protected override void ResetState()
    {
        _fast.Clear();
        _slow.Clear();
        _signal.Clear();
        Line = 0d;
    }
}
