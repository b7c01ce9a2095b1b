namespace Kapman.Execution.Core.Brokers;

/// <summary>An order as the broker reports it (Tradier <c>GET /v1/accounts/{id}/orders[/{order_id}]</c>).</summary>
/// <param name="Id">The broker's order id, as text.</param>
/// <param name="OrderClass">The broker's order class, e.g. <c>multileg</c>, <c>option</c>, <c>equity</c>, <c>combo</c>.</param>
/// <param name="Symbol">The underlying ticker.</param>
/// <param name="OrderType">The broker's order type, e.g. <c>limit</c>, <c>market</c>, <c>debit</c>, <c>credit</c>, <c>even</c>.</param>
/// <param name="Status">The order's state.</param>
/// <param name="RawStatus">The broker's status text.</param>
/// <param name="Quantity">Quantity ordered (contracts; for a multi-leg order the broker's order-level quantity).</param>
/// <param name="LimitPrice">The limit in $ per share (net for multi-leg), or null for a market order.</param>
/// <param name="AverageFillPrice">Average fill in $ per share (net for multi-leg), or null before any fill.</param>
/// <param name="ExecutedQuantity">Quantity filled so far.</param>
/// <param name="RemainingQuantity">Quantity still working.</param>
/// <param name="CreatedAt">When the broker received the order.</param>
/// <param name="UpdatedAt">When the order last changed (Tradier <c>transaction_date</c>), or null.</param>
/// <param name="Tag">The client tag, or null.</param>
/// <param name="Legs">The legs; a single-leg option order has one, built from its order-level fields.</param>
/// <param name="RejectReason">The broker's reason for a rejection, when given.</param>
public sealed record BrokerOrder(
    string Id,
    string OrderClass,
    string Symbol,
    string OrderType,
    BrokerOrderStatus Status,
    string RawStatus,
    decimal Quantity,
    decimal? LimitPrice,
    decimal? AverageFillPrice,
    decimal ExecutedQuantity,
    decimal RemainingQuantity,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? UpdatedAt,
    string? Tag,
    IReadOnlyList<BrokerOrderLeg> Legs,
    string? RejectReason);
