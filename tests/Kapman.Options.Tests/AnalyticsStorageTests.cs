using System.Text.Json;
using Kapman.MarketData;
using Kapman.OptionMath;
using Kapman.Options.Chains;
using Kapman.Options.Core;
using Kapman.Options.Data;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Options.Tests;

/// <summary>Stores the SPY 2025-08-26 chain with its analytics in a database of its own and reads it back through the API queries.</summary>
public sealed class AnalyticsStorageTests
{
    private static readonly DateOnly Session = new(2025, 8, 26);

    [Test]
    public async Task Spy_chain_round_trips_through_storage_and_queries()
    {
        await using var database = await ServiceTestDatabase.CreateAsync("options", typeof(Kapman.Options.Data.ChainStore).Assembly);
        var chain = SnapshotLoader.Load("SPY", RepoFiles.SharedData("options", "snapshots", "SPY", "2025-08-26.json"), Session).Chain!;
        var enriched = ChainEnricher.Enrich(chain, PricingInputs.Default, AmericanPricing.Default);
        var dealer = DealerPositioningCalculator.Compute(enriched, chain.Spot, PricingInputs.Default);
        var vol = VolatilityMetricsCalculator.Compute(enriched, chain.Spot);
        var summary = DailySummaryCalculator.Compute(enriched, chain.Spot);
        using (var signal = new OutboxSignal())
        {
            await using var tx = await new ServiceDatabase(database.DataSource, signal).BeginAsync(CancellationToken.None);
            await ChainStore.WriteAsync(tx, chain, enriched, DealerMetricsCalculator.Compute("SPY", Session, chain.Spot, enriched), CancellationToken.None);
            var history = await AnalyticsStore.IvHistoryAsync(tx, "SPY", Session, CancellationToken.None);
            Assert.That(history, Is.Empty);
            const double hv20 = 0.105;
            await AnalyticsStore.WriteAsync(tx, "SPY", Session, dealer, vol, IvHistoryStatistics.Compute(vol.AtmIv30, history), hv20, summary, CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }

        var queries = new AnalyticsQueries(database.DataSource);
        var puts = (await queries.ChainAsync("SPY", null, new ChainFilter(new DateOnly(2025, 9, 19), "put", 600, 650), CancellationToken.None)).ToList();
        var expectedPuts = enriched.Count(c => c.Quote.Expiration == new DateOnly(2025, 9, 19) && c.Quote.Right == OptionRight.Put && c.Quote.Strike is >= 600 and <= 650);
        using var summaryJson = JsonDocument.Parse((await queries.RowJsonAsync("daily_summary", "SPY", Session, CancellationToken.None))!);
        using var volJson = JsonDocument.Parse((await queries.RowJsonAsync("volatility_metrics", "SPY", null, CancellationToken.None))!);
        using var dealerJson = JsonDocument.Parse((await queries.RowJsonAsync("dealer_metrics", "SPY", null, CancellationToken.None))!);
        var gex = (await queries.GexByStrikeAsync("SPY", null, CancellationToken.None)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(expectedPuts, Is.GreaterThan(0));
            Assert.That(puts, Has.Count.EqualTo(expectedPuts));
            Assert.That(puts.Select(p => p.Right), Is.All.EqualTo("put"));
            Assert.That(puts.Select(p => p.PricingModel), Is.EqualTo(enriched
                .Where(c => c.Quote.Expiration == new DateOnly(2025, 9, 19) && c.Quote.Right == OptionRight.Put && c.Quote.Strike is >= 600 and <= 650)
                .OrderBy(c => c.Quote.Strike).Select(c => c.PricingModel)));
            Assert.That(puts.Select(p => p.PricingModel), Has.Some.EqualTo("american-crr"));
            Assert.That(summaryJson.RootElement.GetProperty("total_call_oi").GetInt64(), Is.EqualTo(enriched.Where(c => c.Quote.Right == OptionRight.Call).Sum(c => c.Quote.OpenInterest)));
            Assert.That(summaryJson.RootElement.GetProperty("top_put_strike_1").GetDouble(), Is.EqualTo(summary.TopPutStrikes[0].Strike));
            Assert.That(summaryJson.RootElement.GetProperty("contracts_analysed").GetInt32(), Is.EqualTo(summary.ContractsAnalysed));
            Assert.That(volJson.RootElement.GetProperty("skew_25d").GetDouble(), Is.EqualTo(vol.Skew25Delta));
            Assert.That(volJson.RootElement.GetProperty("iv_hv_diff").GetDouble(), Is.EqualTo(vol.AtmIv30!.Value - 0.105).Within(1e-12));
            Assert.That(volJson.RootElement.GetProperty("iv_rank").ValueKind, Is.EqualTo(JsonValueKind.Null), "fewer than 20 history points");
            Assert.That(dealerJson.RootElement.GetProperty("status").GetString(), Is.EqualTo("FULL"));
            Assert.That(dealerJson.RootElement.GetProperty("gamma_flip").GetDouble(), Is.EqualTo(dealer.GammaFlip));
            Assert.That(dealerJson.RootElement.GetProperty("excluded").GetProperty("NO_BID").GetInt32(), Is.EqualTo(dealer.Excluded["NO_BID"]));
            Assert.That(dealerJson.RootElement.GetProperty("spot").GetDouble(), Is.EqualTo(chain.Spot));
            // The chart's per-strike GEX adds up to the stored call and put totals over contracts with ≥ 1 day left.
            var live = enriched.Where(c => c.DaysToExpiry >= 1).ToList();
            Assert.That(gex.Sum(g => g.CallGex), Is.EqualTo(live.Where(c => c.Quote.Right == OptionRight.Call).Sum(c => DealerMetricsCalculator.GexOf(c, chain.Spot))).Within(1e-6).Percent);
            Assert.That(gex.Sum(g => g.PutGex), Is.EqualTo(-live.Where(c => c.Quote.Right == OptionRight.Put).Sum(c => DealerMetricsCalculator.GexOf(c, chain.Spot))).Within(1e-6).Percent);
            Assert.That(gex.Select(g => g.Strike), Is.Ordered);
        });
    }
}
