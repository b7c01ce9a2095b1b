namespace Kapman.Metrics.Core;

/// <summary>
/// Opening gap: 100 × (open − previous close) / previous close; 0 when the previous close is 0.
/// Warm-up: 2 bars. Unit: percent.
/// </summary>
public sealed class GapPercent : BarIndicator
{
    private double _previousClose;

    /// <summary>Creates the indicator.</summary>
    public GapPercent()
        : base("GAP", 2)
    {
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        var value = Samples > 1 ? 100d * Ratio.Of(bar.Open - _previousClose, _previousClose) : 0d;
        _previousClose = bar.Close;
        return value;
    }

    /// <inheritdoc />
    protected override void ResetState() => _previousClose = 0d;
}
