using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Normalised average true range (TA-Lib <c>NATR</c>, default 14): 100 × ATR / close (0 when the close is 0),
/// ATR as <see cref="AverageTrueRange"/>. Warm-up: period + 1 bars. Unit: percent of price.
/// </summary>
public sealed class NormalizedAverageTrueRange : BarIndicator
{
    private readonly AverageTrueRange _atr;

    /// <summary>Creates the indicator.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is below 1.</exception>
    public NormalizedAverageTrueRange(int period = 14)
        : base($"NATR({period})", Periods.Checked(period) + 1)
    {
        _atr = new AverageTrueRange(period);
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar) =>
        _atr.Update(bar) ? 100d * Ratio.Of(_atr.Current, bar.Close) : 0d;

    /// <inheritdoc />
    protected override void ResetState() => _atr.Reset();
}
