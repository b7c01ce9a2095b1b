namespace Kapman.Web.Clients;

/// <summary>One state change of an order (execution API <c>GET /orders/{id}</c>).</summary>
/// <param name="From">State before, e.g. new.</param>
/// <param name="To">State after, e.g. working.</param>
/// <param name="At">When.</param>
/// <param name="Reason">Why, e.g. "broker accepted" or "walk exhausted".</param>
public sealed record OrderTransitionView(string From, string To, DateTimeOffset At, string? Reason);
