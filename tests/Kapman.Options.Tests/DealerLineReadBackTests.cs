using Dapper;
using Kapman.Contracts;
using Kapman.OptionMath;
using Kapman.Options.Application;
using Kapman.Options.Chains;
using Kapman.Options.Core;
using Kapman.Options.Data;
using Kapman.ServiceDefaults.Messaging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kapman.Options.Tests;

/// <summary>
/// The stage's completion reads the dealer lines of <see cref="OptionMetricsComputed"/> back from its tables (the shards that stored them
/// may have run on other replicas): they must be exactly the lines the chains give in memory, as the stage sent them before it was
/// sharded, in ordinal order of the underlying.
/// </summary>
public sealed class DealerLineReadBackTests
{
    private static readonly DateOnly Session = new(2026, 7, 28);
    private static readonly FixedClock SessionEvening = new(new DateTimeOffset(2026, 7, 29, 0, 0, 0, TimeSpan.Zero));

    [Test]
    public async Task OptionMetricsComputed_carries_the_in_memory_dealer_lines_of_the_stored_chains_in_ordinal_order()
    {
        await using var database = await ServiceTestDatabase.CreateAsync("options", typeof(ChainStore).Assembly);
        await MarketBarsContract.CreateAsync(database, []);
        var options = new ChainOptions(RepoFiles.SharedData(), PricingInputs.Default);
        // TSM first: the event's order must not follow the loads'.
        var loads = new[] { "TSM", "MSFT" }
            .Select(u => SnapshotLoader.Load(u, RepoFiles.SharedData("options", "snapshots", u, "2026-07-28.json"), Session)).ToList();
        var step = new OptionsDailyStep(options, new RecentClosesReader(database.DataSource), SessionEvening, NullLogger<OptionsDailyStep>.Instance);
        using (var signal = new OutboxSignal())
        {
            await using var tx = await new ServiceDatabase(database.DataSource, signal).BeginAsync(CancellationToken.None);
            await step.RunAsync(tx, new MarketSessionIngested(Guid.NewGuid(), Session, 1, 0, 0, "test"), loads, CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }

        await using var connection = await database.DataSource.OpenConnectionAsync();
        var payload = await connection.QuerySingleAsync<string>(
            "SELECT payload::text FROM outbox WHERE message_type = @type", new { type = typeof(OptionMetricsComputed).FullName });
        var sent = System.Text.Json.JsonSerializer.Deserialize<OptionMetricsComputed>(payload, System.Text.Json.JsonSerializerOptions.Web)!;

        var expected = loads.OrderBy(l => l.Underlying, StringComparer.Ordinal).Select(l => InMemoryLine(l.Chain!, options)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(sent.Underlyings, Is.EqualTo(2));
            Assert.That(sent.DealerMetrics!.Select(d => d.Underlying), Is.EqualTo(new[] { "MSFT", "TSM" }));
            Assert.That(sent.DealerMetrics, Is.EqualTo(expected), "every value exactly as computed, none rounded by the tables");
            Assert.That(sent.DealerMetrics!.Select(d => d.CallWall), Has.All.Not.Null);
        });
    }

    /// <summary>
    /// The line as the stage built it in memory before sharding: spot and net GEX of the chain's dealer metrics, flip, DGPI and position of its
    /// positioning, and as walls the call strike with the most open interest (the lower on a tie) and the put strike with the most (the higher).
    /// </summary>
    private static UnderlyingDealerMetrics InMemoryLine(OptionChainSnapshot chain, ChainOptions options)
    {
        var enriched = ChainEnricher.Enrich(chain, options.Pricing, options.American);
        var metrics = DealerMetricsCalculator.Compute(chain.Underlying, Session, chain.Spot, enriched);
        var dealer = DealerPositioningCalculator.Compute(enriched, chain.Spot, options.Pricing, options.Convention);
        var callWall = metrics.CallWalls.MaxBy(w => (w.OpenInterest, -w.Strike))?.Strike;
        var putWall = metrics.PutWalls.MaxBy(w => (w.OpenInterest, w.Strike))?.Strike;
        return new UnderlyingDealerMetrics(chain.Underlying, chain.Spot, metrics.NetGex, dealer.GammaFlip, dealer.Dgpi, dealer.Position, callWall, putWall, ChainOptions.ModelVersion);
    }
}
