namespace Kapman.Options.Core;

/// <summary>A row of a snapshot that could not be read, with why.</summary>
/// <param name="Index">Zero-based position of the row in <c>results[]</c>.</param>
/// <param name="Ticker">The row's <c>details.ticker</c> when it had one, else null.</param>
/// <param name="Reason">A <see cref="SkipReason"/> code followed by ": " and the detail.</param>
public sealed record SkippedContract(int Index, string? Ticker, string Reason);
