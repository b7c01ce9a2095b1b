namespace Kapman.Execution.Core.Risk;

/// <summary>
/// One-day parametric VaR by the delta-gamma approximation (docs/domain/risk-book.md#delta-gamma-var; seed 003 §6 task 7.2.1
/// <c>compute_var_parametric</c>): with the z-score move of the underlying δS = S × σ_day × z,
/// VaR = |Δ × δS| + ½ × |Γ| × δS², Δ in shares, Γ in shares per $1, so VaR is in dollars. Both terms count as losses whatever
/// their sign (the seed's conservative form). z = 1.645 at 95 % and 2.326 at 99 % (the seed's one-sided normal quantiles).
/// </summary>
public static class DeltaGammaVar
{
    /// <summary>One-sided standard-normal quantile at 95 %.</summary>
    public const double Z95 = 1.645;

    /// <summary>One-sided standard-normal quantile at 99 %.</summary>
    public const double Z99 = 2.326;

    /// <summary>VaR in dollars.</summary>
    /// <param name="deltaShares">Net delta, shares.</param>
    /// <param name="gammaSharesPerDollar">Net gamma, shares per $1.</param>
    /// <param name="spot">Spot, $ per share.</param>
    /// <param name="dailyVolatility">σ of one day's log return (0.01 = 1 %).</param>
    /// <param name="z">The quantile (<see cref="Z95"/> or <see cref="Z99"/>).</param>
    public static double Of(double deltaShares, double gammaSharesPerDollar, double spot, double dailyVolatility, double z)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dailyVolatility);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(spot);
        var move = spot * dailyVolatility * z;
        return Math.Abs(deltaShares * move) + (0.5 * Math.Abs(gammaSharesPerDollar) * move * move);
    }
}
