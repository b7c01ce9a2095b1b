namespace Kapman.Execution.Core.Positions;

/// <summary>
/// Greeks of one option as brokers quote them, per share of the underlying: delta (shares per share, a call
/// 0..1), gamma (delta per $1), theta (dollars per day), vega (dollars per 1 vol point). One contract's exposure is
/// these × 100 (<see cref="ContractMultiplier"/>).
/// </summary>
/// <param name="Delta">Per share.</param>
/// <param name="Gamma">Per share per $1 of the underlying.</param>
/// <param name="Theta">Dollars per share per calendar day.</param>
/// <param name="Vega">Dollars per share per 1 point of implied volatility.</param>
public sealed record OptionGreeks(double Delta, double Gamma, double Theta, double Vega);
