namespace Kapman.Execution.Apis;

/// <summary>
/// An order in <c>GET /orders</c>: mode PAPER, SHADOW or LIVE; simulated when no real broker took part; state new, working,
/// partially_filled, filled, cancelled, rejected or expired; prices net $ per share (the limit of the resting rung); quantities combo units.
/// </summary>
public sealed record OrderDto(
    Guid OrderId, Guid? RecommendationId, string Ticker, string Strategy, string Mode, bool Simulated, string State, decimal LimitPrice,
    int FilledQuantity, int Quantity, decimal? AverageFillPrice, DateTime CreatedAt, DateTime UpdatedAt, string Purpose, string PriceType);
