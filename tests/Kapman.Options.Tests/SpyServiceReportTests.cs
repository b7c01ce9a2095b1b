using System.Globalization;
using Kapman.OptionMath;
using Kapman.Options.Chains;
using Kapman.Options.Core;

namespace Kapman.Options.Tests;

/// <summary>
/// The SPY 2025-08-26 chain (feed IVs, no feed greeks) through the service's own path, printed for the note: the snapshot
/// loader, <see cref="ChainEnricher"/> with the service's default <see cref="ChainOptions"/> (American pricing on), then the
/// dealer, volatility and summary calculators the <c>MarketSessionIngested</c> consumer calls. Also the IV-solve success rate
/// when every IV is solved from the prices (feed IVs dropped), European and with the live American pricing, with failure reasons.
/// </summary>
public sealed class SpyServiceReportTests
{
    private static readonly DateOnly Session = new(2025, 8, 26);

    [Test]
    public void Spy_chain_through_the_service_path_solves_and_its_metrics_are_sane()
    {
        var options = new ChainOptions(RepoFiles.SharedData(), PricingInputs.Default);
        var (underlying, path) = options.SnapshotsFor(Session).Single(s => s.Underlying == "SPY");
        var chain = SnapshotLoader.Load(underlying, path, Session).Chain!;
        var o = TestContext.Out;

        var fromPrices = chain with { Contracts = chain.Contracts.Select(q => q with { ImpliedVolatility = null }).ToList() };
        var solveRates = new Dictionary<string, double>();
        foreach (var (name, american) in new[] { ("european", (AmericanPricing?)null), ("american (live)", options.American) })
        {
            var solved = ChainEnricher.Enrich(fromPrices, options.Pricing, american);
            var ok = solved.Count(c => c.IvSource == ValueSource.Computed);
            solveRates[name] = (double)ok / solved.Count;
            o.WriteLine(Fmt($"IV from prices, {name}: {ok}/{solved.Count} solved ({100.0 * ok / solved.Count:F2} %); failures: ") + string.Join(", ",
                solved.Where(c => c.IvFailureReason is not null).GroupBy(c => c.IvFailureReason!).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Fmt($"{g.Key}={g.Count()}"))));
        }

        var enriched = ChainEnricher.Enrich(chain, options.Pricing, options.American);
        var dealer = DealerPositioningCalculator.Compute(enriched, chain.Spot, options.Pricing, options.Convention);
        var vol = VolatilityMetricsCalculator.Compute(enriched, chain.Spot);
        var summary = DailySummaryCalculator.Compute(enriched, chain.Spot);
        o.WriteLine("Service path (feed IVs, computed greeks; models: " + string.Join(", ",
            enriched.GroupBy(c => c.PricingModel ?? "none").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Fmt($"{g.Key}={g.Count()}"))) + ")");
        o.WriteLine(Fmt($"spot {chain.Spot}; status {dealer.Status}{(dealer.StatusReason is null ? "" : " " + dealer.StatusReason)}; eligible {dealer.EligibleContracts} of {enriched.Count}; excluded ")
            + string.Join(", ", dealer.Excluded.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => Fmt($"{e.Key}={e.Value}"))));
        o.WriteLine(Fmt($"GEX total {dealer.TotalGex:N0} $ per 1% move, net {dealer.NetGex:N0} (calls {dealer.CallGex:N0}, puts {dealer.PutGex:N0}); DGPI {dealer.Dgpi:F1}; position {dealer.Position}; gamma flip {dealer.GammaFlip:F2}"));
        o.WriteLine("call walls by OI " + Walls(dealer.CallWallsByOi) + "; put walls by OI " + Walls(dealer.PutWallsByOi));
        o.WriteLine("call walls by GEX " + Walls(dealer.CallWallsByGex) + "; put walls by GEX " + Walls(dealer.PutWallsByGex));
        o.WriteLine(Fmt($"OI-weighted IV {vol.AverageIv:F4} (calls {vol.CallAverageIv:F4}, puts {vol.PutAverageIv:F4}); 25-delta skew {vol.Skew25Delta:F4} on {vol.SkewExpiration:yyyy-MM-dd}"));
        o.WriteLine(Fmt($"ATM IV 30d {vol.AtmIv30:F4}, 90d {vol.AtmIv90:F4}, slope 30->90 {vol.TermSlope30To90:F4}; put/call by OI {vol.PutCallOiRatio:F3}, by volume {vol.PutCallVolumeRatio:F3}"));
        o.WriteLine("term structure (DTE=ATM IV): " + string.Join(" ", vol.TermStructure.Select(p => Fmt($"{p.DaysToExpiry}d={p.AtmIv:F4}"))));
        o.WriteLine(Fmt($"daily summary: call OI {summary.TotalCallOi:N0}, put OI {summary.TotalPutOi:N0}, call volume {summary.TotalCallVolume:N0}, put volume {summary.TotalPutVolume:N0}, weighted IV {summary.WeightedAverageIv:F4}, nearest expiry {summary.NearestExpiry:yyyy-MM-dd}, expirations {summary.ExpirationsCount}, analysed {summary.ContractsAnalysed}"));

        Assert.Multiple(() =>
        {
            Assert.That(enriched, Has.Count.EqualTo(7011));
            Assert.That(solveRates.Values, Is.All.GreaterThan(0.9), "IV-solve success from prices");
            Assert.That(dealer.Status, Is.EqualTo(DealerStatus.Full));
            Assert.That(dealer.Excluded.Values.Sum() + dealer.EligibleContracts, Is.EqualTo(enriched.Count), "every contract eligible or counted once");
            Assert.That(dealer.GammaFlip, Is.InRange(0.7 * chain.Spot, 1.3 * chain.Spot));
            // SPY index-ETF skew: puts richer than calls at 25 delta; ATM vol between 5 % and 50 %.
            Assert.That(vol.Skew25Delta, Is.Positive);
            Assert.That(vol.AtmIv30, Is.InRange(0.05, 0.5));
            Assert.That(vol.PutCallOiRatio, Is.EqualTo((double)summary.TotalPutOi / summary.TotalCallOi).Within(1e-12));
        });
    }

    private static string Walls(IEnumerable<StrikeWall> walls) =>
        string.Join(" ", walls.Select(w => Fmt($"{w.Strike}(OI {w.OpenInterest:N0}, GEX {w.Gex:N0})")));

    private static string Fmt(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
