using System.IO.Compression;

namespace Kapman.Recommendation.Backtest.History;

/// <summary>
/// The stored history a backtest walks under a data root, read the same way by <c>kapman backtest</c> and the recommendation service's
/// backtest runs: <c>history/lean_daily_raw/&lt;TICKER&gt;.csv.gz</c> (LEAN raw daily bars, <see cref="HistoryFiles.ParseLeanBars"/>)
/// joined with the CBOE closes of <c>volatility/VIX_History.csv</c> and <c>volatility/VIX3M_History.csv</c>
/// (<see cref="HistoryFiles.ParseCboeCloses"/>). These files hold no option chain: every session is decided on a model-priced chain.
/// </summary>
public static class BacktestDataRoot
{
    /// <summary>Path of the bars of <paramref name="underlying"/> under <paramref name="root"/>.</summary>
    public static string BarsPath(string root, string underlying)
    {
        ArgumentNullException.ThrowIfNull(underlying);
        return Path.Combine(root, "history", "lean_daily_raw", underlying.ToUpperInvariant() + ".csv.gz");
    }

    /// <summary>The joined sessions, ascending, and the number of bar rows skipped as invalid.</summary>
    /// <exception cref="FileNotFoundException">A file is missing.</exception>
    public static (IReadOnlyList<BacktestSession> Sessions, int Skipped) Load(string root, string underlying)
    {
        var barsPath = BarsPath(root, underlying);
        var vixPath = Path.Combine(root, "volatility", "VIX_History.csv");
        var vix3MPath = Path.Combine(root, "volatility", "VIX3M_History.csv");
        foreach (var path in new[] { barsPath, vixPath, vix3MPath })
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"{path} not found under the backtest data root", path);
            }
        }

        var (bars, skipped) = HistoryFiles.ParseLeanBars(GzipLines(barsPath));
        return (HistoryFiles.Join(bars, HistoryFiles.ParseCboeCloses(File.ReadLines(vixPath)), HistoryFiles.ParseCboeCloses(File.ReadLines(vix3MPath))), skipped);
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
