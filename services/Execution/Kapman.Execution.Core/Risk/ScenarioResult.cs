namespace Kapman.Execution.Core.Risk;

/// <summary>The P&amp;L of a scenario, dollars, by full Black-Scholes-Merton repricing (docs/domain/risk-book.md#scenarios).</summary>
/// <param name="Name">The scenario's name.</param>
/// <param name="SpotMove">Relative spot move.</param>
/// <param name="VolatilityPoints">Volatility shift, points.</param>
/// <param name="Pnl">Σ (model value after − model value now) × contracts × 100, dollars.</param>
public sealed record ScenarioResult(string Name, double SpotMove, double VolatilityPoints, double Pnl);
