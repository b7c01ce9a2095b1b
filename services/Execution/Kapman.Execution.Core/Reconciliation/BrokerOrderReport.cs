using Kapman.Execution.Core.Orders;

namespace Kapman.Execution.Core.Reconciliation;

/// <summary>An order as the broker reports it (Core's own shape; the broker adapters' DTOs map onto it).</summary>
/// <param name="BrokerOrderId">The broker's id.</param>
/// <param name="ClientOrderId">The local order id sent with the order (tag), if the broker echoes it.</param>
/// <param name="State">The broker's status mapped to <see cref="OrderState"/>.</param>
/// <param name="Quantity">Combo units ordered.</param>
/// <param name="FilledQuantity">Combo units filled.</param>
/// <param name="AverageFillPrice">Net average fill, dollars per share, or null.</param>
public sealed record BrokerOrderReport(string BrokerOrderId, string? ClientOrderId, OrderState State, int Quantity, int FilledQuantity, decimal? AverageFillPrice);
