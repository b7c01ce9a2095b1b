namespace Kapman.Options.Chains;

/// <summary>An underlying whose option chain is wanted for every session, and why.</summary>
/// <param name="Underlying">Upper-case ticker, e.g. "NVDA".</param>
/// <param name="WantedBy">Each reason, e.g. <c>watchlist core</c>, <c>portfolio Growth P1</c>, <c>setting Kapman:Options:Watchlist</c>; in ordinal order.</param>
public sealed record ChainWant(string Underlying, IReadOnlyList<string> WantedBy);
