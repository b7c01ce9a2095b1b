namespace Kapman.Execution.Core.Exits;

/// <summary>A contract's quote as the exit monitor reads it, dollars per share; null when the side is not quoted.</summary>
/// <param name="Bid">Best bid.</param>
/// <param name="Ask">Best ask.</param>
public sealed record MarkQuote(decimal? Bid, decimal? Ask);
