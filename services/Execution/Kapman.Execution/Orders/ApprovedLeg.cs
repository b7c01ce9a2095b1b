namespace Kapman.Execution.Orders;

/// <summary>One leg of a stored approval (the <c>RecommendedLeg</c> of the event): limit price its mid, $ per share.</summary>
public sealed record ApprovedLeg(string OccSymbol, string Side, int Ratio, decimal LimitPrice, DateOnly Expiration, double Strike, string Right);
