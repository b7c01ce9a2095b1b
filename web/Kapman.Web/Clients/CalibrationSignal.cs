namespace Kapman.Web.Clients;

/// <summary>One signal of a <see cref="CalibrationSet"/>.</summary>
/// <param name="Signal">The signal (trigger), e.g. "SPRING_ENTRY".</param>
/// <param name="Count">Resolved calls it was fitted on.</param>
/// <param name="BaseRate">Their hit rate, 0-1: its confidence when it has no edge.</param>
/// <param name="HasEdge">Whether its fit beat the base rate out of sample; false shows "no edge".</param>
public sealed record CalibrationSignal(string Signal, int Count, double BaseRate, bool HasEdge);
