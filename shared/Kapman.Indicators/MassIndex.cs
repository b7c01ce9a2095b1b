using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Mass index (no TA-Lib function; Dorsey 1992, StockCharts "Mass Index", defaults 9, 25): single =
/// EMA(9) of (high − low), double = EMA(9) of single, ratio = single / double (1 when double is 0);
/// mass index = Σ ratio over the last 25 bars. EMAs are SMA-seeded. Warm-up: 2 × ema − 1 + sum − 1 bars
/// (41 by default). Unit: dimensionless (about 25 on a steady range).
/// </summary>
public sealed class MassIndex : BarIndicator
{
    private readonly ValueEma _single;
    private readonly ValueEma _double;
    private readonly RollingWindow _ratios;

    /// <summary>Creates the indicator.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period is below 1.</exception>
    public MassIndex(int emaPeriod = 9, int sumPeriod = 25)
        : base($"MASS({emaPeriod},{sumPeriod})", (2 * Periods.Checked(emaPeriod)) + Periods.Checked(sumPeriod) - 2)
    {
        _single = new ValueEma(emaPeriod);
        _double = new ValueEma(emaPeriod);
        _ratios = new RollingWindow(sumPeriod);
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        if (_single.Add(bar.High - bar.Low) && _double.Add(_single.Value))
        {
            _ratios.Add(Ratio.Of(_single.Value, _double.Value, 1d));
        }

        return _ratios.IsFull ? _ratios.Sum() : 0d;
    }

    /// <inheritdoc />
    protected override void ResetState()
    {
        _single.Clear();
        _double.Clear();
        _ratios.Clear();
    }
}
