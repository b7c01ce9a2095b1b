using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// On-balance volume (TA-Lib <c>OBV</c>): starts at the first bar's volume; then adds the volume when the
/// close is above the previous close, subtracts it when below, and leaves it unchanged when equal.
/// Warm-up: 1 bar. Unit: shares (cumulative).
/// </summary>
public sealed class OnBalanceVolume : BarIndicator
{
    private double _previousClose;
    private double _obv;

    /// <summary>Creates the indicator.</summary>
    public OnBalanceVolume()
        : base("OBV", 1)
    {
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        if (Samples == 1)
        {
            _obv = bar.Volume;
        }
        else if (bar.Close > _previousClose)
        {
            _obv += bar.Volume;
        }
        else if (bar.Close < _previousClose)
        {
            _obv -= bar.Volume;
        }

        _previousClose = bar.Close;
        return _obv;
    }

    /// <inheritdoc />
    protected override void ResetState()
    {
        _previousClose = 0d;
        _obv = 0d;
    }
}
