using Dapper;
using Kapman.OptionMath;
using Kapman.Options.Core;
using Kapman.Recommendation.Application;
using Kapman.Recommendation.Core.Strategies;
using Kapman.Recommendation.Justification;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Recommendation.Tests;

/// <summary>
/// The main job's recommendation step on real PostgreSQL with the repository's sample SPY 2025-08-26 chain
/// (data/sample, 7,011 contracts, spot 645.16) stored as the Options service stores it. For every Wyckoff verdict,
/// and with no snapshot at all, the chain-bearing underlying gets a recommendation or a no-trade with a reason,
/// and every stored leg's (expiry, strike, type) exists in the stored chain of its as-of date.
/// </summary>
public sealed class SpyChainGenerationTests
{
    private static readonly DateOnly Session = new(2025, 8, 26);
    private static OptionChainSnapshot snapshot = null!;
    private static IReadOnlyList<EnrichedContract> enriched = [];
    private UpstreamDatabase db = null!;

    /// <summary>Verdicts: BC, Spring, alert, phase letter, trade signal, events, the structure expected with a wide risk limit (null: HOLD), the trigger.</summary>
    private static readonly object?[][] Verdicts =
    [
        [3, 10, "SPRING_ENTRY", "A", "ENTRY_SETUP", Array.Empty<string>(), "LONG_CALL", "SPRING_ENTRY"],
        [25, 0, "BC_EXIT", "D", "EXIT_IMMEDIATELY", Array.Empty<string>(), "LONG_PUT", "BC_EXIT"],
        [5, 4, null, "A", null, new[] { "ST" }, "CSP", "ST"],
        [3, 10, "SPRING_ENTRY", "C", "ENTRY_SETUP", Array.Empty<string>(), "BULL_CALL_DEBIT", "SPRING_ENTRY"],
        [21, 0, null, "D", "PREPARE_EXIT", Array.Empty<string>(), "BEAR_PUT_DEBIT", "BC>=20"],
        [5, 0, null, "B", null, new[] { "SOS" }, "BULL_PUT_CREDIT", "SOS"],
        [8, 0, null, "E", "REDUCE", new[] { "SOW" }, "BEAR_CALL_CREDIT", "SOW"],
        [5, 2, null, "A", "STRONG_ENTRY", new[] { "SOS" }, "LONG_CALL", "SPRING+SOS"],
        [6, 3, null, "A", null, new[] { "SPRING" }, "LONG_CALL", "SPRING"],
        [15, 0, null, "D", null, new[] { "BC" }, "LONG_PUT", "BC"],
        [4, 1, null, "A", null, new[] { "SC", "AR" }, null, "SC"],
        [7, 2, null, null, null, Array.Empty<string>(), null, null],
    ];

    [OneTimeSetUp]
    public static void LoadChain()
    {
        using var file = File.OpenRead(Path.Combine(RepoFiles.Root, "data", "sample", "options", "snapshots", "SPY", "2025-08-26.json"));
        snapshot = PolygonSnapshotReader.Read(file, "SPY", Session);
        enriched = ChainEnricher.Enrich(snapshot, PricingInputs.Default);
    }

    [SetUp]
    public async Task CreateDatabase()
    {
        db = await UpstreamDatabase.CreateAsync();
        await db.StoreChainAsync(snapshot, enriched);
    }

    [TearDown]
    public async Task DropDatabase() => await db.DisposeAsync();

    [Test]
    public async Task Every_verdict_gives_a_trade_or_a_reasoned_no_trade_and_every_leg_is_in_the_stored_chain()
    {
        Assert.That(enriched, Has.Count.EqualTo(7011));
        var issued = new HashSet<string>();
        foreach (var limits in new[] { new RiskLimits(100_000, 10), new RiskLimits() })
        {
            foreach (var v in Verdicts)
            {
                await db.SetSnapshotAsync("SPY", Session, (int)v[0]!, (int)v[1]!, (string?)v[2], (string?)v[3], (string?)v[4], (string[])v[5]!);
                var row = await GenerateSpyAsync(limits);
                var what = $"{string.Join(',', (string[])v[5]!)} BC {v[0]} Spring {v[1]} {v[2]} phase {v[3]}, limit {limits.MaxLossPerTrade}";
                Assert.That(row.Status is "ISSUED" or "NO_TRADE", Is.True, what);
                Assert.That(row.Status == "ISSUED" ? row.Legs : row.Reason, Is.Not.Null.And.Not.Empty, what);
                Assert.That(row.Trigger, Is.EqualTo(v[7]), what);
                if (limits.MaxLossPerTrade >= 100_000)
                {
                    Assert.That(row.Structure, Is.EqualTo(v[6]), $"{what}: {row.Reason}");
                }

                if (row.Status == "ISSUED")
                {
                    issued.Add(row.Structure!);
                }

                Assert.That(await db.OrphanLegsAsync(), Is.Zero, $"{what}: every stored leg exists in the stored chain of its date");
            }
        }

        Assert.That(issued, Is.SupersetOf(new[] { "LONG_CALL", "LONG_PUT", "CSP", "BULL_CALL_DEBIT", "BEAR_PUT_DEBIT", "BULL_PUT_CREDIT", "BEAR_CALL_CREDIT" }));
        await using var connection = await db.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("DELETE FROM wyckoff_api.snapshots_v1");
        var orphan = await GenerateSpyAsync(new RiskLimits());
        Assert.That((orphan.Status, orphan.Reason), Is.EqualTo(("NO_TRADE", (string?)"no Wyckoff snapshot: SPY has no bars for 2025-08-26")));
    }

    private async Task<(string Status, string? Reason, string? Structure, string? Trigger, string? Legs)> GenerateSpyAsync(RiskLimits limits)
    {
        var generator = new RecommendationGenerator(StrategyParameters.Default, limits, new TemplateJustificationWriter(), db.Inputs);
        using var signal = new OutboxSignal();
        await using (var tx = await new ServiceDatabase(db.DataSource, signal).BeginAsync(CancellationToken.None))
        {
            await RecommendationGenerator.WriteAsync(tx, Guid.NewGuid(), Session, await generator.DecideAsync(tx.Connection, Session, CancellationToken.None), CancellationToken.None);
            await tx.CommitAsync(CancellationToken.None);
        }

        await using var connection = await db.DataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<(string, string?, string?, string?, string?)>(
            "SELECT status, no_trade_reason, structure, trigger, legs::text FROM recommendations WHERE ticker = 'SPY' AND session_date = @Session", new { Session });
    }
}
