namespace Kapman.Execution.Apis;

/// <summary>One holding of a position: signed contracts (+ long, − short) and the average open price, $ per share.</summary>
public sealed record PositionLegDto(string OccSymbol, int Quantity, decimal AveragePrice);
