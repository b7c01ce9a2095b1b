using System.Globalization;
using System.IO.Compression;
using Kapman.MarketData;

namespace Kapman.Wyckoff.Core.Tests.TestData;

/// <summary>Reads bar files from the shared data set (../shared/data relative to the repo root).</summary>
internal static class DataFiles
{
    /// <summary>Full path of a file under the shared data folder; fails the test when it is missing.</summary>
    public static string PathOf(params string[] relative) => RepoFiles.SharedData(relative);

    /// <summary>Reads a gzip CSV with the header <c>date,open,high,low,close,volume</c> (date yyyy-MM-dd).</summary>
    public static IReadOnlyList<Bar> ReadLeanDaily(string ticker)
    {
        using var file = File.OpenRead(PathOf("history", "lean_daily_raw", $"{ticker}.csv.gz"));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var header = reader.ReadLine();
        Assert.That(header, Is.EqualTo("date,open,high,low,close,volume"), "unexpected header in the LEAN daily file");
        var bars = new List<Bar>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var f = line.Split(',');
            bars.Add(new Bar(
                DateOnly.ParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Number(f[1]),
                Number(f[2]),
                Number(f[3]),
                Number(f[4]),
                Number(f[5])));
        }

        return bars;
    }

    /// <summary>
    /// One ticker's bars from the day-aggregate flat files (flatfiles/us_stocks_sip/day_aggs_v1/yyyy/MM/yyyy-MM-dd.csv.gz)
    /// of the sessions from <paramref name="from"/> through <paramref name="to"/>, ascending.
    /// </summary>
    public static Bar[] ReadFlatFiles(string ticker, DateOnly from, DateOnly to)
    {
        var folder = PathOf("flatfiles", "us_stocks_sip", "day_aggs_v1");
        var bars = new Dictionary<string, List<Bar>>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.csv.gz", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var session = DateOnly.ParseExact(Path.GetFileName(path)[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (session < from || session > to)
            {
                continue;
            }

            using var file = File.OpenRead(path);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var reader = new StreamReader(gzip);
            DayAggregateReader.Read(reader, session, bars, new HashSet<string> { ticker });
        }

        return [.. bars[ticker]];
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
