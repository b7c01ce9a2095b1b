using Dapper;
using Kapman.Recommendation.Apis;
using Kapman.Recommendation.Application;
using Kapman.Recommendation.Core.Calibration;
using Kapman.Recommendation.Core.Strategies;
using Kapman.Recommendation.Justification;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Recommendation.Tests;

/// <summary>
/// The walk-forward calibration of the daily run on real PostgreSQL (issue 21 item 1). AAPL's SOS in markup on Tuesday
/// 2025-08-26 is an underlying-only LONG call with rule confidence 0.6; its session uses the parameter set fitted through
/// Monday 2025-08-25, on outcomes resolved strictly before that Monday.
/// </summary>
public sealed class CalibrationServiceTests
{
    private static readonly DateOnly Session = new(2025, 8, 26);
    private static readonly DateOnly Monday = new(2025, 8, 25);
    private UpstreamDatabase db = null!;

    [SetUp]
    public async Task CreateDatabase()
    {
        db = await UpstreamDatabase.CreateAsync();
        await db.SetSnapshotAsync("AAPL", Session, 5, 0, null, "B", null, "SOS");
        await using var connection = await db.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("INSERT INTO market_api.daily_bars_v1 VALUES ('AAPL', '2025-08-26', 198, 201, 197, 200)");
    }

    [TearDown]
    public async Task DropDatabase() => await db.DisposeAsync();

    [Test]
    public async Task The_set_is_fitted_only_on_outcomes_before_the_sessions_monday_and_no_edge_gives_the_base_rate()
    {
        // SOS before the Monday: 3 right of 4, all at rule confidence 0.6 (a constant score cannot beat the base rate: no edge).
        // On and after the Monday: two wrong calls; had they leaked in, SOS's rate would be 3/6 = 0.5. SOW: one right call.
        await StoreOutcomesAsync(("SOS", "2025-07-01", true), ("SOS", "2025-07-15", true), ("SOS", "2025-08-01", false), ("SOS", "2025-08-22", true),
            ("SOS", "2025-08-25", false), ("SOS", "2025-08-26", false), ("SOW", "2025-08-01", true));

        await GenerateAsync(new CalibrationService(CalibrationSettings.Default with { MinimumSample = 4 }, TimeProvider.System));

        await using var connection = await db.DataSource.OpenConnectionAsync();
        var row = await connection.QuerySingleAsync<(double Confidence, double? Rule, string? Version, bool NoEdge)>(
            "SELECT confidence, rule_confidence, calibration_version, no_edge FROM recommendations WHERE ticker = 'AAPL'");
        Assert.That(row.Confidence, Is.EqualTo(0.75).Within(1e-12), "SOS's base rate before the Monday: 3 / 4");
        Assert.That((row.Rule, row.Version, row.NoEdge), Is.EqualTo(((double?)0.6, (string?)"platt-1.1.0+2025-08-25", true)));
        var sets = (await connection.QueryAsync<(string Signal, DateOnly Through, double BaseRate, int Calls, bool NoEdge)>(
            "SELECT signal, fitted_through, base_rate, n_calls, no_edge FROM model_parameters ORDER BY signal")).ToList();
        // Overall: 4 right of 5 before the Monday (SOW has too few calls for a fit of its own).
        Assert.That(sets.Select(s => (s.Signal, s.Through, s.Calls, s.NoEdge)), Is.EqualTo(new[] { ("*", Monday, 5, true), ("SOS", Monday, 4, true) }));
        Assert.That(sets.Select(s => s.BaseRate), Is.EqualTo(new[] { 0.8, 0.75 }).Within(1e-12));
        // The run's RecommendationsGenerated says so too, for the summary email and the post-market report.
        var line = await connection.QuerySingleAsync<(double Confidence, bool NoEdge)>(
            """
            SELECT (r ->> 'confidence')::float8, (r ->> 'noEdge')::boolean
            FROM outbox, jsonb_array_elements(payload -> 'recommendations') AS r
            WHERE message_type = 'Kapman.Contracts.RecommendationsGenerated' AND r ->> 'ticker' = 'AAPL'
            """);
        Assert.That(line.NoEdge, Is.True);
        Assert.That(line.Confidence, Is.EqualTo(0.75).Within(1e-12));
    }

    [Test]
    public async Task A_signal_with_too_few_calls_for_a_fit_gets_the_overall_base_rate_and_no_edge()
    {
        // The outcomes above with a minimum sample of 5: SOS's 4 calls before the Monday are too few for a fit of its own, so its
        // confidence is the base rate of all 5 calls fitted on (SOS 3 of 4 right, SOW 1 of 1): 4 / 5, not the rule's 0.6.
        await StoreOutcomesAsync(("SOS", "2025-07-01", true), ("SOS", "2025-07-15", true), ("SOS", "2025-08-01", false), ("SOS", "2025-08-22", true),
            ("SOS", "2025-08-25", false), ("SOS", "2025-08-26", false), ("SOW", "2025-08-01", true));

        await GenerateAsync(new CalibrationService(CalibrationSettings.Default with { MinimumSample = 5 }, TimeProvider.System));

        var row = await RowAsync();
        Assert.That(row.Confidence, Is.EqualTo(0.8).Within(1e-12));
        Assert.That((row.Version, row.NoEdge), Is.EqualTo(("platt-1.1.0+2025-08-25", true)), "shown as no edge");
    }

