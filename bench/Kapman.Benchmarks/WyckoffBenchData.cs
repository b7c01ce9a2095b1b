using System.Globalization;
using System.IO.Compression;
using Kapman.Ingestion.Core;
using Kapman.MarketData;
using Kapman.Wyckoff.Application;
using Kapman.Wyckoff.Core;

namespace Kapman.Benchmarks;

/// <summary>The flat-file universe (../shared/data/flatfiles, 907 sessions, 610,384 rows) for the Wyckoff benchmarks.</summary>
public static class WyckoffBenchData
{
    /// <summary>
    /// The bars the suite stores: every day_aggs_v1 file parsed and validated by Ingestion's
    /// <see cref="SessionFileParser"/> (quarantined rows left out), one ascending array per ticker.
    /// </summary>
    public static Dictionary<string, Bar[]> Stored()
    {
        var byTicker = new Dictionary<string, List<Bar>>(StringComparer.Ordinal);
        foreach (var (session, path) in Files())
        {
            using var reader = Open(path);
            foreach (var bar in SessionFileParser.Parse(reader, session).Bars)
            {
                if (!byTicker.TryGetValue(bar.Ticker, out var bars))
                {
                    byTicker[bar.Ticker] = bars = [];
                }

                bars.Add(new Bar(bar.SessionDate, bar.Open, bar.High, bar.Low, bar.Close, bar.Volume));
            }
        }

        return byTicker.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The bars as <c>kapman research wyckoff</c> reads them (<see cref="DayAggregateReader"/>), one list per ticker.</summary>
    public static List<List<Bar>> Research()
    {
        var byTicker = new Dictionary<string, List<Bar>>(StringComparer.Ordinal);
        foreach (var (session, path) in Files())
        {
            using var reader = Open(path);
            DayAggregateReader.Read(reader, session, byTicker, null);
        }

        return [.. byTicker.Values];
    }

    /// <summary>
    /// What the daily run analyses for the last session of <paramref name="stored"/>: every ticker with a bar that
    /// session, its bars from <see cref="WyckoffDailyStep.LookbackCalendarDays"/> calendar days before through the session.
    /// </summary>
    public static Dictionary<string, IReadOnlyList<Bar>> LastSession(IReadOnlyDictionary<string, Bar[]> stored, out DateOnly session)
    {
        var last = stored.Values.Max(b => b[^1].Date);
        var from = last.AddDays(-WyckoffDailyStep.LookbackCalendarDays);
        session = last;
        return stored.Where(p => p.Value[^1].Date == last)
            .ToDictionary(p => p.Key, p => (IReadOnlyList<Bar>)p.Value.Where(b => b.Date >= from).ToArray(), StringComparer.Ordinal);
    }

    private static IEnumerable<(DateOnly Session, string Path)> Files() =>
        Directory.GetFiles(Path.Combine(IngestionBenchData.FlatFiles(), "us_stocks_sip", "day_aggs_v1"), "*.csv.gz", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(p => (DateOnly.ParseExact(Path.GetFileName(p)[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture), p));

    private static StreamReader Open(string path) => new(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
}
