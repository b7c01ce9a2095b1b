namespace Kapman.Execution.Core.Risk;

/// <summary>
/// The whole book (docs/domain/risk-book.md#totals). Delta and gamma in shares add shares of different underlyings, so they are shown but
/// the book-level delta to compare is <paramref name="BetaWeightedDeltaDollars"/> (or its benchmark shares). VaR adds the underlyings'
/// VaRs: the bound for perfectly correlated underlyings, never below the diversified VaR.
/// </summary>
/// <param name="Holdings">Option holdings valued.</param>
/// <param name="DeltaShares">Σ of the underlyings' share deltas (mixed underlyings).</param>
/// <param name="GammaSharesPerDollar">Σ of the underlyings' gammas (mixed underlyings).</param>
/// <param name="ThetaDollarsPerDay">Σ theta, dollars per day.</param>
/// <param name="VegaDollarsPerVolPoint">Σ vega, dollars per volatility point.</param>
/// <param name="DeltaDollars">Σ delta dollars.</param>
/// <param name="BetaWeightedDeltaDollars">Σ beta-weighted delta dollars.</param>
/// <param name="BetaWeightedDeltaShares">BetaWeightedDeltaDollars ÷ the benchmark's spot: benchmark shares; null without its spot.</param>
/// <param name="Var95">Σ VaR 95 %, dollars.</param>
/// <param name="Var99">Σ VaR 99 %, dollars.</param>
/// <param name="Scenarios">Σ scenario P&amp;L, dollars.</param>
public sealed record RiskTotals(
    int Holdings,
    double DeltaShares,
    double GammaSharesPerDollar,
    double ThetaDollarsPerDay,
    double VegaDollarsPerVolPoint,
    double DeltaDollars,
    double BetaWeightedDeltaDollars,
    double? BetaWeightedDeltaShares,
    double Var95,
    double Var99,
    IReadOnlyList<ScenarioResult> Scenarios)
{
    /// <summary>The loss of the −5 % spot scenario, dollars (0 when it gains).</summary>
    public double LossDown5 => Math.Max(0, -(Scenarios.FirstOrDefault(s => s.Name == RiskScenario.Down5.Name)?.Pnl ?? 0));
}
