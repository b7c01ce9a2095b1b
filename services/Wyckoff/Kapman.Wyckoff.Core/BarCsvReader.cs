using System.Globalization;
using Kapman.MarketData;

namespace Kapman.Wyckoff.Core;

/// <summary>
/// Reads the offline analyser's input: a CSV with the header <c>date,open,high,low,close,volume</c>
/// (case-insensitive), dates <c>yyyy-MM-dd</c>, invariant-culture numbers, one bar per line; blank lines are
/// ignored. Pure: the caller opens the file.
/// </summary>
public static class BarCsvReader
{
    private const string Header = "date,open,high,low,close,volume";

    /// <summary>The bars in file order.</summary>
    /// <exception cref="FormatException">The header differs, or a line (reported by its 1-based number) does
    /// not have six fields that parse.</exception>
    public static IReadOnlyList<Bar> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var header = reader.ReadLine()?.Trim();
        if (!string.Equals(header, Header, StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException($"Line 1 must be '{Header}', not '{header}'.");
        }

        var bars = new List<Bar>();
        var number = 1;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var f = line.Split(',');
            if (f.Length != 6 ||
                !DateOnly.TryParseExact(f[0].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ||
                !Number(f[1], out var open) || !Number(f[2], out var high) || !Number(f[3], out var low) ||
                !Number(f[4], out var close) || !Number(f[5], out var volume))
            {
                throw new FormatException($"Line {number} is not 'yyyy-MM-dd,open,high,low,close,volume': '{line}'.");
            }

            bars.Add(new Bar(date, open, high, low, close, volume));
        }

        return bars;
    }

    private static bool Number(string text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
