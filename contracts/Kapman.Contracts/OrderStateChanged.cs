namespace Kapman.Contracts;

/// <summary>
/// An execution order changed state (version 2: one event per stored transition, written to the outbox in the transaction that
/// stores the transition).
/// </summary>
/// <param name="OrderId">Execution's order id.</param>
/// <param name="RecommendationId">The recommendation the order enters, or null for a close or flatten.</param>
/// <param name="Ticker">The underlying.</param>
/// <param name="Description">The combo in words, e.g. <c>BUY 2 SPY251024C00650000 / SELL 2 SPY251024C00660000 @ 1.25 DEBIT</c>.</param>
/// <param name="Legs">The legs.</param>
/// <param name="FromState">State before: new, working, partially_filled, filled, cancelled, rejected or expired.</param>
/// <param name="ToState">State after (equal to <paramref name="FromState"/> only for a further partial fill).</param>
/// <param name="FillQuantity">Combo units filled by this transition (0 unless a fill).</param>
/// <param name="FillPrice">Net fill price of this transition in $ per share (a magnitude, read with the order's price type), or null.</param>
/// <param name="FilledQuantity">Combo units filled so far.</param>
/// <param name="Quantity">Combo units ordered.</param>
/// <param name="Mode">PAPER, SHADOW or LIVE.</param>
/// <param name="Simulated">True when no real broker took part (paper and shadow): the fill is the paper model's.</param>
/// <param name="Reason">Why (the broker's text, the walk's decision, the kill switch), or null.</param>
/// <param name="At">When the transition happened.</param>
public sealed record OrderStateChanged(
    Guid RunId,
    DateOnly SessionDate,
    Guid OrderId,
    Guid? RecommendationId,
    string Ticker,
    string Description,
    IReadOnlyList<OrderStateLeg> Legs,
    string FromState,
    string ToState,
    int FillQuantity,
    decimal? FillPrice,
    int FilledQuantity,
    int Quantity,
    string Mode,
    bool Simulated,
    string? Reason,
    DateTimeOffset At,
    int SchemaVersion = 2) : IIntegrationEvent;
