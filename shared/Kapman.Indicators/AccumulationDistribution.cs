using Kapman.MarketData;

namespace Kapman.Indicators;

/// <summary>
/// Accumulation/distribution line (TA-Lib <c>AD</c>; Chaikin): money-flow multiplier
/// CLV = ((close − low) − (high − close)) / (high − low), 0 on a flat bar (high = low, as TA-Lib);
/// AD = Σ CLV × volume from the first bar. Warm-up: 1 bar. Unit: shares (cumulative).
/// </summary>
public sealed class AccumulationDistribution : BarIndicator
{
    private double _line;

    /// <summary>Creates the line.</summary>
    public AccumulationDistribution()
        : base("AD", 1)
    {
    }

    /// <summary>The close location value of <paramref name="bar"/> (−1..1; 0 when high = low).</summary>
    public static double CloseLocation(Bar bar) =>
        Ratio.Of((bar.Close - bar.Low) - (bar.High - bar.Close), bar.High - bar.Low);

    /// <inheritdoc />
    protected override double ComputeNextValue(Bar bar)
    {
        _line += CloseLocation(bar) * bar.Volume;
        return _line;
    }

    /// <inheritdoc />
    protected override void ResetState() => _line = 0d;
}
