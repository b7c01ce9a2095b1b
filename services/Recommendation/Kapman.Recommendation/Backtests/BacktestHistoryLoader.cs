using System.IO.Compression;
using Kapman.Recommendation.Backtest.History;

namespace Kapman.Recommendation.Backtests;

/// <summary>
/// Reads the stored history a backtest walks under <see cref="Root"/>, exactly as <c>kapman backtest</c> does (Kapman.Cli
/// BacktestDataFiles): <c>history/lean_daily_raw/&lt;TICKER&gt;.csv.gz</c> parsed by <see cref="HistoryFiles.ParseLeanBars"/>,
/// joined with the VIX and VIX3M closes of <c>volatility/</c> (<see cref="HistoryFiles.ParseCboeCloses"/>). These files hold no
/// option chain: every session is decided on a model-priced chain.
/// </summary>
/// <param name="root">The data root (absolute).</param>
public sealed class BacktestHistoryLoader(string root)
{
    /// <summary>The data root read.</summary>
    public string Root => root;

    /// <summary>Path of the bars of <paramref name="underlying"/>.</summary>
    public string BarsPath(string underlying) => Path.Combine(root, "history", "lean_daily_raw", underlying.ToUpperInvariant() + ".csv.gz");

    /// <summary>True when the bars of <paramref name="underlying"/> are stored.</summary>
    public bool HasBars(string underlying) => File.Exists(BarsPath(underlying));

    /// <summary>The joined sessions, ascending.</summary>
    /// <exception cref="FileNotFoundException">A file is missing.</exception>
    public IReadOnlyList<BacktestSession> Load(string underlying)
    {
        var barsPath = BarsPath(underlying);
        var vixPath = Path.Combine(root, "volatility", "VIX_History.csv");
        var vix3MPath = Path.Combine(root, "volatility", "VIX3M_History.csv");
        foreach (var path in new[] { barsPath, vixPath, vix3MPath })
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"{path} not found under the backtest data root", path);
            }
        }

        var (bars, _) = HistoryFiles.ParseLeanBars(GzipLines(barsPath));
        return HistoryFiles.Join(bars, HistoryFiles.ParseCboeCloses(File.ReadLines(vixPath)), HistoryFiles.ParseCboeCloses(File.ReadLines(vix3MPath)));
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
