using Kapman.Execution.Core.Orders;

namespace Kapman.Execution.Core.Reconciliation;

/// <summary>A local order with the broker id it was given (null until the broker acknowledged it).</summary>
/// <param name="Lifecycle">The local state.</param>
/// <param name="BrokerOrderId">The broker's id, or null.</param>
public sealed record LocalOrder(OrderLifecycle Lifecycle, string? BrokerOrderId);
