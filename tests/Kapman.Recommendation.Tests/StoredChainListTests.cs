using Dapper;
using Kapman.OptionMath;
using Kapman.Options.Core;
using Kapman.Recommendation.Application;
using Kapman.Recommendation.Core.Strategies;
using Kapman.Recommendation.Data;
using Kapman.Recommendation.Justification;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Recommendation.Tests;

/// <summary>
/// The live generation and the list filters of <c>GET /recommendations</c> (date, strategy, direction, status, minimum
/// confidence, trigger) on real PostgreSQL with two real chains of one session, the shared MSFT and TSM 2026-07-28
/// snapshots stored as the Options service stores them, plus NVDA (bars and a spring alert, no chain). Confidences come
/// from a stored calibration parameter set of the session's week (Monday 2026-07-27) with an edge for both signals and
/// A = 0: p = 1 / (1 + e^−B), B = ln 9 for BC_EXIT (0.9) and ln 4 for SPRING_ENTRY (0.8). Also the
/// provenance stored with each recommendation when a model (a local OpenAI wire-format server replaying a recorded
/// answer with a hallucinated strike) is rejected: the prompt, the answering model, the reason and the engine version;
/// and that the model is asked with no transaction open.
/// </summary>
public sealed class StoredChainListTests
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
        await db.SetSnapshotAsync("NVDA", Session, 2, 10, "SPRING_ENTRY", "A", "ENTRY_SETUP");
        await using var connection = await db.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("INSERT INTO market_api.daily_bars_v1 VALUES ('NVDA', '2026-07-28', 170, 174, 169, 172)");
        await CalibrationSets.StoreAsync(db.DataSource, new DateOnly(2026, 7, 27), 0.5, ("BC_EXIT", 0, Math.Log(9), true, 0.6), ("SPRING_ENTRY", 0, Math.Log(4), true, 0.6));
    }

    [TearDown]
    public async Task DropDatabase() => await db.DisposeAsync();

    [Test]
    public async Task Real_chains_give_listed_contracts_and_every_filter_selects_its_rows()
    {
        Assert.That(await GenerateAsync(new TemplateJustificationWriter()), Is.EqualTo((2, 1)));
        Assert.That(await db.OrphanLegsAsync(), Is.Zero, "every stored leg exists in the stored chain of its date");
        await using var connection = await db.DataSource.OpenConnectionAsync();

        async Task<string[]> List(RecommendationFilter filter) =>
            (await RecommendationQueries.ListAsync(connection, filter, CancellationToken.None))
            .Select(r => $"{r.Ticker} {r.Status} {r.Strategy} {r.Direction} {r.Trigger}").ToArray();

        var all = await RecommendationQueries.ListAsync(connection, new RecommendationFilter(), CancellationToken.None);
        // Trades first, highest confidence first: TSM 0.9 (protective put), MSFT 0.8; then NVDA's underlying-only call.
        Assert.That(all.Select(r => $"{r.Ticker} {r.Status} {r.Strategy} {r.Direction} {r.Action} {r.Trigger}"), Is.EqualTo(new[]
        {
            "TSM ISSUED LONG_PUT SHORT HEDGE BC_EXIT",
            "MSFT ISSUED LONG_CALL LONG BUY SPRING_ENTRY",
            "NVDA NO_TRADE  LONG BUY SPRING_ENTRY",
        }));
        Assert.That(all.Select(r => r.Confidence), Is.EqualTo(new[] { 0.9, 0.8, 0.8 }).Within(1e-12));
        Assert.That(all.Select(r => (r.CalibrationVersion, r.NoEdge)), Is.All.EqualTo(((string?)"platt-1.1.0+2026-07-27", false)));
        Assert.That(all.Take(2).Select(r => (r.OptionRight, r.Expiration!.Value.DayNumber - Session.DayNumber is >= 30 and <= 90)),
            Is.EqualTo(new[] { ((string?)"put", true), ((string?)"call", true) }));

        Assert.That(await List(new(Strategy: "long_call")), Is.EqualTo(new[] { "MSFT ISSUED LONG_CALL LONG SPRING_ENTRY" }));
        Assert.That(await List(new(Strategy: "VERTICAL_SPREAD")), Is.Empty);
        Assert.That(await List(new(Direction: "short")), Is.EqualTo(new[] { "TSM ISSUED LONG_PUT SHORT BC_EXIT" }));
        Assert.That(await List(new(Direction: "LONG")), Is.EqualTo(new[] { "MSFT ISSUED LONG_CALL LONG SPRING_ENTRY", "NVDA NO_TRADE  LONG SPRING_ENTRY" }));
        Assert.That(await List(new(Status: "no_trade")), Is.EqualTo(new[] { "NVDA NO_TRADE  LONG SPRING_ENTRY" }));
        Assert.That(await List(new(MinConfidence: 0.85)), Is.EqualTo(new[] { "TSM ISSUED LONG_PUT SHORT BC_EXIT" }));
        Assert.That(await List(new(MinConfidence: 0.79)), Has.Length.EqualTo(3));
        Assert.That(await List(new(Trigger: "bc_exit", Status: "ISSUED")), Is.EqualTo(new[] { "TSM ISSUED LONG_PUT SHORT BC_EXIT" }));
        Assert.That(await List(new(Session: Session.AddDays(-1))), Is.Empty);
        Assert.That(await List(new(Session: Session, Strategy: "LONG_PUT", Direction: "LONG")), Is.Empty);
    }

    [Test]
    public async Task A_rejected_model_answer_on_the_live_path_stores_the_prompt_the_model_and_the_reason()
    {
        await using var server = await FakeModelServer.StartAsync();
        server.Reply = (FakeModelServer.Recorded("openai-hallucinated-strike"), 200, TimeSpan.Zero);
        var writer = new OpenAiJustificationWriter("gpt-4o-mini", new Uri(server.BaseAddress, "v1"), "test-key-not-real", TimeSpan.FromSeconds(10));
        Assert.That(await GenerateAsync(writer), Is.EqualTo((2, 1)));
        Assert.That(server.Requests, Has.Count.EqualTo(2), "one model call per chain-bearing ticker; none for NVDA's underlying-only call");

        await using var connection = await db.DataSource.OpenConnectionAsync();
        var rows = (await connection.QueryAsync<(string Ticker, string Writer, string? Model, string? Prompt, string? Fallback, string ModelVersion, string Occ)>(
            """
            SELECT ticker, writer, justification_model, justification_prompt, justification_fallback, model_version, legs->0->>'occSymbol'
            FROM recommendations WHERE status = 'ISSUED' ORDER BY ticker
            """)).ToList();
        Assert.That(rows.Select(r => r.Ticker), Is.EqualTo(new[] { "MSFT", "TSM" }));
        foreach (var r in rows)
        {
            Assert.That((r.Writer, r.Model, r.ModelVersion), Is.EqualTo(("template", (string?)"gpt-4o-mini-2024-07-18", StrategyParameters.Default.ModelVersion)), r.Ticker);
            Assert.That(r.Prompt, Does.Contain($"\"occ_symbol\":\"{r.Occ}\""), r.Ticker);
            Assert.That(r.Fallback, Is.EqualTo("openai answer rejected: names contract SPY251024C00105000 (call 105, 2025-10-24) outside the allowed list"), r.Ticker);
        }
    }

    [Test]
    public async Task The_model_is_asked_while_no_transaction_is_open_and_the_join_stores_its_answers()
    {
        // Issue 16, item 10: while the model (answering after 300 ms) writes a justification, the database has no
        // transaction open, so no row or inbox entry stays locked for the length of an LLM call.
        await using var server = await FakeModelServer.StartAsync();
        server.Reply = (FakeModelServer.Recorded("openai-hallucinated-strike"), 200, TimeSpan.FromMilliseconds(300));
        var openDuringCalls = new List<long>();
        server.OnRequest = async () => openDuringCalls.Add(await OpenTransactionsAsync());
        var writer = new OpenAiJustificationWriter("gpt-4o-mini", new Uri(server.BaseAddress, "v1"), "test-key-not-real", TimeSpan.FromSeconds(10));
        using var signal = new OutboxSignal();
        var database = new ServiceDatabase(db.DataSource, signal);
        var join = new RecommendationJoin(database, new RecommendationGenerator(StrategyParameters.Default, new RiskLimits(100_000, 10), writer, db.Inputs));
        var runId = Guid.NewGuid();

        var first = await join.PrepareAsync(runId, Session, wyckoffInput: true, CancellationToken.None);
        var second = await join.PrepareAsync(runId, Session, wyckoffInput: false, CancellationToken.None);
        await using var tx = await database.BeginAsync(CancellationToken.None);
        var stored = await RecommendationJoin.CompleteAsync(tx, runId, Session, second!, CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);

        Assert.That(first, Is.Null, "one input of two: nothing decided, no model asked before the other");
        Assert.That(openDuringCalls, Has.Count.EqualTo(2), "one model call per chain-bearing ticker");
        Assert.That(openDuringCalls, Is.All.Zero, "no transaction open on the service's database during a model call");
        Assert.That(stored, Is.EqualTo(3), "MSFT and TSM issued, NVDA underlying-only");
        await using var connection = await db.DataSource.OpenConnectionAsync();
        Assert.That(await connection.ExecuteScalarAsync<bool>("SELECT generated FROM run_inputs WHERE run_id = @runId", new { runId }), Is.True);
    }

    /// <summary>Other sessions of this database inside a transaction (idle or running).</summary>
    private async Task<long> OpenTransactionsAsync()
    {
        await using var connection = await db.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL");
    }

    private async Task<(int Issued, int NoTrade)> GenerateAsync(IJustificationWriter writer)
    {
        var generator = new RecommendationGenerator(StrategyParameters.Default, new RiskLimits(100_000, 10), writer, db.Inputs);
        using var signal = new OutboxSignal();
        await using var tx = await new ServiceDatabase(db.DataSource, signal).BeginAsync(CancellationToken.None);
        var counts = await RecommendationGenerator.WriteAsync(tx, Guid.NewGuid(), Session, await generator.DecideAsync(tx.Connection, Session, CancellationToken.None), CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
        return counts;
    }
}