    [Test]
    public async Task A_session_uses_the_set_of_its_week_and_a_rerun_keeps_the_stored_set_and_rows()
    {
        // Three stored sets: the week before (SOS no edge, 0.41), the session's week (SOS with an edge: A = 5, B = −2, so at
        // 0.6 p = 1 / (1 + e^−(3 − 2)) = 0.7310585786300049) and the week after (0.9).
        await CalibrationSets.StoreAsync(db.DataSource, new DateOnly(2025, 8, 18), 0.5, ("SOS", 0, 0, false, 0.41));
        await CalibrationSets.StoreAsync(db.DataSource, Monday, 0.5, ("SOS", 5, -2, true, 0.41));
        await CalibrationSets.StoreAsync(db.DataSource, new DateOnly(2025, 9, 1), 0.5, ("SOS", 0, 0, false, 0.9));
        var service = new CalibrationService(CalibrationSettings.Default, TimeProvider.System);

        await GenerateAsync(service);
        var first = await RowAsync();
        // New outcomes before the Monday would change a fresh fit; the stored set is not refitted, so the rerun is identical.
        await StoreOutcomesAsync(("SOS", "2025-08-01", false), ("SOS", "2025-08-02", false));
        await GenerateAsync(service);

        Assert.That(first.Confidence, Is.EqualTo(1 / (1 + Math.Exp(-1))).Within(1e-12));
        Assert.That((first.Version, first.NoEdge), Is.EqualTo(("platt-1.1.0+2025-08-25", false)));
        Assert.That(await RowAsync(), Is.EqualTo(first));
        await using var connection = await db.DataSource.OpenConnectionAsync();
        Assert.That(await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM model_parameters"), Is.EqualTo(6), "three sets of two rows, none added");
        Assert.That((await service.ForSessionAsync(connection, new DateOnly(2025, 8, 31), CancellationToken.None)).Version, Is.EqualTo("platt-1.1.0+2025-08-25"));
        Assert.That((await service.ForSessionAsync(connection, new DateOnly(2025, 9, 1), CancellationToken.None)).Version, Is.EqualTo("platt-1.1.0+2025-09-01"));
        Assert.That((await service.LatestAsync(connection, new DateOnly(2025, 8, 24), CancellationToken.None))!.Version, Is.EqualTo("platt-1.1.0+2025-08-18"));
    }

    [Test]
    public async Task The_refit_endpoint_stores_the_sessions_set_once_and_the_latest_is_served()
    {
        var service = new CalibrationService(CalibrationSettings.Default, TimeProvider.System);

        var fitted = (await CalibrationApi.Refit(new DateOnly(2025, 8, 27), db.DataSource, service, TimeProvider.System, CancellationToken.None)).Value!;
        var again = (await CalibrationApi.Refit(new DateOnly(2025, 8, 29), db.DataSource, service, TimeProvider.System, CancellationToken.None)).Value!;
        var latest = await CalibrationApi.GetLatest(null, db.DataSource, service, CancellationToken.None);

        // No outcome at all: the uninformed base rate 0.5 and no signal of its own.
        Assert.That((fitted.Version, fitted.FittedThrough, fitted.BaseRate, fitted.Signals.Count), Is.EqualTo(("platt-1.1.0+2025-08-25", Monday, 0.5, 0)));
        Assert.That(again.Version, Is.EqualTo(fitted.Version), "same week, same set");
        Assert.That(latest.Result, Is.TypeOf<Microsoft.AspNetCore.Http.HttpResults.Ok<CalibrationModel>>());
        Assert.That(((Microsoft.AspNetCore.Http.HttpResults.Ok<CalibrationModel>)latest.Result).Value!.Version, Is.EqualTo(fitted.Version));
    }

    private async Task<(double Confidence, string Version, bool NoEdge)> RowAsync()
    {
        await using var connection = await db.DataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<(double, string, bool)>(
            "SELECT confidence, calibration_version, no_edge FROM recommendations WHERE ticker = 'AAPL'");
    }

    /// <summary>Final outcomes of earlier calls (rule confidence 0.6, LONG) resolved on the given dates.</summary>
    private async Task StoreOutcomesAsync(params (string Trigger, string Resolved, bool Correct)[] history)
    {
        await using var connection = await db.DataSource.OpenConnectionAsync();
        foreach (var (trigger, resolved, correct) in history)
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO recommendations (id, ticker, session_date, status, confidence, justification, writer, model_version, trigger, direction, rule_confidence)
                VALUES (@id, @ticker, DATE '2025-06-02', 'ISSUED', 0.6, 'x', 'template', 'test', @trigger, 'LONG', 0.6);
                INSERT INTO recommendation_outcomes (id, recommendation_id, evaluation_date, evaluation_window_days, entry_price_actual, exit_price_actual,
                    high_price_during_window, low_price_during_window, days_held, max_favorable_excursion, max_adverse_excursion, direction_correct,
                    predicted_confidence, directional_brier, actual_return_pct, hit_profit_target, hit_stop_loss, outcome_status, status)
                VALUES (@outcome, @id, CAST(@resolved AS date), 10, 1, 1, 1, 1, 10, 0, 0, @correct, 0.6, 0, 0, false, false, 'NEUTRAL', 'expired');
                """,
                new { id = Guid.NewGuid(), outcome = Guid.NewGuid(), ticker = "H" + Guid.NewGuid().ToString("N")[..8], trigger, resolved, correct });
        }
    }

    private async Task GenerateAsync(CalibrationService calibration)
    {
        var generator = new RecommendationGenerator(StrategyParameters.Default, new RiskLimits(), new TemplateJustificationWriter(), db.Inputs, calibration);
        using var signal = new OutboxSignal();
        await using var tx = await new ServiceDatabase(db.DataSource, signal).BeginAsync(CancellationToken.None);
        await RecommendationGenerator.WriteAsync(tx, Guid.NewGuid(), Session, await generator.DecideAsync(tx.Connection, Session, CancellationToken.None), CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
    }
}
