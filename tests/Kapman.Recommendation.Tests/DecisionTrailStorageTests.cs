using System.Text.Json;
using Dapper;
using Kapman.OptionMath;
using Kapman.Recommendation.Apis;
using Kapman.Recommendation.Application;
using Kapman.Recommendation.Core.Strategies;
using Kapman.Recommendation.Data;
using Kapman.Recommendation.Decision.Inputs;
using Kapman.Recommendation.Decision.Thresholds;
using Kapman.Recommendation.Decisions;
using Kapman.Recommendation.Justification;
using Kapman.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kapman.Recommendation.Tests;

/// <summary>
/// The decision core's trails on real PostgreSQL with SPY's stored chain of 2025-08-26: every candidate stored with its full trail
/// (<c>recommendation.decisions</c>), served by <c>GET /decisions</c> and <c>GET /recommendations/{id}/trail</c> exactly as decided;
/// without a corporate-events source the condor is blocked at G; with one (a test source that answers "no events") and EV_net's floor
/// lowered, it is accepted, becomes a recommendation of source <c>decision:iron_condor</c> beside the Wyckoff-driven one, and is
/// handed to execution as a <c>RecommendationIssued</c>.
/// </summary>
public sealed class DecisionTrailStorageTests
{
    private static readonly DateOnly Session = SpySessionFiles.Session;
    private static readonly DecisionThresholds RegimeRelaxed = DecisionThresholds.Default with { Regime = new RegimeThresholds(MinVolatilityRiskPremium: -0.05, MinIvRank: null) };
    private UpstreamDatabase db = null!;

    [SetUp]
    public async Task CreateDatabase()
    {
        db = await UpstreamDatabase.CreateAsync();
        var (snapshot, contracts) = SpySessionFiles.Chain();
        await db.StoreChainAsync(snapshot, contracts);
        await db.StoreBarsAsync("SPY", SpySessionFiles.Bars(Session));
    }

    [TearDown]
    public async Task DropDatabase() => await db.DisposeAsync();

