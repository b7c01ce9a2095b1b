using System.Globalization;
using System.IO.Compression;
using Kapman.MarketData;

namespace Kapman.Benchmarks;

/// <summary>The flat-file universe (../shared/data/flatfiles, about 610K bars) as one ascending bar array per ticker.</summary>
public static class MetricsBenchData
{
    /// <summary>Reads every day_aggs_v1 file; rows are kept as delivered (bad OHLC rows included).</summary>
    public static Dictionary<string, Bar[]> Universe()
    {
        var byTicker = new Dictionary<string, List<Bar>>(StringComparer.Ordinal);
        var files = Directory.GetFiles(Path.Combine(IngestionBenchData.FlatFiles(), "us_stocks_sip", "day_aggs_v1"), "*.csv.gz", SearchOption.AllDirectories);
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var reader = new StreamReader(gzip);
            reader.ReadLine();
            while (reader.ReadLine() is { Length: > 0 } line)
            {
                var f = line.Split(',');
                var date = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(f[6], CultureInfo.InvariantCulture) / 1_000_000).UtcDateTime);
                var bar = new Bar(date, Number(f[2]), Number(f[4]), Number(f[5]), Number(f[3]), Number(f[1]));
                if (!byTicker.TryGetValue(f[0], out var bars))
                {
                    byTicker[f[0]] = bars = [];
                }

                bars.Add(bar);
            }
        }

        return byTicker.ToDictionary(p => p.Key, p => p.Value.OrderBy(b => b.Date).ToArray(), StringComparer.Ordinal);
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
