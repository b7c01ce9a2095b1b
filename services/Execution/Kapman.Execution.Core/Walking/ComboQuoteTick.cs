namespace Kapman.Execution.Core.Walking;

/// <summary>
/// One observation of the combo's market while the walk rests (one poll). <see cref="NaturalPrice"/> is the net
/// price at which the combo trades at once: for a credit, Σ sell-leg bids − Σ buy-leg asks (× ratio); for a debit,
/// Σ buy-leg asks − Σ sell-leg bids. It is a magnitude in dollars per share, like the limit.
/// </summary>
/// <param name="Elapsed">Time since the first placement.</param>
/// <param name="NaturalPrice">Net dollars per share available at once.</param>
/// <param name="Size">Combo units available at that price.</param>
public sealed record ComboQuoteTick(TimeSpan Elapsed, decimal NaturalPrice, int Size);
