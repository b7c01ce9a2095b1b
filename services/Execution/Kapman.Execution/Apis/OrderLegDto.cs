namespace Kapman.Execution.Apis;

/// <summary>One leg of an order: side BUY or SELL, contracts for the whole order, position effect OPEN or CLOSE.</summary>
public sealed record OrderLegDto(string OccSymbol, string Side, int Quantity, string PositionEffect);
