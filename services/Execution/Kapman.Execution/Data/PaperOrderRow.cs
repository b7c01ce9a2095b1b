namespace Kapman.Execution.Data;

/// <summary>
/// A row of <c>paper_orders</c>, an order the paper broker holds. <see cref="Legs"/> is JSON
/// <c>[{occSymbol, side, quantity}]</c> with the broker-interface side (BuyToOpen, SellToClose, ...) and contracts of the whole order;
/// <see cref="Quantity"/> is combo units; <see cref="OrderType"/> debit, credit, even, limit or market; <see cref="Status"/> a
/// <c>BrokerOrderStatus</c> name. Prices $ per share magnitudes.
/// </summary>
public sealed class PaperOrderRow
{
    public string Id { get; init; } = "";

    public string? Tag { get; init; }

    public string OrderClass { get; init; } = "";

    public string Underlying { get; init; } = "";

    public string OrderType { get; init; } = "";

    public string Legs { get; init; } = "[]";

    public int Quantity { get; init; }

    public decimal? LimitPrice { get; init; }

    public string Status { get; init; } = "";

    public int ExecutedQuantity { get; init; }

    public decimal? AverageFillPrice { get; init; }

    public string? RejectReason { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; init; }
}
