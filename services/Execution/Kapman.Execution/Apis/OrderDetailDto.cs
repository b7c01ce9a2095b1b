namespace Kapman.Execution.Apis;

/// <summary><c>GET /orders/{id}</c>: the order with its legs, stored transitions, walk steps and fills.</summary>
public sealed record OrderDetailDto(
    Guid OrderId, Guid? RecommendationId, string Ticker, string Strategy, string Mode, bool Simulated, string State, decimal LimitPrice,
    int FilledQuantity, int Quantity, decimal? AverageFillPrice, DateTime CreatedAt, DateTime UpdatedAt, string Purpose, string PriceType,
    IReadOnlyList<OrderLegDto> Legs, IReadOnlyList<TransitionDto> Transitions, IReadOnlyList<WalkStepDto> WalkSteps, IReadOnlyList<FillDto> Fills);
