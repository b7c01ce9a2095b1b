using System.Globalization;
using System.IO.Compression;

namespace Kapman.Ingestion.Core.Tests.CorporateActions;

/// <summary>Reads the shared <c>history/lean_daily_raw/TICKER.csv.gz</c> files (date,open,high,low,close,volume; unadjusted).</summary>
internal static class LeanDailyFile
{
    public static List<DailyBar> Read(string ticker)
    {
        var path = RepoFiles.SharedData("history", "lean_daily_raw", ticker + ".csv.gz");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        Assert.That(reader.ReadLine(), Is.EqualTo("date,open,high,low,close,volume"));
        var bars = new List<DailyBar>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var f = line.Split(',');
            double P(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
            bars.Add(new DailyBar(ticker, DateOnly.ParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), P(1), P(2), P(3), P(4),
                long.Parse(f[5], CultureInfo.InvariantCulture), null));
        }

        return bars;
    }
}
