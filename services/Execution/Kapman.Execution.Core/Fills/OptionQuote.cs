namespace Kapman.Execution.Core.Fills;

/// <summary>A top-of-book quote for one option contract. Prices dollars per share; sizes in contracts.</summary>
/// <param name="OccSymbol">OCC option symbol.</param>
/// <param name="Bid">Best bid, dollars per share, ≥ 0.</param>
/// <param name="Ask">Best ask, dollars per share, ≥ Bid.</param>
/// <param name="BidSize">Contracts bid.</param>
/// <param name="AskSize">Contracts offered.</param>
public sealed record OptionQuote(string OccSymbol, decimal Bid, decimal Ask, int BidSize, int AskSize)
{
    /// <summary>(Bid + Ask) / 2, dollars per share.</summary>
    public decimal Mid => (Bid + Ask) / 2m;

    /// <summary>True when the quote can be traded against: 0 ≤ bid ≤ ask.</summary>
    public bool IsUsable => Bid >= 0m && Ask >= Bid;
}
