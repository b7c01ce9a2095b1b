using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Average directional index with +DI and −DI (TA-Lib <c>ADX</c>, <c>PLUS_DI</c>, <c>MINUS_DI</c>, default 14;
/// Wilder 1978). +DM = high − previous high when it exceeds previous low − low and is positive, −DM the
/// mirror, else 0. TR, +DM and −DM are Wilder-summed as TA-Lib does: the sum of the first period − 1
/// values, then S = S − S / period + x. ±DI = 100 × S(±DM) / S(TR) (0 when S(TR) is 0), from bar
/// period + 1; DX = 100 × |+DI − −DI| / (+DI + −DI) (0 when the sum is 0); ADX = mean of the first
/// <c>period</c> DX values, then ADX = (ADX_prev × (period − 1) + DX) / period.
/// Warm-up: 2 × period bars (28 by default). <see cref="IIndicator.Current"/> is ADX. Unit: 0..100.
/// </summary>
public sealed class AverageDirectionalIndex : BarIndicator
{
    private readonly int _period;
    private double _previousHigh;
    private double _previousLow;
    private double _previousClose;
    private double _plusDm;
    private double _minusDm;
    private double _trueRange;
    private double _adx;

    /// <summary>Creates the indicator.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 2.</exception>
    public AverageDirectionalIndex(int period = 14)
        : base($"ADX({period})", 2 * Periods.Checked(period, 2))
    {
        _period = period;
    }

    /// <summary>True from bar period + 1, when <see cref="PlusDi"/> and <see cref="MinusDi"/> are valid.</summary>
    public bool DiIsReady => Samples > _period;

    /// <summary>+DI (0..100), valid once <see cref="DiIsReady"/>.</summary>
    public double PlusDi { get; private set; }

    /// <summary>−DI (0..100), valid once <see cref="DiIsReady"/>.</summary>
    public double MinusDi { get; private set; }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        if (Samples > 1)
        {
            var up = bar.High - _previousHigh;
            var down = _previousLow - bar.Low;
            var plus = up > 0d && up > down ? up : 0d;
            var minus = down > 0d && down > up ? down : 0d;
            var range = Math.Max(bar.High, _previousClose) - Math.Min(bar.Low, _previousClose);
            if (Samples <= _period)
            {
                _plusDm += plus;
                _minusDm += minus;
                _trueRange += range;
            }
            else
            {
                _plusDm += plus - (_plusDm / _period);
                _minusDm += minus - (_minusDm / _period);
                _trueRange += range - (_trueRange / _period);
                Directional();
            }
        }

        _previousHigh = bar.High;
        _previousLow = bar.Low;
        _previousClose = bar.Close;
        return _adx;
    }

    /// <inheritdoc />
    protected override void ResetState()
    {
        _previousHigh = _previousLow = _previousClose = 0d;
        _plusDm = _minusDm = _trueRange = _adx = 0d;
        PlusDi = MinusDi = 0d;
    }

    private void Directional()
    {
        PlusDi = 100d * Ratio.Of(_plusDm, _trueRange);
        MinusDi = 100d * Ratio.Of(_minusDm, _trueRange);
        var dx = 100d * Ratio.Of(Math.Abs(PlusDi - MinusDi), PlusDi + MinusDi);
        if (Samples < WarmUpPeriod)
        {
            _adx += dx;
        }
        else if (Samples == WarmUpPeriod)
        {
            _adx = (_adx + dx) / _period;
        }
        else
        {
            _adx = ((_adx * (_period - 1)) + dx) / _period;
        }
    }
}
