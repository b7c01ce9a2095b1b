using System.Globalization;
using Kapman.OptionMath;

namespace Kapman.Options.Core.Tests;

/// <summary>The SPY 2025-08-26 chain (no feed greeks): IV-solve success, and the dealer and volatility metrics, printed for the note.</summary>
public sealed class SpyChainReportTests
{
    private static readonly DateOnly AsOf = new(2025, 8, 26);

    [Test]
    public void Spy_chain_solves_and_its_metrics_are_sane()
    {
        OptionChainSnapshot chain;
        using (var file = File.OpenRead(RepoFiles.SharedData("options", "snapshots", "SPY", "2025-08-26.json")))
        {
            chain = PolygonSnapshotReader.Read(file, "SPY", AsOf);
        }

        var withoutFeedIv = chain with { Contracts = chain.Contracts.Select(q => q with { ImpliedVolatility = null }).ToList() };
        var enriched = ChainEnricher.Enrich(withoutFeedIv, PricingInputs.Default);
        var solved = enriched.Count(c => c.IvSource == "computed");
        var failures = enriched.Where(c => c.IvFailureReason is not null).GroupBy(c => c.IvFailureReason!).OrderBy(g => g.Key).ToList();
        var dealer = DealerPositioningCalculator.Compute(enriched, chain.Spot, PricingInputs.Default);
        var vol = VolatilityMetricsCalculator.Compute(enriched, chain.Spot);

        var o = TestContext.Out;
        o.WriteLine(Fmt($"contracts {enriched.Count}, IV solved {solved} ({100.0 * solved / enriched.Count:F2} %)"));
        foreach (var group in failures)
        {
            o.WriteLine(Fmt($"  failed {group.Key}: {group.Count()}"));
        }

        o.WriteLine(Fmt($"spot {chain.Spot}; status {dealer.Status}{(dealer.StatusReason is null ? "" : " " + dealer.StatusReason)}; eligible {dealer.EligibleContracts}; excluded {string.Join(", ", dealer.Excluded.Select(e => $"{e.Key}={e.Value}"))}"));
        o.WriteLine(Fmt($"GEX total {dealer.TotalGex:N0} $/1%, net {dealer.NetGex:N0}, calls {dealer.CallGex:N0}, puts {dealer.PutGex:N0}; DGPI {dealer.Dgpi:F1} {dealer.Position}; flip {dealer.GammaFlip:F2}"));
        o.WriteLine(Fmt($"call walls OI {Walls(dealer.CallWallsByOi)}; put walls OI {Walls(dealer.PutWallsByOi)}"));
        o.WriteLine(Fmt($"call walls GEX {Walls(dealer.CallWallsByGex)}; put walls GEX {Walls(dealer.PutWallsByGex)}"));
        o.WriteLine(Fmt($"avg IV {vol.AverageIv:F4} (calls {vol.CallAverageIv:F4}, puts {vol.PutAverageIv:F4}); 25d skew {vol.Skew25Delta:F4} on {vol.SkewExpiration:yyyy-MM-dd}"));
        o.WriteLine(Fmt($"ATM IV 30d {vol.AtmIv30:F4}, 90d {vol.AtmIv90:F4}, slope {vol.TermSlope30To90:F4}; P/C OI {vol.PutCallOiRatio:F3}, volume {vol.PutCallVolumeRatio:F3}"));
        o.WriteLine("term structure: " + string.Join(" ", vol.TermStructure.Select(p => Fmt($"{p.DaysToExpiry}d={p.AtmIv:F4}"))));

        Assert.Multiple(() =>
        {
            Assert.That(enriched, Has.Count.EqualTo(7011));
            Assert.That((double)solved / enriched.Count, Is.GreaterThan(0.9));
            Assert.That(dealer.Status, Is.EqualTo("FULL"));
            Assert.That(dealer.GammaFlip, Is.InRange(0.7 * chain.Spot, 1.3 * chain.Spot));
            // SPY index-ETF skew: puts richer than calls at 25 delta; ATM vol between 5 % and 50 %.
            Assert.That(vol.Skew25Delta, Is.Positive);
            Assert.That(vol.AtmIv30, Is.InRange(0.05, 0.5));
            Assert.That(vol.PutCallOiRatio, Is.Positive);
        });
    }

    private static string Walls(IEnumerable<StrikeWall> walls) =>
        string.Join(" ", walls.Select(w => Fmt($"{w.Strike}(OI {w.OpenInterest}, GEX {w.Gex:N0})")));

    private static string Fmt(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
