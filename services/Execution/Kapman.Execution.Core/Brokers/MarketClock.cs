namespace Kapman.Execution.Core.Brokers;

/// <summary>The broker's market clock (Tradier <c>GET /v1/markets/clock</c>).</summary>
/// <param name="Date">The session date (US Eastern).</param>
/// <param name="State">The current state.</param>
/// <param name="Timestamp">The broker's time of the answer.</param>
/// <param name="NextChange">The local (US Eastern) time of the next change, or null.</param>
/// <param name="NextState">The state after the next change.</param>
/// <param name="Description">The broker's description, e.g. "Market is open from 09:30 to 16:00".</param>
public sealed record MarketClock(DateOnly Date, MarketState State, DateTimeOffset Timestamp, TimeOnly? NextChange, MarketState NextState, string Description);
