using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using Kapman.Recommendation.Backtest.Analytics;
using Kapman.Recommendation.Backtest.Engine;
using Kapman.Recommendation.Backtest.History;
using Kapman.Recommendation.Decision.Structures;

namespace Kapman.Benchmarks;

/// <summary>
/// The ten-year SPY iron-condor backtest of issue 19 (goal: under 10 s): 2010-01-01 to 2020-12-31, 2,769 sessions of LEAN raw
/// bars with VIX and VIX3M closes (read once from <c>../shared/data</c>), a model-priced chain and one DecisionPipeline.Run per
/// session below the position cap, exits marked on model prices, then the analytics. Live thresholds (<c>Live</c>) and stage G's
/// EV_net floor lowered to −$1,000 (<c>EvFloorOff</c>, the run that trades).
/// </summary>
[Config(typeof(BacktestBenchConfig))]
public class BacktestBenchmarks
{
    private IReadOnlyList<BacktestSession> _history = [];

    [Params("Live", "EvFloorOff")]
    public string Thresholds { get; set; } = "Live";

    [GlobalSetup]
    public void Setup()
    {
        var root = DataRoot();
        using var gzip = new GZipStream(File.OpenRead(Path.Combine(root, "history", "lean_daily_raw", "SPY.csv.gz")), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        _history = HistoryFiles.Join(
            HistoryFiles.ParseLeanBars(lines).Bars,
            HistoryFiles.ParseCboeCloses(File.ReadLines(Path.Combine(root, "volatility", "VIX_History.csv"))),
            HistoryFiles.ParseCboeCloses(File.ReadLines(Path.Combine(root, "volatility", "VIX3M_History.csv"))));
    }

    [Benchmark]
    public int TenYearSpyIronCondor()
    {
        var settings = BacktestSettings.Default("SPY", StructureType.IronCondor, new DateOnly(2010, 1, 1), new DateOnly(2020, 12, 31));
        if (Thresholds == "EvFloorOff")
        {
            settings = settings with { Thresholds = settings.Thresholds with { Guard = settings.Thresholds.Guard with { MinEvNetUsd = -1000 } } };
        }

        var result = BacktestRunner.Run(_history, settings);
        var report = PerformanceAnalyzer.Analyze(result.Trades, result.Equity, settings.InitialCapital, settings.SharpeRiskFreeRate);
        return result.Decisions + report.Overall.Stats.Trades;
    }

    private static string DataRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "history", "lean_daily_raw", "SPY.csv.gz");
            if (File.Exists(candidate))
            {
                return Path.Combine(dir.FullName, "shared", "data");
            }
        }

        throw new FileNotFoundException("shared/data/history/lean_daily_raw/SPY.csv.gz not found above " + AppContext.BaseDirectory);
    }
}
