using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Parabolic stop and reverse (TA-Lib <c>SAR</c>, acceleration 0.02, maximum 0.2; Wilder 1978), with
/// TA-Lib's start: the first trend is short when the second bar's −DM(1) is positive, else long; the
/// first SAR is the first bar's low (long) or high (short), the extreme point the second bar's high or low.
/// Each bar: on penetration the trend reverses, SAR = the previous extreme point (kept beyond the last two
/// bars' range) and the factor resets; otherwise a new extreme adds the acceleration (capped), and
/// SAR_next = SAR + AF × (EP − SAR), never inside the last two bars' range. Warm-up: 2 bars. Unit: price.
/// </summary>
public sealed class ParabolicSar : BarIndicator
{
    private readonly double _acceleration;
    private readonly double _maximum;
    private bool _isLong;
    private double _sar;
    private double _extreme;
    private double _factor;
    private Bar _previous;

    /// <summary>Creates the indicator.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The acceleration is not positive or exceeds the maximum.</exception>
    public ParabolicSar(double acceleration = 0.02, double maximum = 0.2)
        : base(FormattableString.Invariant($"SAR({acceleration},{maximum})"), 2)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(acceleration);
        ArgumentOutOfRangeException.ThrowIfLessThan(maximum, acceleration);
        _acceleration = acceleration;
        _maximum = maximum;
    }

    /// <summary>True while the trend is long (SAR below price).</summary>
    public bool IsLong => _isLong;

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        if (Samples == 1)
        {
            _previous = bar;
            return 0d;
        }

        var (previousHigh, previousLow) = Samples == 2 ? (bar.High, bar.Low) : (_previous.High, _previous.Low);
        if (Samples == 2)
        {
            var down = _previous.Low - bar.Low;
            _isLong = !(down > 0d && down > bar.High - _previous.High);
            _sar = _isLong ? _previous.Low : _previous.High;
            _extreme = _isLong ? bar.High : bar.Low;
            _factor = _acceleration;
        }

        double output;
        if (_isLong)
        {
            if (bar.Low <= _sar)
            {
                _isLong = false;
                output = Math.Max(Math.Max(_extreme, previousHigh), bar.High);
                _factor = _acceleration;
                _extreme = bar.Low;
                _sar = Math.Max(Math.Max(output + (_factor * (_extreme - output)), previousHigh), bar.High);
            }
            else
            {
                output = _sar;
                Extend(bar.High > _extreme, bar.High);
                _sar = Math.Min(Math.Min(_sar + (_factor * (_extreme - _sar)), previousLow), bar.Low);
            }
        }
        else if (bar.High >= _sar)
        {
            _isLong = true;
            output = Math.Min(Math.Min(_extreme, previousLow), bar.Low);
            _factor = _acceleration;
            _extreme = bar.High;
            _sar = Math.Min(Math.Min(output + (_factor * (_extreme - output)), previousLow), bar.Low);
        }
        else
        {
            output = _sar;
            Extend(bar.Low < _extreme, bar.Low);
            _sar = Math.Max(Math.Max(_sar + (_factor * (_extreme - _sar)), previousHigh), bar.High);
        }

        _previous = bar;
        return output;
    }

    /// <inheritdoc />
    protected override void ResetState()
    {
        _isLong = false;
        _sar = _extreme = _factor = 0d;
        _previous = default;
    }

    private void Extend(bool newExtreme, double price)
    {
        if (newExtreme)
        {
            _extreme = price;
            _factor = Math.Min(_factor + _acceleration, _maximum);
        }
    }
}
