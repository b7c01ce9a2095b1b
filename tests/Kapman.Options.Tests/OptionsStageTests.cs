using Dapper;
using Kapman.Contracts;
using Kapman.OptionMath;
using Kapman.Options.Application;
using Kapman.Options.Chains;
using Kapman.Options.Data;
using Kapman.Options.Polygon;
using Kapman.ServiceDefaults.Messaging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kapman.Options.Tests;

/// <summary>
/// The options stage's transaction on a PostgreSQL database of the test's own: one underlying that cannot be stored fails
/// alone (review #8), and a rerun of an old session keeps its stored chain instead of filing today's API quotes under it (review #11).
/// </summary>
public sealed class OptionsStageTests
{
    private static readonly DateOnly Session = new(2026, 7, 28);

    // 2026-07-28 20:00 EDT, the session's own evening.
    private static readonly FixedClock SessionEvening = new(new DateTimeOffset(2026, 7, 29, 0, 0, 0, TimeSpan.Zero));

    [Test]
    public async Task An_underlying_that_breaks_the_store_fails_alone_and_the_others_are_stored()
    {
        await using var database = await ServiceTestDatabase.CreateAsync("options", typeof(ChainStore).Assembly);
        var msft = SnapshotLoader.Load("MSFT", RepoFiles.SharedData("options", "snapshots", "MSFT", "2026-07-28.json"), Session);
        var tsm = SnapshotLoader.Load("TSM", RepoFiles.SharedData("options", "snapshots", "TSM", "2026-07-28.json"), Session);
        // A chain that did not come through the reader can still repeat a symbol: the COPY then breaks (as_of, occ_symbol).
        var broken = tsm with { Underlying = "AAPL", Chain = tsm.Chain! with { Underlying = "AAPL", Contracts = [.. tsm.Chain.Contracts, tsm.Chain.Contracts[0]] } };

        var outcome = await RunAsync(database, SessionEvening, [msft, broken, tsm with { }]);

        await using var connection = await database.DataSource.OpenConnectionAsync();
        var stored = (await connection.QueryAsync<(string, long)>(
            "SELECT underlying, count(*) FROM contracts WHERE as_of = @Session GROUP BY underlying ORDER BY underlying", new { Session })).ToList();
        var events = (await connection.QueryAsync<string>("SELECT payload::text FROM outbox WHERE message_type = @type", new { type = typeof(OptionChainsIngested).FullName })).Single();
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(StageStatuses.Partial));
            Assert.That(outcome.Count, Is.EqualTo(300 + 59));
            Assert.That(outcome.Error, Does.StartWith("1 underlying(s) skipped: AAPL (FAILED: ").And.Contain("23505"));
            Assert.That(stored, Is.EqualTo(new[] { ("MSFT", 300L), ("TSM", 59L) }));
            Assert.That(System.Text.Json.JsonDocument.Parse(events).RootElement.GetProperty("underlyings").GetInt32(), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task Rerunning_an_old_session_keeps_its_stored_chain_and_says_why()
    {
        await using var database = await ServiceTestDatabase.CreateAsync("options", typeof(ChainStore).Assembly);
        using var server = new PagedSnapshotServer(RepoFiles.SharedData("options", "snapshots", "TSM", "2026-07-28.json"), 250, "k");
        using var http = new HttpClient();
        using var client = new PolygonSnapshotClient(http, new PolygonClientOptions(server.BaseUrl, "k"));
        var dataRoot = Path.Combine(Path.GetTempPath(), "kapman-options-empty-" + Guid.NewGuid().ToString("N"));

        // The session's evening run fetches its chain from the API.
        var first = new SessionChainLoader(new ChainOptions(dataRoot, PricingInputs.Default), client, ["TSM"], SessionEvening);
        var firstOutcome = await RunAsync(database, SessionEvening, await first.LoadAsync(Session, CancellationToken.None));
        var before = await StoredAsync(database);
        await using (var connection = await database.DataSource.OpenConnectionAsync())
        {
            // Mark the stored rows so that any rewrite of them shows.
            await connection.ExecuteAsync("UPDATE contracts SET volume = -1 WHERE as_of = @Session", new { Session });
        }

        // A rerun months later must not file that day's quotes under 2026-07-28.
        var later = new FixedClock(new DateTimeOffset(2026, 12, 4, 15, 0, 0, TimeSpan.Zero));
        var rerun = new SessionChainLoader(new ChainOptions(dataRoot, PricingInputs.Default), client, ["TSM"], later);
        var rerunOutcome = await RunAsync(database, later, await rerun.LoadAsync(Session, CancellationToken.None));

        var after = await StoredAsync(database);
        Assert.Multiple(() =>
        {
            Assert.That(firstOutcome.Status, Is.EqualTo(StageStatuses.Succeeded));
            Assert.That(before, Has.Count.EqualTo(59));
            Assert.That(server.Requests, Has.Count.EqualTo(1), "only the session's own evening asked the API");
            Assert.That(after.Select(r => r.Symbol), Is.EqualTo(before.Select(r => r.Symbol)));
            Assert.That(after.Select(r => r.Volume), Is.All.EqualTo(-1), "the stored chain was not rewritten");
            Assert.That(rerunOutcome.Status, Is.EqualTo(StageStatuses.Partial));
            Assert.That(rerunOutcome.Error, Does.Contain("TSM (NOT_CURRENT_SESSION: ").And.Contain("2026-12-04"));
        });
    }

    private static async Task<StageOutcome> RunAsync(ServiceTestDatabase database, TimeProvider clock, IReadOnlyList<SnapshotLoad> loads)
    {
        await MarketBarsContract.CreateAsync(database, []);
        var stage = new OptionsDailyStep(
            new ChainOptions(RepoFiles.SharedData(), PricingInputs.Default), new RecentClosesReader(database.DataSource), clock, NullLogger<OptionsDailyStep>.Instance);
        using var signal = new OutboxSignal();
        await using var tx = await new ServiceDatabase(database.DataSource, signal).BeginAsync(CancellationToken.None);
        var outcome = await stage.RunAsync(tx, new MarketSessionIngested(Guid.NewGuid(), Session, 1, 0, 0, "test"), loads, CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
        return outcome;
    }

    private static async Task<List<(string Symbol, long Volume)>> StoredAsync(ServiceTestDatabase database)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        return (await connection.QueryAsync<(string, long)>(
            "SELECT occ_symbol, volume FROM contracts WHERE as_of = @Session AND underlying = 'TSM' ORDER BY occ_symbol", new { Session })).ToList();
    }
}
