using System.Globalization;
using System.IO.Compression;
using Kapman.MarketData;

namespace Kapman.Metrics.Core.Tests.TestData;

/// <summary>
/// Real daily bars of the Polygon flat files (../shared/data/flatfiles/us_stocks_sip/day_aggs_v1, 907 sessions
/// 2023-01..2026, columns ticker,volume,open,close,high,low,window_start(ns),transactions), as delivered.
/// </summary>
internal static class FlatFileBars
{
    /// <summary>The bars of <paramref name="tickers"/>, ascending by date, read in one pass over every file.</summary>
    public static Dictionary<string, Bar[]> Read(params string[] tickers) => Read(tickers.ToHashSet(StringComparer.Ordinal).Contains);

    private static Dictionary<string, Bar[]> Read(Func<string, bool> wanted)
    {
        var byTicker = new Dictionary<string, List<Bar>>(StringComparer.Ordinal);
        var root = RepoFiles.SharedData("flatfiles", "us_stocks_sip", "day_aggs_v1");
        foreach (var file in Directory.GetFiles(root, "*.csv.gz", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var reader = new StreamReader(gzip);
            reader.ReadLine();
            while (reader.ReadLine() is { Length: > 0 } line)
            {
                var ticker = line[..line.IndexOf(',', StringComparison.Ordinal)];
                if (!wanted(ticker))
                {
                    continue;
                }

                var f = line.Split(',');
                var nanoseconds = long.Parse(f[6], CultureInfo.InvariantCulture);
                var date = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(nanoseconds / 1_000_000).UtcDateTime);
                if (!byTicker.TryGetValue(ticker, out var bars))
                {
                    byTicker[ticker] = bars = [];
                }

                bars.Add(new Bar(date, Number(f[2]), Number(f[4]), Number(f[5]), Number(f[3]), Number(f[1])));
            }
        }

        return byTicker.ToDictionary(p => p.Key, p => p.Value.OrderBy(b => b.Date).ToArray(), StringComparer.Ordinal);
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
