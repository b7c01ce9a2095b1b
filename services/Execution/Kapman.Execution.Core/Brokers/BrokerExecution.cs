namespace Kapman.Execution.Core.Brokers;

/// <summary>Contracts filled on one leg of one order, as known at the time of the query.</summary>
/// <param name="OrderId">The broker's order id.</param>
/// <param name="OccSymbol">The contract as a Kapman OCC symbol without padding.</param>
/// <param name="Side">Buy or sell, to open or to close.</param>
/// <param name="Quantity">Contracts filled on the leg so far.</param>
/// <param name="AveragePrice">Average fill in $ per share.</param>
/// <param name="ExecutedAt">The leg's last change (Tradier <c>transaction_date</c>).</param>
/// <param name="Tag">The order's client tag, or null.</param>
public sealed record BrokerExecution(string OrderId, string OccSymbol, OrderLegSide Side, decimal Quantity, decimal AveragePrice, DateTimeOffset ExecutedAt, string? Tag);
