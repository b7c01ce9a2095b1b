namespace Kapman.Execution.Core.Exits;

/// <summary>One contract a position group holds.</summary>
/// <param name="OccSymbol">The contract.</param>
/// <param name="Contracts">Signed contracts: + long, − short.</param>
public sealed record ExitHolding(string OccSymbol, int Contracts);
