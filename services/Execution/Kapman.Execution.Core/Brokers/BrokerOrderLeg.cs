namespace Kapman.Execution.Core.Brokers;

/// <summary>One leg of an order as the broker reports it.</summary>
/// <param name="OccSymbol">The contract as a Kapman OCC symbol without padding.</param>
/// <param name="Side">Buy or sell, to open or to close.</param>
/// <param name="Quantity">Contracts ordered.</param>
/// <param name="Status">The leg's state.</param>
/// <param name="ExecutedQuantity">Contracts filled so far.</param>
/// <param name="RemainingQuantity">Contracts still working.</param>
/// <param name="AverageFillPrice">Average fill in $ per share, or null before any fill.</param>
/// <param name="LastFillPrice">Last fill in $ per share, or null before any fill.</param>
/// <param name="UpdatedAt">When the leg last changed (Tradier <c>transaction_date</c>), or null.</param>
public sealed record BrokerOrderLeg(
    string OccSymbol,
    OrderLegSide Side,
    decimal Quantity,
    BrokerOrderStatus Status,
    decimal ExecutedQuantity,
    decimal RemainingQuantity,
    decimal? AverageFillPrice,
    decimal? LastFillPrice,
    DateTimeOffset? UpdatedAt);
