namespace Kapman.Web.Clients;

/// <summary>
/// An order (execution API <c>GET /orders</c>); <c>GET /orders/{id}</c> adds <paramref name="Legs"/>,
/// <paramref name="Transitions"/>, <paramref name="WalkSteps"/> and <paramref name="Fills"/>, which the list leaves out (null).
/// </summary>
/// <param name="OrderId">Execution's order id.</param>
/// <param name="RecommendationId">The recommendation it was placed for, if any (exits and flattens have none).</param>
/// <param name="Ticker">Underlying.</param>
/// <param name="Strategy">Strategy, e.g. LONG_CALL.</param>
/// <param name="Mode">PAPER, SHADOW or LIVE.</param>
/// <param name="Simulated">True when its fills are modelled (paper), not a broker's.</param>
/// <param name="State">new, working, partially_filled, filled, cancelled, rejected or expired.</param>
/// <param name="LimitPrice">Current net limit, dollars per share, positive for a debit.</param>
/// <param name="FilledQuantity">Combo units filled so far.</param>
/// <param name="Quantity">Combo units ordered.</param>
/// <param name="AverageFillPrice">Average net fill price, dollars per share; null before any fill.</param>
/// <param name="CreatedAt">When the order was created.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="Legs">Its legs (detail only).</param>
/// <param name="Transitions">Its state changes, oldest first (detail only).</param>
/// <param name="WalkSteps">The walking limit's steps (detail only).</param>
/// <param name="Fills">Its fills (detail only).</param>
public sealed record ExecutionOrder(
    Guid OrderId,
    Guid? RecommendationId,
    string Ticker,
    string Strategy,
    string Mode,
    bool Simulated,
    string State,
    decimal LimitPrice,
    int FilledQuantity,
    int Quantity,
    decimal? AverageFillPrice,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<OrderLegView>? Legs = null,
    IReadOnlyList<OrderTransitionView>? Transitions = null,
    IReadOnlyList<WalkStepView>? WalkSteps = null,
    IReadOnlyList<OrderFillView>? Fills = null)
{
    /// <summary>The states in which an order may still be cancelled.</summary>
    public static IReadOnlySet<string> Open { get; } = new HashSet<string>(StringComparer.Ordinal) { "new", "working", "partially_filled" };

    /// <summary>True while the order is new, working or partially filled.</summary>
    public bool IsOpen => Open.Contains(State);
}
