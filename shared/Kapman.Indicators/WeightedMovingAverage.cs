using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Weighted moving average of the close (TA-Lib <c>WMA</c>, default 30): Σ w_i × close_i / Σ w_i with
/// linear weights n (newest) down to 1 (oldest). Warm-up: <c>period</c> bars. Unit: price.
/// </summary>
public sealed class WeightedMovingAverage : BarIndicator
{
    private readonly int _period;
    private readonly RollingWindow _closes;

    /// <summary>Creates the average.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public WeightedMovingAverage(int period = 30)
        : base($"WMA({period})", Periods.Checked(period))
    {
        _period = period;
        _closes = new RollingWindow(period);
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        _closes.Add(bar.Close);
        if (!_closes.IsFull)
        {
            return 0d;
        }

        var sum = 0d;
        for (var age = 0; age < _period; age++)
        {
            sum += (_period - age) * _closes.Ago(age);
        }

        return sum / (_period * (_period + 1) / 2d);
    }

    /// <inheritdoc />
    protected override void ResetState() => _closes.Clear();
}
