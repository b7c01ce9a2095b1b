using Dapper;
using Kapman.Recommendation.Core.Strategies;
using Kapman.Recommendation.Generation;
using Kapman.Recommendation.Justification;
using Kapman.Recommendation.Outcomes;
using Kapman.ServiceDefaults.Data;
using Kapman.ServiceDefaults.Messaging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Kapman.Recommendation.Tests;

/// <summary>
/// The generator and the evaluation job on a database of the test's own (created and dropped here), with the
/// upstream columns the service reads: SPY spot 100 with a spring entry, QQQ with no alert, and bars after the session.
/// </summary>
public sealed class RecommendationDatabaseTests
{
    private const string Server = "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres";
    private static readonly DateOnly Session = new(2025, 8, 26);
    private string name = "";
    private NpgsqlDataSource dataSource = null!;

    [SetUp]
    public async Task CreateDatabase()
    {
        name = "kapman_rectest_" + Guid.NewGuid().ToString("N")[..12];
        try
        {
            await using var admin = new NpgsqlConnection(Server + ";Database=postgres");
            await admin.OpenAsync();
            await admin.ExecuteAsync($"CREATE DATABASE {name}");
        }
        catch (NpgsqlException e)
        {
            Assert.Fail($"PostgreSQL on 127.0.0.1:5432 (postgres/postgres) is needed: {e.Message}");
        }

        SqlMapper.AddTypeHandler(new DateOnlyTypeHandler());
        dataSource = new NpgsqlDataSourceBuilder($"{Server};Database={name};Search Path=recommendation").Build();
        await using var connection = await dataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(
            """
            CREATE SCHEMA wyckoff; CREATE SCHEMA options; CREATE SCHEMA market;
            CREATE TABLE wyckoff.snapshots (ticker text, session_date date, bc_score int, spring_score int, alert_kind text, phase char(1),
                trade_signal text, events jsonb NOT NULL DEFAULT '[]');
            CREATE TABLE options.dealer_metrics (underlying text, as_of date, spot double precision);
            CREATE TABLE options.contracts (occ_symbol text, option_right text, expiration date, strike double precision, bid double precision,
                ask double precision, delta double precision, open_interest bigint, as_of date, underlying text);
            CREATE TABLE market.daily_bars (ticker text, session_date date, open double precision, high double precision, low double precision, close double precision);
            INSERT INTO wyckoff.snapshots VALUES ('SPY', '2025-08-26', 3, 10, 'SPRING_ENTRY', 'A', 'ENTRY_SETUP', '[]'), ('QQQ', '2025-08-26', 7, 2, NULL, NULL, NULL, '[]');
            INSERT INTO options.dealer_metrics VALUES ('SPY', '2025-08-26', 100), ('QQQ', '2025-08-26', 500);
            INSERT INTO options.contracts VALUES
              ('SPY251024C00100000', 'call', '2025-10-24', 100, 4.9, 5.1, 0.52, 100, '2025-08-26', 'SPY'),
              ('SPY251024C00110000', 'call', '2025-10-24', 110, 1.9, 2.1, 0.30, 100, '2025-08-26', 'SPY'),
              ('SPY251024P00100000', 'put', '2025-10-24', 100, 4.4, 4.6, -0.48, 100, '2025-08-26', 'SPY'),
              ('QQQ251024C00500000', 'call', '2025-10-24', 500, 19, 20, 0.5, 100, '2025-08-26', 'QQQ');
            INSERT INTO market.daily_bars VALUES ('SPY', '2025-08-27', 100, 103, 99, 102), ('SPY', '2025-08-28', 102, 111, 101, 109);
            """);
        await new MigrationRunner(dataSource, new ServiceSchema("recommendation", typeof(RecommendationGenerator).Assembly), NullLogger<MigrationRunner>.Instance)
            .MigrateAsync(CancellationToken.None);
    }

    [TearDown]
    public async Task DropDatabase()
    {
        await dataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(Server + ";Database=postgres");
        await admin.OpenAsync();
        await admin.ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    [Test]
    public async Task Generation_stores_a_priced_long_call_and_a_reasoned_no_trade_and_evaluation_scores_it()
    {
        var generator = new RecommendationGenerator(StrategyParameters.Default, new RiskLimits(), new TemplateJustificationWriter());
        using var signal = new OutboxSignal();
        await using (var tx = await new ServiceDatabase(dataSource, signal).BeginAsync(CancellationToken.None))
        {
            Assert.That(await generator.GenerateAsync(tx, Guid.NewGuid(), Session, CancellationToken.None), Is.EqualTo((1, 1)));
            await tx.CommitAsync(CancellationToken.None);
        }

        await using var connection = await dataSource.OpenConnectionAsync();
        var rows = (await connection.QueryAsync<(string Ticker, string Status, string? Occ, string? Reason, string? Action, double? MaxLoss, double? Breakeven, string Writer, string? Legs)>(
            "SELECT ticker, status, occ_symbol, no_trade_reason, action, max_loss, breakeven, writer, legs::text FROM recommendations ORDER BY ticker")).ToList();
        Assert.That(rows.Select(r => (r.Ticker, r.Status, r.Occ, r.Reason, r.Action)), Is.EqualTo(new[]
        {
            ("QQQ", "NO_TRADE", (string?)null, (string?)"no signal: BC 7/28, Spring 2/12", (string?)"HOLD"),
            ("SPY", "ISSUED", "SPY251024C00100000", null, "BUY"),
        }));
        Assert.That((rows[1].MaxLoss, rows[1].Breakeven, rows[1].Writer), Is.EqualTo(((double?)500, (double?)105, "template")));

        var orphanLegs = await connection.ExecuteScalarAsync<long>(
            """
            SELECT count(*) FROM recommendations r, jsonb_array_elements(r.legs) leg
            WHERE NOT EXISTS (SELECT 1 FROM options.contracts c WHERE c.as_of = r.session_date AND c.occ_symbol = leg->>'occSymbol'
                              AND c.strike = (leg->>'strike')::double precision AND c.expiration = (leg->>'expiration')::date AND c.option_right = leg->>'right')
            """);
        Assert.That(orphanLegs, Is.Zero, "every stored leg exists in the stored chain of its date");

        // Entry 100 (08-27 open); 08-28 high 111 >= target 110: WIN on day 2, Brier (10/12 - 1)^2 = 1/36.
        Assert.That(await new OutcomeEvaluationService(dataSource).EvaluateAsync(new DateOnly(2025, 9, 30), CancellationToken.None), Is.EqualTo(1));
        var outcome = await connection.QuerySingleAsync<(string Outcome, int? DaysToTarget, double Brier, string Status)>(
            "SELECT outcome_status, days_to_target, directional_brier, status FROM recommendation_outcomes");
        Assert.That((outcome.Outcome, outcome.DaysToTarget, outcome.Status), Is.EqualTo(("WIN", (int?)2, "closed")));
        Assert.That(outcome.Brier, Is.EqualTo(1 / 36.0).Within(1e-12));
    }
}
