using Kapman.Execution.Core.Fills;
using Kapman.Execution.Data;

namespace Kapman.Execution.Brokers.Paper;

/// <summary>
/// The paper broker's market: the latest stored chain of each contract (<see cref="StoredChainReader"/>), as fill-model quotes. A
/// contract without both a bid and an ask, or with the ask below the bid, has no usable quote. The stored chain has no sizes: each side
/// is taken to show <see cref="PaperOptions.AssumedQuoteSize"/> contracts.
/// </summary>
public static class PaperQuotes
{
    /// <summary>The fill-model quote of each stored contract that has one.</summary>
    public static IReadOnlyDictionary<string, OptionQuote> From(IReadOnlyDictionary<string, StoredQuote> stored, int assumedSize)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var quotes = new Dictionary<string, OptionQuote>(StringComparer.Ordinal);
        foreach (var (symbol, q) in stored)
        {
            if (q.Bid is { } bid && q.Ask is { } ask && double.IsFinite(bid) && double.IsFinite(ask) && bid >= 0 && ask >= bid)
            {
                quotes[symbol] = new OptionQuote(symbol, (decimal)bid, (decimal)ask, assumedSize, assumedSize);
            }
        }

        return quotes;
    }
}
