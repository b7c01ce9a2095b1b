using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// True strength index (no TA-Lib function; Blau 1991, StockCharts "TSI", defaults 25, 13):
/// TSI = 100 × EMA(short, EMA(long, Δclose)) / EMA(short, EMA(long, |Δclose|)); 0 when the denominator is 0.
/// EMAs are SMA-seeded. Warm-up: long + short bars (38 by default). Unit: −100..100.
/// </summary>
public sealed class TrueStrengthIndex : BarIndicator
{
    private readonly ValueEma _longChange;
    private readonly ValueEma _longAbsolute;
    private readonly ValueEma _shortChange;
    private readonly ValueEma _shortAbsolute;
    private double _previousClose;

    /// <summary>Creates the indicator.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A period is below 1.</exception>
    public TrueStrengthIndex(int longPeriod = 25, int shortPeriod = 13)
        : base($"TSI({longPeriod},{shortPeriod})", Periods.Checked(longPeriod) + Periods.Checked(shortPeriod))
    {
        _longChange = new ValueEma(longPeriod);
        _longAbsolute = new ValueEma(longPeriod);
        _shortChange = new ValueEma(shortPeriod);
        _shortAbsolute = new ValueEma(shortPeriod);
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        var value = 0d;
        if (Samples > 1)
        {
            var change = bar.Close - _previousClose;
            _longAbsolute.Add(Math.Abs(change));
            if (_longChange.Add(change))
            {
                _shortAbsolute.Add(_longAbsolute.Value);
                if (_shortChange.Add(_longChange.Value))
                {
                    value = 100d * Ratio.Of(_shortChange.Value, _shortAbsolute.Value);
                }
            }
        }

        _previousClose = bar.Close;
        return value;
    }

    /// <inheritdoc />
    protected override void ResetState()
    {
        _longChange.Clear();
        _longAbsolute.Clear();
        _shortChange.Clear();
        _shortAbsolute.Clear();
        _previousClose = 0d;
    }
}
