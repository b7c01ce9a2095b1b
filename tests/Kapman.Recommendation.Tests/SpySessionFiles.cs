using System.IO.Compression;
using Kapman.MarketData;
using Kapman.OptionMath;
using Kapman.Options.Core;
using Kapman.Recommendation.Backtest.History;

namespace Kapman.Recommendation.Tests;

/// <summary>
/// The real files of the demo session, SPY 2025-08-26, from the shared data: the stored chain (Yahoo, 7,011 contracts, enriched by
/// Options.Core as the options stage stores it), SPY's daily bars (Interactive Brokers, split-adjusted, not dividend-adjusted) and
/// the CBOE VIX and VIX3M histories.
/// </summary>
internal static class SpySessionFiles
{
    public static readonly DateOnly Session = new(2025, 8, 26);

    /// <summary>The folder of <c>VIX_History.csv</c> and <c>VIX3M_History.csv</c>.</summary>
    public static string VolatilityDirectory => RepoFiles.SharedData("volatility");

    private static readonly Lazy<(OptionChainSnapshot, IReadOnlyList<EnrichedContract>)> Loaded = new(Load);
    private static readonly Lazy<IReadOnlyList<Bar>> AllBars = new(ReadBars);

    /// <summary>The chain snapshot and its enriched contracts (read once per test run).</summary>
    public static (OptionChainSnapshot Snapshot, IReadOnlyList<EnrichedContract> Contracts) Chain() => Loaded.Value;

    /// <summary>SPY's daily bars up to and including <paramref name="last"/>.</summary>
    public static IReadOnlyList<Bar> Bars(DateOnly last) => AllBars.Value.Where(b => b.Date <= last).ToList();

    private static (OptionChainSnapshot, IReadOnlyList<EnrichedContract>) Load()
    {
        using var file = File.OpenRead(RepoFiles.SharedData("options", "snapshots", "SPY", "2025-08-26.json"));
        var snapshot = PolygonSnapshotReader.Read(file, "SPY", Session);
        return (snapshot, ChainEnricher.Enrich(snapshot, PricingInputs.Default));
    }

    private static IReadOnlyList<Bar> ReadBars()
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(RepoFiles.SharedData("history", "ibkr_daily", "SPY.csv.gz")), CompressionMode.Decompress));
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return HistoryFiles.ParseLeanBars(lines).Bars;
    }

    /// <summary>The VIX and VIX3M closes by date.</summary>
    public static (IReadOnlyDictionary<DateOnly, double> Vix, IReadOnlyDictionary<DateOnly, double> Vix3M) Volatility() =>
        (HistoryFiles.ParseCboeCloses(File.ReadLines(Path.Combine(VolatilityDirectory, "VIX_History.csv"))),
         HistoryFiles.ParseCboeCloses(File.ReadLines(Path.Combine(VolatilityDirectory, "VIX3M_History.csv"))));
}
