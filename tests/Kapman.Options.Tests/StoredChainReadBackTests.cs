using System.Globalization;
using System.Text.Json;
using Kapman.MarketData;
using Kapman.OptionMath;
using Kapman.Options.Chains;
using Kapman.Options.Core;
using Kapman.Options.Data;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Options.Tests;

/// <summary>
/// A chain with feed greeks (MSFT 2026-07-28, IB) where every other contract has its feed IV and greeks dropped, so that both
/// sources occur, is stored as the stage stores it and read back through the API queries in a throw-away PostgreSQL database:
/// every contract field and the daily summary come back equal to what was written.
/// </summary>
public sealed class StoredChainReadBackTests
{
    private static readonly DateOnly Session = new(2026, 7, 28);

    [Test]
    public async Task Stored_chain_and_daily_summary_read_back_equal()
    {
        await using var database = await ServiceTestDatabase.CreateAsync("options", typeof(ChainStore).Assembly);
        var loaded = SnapshotLoader.Load("MSFT", RepoFiles.SharedData("options", "snapshots", "MSFT", "2026-07-28.json"), Session).Chain!;
        var chain = loaded with
        {
            Contracts = loaded.Contracts.Select((q, i) => i % 2 == 0 ? q : q with { ImpliedVolatility = null, Greeks = null, GreeksSource = null }).ToList(),
        };
        var options = new ChainOptions(RepoFiles.SharedData(), PricingInputs.Default);
        var enriched = ChainEnricher.Enrich(chain, options.Pricing, options.American);
        var summary = DailySummaryCalculator.Compute(enriched, chain.Spot);
        using (var signal = new OutboxSignal())
        {
            await using var tx = await new ServiceDatabase(database.DataSource, signal).BeginAsync(CancellationToken.None);
            await ChainStore.WriteAsync(tx, chain, enriched, DealerMetricsCalculator.Compute("MSFT", Session, chain.Spot, enriched), CancellationToken.None);
            await AnalyticsStore.WriteAsync(tx, "MSFT", Session,
                DealerPositioningCalculator.Compute(enriched, chain.Spot, options.Pricing, options.Convention), VolatilityMetricsCalculator.Compute(enriched, chain.Spot),
                (null, null), null, summary, CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }

        var expected = enriched
            .OrderBy(c => c.Quote.Expiration).ThenBy(c => c.Quote.Strike).ThenBy(c => c.Quote.Right == OptionRight.Call ? "call" : "put", StringComparer.Ordinal)
            .Select(c => new ContractDto(
                c.Quote.OccSymbol, c.Quote.Right == OptionRight.Call ? "call" : "put", c.Quote.Expiration, c.Quote.Strike, c.Quote.Bid, c.Quote.Ask, c.Quote.Last,
                c.Quote.Volume, c.Quote.OpenInterest, c.ImpliedVolatility, c.IvSource, c.Greeks?.Delta, c.Greeks?.Gamma, c.Greeks?.ThetaPerDay,
                c.Greeks?.VegaPerVolPoint, c.Greeks?.Rho, c.GreeksSource, c.DaysToExpiry, c.PricingModel))
            .ToList();
        var viaChain = (await new AnalyticsQueries(database.DataSource).ChainAsync("MSFT", Session, new ChainFilter(null, null, null, null), CancellationToken.None)).ToList();
        var viaContracts = (await new OptionsQueries(database.DataSource).ContractsAsync("MSFT", null, CancellationToken.None)).ToList();
        using var row = JsonDocument.Parse((await new AnalyticsQueries(database.DataSource).RowJsonAsync("daily_summary", "MSFT", Session, CancellationToken.None))!);
        var s = row.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(expected.Select(c => c.GreeksSource).Distinct(), Is.SupersetOf(new[] { ValueSource.Feed, ValueSource.Computed }), "both greek sources occur");
            Assert.That(expected.Select(c => c.IvSource).Distinct(), Is.SupersetOf(new[] { ValueSource.Feed, ValueSource.Computed }), "both IV sources occur");
            Assert.That(viaChain, Is.EqualTo(expected), "GET /chain");
            Assert.That(viaContracts, Is.EqualTo(expected), "GET /contracts");
            Assert.That(s.GetProperty("total_call_oi").GetInt64(), Is.EqualTo(summary.TotalCallOi));
            Assert.That(s.GetProperty("total_put_oi").GetInt64(), Is.EqualTo(summary.TotalPutOi));
            Assert.That(s.GetProperty("total_call_volume").GetInt64(), Is.EqualTo(summary.TotalCallVolume));
            Assert.That(s.GetProperty("total_put_volume").GetInt64(), Is.EqualTo(summary.TotalPutVolume));
            Assert.That(s.GetProperty("weighted_avg_iv").GetDouble(), Is.EqualTo(summary.WeightedAverageIv));
            for (var i = 0; i < 3; i++)
            {
                Assert.That(s.GetProperty($"top_call_strike_{i + 1}").GetDouble(), Is.EqualTo(summary.TopCallStrikes[i].Strike));
                Assert.That(s.GetProperty($"top_call_oi_{i + 1}").GetInt64(), Is.EqualTo(summary.TopCallStrikes[i].OpenInterest));
                Assert.That(s.GetProperty($"top_put_strike_{i + 1}").GetDouble(), Is.EqualTo(summary.TopPutStrikes[i].Strike));
                Assert.That(s.GetProperty($"top_put_oi_{i + 1}").GetInt64(), Is.EqualTo(summary.TopPutStrikes[i].OpenInterest));
            }

            Assert.That(s.GetProperty("call_gamma_total").GetDouble(), Is.EqualTo(summary.CallGammaTotal));
            Assert.That(s.GetProperty("put_gamma_total").GetDouble(), Is.EqualTo(summary.PutGammaTotal));
            Assert.That(s.GetProperty("call_delta_total").GetDouble(), Is.EqualTo(summary.CallDeltaTotal));
            Assert.That(s.GetProperty("put_delta_total").GetDouble(), Is.EqualTo(summary.PutDeltaTotal));
            Assert.That(DateOnly.ParseExact(s.GetProperty("nearest_expiry").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture), Is.EqualTo(summary.NearestExpiry));
            Assert.That(s.GetProperty("expirations_count").GetInt32(), Is.EqualTo(summary.ExpirationsCount));
            Assert.That(s.GetProperty("contracts_analysed").GetInt32(), Is.EqualTo(summary.ContractsAnalysed));
        });
    }
}
