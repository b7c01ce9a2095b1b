using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Relative strength index with Wilder smoothing (TA-Lib <c>RSI</c>). The first averages are the plain
/// means of the gains and losses of the first <c>period</c> close-to-close changes; afterwards
/// avg = (avg_prev × (period − 1) + current) / period. RSI = 100 × avgGain / (avgGain + avgLoss), and 0
/// when both averages are 0 (TA-Lib convention). Warm-up: <c>period</c> + 1 bars. Unit: 0..100.
/// </summary>
public sealed class RelativeStrengthIndex : BarIndicator
{
    private readonly int _period;
    private double _previousClose;
    private double _averageGain;
    private double _averageLoss;

    /// <summary>Creates an RSI over <paramref name="period"/> changes (default 14).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public RelativeStrengthIndex(int period = 14)
        : base($"RSI({period})", Periods.Checked(period) + 1)
    {
        _period = period;
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        if (Samples > 1)
        {
            var change = bar.Close - _previousClose;
            var gain = Math.Max(change, 0d);
            var loss = Math.Max(-change, 0d);
            if (Samples <= _period + 1)
            {
                _averageGain += gain;
                _averageLoss += loss;
                if (Samples == _period + 1)
                {
                    _averageGain /= _period;
                    _averageLoss /= _period;
                }
            }
            else
            {
                _averageGain = ((_averageGain * (_period - 1)) + gain) / _period;
                _averageLoss = ((_averageLoss * (_period - 1)) + loss) / _period;
            }
        }

        _previousClose = bar.Close;
        var total = _averageGain + _averageLoss;
        return total == 0d ? 0d : 100d * _averageGain / total;
    }

    /// <inheritdoc />
    protected override void ResetState()
    {
        _previousClose = 0d;
        _averageGain = 0d;
        _averageLoss = 0d;
    }
}
