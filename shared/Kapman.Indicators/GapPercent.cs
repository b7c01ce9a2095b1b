using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Opening gap: 100 × (open − previous close) / previous close; 0 when the previous close is 0 (with
/// <see cref="UndefinedReason"/>).
/// Warm-up: 2 bars. Unit: percent.
/// </summary>
public sealed class GapPercent : BarIndicator
{
    private double _previousClose;
    private bool _zeroPreviousClose;

    /// <summary>Creates the indicator.</summary>
    public GapPercent()
        : base("GAP", 2)
    {
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        _zeroPreviousClose = Samples > 1 && _previousClose == 0d;
        var value = Samples > 1 ? 100d * Ratio.Of(bar.Open - _previousClose, _previousClose) : 0d;
        _previousClose = bar.Close;
        return value;
    }

    /// <inheritdoc />
    public override string? UndefinedReason => IsReady && _zeroPreviousClose ? "previous close is 0: the gap is undefined" : null;

    /// <inheritdoc />
    protected override void ResetState()
    {
        _previousClose = 0d;
        _zeroPreviousClose = false;
    }
}
