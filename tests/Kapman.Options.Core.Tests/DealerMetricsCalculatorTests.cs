using Kapman.MarketData;
using Kapman.OptionMath;

namespace Kapman.Options.Core.Tests;

public sealed class DealerMetricsCalculatorTests
{
    private static readonly DateOnly AsOf = new(2025, 8, 26);
    private static readonly DateOnly Sep19 = new(2025, 9, 19);
    private static readonly DateOnly Oct17 = new(2025, 10, 17);

    [Test]
    public void Hand_computed_three_contract_chain()
    {
        // spot 100, 100 shares: GEX = Γ × OI × 100 × 100² × 0.01 = Γ × OI × 10,000
        //   call 100: 0.05 × 1000 × 10,000 = 500,000
        //   put   95: 0.03 × 2000 × 10,000 = 600,000
        //   call 105: 0.04 ×  500 × 10,000 = 200,000
        // total = 1,300,000; net = 700,000 − 600,000 = 100,000
        var contracts = new[]
        {
            With(OptionRight.Call, Sep19, 100, 1000, 0.05),
            With(OptionRight.Put, Sep19, 95, 2000, 0.03),
            With(OptionRight.Call, Sep19, 105, 500, 0.04),
        };
        var metrics = DealerMetricsCalculator.Compute("SPY", AsOf, 100, contracts);
        Assert.Multiple(() =>
        {
            Assert.That(metrics.Underlying, Is.EqualTo("SPY"));
            Assert.That(metrics.AsOf, Is.EqualTo(AsOf));
            Assert.That(metrics.Spot, Is.EqualTo(100));
            Assert.That(metrics.Contracts, Is.EqualTo(3));
            Assert.That(metrics.TotalGex, Is.EqualTo(1_300_000).Within(1e-6));
            Assert.That(metrics.NetGex, Is.EqualTo(100_000).Within(1e-6));
            Assert.That(metrics.CallWalls, Is.EqualTo(new[] { new StrikeWall(100, 1000, 500_000), new StrikeWall(105, 500, 200_000) }).Using<StrikeWall>(Near));
            Assert.That(metrics.PutWalls, Is.EqualTo(new[] { new StrikeWall(95, 2000, -600_000) }).Using<StrikeWall>(Near));
        });
    }

    [Test]
    public void Walls_sum_over_expiries_keep_the_top_three_and_skip_empty_strikes()
    {
        var contracts = new[]
        {
            With(OptionRight.Call, Sep19, 110, 300, 0.01),
            With(OptionRight.Call, Oct17, 110, 400, 0.02), // 110 sums to 700
            With(OptionRight.Call, Sep19, 120, 500, null),  // no greeks: OI counts, GEX 0
            With(OptionRight.Call, Sep19, 100, 600, 0.01),
            With(OptionRight.Call, Sep19, 90, 500, 0.01),   // ties with 120 on OI: lower strike first
            With(OptionRight.Call, Sep19, 130, 0, 0.01),
        };
        var walls = DealerMetricsCalculator.Compute("SPY", AsOf, 100, contracts).CallWalls;
        Assert.That(walls.Select(w => (w.Strike, w.OpenInterest)), Is.EqualTo(new[] { (110.0, 700L), (100.0, 600L), (90.0, 500L) }));
        Assert.That(walls[0].Gex, Is.EqualTo((0.01 * 300 + 0.02 * 400) * 10_000).Within(1e-6));
    }

    [Test]
    public void Negative_feed_gamma_counts_by_magnitude_and_missing_greeks_add_nothing()
    {
        var contracts = new[]
        {
            With(OptionRight.Put, Sep19, 95, 100, -0.02), // as Interactive Brokers reports puts
            With(OptionRight.Put, Sep19, 90, 100, null),
        };
        var metrics = DealerMetricsCalculator.Compute("SPY", AsOf, 100, contracts);
        Assert.That(metrics.TotalGex, Is.EqualTo(20_000).Within(1e-9));
        Assert.That(metrics.NetGex, Is.EqualTo(-20_000).Within(1e-9));
        Assert.That(metrics.Contracts, Is.EqualTo(2));
    }

    [Test]
    public void Invalid_spot_throws()
    {
        Assert.That(() => DealerMetricsCalculator.Compute("SPY", AsOf, 0, []), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Real_spy_chain_has_consistent_metrics()
    {
        var chain = PolygonSnapshotReaderTests.ReadSpy();
        var enriched = ChainEnricher.Enrich(chain, PricingInputs.Default);
        var metrics = DealerMetricsCalculator.Compute("SPY", chain.AsOf, chain.Spot, enriched);

        var callOiByStrike = chain.Contracts.Where(c => c.Right == OptionRight.Call).GroupBy(c => c.Strike).ToDictionary(g => g.Key, g => g.Sum(c => c.OpenInterest));
        Assert.Multiple(() =>
        {
            Assert.That(metrics.Contracts, Is.EqualTo(7011));
            Assert.That(metrics.TotalGex, Is.GreaterThan(0));
            Assert.That(Math.Abs(metrics.NetGex), Is.LessThanOrEqualTo(metrics.TotalGex));
            Assert.That(metrics.CallWalls, Has.Count.EqualTo(3));
            Assert.That(metrics.PutWalls, Has.Count.EqualTo(3));
            Assert.That(metrics.CallWalls[0].OpenInterest, Is.EqualTo(callOiByStrike.Values.Max()));
            Assert.That(metrics.CallWalls.Select(w => w.OpenInterest), Is.Ordered.Descending);
            Assert.That(metrics.CallWalls.Select(w => w.Gex), Is.All.GreaterThan(0));
            Assert.That(metrics.PutWalls.Select(w => w.Gex), Is.All.LessThan(0));
        });
    }

    private static bool Near(StrikeWall a, StrikeWall b) =>
        a.Strike == b.Strike && a.OpenInterest == b.OpenInterest && Math.Abs(a.Gex - b.Gex) < 1e-6;

    private static EnrichedContract With(OptionRight right, DateOnly expiration, double strike, long openInterest, double? gamma)
    {
        var quote = Quotes.Make(right, expiration, strike, openInterest: openInterest);
        Greeks? greeks = gamma is { } g ? new Greeks(0.5, g, -0.01, 0.1, 0.05) : null;
        return new EnrichedContract(
            quote, 0.2, "feed", null, greeks, greeks is null ? "none" : "computed", expiration.DayNumber - AsOf.DayNumber);
    }
}
