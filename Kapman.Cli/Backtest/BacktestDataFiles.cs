extern alias backtest;

using System.IO.Compression;
using backtest::Kapman.Recommendation.Backtest.History;

namespace Kapman.Cli.Backtest;

/// <summary>
/// The stored history <c>kapman backtest</c> reads under its data root: <c>history/lean_daily_raw/&lt;TICKER&gt;.csv.gz</c> (LEAN raw
/// daily bars) and <c>volatility/VIX_History.csv</c>, <c>volatility/VIX3M_History.csv</c> (CBOE closes).
/// </summary>
internal static class BacktestDataFiles
{
    /// <summary>The joined sessions and the number of bar rows skipped as invalid.</summary>
    /// <exception cref="FileNotFoundException">A file is missing.</exception>
    public static (IReadOnlyList<BacktestSession> Sessions, int Skipped) Load(string dataRoot, string underlying)
    {
        var barsPath = Path.Combine(dataRoot, "history", "lean_daily_raw", underlying.ToUpperInvariant() + ".csv.gz");
        var vixPath = Path.Combine(dataRoot, "volatility", "VIX_History.csv");
        var vix3MPath = Path.Combine(dataRoot, "volatility", "VIX3M_History.csv");
        foreach (var path in new[] { barsPath, vixPath, vix3MPath })
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"{path} not found under the data root", path);
            }
        }

        var (bars, skipped) = HistoryFiles.ParseLeanBars(GzipLines(barsPath));
        var sessions = HistoryFiles.Join(bars, HistoryFiles.ParseCboeCloses(File.ReadLines(vixPath)), HistoryFiles.ParseCboeCloses(File.ReadLines(vix3MPath)));
        return (sessions, skipped);
    }

    private static IEnumerable<string> GzipLines(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
