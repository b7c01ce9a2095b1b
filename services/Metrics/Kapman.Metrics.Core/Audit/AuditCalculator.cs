using System.Globalization;
using Kapman.MarketData;

namespace Kapman.Metrics.Core.Audit;

/// <summary>
/// The pure part of <c>kapman indicators compute</c>: parses the bars CSV (header with <c>date,open,high,low,close,volume</c>
/// in any order and case, extra columns ignored, dates <c>yyyy-MM-dd</c> strictly ascending) and produces the output
/// CSV: <c>date</c> plus one column per output named <see cref="IndicatorSpec.ColumnName"/>, values in round-trip
/// invariant notation, empty before warm-up.
/// </summary>
public static class AuditCalculator
{
    private static readonly string[] Required = ["date", "open", "high", "low", "close", "volume"];

    /// <summary>Parses the lines of a bars CSV (the first line is the header; blank lines are skipped).</summary>
    /// <exception cref="FormatException">A required column is missing, or a row is malformed or out of date order
    /// (the message gives the line number).</exception>
    public static IReadOnlyList<Bar> ParseBars(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        using var rows = lines.GetEnumerator();
        if (!rows.MoveNext())
        {
            throw new FormatException("The bars file is empty: expected a header date,open,high,low,close,volume.");
        }

        var header = rows.Current.Split(',').Select(h => h.Trim().ToLowerInvariant()).ToList();
        var index = Required.Select(name => header.IndexOf(name)).ToArray();
        if (index.Any(i => i < 0))
        {
            throw new FormatException($"The bars header lacks {string.Join(", ", Required.Where((_, k) => index[k] < 0))}.");
        }

        var bars = new List<Bar>();
        for (var lineNumber = 2; rows.MoveNext(); lineNumber++)
        {
            if (string.IsNullOrWhiteSpace(rows.Current))
            {
                continue;
            }

            var fields = rows.Current.Split(',');
            var bar = ParseRow(fields, index, lineNumber);
            if (bars.Count > 0 && bar.Date <= bars[^1].Date)
            {
                throw new FormatException($"Line {lineNumber}: date {bar.Date:yyyy-MM-dd} does not follow {bars[^1].Date:yyyy-MM-dd}.");
            }

            bars.Add(bar);
        }

        return bars;
    }

    /// <summary>Computes every output of every spec over <paramref name="bars"/> and returns the CSV lines (header first).</summary>
    /// <exception cref="ArgumentException">No spec is given.</exception>
    public static IReadOnlyList<string> Compute(IReadOnlyList<Bar> bars, IReadOnlyList<IndicatorSpec> specs)
    {
        ArgumentNullException.ThrowIfNull(bars);
        ArgumentNullException.ThrowIfNull(specs);
        if (specs.Count == 0)
        {
            throw new ArgumentException("At least one indicator is needed.", nameof(specs));
        }

        var indicators = specs.Select(s => s.CreateIndicator()).ToArray();
        var columns = specs.SelectMany(s => s.Function.Outputs.Select(o => s.ColumnName(o)));
        var lines = new List<string>(bars.Count + 1) { string.Join(',', ["date", .. columns]) };
        foreach (var bar in bars)
        {
            var cells = new List<string> { bar.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
            for (var i = 0; i < specs.Count; i++)
            {
                indicators[i].Update(bar);
                cells.AddRange(specs[i].Function.Outputs.Select(o => Format(o.Read(indicators[i]))));
            }

            lines.Add(string.Join(',', cells));
        }

        return lines;
    }

    private static string Format(double? value) =>
        value is { } v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    private static Bar ParseRow(string[] fields, int[] index, int lineNumber)
    {
        if (fields.Length <= index.Max())
        {
            throw new FormatException($"Line {lineNumber}: expected at least {index.Max() + 1} fields, found {fields.Length}.");
        }

        if (!DateOnly.TryParseExact(fields[index[0]].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new FormatException($"Line {lineNumber}: date '{fields[index[0]]}' is not yyyy-MM-dd.");
        }

        var numbers = new double[5];
        for (var k = 1; k < Required.Length; k++)
        {
            var text = fields[index[k]].Trim();
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[k - 1]) || !double.IsFinite(numbers[k - 1]))
            {
                throw new FormatException($"Line {lineNumber}: {Required[k]} '{text}' is not a number.");
            }
        }

        return new Bar(date, numbers[0], numbers[1], numbers[2], numbers[3], numbers[4]);
    }
}
