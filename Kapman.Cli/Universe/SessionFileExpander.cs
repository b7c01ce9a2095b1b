namespace Kapman.Cli.Universe;

/// <summary>
/// Rewrites one day-aggregate flat file (<c>ticker,volume,open,close,high,low,window_start,transactions</c>) for a generated universe:
/// each row of a kept ticker is written once under each of its symbols (<see cref="UniverseExpansion.Symbols"/>) with every other field
/// as the source has it, so generated series are real series, bad rows included (a loader must still quarantine them); a row with no
/// ticker is dropped.
/// </summary>
internal static class SessionFileExpander
{
    /// <summary>Copies <paramref name="source"/> to <paramref name="target"/>; returns the data rows written.</summary>
    /// <exception cref="InvalidDataException">The file has no header line.</exception>
    public static long Expand(TextReader source, TextWriter target, IReadOnlyDictionary<string, IReadOnlyList<string>> symbols)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(symbols);
        var header = source.ReadLine() ?? throw new InvalidDataException("The flat file is empty: no header line.");
        target.Write(header);
        target.Write('\n');
        var rows = 0L;
        while (source.ReadLine() is { } line)
        {
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            if (comma <= 0 || !symbols.TryGetValue(line[..comma], out var names))
            {
                continue;
            }

            var rest = line.AsSpan(comma);
            foreach (var name in names)
            {
                target.Write(name);
                target.Write(rest);
                target.Write('\n');
                rows++;
            }
        }

        return rows;
    }

    /// <summary>The tickers of a flat file's rows (its first column), header skipped.</summary>
    public static IEnumerable<string> Tickers(TextReader source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _ = source.ReadLine();
        while (source.ReadLine() is { } line)
        {
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            if (comma > 0)
            {
                yield return line[..comma];
            }
        }
    }
}
