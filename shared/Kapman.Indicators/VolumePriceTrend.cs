using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Volume price trend (no TA-Lib function; StockCharts "PVT"): VPT = Σ volume × (close − previous close) /
/// previous close, 0 on the first bar (and no change when the previous close is 0). Warm-up: 1 bar.
/// Unit: shares (cumulative).
/// </summary>
public sealed class VolumePriceTrend : BarIndicator
{
    private double _previousClose;
    private double _trend;

    /// <summary>Creates the indicator.</summary>
    public VolumePriceTrend()
        : base("VPT", 1)
    {
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        if (Samples > 1)
        {
            _trend += bar.Volume * Ratio.Of(bar.Close - _previousClose, _previousClose);
        }

        _previousClose = bar.Close;
        return _trend;
    }

    /// <inheritdoc />
    protected override void ResetState() => _previousClose = _trend = 0d;
}
