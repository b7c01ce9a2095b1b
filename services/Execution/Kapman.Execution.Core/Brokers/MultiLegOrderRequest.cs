namespace Kapman.Execution.Core.Brokers;

/// <summary>
/// A multi-leg option limit order (docs/domain/execution.md#broker-interface, seed 003 §8 task 9.2.1, <c>place_multileg_order</c>): always a day order with a net limit
/// price; there is no market variant here (docs/domain/execution.md#market-orders, seed 003 §11 "no market orders", Appendix G: only the emergency close may be one).
/// </summary>
/// <param name="Underlying">The underlying ticker, e.g. <c>SPY</c>.</param>
/// <param name="Legs">Two to four legs on distinct contracts (a close may have one).</param>
/// <param name="PriceType">Debit, credit or even.</param>
/// <param name="LimitPrice">The net limit in $ per share (one contract is 100 shares), positive for debit and credit, ignored for even.</param>
/// <param name="Tag">Optional client tag the broker stores with the order (Tradier: letters, digits and '-', at most 255 characters).</param>
public sealed record MultiLegOrderRequest(
    string Underlying,
    IReadOnlyList<OrderLeg> Legs,
    NetPriceType PriceType,
    decimal LimitPrice,
    string? Tag = null);
