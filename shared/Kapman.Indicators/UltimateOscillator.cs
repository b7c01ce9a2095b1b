using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Ultimate oscillator (TA-Lib <c>ULTOSC</c>, defaults 7, 14, 28; Williams 1985). Buying pressure
/// BP = close − min(low, previous close); true range TR = max(high, previous close) − min(low, previous close);
/// A_n = ΣBP / ΣTR over the last n bars (0 when ΣTR is 0); UO = 100 × (4·A1 + 2·A2 + A3) / 7.
/// Warm-up: longest period + 1 bars. Unit: 0..100.
/// </summary>
public sealed class UltimateOscillator : BarIndicator
{
    private readonly RollingWindow[] _pressure;
    private readonly RollingWindow[] _ranges;
    private double _previousClose;

    /// <summary>Creates the oscillator.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period is below 1.</exception>
    public UltimateOscillator(int period1 = 7, int period2 = 14, int period3 = 28)
        : base($"ULTOSC({period1},{period2},{period3})", Math.Max(Periods.Checked(period1), Math.Max(Periods.Checked(period2), Periods.Checked(period3))) + 1)
    {
        int[] periods = [period1, period2, period3];
        _pressure = periods.Select(p => new RollingWindow(p)).ToArray();
        _ranges = periods.Select(p => new RollingWindow(p)).ToArray();
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        if (Samples > 1)
        {
            var low = Math.Min(bar.Low, _previousClose);
            for (var i = 0; i < _pressure.Length; i++)
            {
                _pressure[i].Add(bar.Close - low);
                _ranges[i].Add(Math.Max(bar.High, _previousClose) - low);
            }
        }

        _previousClose = bar.Close;
        if (!IsReady)
        {
            return 0d;
        }

        return 100d * ((4d * Average(0)) + (2d * Average(1)) + Average(2)) / 7d;
    }

    /// <inheritdoc />
    protected override void ResetState()
    {
        foreach (var window in _pressure.Concat(_ranges))
        {
            window.Clear();
        }

        _previousClose = 0d;
    }

    private double Average(int line) => Ratio.Of(_pressure[line].Sum(), _ranges[line].Sum());
}
