using System.Globalization;
using System.IO.Compression;
using Kapman.MarketData;

namespace Kapman.Indicators.Tests.TestData;

/// <summary>Real daily bars from the shared history (Interactive Brokers, split-adjusted).</summary>
internal static class RealBars
{
    /// <summary>The SPY daily bars of history/ibkr_daily/SPY.csv.gz (2016-06 onwards, about 2,550 bars).</summary>
    public static Bar[] Spy() => Read("SPY");

    /// <summary>Reads history/ibkr_daily/{ticker}.csv.gz (date,open,high,low,close,volume,...).</summary>
    public static Bar[] Read(string ticker)
    {
        using var file = File.OpenRead(RepoFiles.SharedData("history", "ibkr_daily", ticker + ".csv.gz"));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        reader.ReadLine();
        var bars = new List<Bar>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var f = line.Split(',');
            bars.Add(new Bar(
                DateOnly.ParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                double.Parse(f[1], CultureInfo.InvariantCulture),
                double.Parse(f[2], CultureInfo.InvariantCulture),
                double.Parse(f[3], CultureInfo.InvariantCulture),
                double.Parse(f[4], CultureInfo.InvariantCulture),
                double.Parse(f[5], CultureInfo.InvariantCulture)));
        }

        return [.. bars];
    }
}
