using System.Text.RegularExpressions;
using Kapman.Web.Ticker;

namespace Kapman.Web.Watchlists;

/// <summary>Reads what an operator typed into the watchlist forms (pure).</summary>
public static partial class WatchlistInput
{
    /// <summary>Longest watchlist name the ingestion API accepts.</summary>
    public const int MaxNameLength = 100;

    /// <summary>
    /// The tickers in <paramref name="text"/>, separated by commas, semicolons or white space, upper-cased, each once,
    /// in the order first given; null when one of them is not a ticker symbol (<see cref="TickerSymbol.IsValid"/>).
    /// </summary>
    public static IReadOnlyList<string>? Tickers(string? text)
    {
        var tickers = Separators().Split(text ?? string.Empty)
            .Where(t => t.Length > 0)
            .Select(t => t.ToUpperInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return tickers.TrueForAll(TickerSymbol.IsValid) ? tickers : null;
    }

    /// <summary>The trimmed name when it is 1-<see cref="MaxNameLength"/> characters without a slash, else null.</summary>
    public static string? Name(string? text) =>
        text?.Trim() is { Length: > 0 and <= MaxNameLength } name && !name.Contains('/', StringComparison.Ordinal) ? name : null;

    [GeneratedRegex("[\\s,;]+")]
    private static partial Regex Separators();
}
