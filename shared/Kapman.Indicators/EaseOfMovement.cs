using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Ease of movement (no TA-Lib function; Arms, StockCharts "EMV", default 14, volume scale 100,000,000):
/// distance = (high + low) / 2 − (previous high + previous low) / 2; box ratio = (volume / scale) / (high − low);
/// EMV(1) = distance / box ratio (0 when the volume or the range is 0); EMV = SMA(period) of EMV(1).
/// Warm-up: period + 1 bars. Unit: price per 10^8 shares (scaled).
/// </summary>
public sealed class EaseOfMovement : BarIndicator
{
    /// <summary>Volume scale of the box ratio.</summary>
    public const double VolumeScale = 100_000_000d;

    private readonly RollingWindow _values;
    private double _previousMidpoint;

    /// <summary>Creates the indicator.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public EaseOfMovement(int period = 14)
        : base($"EMV({period})", Periods.Checked(period) + 1)
    {
        _values = new RollingWindow(period);
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        var midpoint = (bar.High + bar.Low) / 2d;
        if (Samples > 1)
        {
            var range = bar.High - bar.Low;
            _values.Add(Ratio.Of((midpoint - _previousMidpoint) * range * VolumeScale, bar.Volume));
        }

        _previousMidpoint = midpoint;
        return _values.IsFull ? _values.Mean() : 0d;
    }

    /// <inheritdoc />
    protected override void ResetState()
    {
        _values.Clear();
        _previousMidpoint = 0d;
    }
}
