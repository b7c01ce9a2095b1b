namespace Kapman.Execution.Core.Orders;

/// <summary>
/// How the net limit price of a combo is read (docs/domain/execution.md#combo-orders, seed 003 §9.2 <c>order_type = "credit" | "debit"</c>). Prices are
/// always stored as a non-negative magnitude in dollars per share; this says which way the money moves.
/// </summary>
public enum PriceType
{
    /// <summary>The combo costs money: the limit is the most the order pays per share.</summary>
    NetDebit,

    /// <summary>The combo brings money in: the limit is the least the order accepts per share.</summary>
    NetCredit,
}
