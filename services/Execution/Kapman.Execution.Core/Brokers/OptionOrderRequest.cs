namespace Kapman.Execution.Core.Brokers;

/// <summary>A single-leg option limit day order (docs/domain/execution.md#broker-interface, seed 003 §8 task 9.2.1, <c>place_option_order</c>, without the market override).</summary>
/// <param name="Underlying">The underlying ticker, e.g. <c>SPY</c>.</param>
/// <param name="Leg">The contract, side and quantity in contracts.</param>
/// <param name="LimitPrice">The limit in $ per share, positive.</param>
/// <param name="Tag">Optional client tag stored with the order.</param>
public sealed record OptionOrderRequest(string Underlying, OrderLeg Leg, decimal LimitPrice, string? Tag = null);