    [Test]
    public async Task Without_a_corporate_source_every_candidate_is_stored_with_its_trail_and_none_becomes_a_recommendation()
    {
        var decided = await DecideAndStoreAsync(RegimeRelaxed, new NoCorporateEventsSource());

        await using var connection = await db.DataSource.OpenConnectionAsync();
        Assert.That(await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM recommendations"), Is.Zero);
        var listed = await ListAsync(null, null, null);
        Assert.That(listed.Select(d => (d.Structure, d.Accepted, d.FailedStage)), Is.EquivalentTo(new[]
        {
            ("iron_condor", false, (string?)"G"), ("credit_put_spread", false, (string?)"F"), ("credit_call_spread", false, (string?)"E"),
        }));
        foreach (var stored in listed)
        {
            Assert.That(StructureCodes.TryParse(stored.Structure, out var structure), Is.True);
            var original = decided.Single(d => d.Structure == structure);
            Assert.That(JsonSerializer.Serialize(stored.Trail), Is.EqualTo(JsonSerializer.Serialize(original.Result.Trail.Select(TrailGateDto.From))), stored.Structure);
            Assert.That(stored.Pricing, Is.EqualTo("stored-chain"));
        }

        var condor = listed.Single(d => d.Structure == "iron_condor");
        Assert.That(condor.FailedReason, Does.StartWith("No corporate-events source: credit structure blocked"));
        Assert.That(condor.Legs.Select(l => l.OccSymbol), Is.EqualTo(new[] { "SPY251017P00600000", "SPY251017P00610000", "SPY251017C00675000", "SPY251017C00680000" }));
        Assert.That(condor.Legs.Select(l => l.Quantity), Is.EqualTo(new[] { 1, -1, -1, 1 }));
        Assert.That(condor.Trail.Select(g => g.Code), Is.EqualTo(new[] { "A", "B", "D", "E", "F", "C", "G" }));
        Assert.That((await ListAsync("2025-08-26", "g", null)).Single().Structure, Is.EqualTo("iron_condor"));
        Assert.That(await ListAsync("2025-08-26", null, "true"), Is.Empty);
        Assert.That(await ListAsync("2025-08-25", null, null), Is.Empty, "no candidate that session");

        await DecideAndStoreAsync(RegimeRelaxed, new NoCorporateEventsSource());
        var rerun = await ListAsync(null, null, null);
        Assert.That(rerun.Select(d => (d.Id, d.Structure, d.FailedStage)), Is.EquivalentTo(listed.Select(d => (d.Id, d.Structure, d.FailedStage))),
            "a rerun replaces the session's candidates under their earlier ids");
    }

    [Test]
    public async Task An_accepted_candidate_becomes_a_recommendation_beside_the_Wyckoff_one_and_its_trail_is_served()
    {
        // A Wyckoff-driven recommendation for the same ticker and session first: the two coexist (one per source).
        await db.SetSnapshotAsync("SPY", Session, 3, 10, "SPRING_ENTRY", "A", "ENTRY_SETUP");
        var generator = new RecommendationGenerator(StrategyParameters.Default, new RiskLimits(100_000, 10), new TemplateJustificationWriter(), db.Inputs);
        using var signal = new OutboxSignal();
        var database = new ServiceDatabase(db.DataSource, signal);
        await using (var tx = await database.BeginAsync(CancellationToken.None))
        {
            await RecommendationGenerator.WriteAsync(tx, Guid.NewGuid(), Session, await generator.DecideAsync(tx.Connection, Session, CancellationToken.None), CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }

        var thresholds = RegimeRelaxed with { Guard = new GuardThresholds(MinEvNetUsd: -1000) };
        await DecideAndStoreAsync(thresholds, new FixedCorporateSource());

        await using var connection = await db.DataSource.OpenConnectionAsync();
        var rows = (await connection.QueryAsync<(Guid Id, string Source, string Status, string? Strategy, double? Net, double Confidence, string? Legs)>(
            "SELECT id, source, status, strategy, net_premium, confidence, legs::text FROM recommendations WHERE ticker = 'SPY' ORDER BY source")).ToList();
        Assert.That(rows.Select(r => r.Source), Is.EqualTo(new[] { "decision:iron_condor", "wyckoff" }));
        var core = rows[0];
        var decision = (await ListAsync(null, null, "true")).Single();
        Assert.That((core.Status, core.Strategy, decision.Structure, decision.RecommendationId), Is.EqualTo(("ISSUED", (string?)"IRON_CONDOR", "iron_condor", (Guid?)core.Id)));
        Assert.That(core.Net, Is.EqualTo(-decision.Credit), "net premium is minus the credit after slippage");
        Assert.That(core.Confidence, Is.EqualTo(decision.Pop));
        Assert.That(decision.Trail.Select(g => (g.Code, g.Passed)), Is.EqualTo(new[] { "A", "B", "D", "E", "F", "C", "G", "H" }.Select(c => (c, true))));
        Assert.That(decision.Trail.Single(g => g.Code == "G").Compared.Single(c => c.Name == "corporate events from test: no events").Actual, Is.Zero);
        Assert.That(await db.OrphanLegsAsync(), Is.Zero, "its legs are contracts of the stored chain");
        Assert.That(await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM outbox WHERE message_type LIKE '%RecommendationIssued%' AND payload::text LIKE '%IRON_CONDOR%'"), Is.EqualTo(1));

        var own = (Ok<RecommendationTrail>)await DecisionsApi.GetTrail(core.Id, db.DataSource, CancellationToken.None);
        Assert.That((own.Value!.FromDecisionCore, own.Value.Decisions.Single().Id), Is.EqualTo((true, decision.Id)));
        var wyckoff = (Ok<RecommendationTrail>)await DecisionsApi.GetTrail(rows[1].Id, db.DataSource, CancellationToken.None);
        Assert.That(wyckoff.Value!.FromDecisionCore, Is.False);
        Assert.That(wyckoff.Value.Decisions, Has.Count.EqualTo(3), "how the core judged the underlying that session");
        var missing = (ProblemHttpResult)await DecisionsApi.GetTrail(Guid.NewGuid(), db.DataSource, CancellationToken.None);
        Assert.That(missing.StatusCode, Is.EqualTo(StatusCodes.Status404NotFound));
    }

    private async Task<IReadOnlyList<GateDecision>> DecideAndStoreAsync(DecisionThresholds thresholds, ICorporateEventsSource corporate)
    {
        var settings = new DecisionSettings(true, DecisionSettings.Default.Structures, thresholds, 60, PricingInputs.Default);
        var runner = new DecisionRunner(settings, new DecisionInputsReader(db.DataSource, db.DataSource), new VolatilityIndexFiles(SpySessionFiles.VolatilityDirectory), corporate);
        var decided = await runner.DecideAsync(["SPY"], Session, CancellationToken.None);
        using var signal = new OutboxSignal();
        await using var tx = await new ServiceDatabase(db.DataSource, signal).BeginAsync(CancellationToken.None);
        await GateDecisionWriter.WriteAsync(tx, Guid.NewGuid(), Session, decided, CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
        return decided;
    }

    private async Task<IReadOnlyList<DecisionDto>> ListAsync(string? session, string? stage, string? accepted) =>
        ((Ok<IReadOnlyList<DecisionDto>>)await DecisionsApi.GetDecisions(session, stage, accepted, db.DataSource, CancellationToken.None)).Value!;

    private sealed class FixedCorporateSource : ICorporateEventsSource
    {
        public CorporateCalendar? CalendarFor(string ticker, DateOnly session) => new("test: no events", []);
    }
}
