using BenchmarkDotNet.Attributes;
using Kapman.MarketData;
using Kapman.OptionMath;
using Kapman.Options.Core;

namespace Kapman.Benchmarks;

/// <summary>
/// Options maths at the sizes: IV and greeks for the 7,011-contract SPY 2025-08-26 chain (target &lt; 10 ms
/// on one core; read from <c>../shared/data</c>), and European IV solves over a moneyness × DTE × vol grid of 10,000
/// prices (target ≥ 1,000,000 solves/s: mean time per operation ≤ 1 µs). The live stage's American pricing of the same chain
/// (<see cref="AmericanPricing.Default"/>: BSM + 48-step CRR early-exercise premium) is timed twice: solving every IV from the
/// prices, and with the snapshot's own IVs (as the live stage uses them) so that only the greeks are computed.
/// </summary>
[Config(typeof(OptionsBenchConfig))]
public class OptionsBenchmarks
{
    private const int GridSize = 10_000;
    private OptionChainSnapshot _spy = null!;
    private OptionChainSnapshot _spyWithFeedIv = null!;
    private (OptionRight Right, double Price, double Strike, double Years)[] _grid = [];

    [GlobalSetup]
    public void Setup()
    {
        using (var file = File.OpenRead(SpyChainPath()))
        {
            var chain = PolygonSnapshotReader.Read(file, "SPY", new DateOnly(2025, 8, 26));
            _spyWithFeedIv = chain;
            _spy = chain with { Contracts = chain.Contracts.Select(q => q with { ImpliedVolatility = null }).ToList() };
        }

        var random = new Random(20250826);
        _grid = Enumerable.Range(0, GridSize).Select(_ =>
        {
            var right = random.Next(2) == 0 ? OptionRight.Call : OptionRight.Put;
            var strike = 100 * Math.Exp(random.NextDouble() * 0.8 - 0.4);
            var years = (2 + random.Next(720)) / 365.0;
            var vol = 0.05 + random.NextDouble() * 1.2;
            return (right, BlackScholesMerton.Price(right, 100, strike, years, 0.04, 0.01, vol), strike, years);
        }).Where(g => g.Item2 > 1e-6).ToArray();
    }

    [Benchmark]
    public int SpyChainIvAndGreeks() => ChainEnricher.Enrich(_spy, PricingInputs.Default).Count(c => c.Greeks is not null);

    [Benchmark]
    public int SpyChainAmericanFromPrices() => ChainEnricher.Enrich(_spy, PricingInputs.Default, AmericanPricing.Default).Count(c => c.Greeks is not null);

    [Benchmark]
    public int SpyChainAmericanWithFeedIv() => ChainEnricher.Enrich(_spyWithFeedIv, PricingInputs.Default, AmericanPricing.Default).Count(c => c.Greeks is not null);

    [Benchmark(OperationsPerInvoke = GridSize)]
    public double IvSolves()
    {
        var sum = 0.0;
        foreach (var (right, price, strike, years) in _grid)
        {
            sum += ImpliedVolatilitySolver.Solve(right, price, 100, strike, years, 0.04, 0.01).Volatility ?? 0;
        }

        return sum;
    }

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
