namespace Kapman.Execution.Apis;

/// <summary>One leg execution: contracts, price $ per share, commission $, simulated when the paper model made it.</summary>
public sealed record FillDto(string OccSymbol, int Quantity, decimal Price, decimal Commission, DateTime At, bool Simulated);
