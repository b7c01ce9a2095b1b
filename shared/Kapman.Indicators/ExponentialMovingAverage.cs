using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Exponential moving average of the close (TA-Lib <c>EMA</c>, default compatibility): smoothing factor
/// k = 2 / (period + 1); the first value is the SMA of the first <c>period</c> closes, then
/// EMA = EMA_prev + k × (close − EMA_prev). Warm-up: <c>period</c> bars. Unit: price.
/// </summary>
public sealed class ExponentialMovingAverage : BarIndicator
{
    private readonly int _period;
    private readonly double _k;
    private double _seedSum;
    private double _ema;

    /// <summary>Creates an EMA over <paramref name="period"/> closes.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public ExponentialMovingAverage(int period)
        : base($"EMA({period})", Periods.Checked(period))
    {
        _period = period;
        _k = 2d / (period + 1);
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        if (Samples < _period)
        {
            _seedSum += bar.Close;
        }
        else if (Samples == _period)
        {
            _ema = (_seedSum + bar.Close) / _period;
        }
        else
        {
            _ema += _k * (bar.Close - _ema);
        }

        return _ema;
    }

    /// <inheritdoc />
    protected override void ResetState()
    {
        _seedSum = 0d;
        _ema = 0d;
    }
}
