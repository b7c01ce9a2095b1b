namespace Kapman.Execution.Core.Risk;

/// <summary>
/// A shock applied to every underlying at once, with time held still (docs/domain/risk-book.md#scenarios, seed 003 §6 task 7.2.1
/// <c>pnl_1pct_up</c> … <c>pnl_5pct_down</c>, and a volatility shock).
/// </summary>
/// <param name="Name">Label, e.g. <c>spot -5%</c> or <c>vol +5</c>.</param>
/// <param name="SpotMove">Relative move of each spot (−0.05 = −5 %).</param>
/// <param name="VolatilityPoints">Shift of every implied volatility in volatility points (+5 = σ + 0.05).</param>
public sealed record RiskScenario(string Name, double SpotMove, double VolatilityPoints)
{
    /// <summary>The −5 % spot scenario whose loss the caps and triggers compare.</summary>
    public static RiskScenario Down5 { get; } = new("spot -5%", -0.05, 0);

    /// <summary>
    /// The seed's spot scenarios (±1, ±2, −5 %, with +5 % added for symmetry) and a volatility shock of ±<paramref name="volatilityPoints"/>.
    /// </summary>
    public static IReadOnlyList<RiskScenario> Standard(double volatilityPoints) =>
    [
        Down5,
        new("spot -2%", -0.02, 0),
        new("spot -1%", -0.01, 0),
        new("spot +1%", 0.01, 0),
        new("spot +2%", 0.02, 0),
        new("spot +5%", 0.05, 0),
        new($"vol -{volatilityPoints:0.##}", 0, -volatilityPoints),
        new($"vol +{volatilityPoints:0.##}", 0, volatilityPoints),
    ];
}
