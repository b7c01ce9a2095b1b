namespace Kapman.Execution.Core.Brokers;

/// <summary>An open position at the broker (Tradier <c>GET /v1/accounts/{id}/positions</c>).</summary>
/// <param name="Symbol">An OCC symbol without padding for an option, else the equity ticker.</param>
/// <param name="Quantity">Signed: contracts for options, shares for equities; negative is short.</param>
/// <param name="CostBasis">Total cost in $ (for options, price per share × 100 × contracts), negative for a short opened for a credit.</param>
/// <param name="AcquiredAt">When the position was opened, or null.</param>
public sealed record BrokerPosition(string Symbol, decimal Quantity, decimal CostBasis, DateTimeOffset? AcquiredAt);
