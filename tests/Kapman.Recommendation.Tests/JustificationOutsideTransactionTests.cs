using Dapper;
using Kapman.Options.Core;
using Kapman.Recommendation.Core.Strategies;
using Kapman.Recommendation.Generation;
using Kapman.Recommendation.Justification;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Recommendation.Tests;

/// <summary>
/// No slow network call inside a database transaction (issue 16, item 10): while the model (a local OpenAI wire-format
/// server that answers after 300 ms) writes a justification, the recommendation database has no transaction open, so no
/// row or inbox entry stays locked for the length of an LLM call. Real PostgreSQL, the shared MSFT and TSM 2026-07-28 chains.
/// </summary>
public sealed class JustificationOutsideTransactionTests
{
    private static readonly DateOnly Session = new(2026, 7, 28);
    private UpstreamDatabase db = null!;

    [SetUp]
    public async Task CreateDatabase()
    {
        db = await UpstreamDatabase.CreateAsync();
        foreach (var ticker in new[] { "MSFT", "TSM" })
        {
            using var file = File.OpenRead(RepoFiles.SharedData("options", "snapshots", ticker, "2026-07-28.json"));
            var snapshot = PolygonSnapshotReader.Read(file, ticker, Session);
            await db.StoreChainAsync(snapshot, ChainEnricher.Enrich(snapshot, PricingInputs.Default));
        }

        await db.SetSnapshotAsync("MSFT", Session, 3, 10, "SPRING_ENTRY", "A", "ENTRY_SETUP");
        await db.SetSnapshotAsync("TSM", Session, 25, 0, "BC_EXIT", "D", "EXIT_IMMEDIATELY");
    }

    [TearDown]
    public async Task DropDatabase() => await db.DisposeAsync();

    [Test]
    public async Task The_model_is_asked_while_no_transaction_is_open_and_the_join_stores_its_answers()
    {
        await using var server = await FakeModelServer.StartAsync();
        server.Reply = (FakeModelServer.Recorded("openai-hallucinated-strike"), 200, TimeSpan.FromMilliseconds(300));
        var openDuringCalls = new List<long>();
        server.OnRequest = async () => openDuringCalls.Add(await OpenTransactionsAsync());
        var writer = new OpenAiJustificationWriter("gpt-4o-mini", new Uri(server.BaseAddress, "v1"), "test-key-not-real", TimeSpan.FromSeconds(10));
        var generator = new RecommendationGenerator(StrategyParameters.Default, new RiskLimits(100_000, 10), writer);
        using var signal = new OutboxSignal();
        var database = new ServiceDatabase(db.DataSource, signal);
        var join = new RecommendationJoin(database, generator);
        var runId = Guid.NewGuid();

        var first = await join.PrepareAsync(runId, Session, wyckoffInput: true, CancellationToken.None);
        var second = await join.PrepareAsync(runId, Session, wyckoffInput: false, CancellationToken.None);
        await using var tx = await database.BeginAsync(CancellationToken.None);
        var stored = await RecommendationJoin.CompleteAsync(tx, runId, Session, second!, CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);

        Assert.That(first, Is.Null, "one input of two: nothing decided, no model asked before the other");
        Assert.That(openDuringCalls, Has.Count.EqualTo(2), "one model call per chain-bearing ticker");
        Assert.That(openDuringCalls, Is.All.Zero, "no transaction open on the service's database during a model call");
        Assert.That(stored, Is.EqualTo(2));
        await using var connection = await db.DataSource.OpenConnectionAsync();
        Assert.That(await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM recommendations WHERE justification_model IS NOT NULL"), Is.EqualTo(2));
        Assert.That(await connection.ExecuteScalarAsync<bool>("SELECT generated FROM run_inputs WHERE run_id = @runId", new { runId }), Is.True);
    }

    /// <summary>Other sessions of this database inside a transaction (idle or running).</summary>
    private async Task<long> OpenTransactionsAsync()
    {
        await using var connection = await db.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL");
    }
}
