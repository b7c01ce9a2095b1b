using Kapman.Execution.Core.Orders;

namespace Kapman.Execution.Core.Fills;

/// <summary>One order filled live and, in shadow, by the paper model (docs/domain/execution.md#shadow-mode, seed 003 §9 task 10.2.2).</summary>
/// <param name="OrderId">The order.</param>
/// <param name="PriceType">Credit or debit.</param>
/// <param name="Quantity">Combo units compared (the live fill's).</param>
/// <param name="LiveNetPrice">The broker's net fill, dollars per share.</param>
/// <param name="PaperNetPrice">The paper model's net fill for the same order and quotes, dollars per share.</param>
public sealed record ShadowFillPair(string OrderId, PriceType PriceType, int Quantity, decimal LiveNetPrice, decimal PaperNetPrice)
{
    /// <summary>
    /// How much better the paper fill was than the live one, dollars per share: paper − live for a credit, live −
    /// paper for a debit. Positive means the model is optimistic.
    /// </summary>
    public decimal ModelErrorPerShare => PriceType == PriceType.NetCredit ? PaperNetPrice - LiveNetPrice : LiveNetPrice - PaperNetPrice;

    /// <summary>The error in dollars for the order: per share × quantity × 100.</summary>
    public decimal ModelErrorDollars => ModelErrorPerShare * Quantity * ContractMultiplier.SharesPerContract;
}
