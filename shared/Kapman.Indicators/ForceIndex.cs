using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Force index (no TA-Lib function; Elder 1993, StockCharts "Force Index", default 13): EMA(period) of
/// (close − previous close) × volume, SMA-seeded. Warm-up: period + 1 bars. Unit: price × shares.
/// </summary>
public sealed class ForceIndex : BarIndicator
{
    private readonly ValueEma _ema;
    private double _previousClose;

    /// <summary>Creates the indicator.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public ForceIndex(int period = 13)
        : base($"FORCE({period})", Periods.Checked(period) + 1)
    {
        _ema = new ValueEma(period);
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        if (Samples > 1)
        {
            _ema.Add((bar.Close - _previousClose) * bar.Volume);
        }

        _previousClose = bar.Close;
        return _ema.Value;
    }

    /// <inheritdoc />
    protected override void ResetState()
    {
        _ema.Clear();
        _previousClose = 0d;
    }
}
