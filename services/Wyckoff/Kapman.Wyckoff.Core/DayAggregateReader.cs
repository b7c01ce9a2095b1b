using System.Globalization;
using Kapman.MarketData;

namespace Kapman.Wyckoff.Core;

/// <summary>
/// Reads one session of a day-aggregates flat file (<c>ticker,volume,open,close,high,low,window_start,transactions</c>,
/// columns found by header name) into bars per ticker, for the research benchmark. Rows whose numbers do
/// not parse, or that fail <see cref="WyckoffAnalyzer.Analyze"/>'s bar checks (prices &gt; 0, high ≥ low,
/// volume ≥ 0), or that repeat a ticker's session, are skipped and counted. Files must come in date order. Pure: the caller opens the file.
/// </summary>
public static class DayAggregateReader
{
    /// <summary>Appends the session's bars to <paramref name="bars"/> (by ticker) and returns the skipped-row count.</summary>
    /// <param name="reader">The decompressed CSV text.</param>
    /// <param name="session">The session date (from the file name).</param>
    /// <param name="bars">Bars per ticker; a list is created for a new ticker.</param>
    /// <param name="keep">Tickers to keep; null keeps all.</param>
    /// <exception cref="FormatException">The header lacks a needed column.</exception>
    public static int Read(TextReader reader, DateOnly session, Dictionary<string, List<Bar>> bars, IReadOnlySet<string>? keep)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(bars);
        var header = (reader.ReadLine() ?? "").Split(',');
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0
            ? i
            : throw new FormatException($"The {session:yyyy-MM-dd} file has no '{name}' column.");
        int ticker = Column("ticker"), open = Column("open"), high = Column("high"), low = Column("low"), close = Column("close"), volume = Column("volume");
        var skipped = 0;
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split(',');
            if (f.Length < header.Length || (keep is not null && !keep.Contains(f[ticker])))
            {
                skipped += f.Length < header.Length ? 1 : 0;
                continue;
            }

            if (!Number(f[open], out var o) || !Number(f[high], out var h) || !Number(f[low], out var l) ||
                !Number(f[close], out var c) || !Number(f[volume], out var v) || o <= 0 || l <= 0 || c <= 0 || h < l || v < 0)
            {
                skipped++;
                continue;
            }

            if (!bars.TryGetValue(f[ticker], out var list))
            {
                bars[f[ticker]] = list = [];
            }
            else if (list[^1].Date >= session)
            {
                skipped++;
                continue;
            }

            list.Add(new Bar(session, o, h, l, c, v));
        }

        return skipped;
    }

    private static bool Number(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
