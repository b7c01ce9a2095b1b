using BenchmarkDotNet.Attributes;
using Kapman.OptionMath;
using Kapman.Options.Core;
using Kapman.Recommendation.Core;
using Kapman.Recommendation.Core.Strategies;

namespace Kapman.Benchmarks;

/// <summary>
/// Strategy selection on the real 7,011-contract SPY 2025-08-26 chain (spot 645.16, deltas from the Options
/// enrichment; read from <c>../shared/data</c>): one decision per structure, from the verdict to priced legs.
/// </summary>
[MemoryDiagnoser]
public class RecommendationBenchmarks
{
    private static readonly DateOnly Session = new(2025, 8, 26);
    private ChainContract[] _chain = [];

    [Params("LONG_CALL", "LONG_PUT", "CSP", "BULL_CALL_DEBIT", "BEAR_PUT_DEBIT", "BULL_PUT_CREDIT", "BEAR_CALL_CREDIT")]
    public string Structure { get; set; } = "LONG_CALL";

    [GlobalSetup]
    public void Setup()
    {
        using var file = File.OpenRead(SpyChainPath());
        _chain = ChainEnricher.Enrich(PolygonSnapshotReader.Read(file, "SPY", Session), PricingInputs.Default)
            .Select(e => new ChainContract(e.Quote.OccSymbol, e.Quote.Right, e.Quote.Expiration, e.Quote.Strike, e.Quote.Bid, e.Quote.Ask, e.Greeks?.Delta, e.Quote.OpenInterest))
            .ToArray();
    }

    [Benchmark]
    public int Decide() => StrategyEngine.Decide(Input(Structure), _chain, StrategyParameters.Default, new RiskLimits(100_000, 10)).Plan?.Legs.Count ?? 0;

    /// <summary>A verdict that selects <paramref name="structure"/> (rules of <see cref="StrategySelector"/>).</summary>
    private static StrategyInput Input(string structure) => structure switch
    {
        "LONG_CALL" => new("SPY", Session, 645.16, 3, 10, "SPRING_ENTRY", WyckoffPhase.Accumulation, []),
        "LONG_PUT" => new("SPY", Session, 645.16, 25, 0, "BC_EXIT", WyckoffPhase.Distribution, []),
        "CSP" => new("SPY", Session, 645.16, 5, 4, null, WyckoffPhase.Accumulation, ["ST"]),
        "BULL_CALL_DEBIT" => new("SPY", Session, 645.16, 3, 10, "SPRING_ENTRY", WyckoffPhase.Consolidation, []),
        "BEAR_PUT_DEBIT" => new("SPY", Session, 645.16, 21, 0, null, WyckoffPhase.Distribution, []),
        "BULL_PUT_CREDIT" => new("SPY", Session, 645.16, 5, 0, null, WyckoffPhase.Markup, ["SOS"]),
        _ => new("SPY", Session, 645.16, 8, 0, null, WyckoffPhase.Markdown, ["SOW"]),
    };

    private static string SpyChainPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "options", "snapshots", "SPY", "2025-08-26.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("shared/data/options/snapshots/SPY/2025-08-26.json not found above " + AppContext.BaseDirectory);
    }
}
