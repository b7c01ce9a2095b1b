namespace Kapman.Options.Core;

/// <summary>An option chain of one underlying captured on one session.</summary>
/// <param name="Underlying">Underlying ticker, e.g. "SPY".</param>
/// <param name="AsOf">The session date of the capture (after its 16:00 ET close).</param>
/// <param name="Spot">Underlying price in $ per share used for the chain.</param>
/// <param name="Source">Free text naming the capture's origin, or null.</param>
/// <param name="Contracts">The contracts read, in feed order.</param>
public sealed record OptionChainSnapshot(string Underlying, DateOnly AsOf, double Spot, string? Source, IReadOnlyList<OptionQuote> Contracts)
{
    /// <summary>The rows that could not be read (empty when all were read), in feed order.</summary>
    public IReadOnlyList<SkippedContract> Skipped { get; init; } = [];
}
