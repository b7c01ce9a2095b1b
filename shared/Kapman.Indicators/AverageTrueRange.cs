using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Average true range with Wilder smoothing (TA-Lib <c>ATR</c>). True ranges start on the second bar
/// (see <see cref="TrueRange"/>); the first ATR, on bar <c>period</c> + 1, is the mean of the first
/// <c>period</c> true ranges (bars 2..period+1); afterwards ATR = (ATR_prev × (period − 1) + TR) / period.
/// Warm-up: <c>period</c> + 1 bars. Unit: price.
/// </summary>
public sealed class AverageTrueRange : BarIndicator
{
    private readonly int _period;
    private readonly TrueRange _trueRange = new();
    private double _atr;

    /// <summary>Creates an ATR over <paramref name="period"/> true ranges (default 14).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public AverageTrueRange(int period = 14)
        : base($"ATR({period})", Periods.Checked(period) + 1)
    {
        _period = period;
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        if (!_trueRange.Update(bar))
        {
            return 0d;
        }

        var trueRange = _trueRange.Current;
        if (Samples <= _period + 1)
        {
            _atr += trueRange;
            if (Samples == _period + 1)
            {
                _atr /= _period;
            }
        }
        else
        {
            _atr = ((_atr * (_period - 1)) + trueRange) / _period;
        }

        return _atr;
    }

    /// <inheritdoc />
    protected override void ResetState()
    {
        _trueRange.Reset();
        _atr = 0d;
    }
}
