namespace Kapman.Contracts;

/// <summary>An underlying whose option chain is wanted, and why, as <see cref="OptionShardRequested"/> carries it.</summary>
/// <param name="Underlying">Upper-case ticker, e.g. <c>NVDA</c>.</param>
/// <param name="WantedBy">Each reason (e.g. <c>watchlist core</c>, <c>portfolio Growth P1</c>, <c>setting Kapman:Options:Watchlist</c>), in ordinal order.</param>
public sealed record WantedChain(string Underlying, IReadOnlyList<string> WantedBy);
