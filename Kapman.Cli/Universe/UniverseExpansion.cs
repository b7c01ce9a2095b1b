using System.Globalization;

namespace Kapman.Cli.Universe;

/// <summary>
/// Which symbols a generated universe of a given size holds (issue 23 item 2): the real tickers first, then copies of their series under
/// new symbols <c>{TICKER}-G{k}</c> (copy k = 1, 2, ... of every real ticker in ordinal order) until the size is reached. The suffix keeps
/// every symbol valid for the flat-file parser (<c>^[A-Z][A-Za-z0-9.\-]{0,11}$</c>) and unmistakably generated; a size below the real
/// universe keeps the first tickers in ordinal order.
/// </summary>
internal static class UniverseExpansion
{
    /// <summary>The suffix marking a generated symbol.</summary>
    public const string CopyMarker = "-G";

    /// <summary>
    /// For each real ticker of <paramref name="realTickers"/> that the universe keeps, the symbols its series appears under (itself first).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is not positive.</exception>
    /// <exception cref="ArgumentException"><paramref name="realTickers"/> is empty.</exception>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Symbols(IEnumerable<string> realTickers, int size)
    {
        ArgumentNullException.ThrowIfNull(realTickers);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        var real = realTickers.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (real.Count == 0)
        {
            throw new ArgumentException("The source universe has no tickers.", nameof(realTickers));
        }

        var symbols = real.Take(size).ToDictionary(t => t, t => new List<string> { t }, StringComparer.Ordinal);
        var count = symbols.Count;
        for (var copy = 1; count < size; copy++)
        {
            foreach (var ticker in real.TakeWhile(_ => count < size))
            {
                symbols[ticker].Add(ticker + CopyMarker + copy.ToString(CultureInfo.InvariantCulture));
                count++;
            }
        }

        return symbols.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal);
    }
}
