using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Negative volume index (no TA-Lib function; Fosback 1976, StockCharts "NVI"): starts at 1000; on a bar whose
/// volume is below the previous bar's, NVI × (1 + (close − previous close) / previous close), otherwise
/// unchanged (also unchanged when the previous close is 0). Warm-up: 1 bar. Unit: index points.
/// </summary>
public sealed class NegativeVolumeIndex : BarIndicator
{
    /// <summary>The starting level.</summary>
    public const double Start = 1000d;

    private double _previousClose;
    private double _previousVolume;
    private double _index = Start;

    /// <summary>Creates the index.</summary>
    public NegativeVolumeIndex()
        : base("NVI", 1)
    {
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        if (Samples > 1 && bar.Volume < _previousVolume)
        {
            _index *= 1d + Ratio.Of(bar.Close - _previousClose, _previousClose);
        }

        _previousClose = bar.Close;
        _previousVolume = bar.Volume;
        return _index;
    }

    /// <inheritdoc />
    protected override void ResetState()
    {
        _previousClose = _previousVolume = 0d;
        _index = Start;
    }
}
