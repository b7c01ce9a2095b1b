using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Percentage volume oscillator (no TA-Lib function; StockCharts "PVO", defaults 12, 26, 9):
/// PVO = 100 × (EMA(fast) − EMA(slow)) / EMA(slow) of the volume (0 when EMA(slow) is 0);
/// signal = EMA(signal) of PVO; histogram = PVO − signal. EMAs are SMA-seeded. Warm-up: slow + signal − 1
/// bars. <see cref="IIndicator.Current"/> is PVO. Unit: percent.
/// </summary>
public sealed class PercentageVolumeOscillator : BarIndicator
{
    private readonly ValueEma _fast;
    private readonly ValueEma _slow;
    private readonly ValueEma _signal;
    private double _pvo;

    /// <summary>Creates the oscillator.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period is below 1 or fast is not below slow.</exception>
    public PercentageVolumeOscillator(int fastPeriod = 12, int slowPeriod = 26, int signalPeriod = 9)
        : base($"PVO({fastPeriod},{slowPeriod},{signalPeriod})", Periods.Checked(slowPeriod, Periods.Checked(fastPeriod) + 1) + Periods.Checked(signalPeriod) - 1)
    {
        _fast = new ValueEma(fastPeriod);
        _slow = new ValueEma(slowPeriod);
        _signal = new ValueEma(signalPeriod);
    }

    /// <summary>Signal line; 0 while not ready.</summary>
    public double Signal => IsReady ? _signal.Value : 0d;

    /// <summary>Histogram = PVO − signal; 0 while not ready.</summary>
    public double Histogram => IsReady ? _pvo - _signal.Value : 0d;

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        _fast.Add(bar.Volume);
        if (_slow.Add(bar.Volume))
        {
            _pvo = 100d * Ratio.Of(_fast.Value - _slow.Value, _slow.Value);
            _signal.Add(_pvo);
        }

        return _pvo;
    }

    /// <inheritdoc />
    protected override void ResetState()
    {
        _fast.Clear();
        _slow.Clear();
        _signal.Clear();
        _pvo = 0d;
    }
}
