using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// TRIX (TA-Lib <c>TRIX</c>, default 30; Hutson 1983): the one-bar rate of change, in percent, of a triple
/// EMA of the close: 100 × (E3 / E3_prev − 1) with E3 = EMA(EMA(EMA(close))), each EMA SMA-seeded
/// (0 when E3_prev is 0). Warm-up: 3 × (period − 1) + 2 bars (89 by default). Unit: percent.
/// </summary>
public sealed class Trix : BarIndicator
{
    private readonly ValueEma _first;
    private readonly ValueEma _second;
    private readonly ValueEma _third;
    private double _previous;

    /// <summary>Creates the indicator.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public Trix(int period = 30)
        : base($"TRIX({period})", (3 * (Periods.Checked(period) - 1)) + 2)
    {
        _first = new ValueEma(period);
        _second = new ValueEma(period);
        _third = new ValueEma(period);
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        if (!(_first.Add(bar.Close) && _second.Add(_first.Value) && _third.Add(_second.Value)))
        {
            return 0d;
        }

        var value = _third.Count > 1 ? 100d * Ratio.Of(_third.Value - _previous, _previous) : 0d;
        _previous = _third.Value;
        return value;
    }

    /// <inheritdoc />
    protected override void ResetState()
    {
        _first.Clear();
        _second.Clear();
        _third.Clear();
        _previous = 0d;
    }
}
