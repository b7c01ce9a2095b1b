namespace Kapman.Options.Core;

/// <summary>One strike's open interest and gamma exposure, summed over all expirations of one right.</summary>
/// <param name="Strike">Strike in $ per share.</param>
/// <param name="OpenInterest">Open contracts at this strike (calls or puts, all expirations).</param>
/// <param name="Gex">
/// Dealer gamma exposure of those contracts in $ per 1 % move of the underlying, signed as in
/// <see cref="DealerMetrics.NetGex"/>: positive for call walls, negative for put walls.
/// </param>
public sealed record StrikeWall(double Strike, long OpenInterest, double Gex);
