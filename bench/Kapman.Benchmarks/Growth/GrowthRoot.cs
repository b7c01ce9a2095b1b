using System.Globalization;
using Kapman.Ingestion.Loading;

namespace Kapman.Benchmarks.Growth;

/// <summary>A data root to backfill from (the real shared data or a generated universe) and the sessions its flat files hold.</summary>
/// <param name="Label">What the table calls it (the tickers per session, e.g. <c>12000</c>).</param>
/// <param name="Directory">The data root (holds <c>flatfiles/us_stocks_sip/day_aggs_v1/YYYY/MM/YYYY-MM-DD.csv.gz</c>).</param>
public sealed record GrowthRoot(string Label, string Directory)
{
    /// <summary>Parses <c>LABEL=DIR</c>.</summary>
    /// <exception cref="FormatException">No <c>=</c>.</exception>
    public static GrowthRoot Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var at = text.IndexOf('=', StringComparison.Ordinal);
        return at > 0 ? new GrowthRoot(text[..at], Path.GetFullPath(text[(at + 1)..])) : throw new FormatException($"--root wants LABEL=DIR, got '{text}'.");
    }

    /// <summary>The file source the service's backfill reads this root with.</summary>
    public DataFiles Files => new(Directory);

    /// <summary>The dates of the session files under the root, in order.</summary>
    public IReadOnlyList<DateOnly> SessionDates() =>
        [.. System.IO.Directory.EnumerateFiles(Path.Combine(Directory, "flatfiles", "us_stocks_sip", "day_aggs_v1"), "*.csv.gz", SearchOption.AllDirectories)
            .Select(f => DateOnly.ParseExact(Path.GetFileName(f)[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Order()];

    /// <summary>The range of the last <paramref name="sessions"/> session files (all of them when there are fewer).</summary>
    public (DateOnly From, DateOnly To, int Sessions) LastSessions(int sessions)
    {
        var dates = SessionDates();
        var kept = dates.Skip(Math.Max(0, dates.Count - sessions)).ToList();
        return kept.Count == 0 ? throw new DirectoryNotFoundException("No session files under " + Directory) : (kept[0], kept[^1], kept.Count);
    }
}
