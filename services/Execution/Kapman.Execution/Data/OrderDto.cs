namespace Kapman.Execution.Data;

/// <summary>An order: limit price in dollars per share of the contract; times UTC.</summary>
public sealed record OrderDto(Guid Id, Guid? RecommendationId, string OccSymbol, string Side, int Quantity, string OrderType, double? LimitPrice, string State, string Broker, DateTime CreatedAt, DateTime UpdatedAt);
