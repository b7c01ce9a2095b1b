using Dapper;
using Kapman.Recommendation.Core.Calibration;
using Kapman.Recommendation.Core.Outcomes;
using Npgsql;

namespace Kapman.Recommendation.Data;

/// <summary>Reads and writes <c>recommendation_outcomes</c> (one row per recommendation: its latest evaluation).</summary>
public static class OutcomeStore
{
    /// <summary>The latest evaluation of a recommendation, or null.</summary>
    public static Task<OutcomeDto?> LatestAsync(NpgsqlConnection connection, Guid recommendationId, CancellationToken ct) =>
        connection.QuerySingleOrDefaultAsync<OutcomeDto>(new CommandDefinition(
            """
            SELECT evaluation_date AS EvaluationDate, evaluation_window_days AS EvaluationWindowDays, entry_price_actual AS EntryPriceActual,
                   exit_price_actual AS ExitPriceActual, high_price_during_window AS HighPriceDuringWindow, low_price_during_window AS LowPriceDuringWindow,
                   days_to_target AS DaysToTarget, days_to_stop AS DaysToStop, days_held AS DaysHeld, max_favorable_excursion AS MaxFavorableExcursion,
                   max_adverse_excursion AS MaxAdverseExcursion, direction_correct AS DirectionCorrect, predicted_confidence AS PredictedConfidence,
                   directional_brier AS DirectionalBrier, actual_return_pct AS ActualReturnPct, hit_profit_target AS HitProfitTarget,
                   hit_stop_loss AS HitStopLoss, outcome_status AS OutcomeStatus, status
            FROM recommendation_outcomes WHERE recommendation_id = @recommendationId
            """, new { recommendationId }, cancellationToken: ct));

    /// <summary>Stores <paramref name="r"/> as the recommendation's latest evaluation, of the call's <paramref name="revision"/> (its <c>updated_at</c>).</summary>
    public static Task UpsertAsync(NpgsqlConnection connection, Guid recommendationId, DateTime revision, OutcomeResult r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        return connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO recommendation_outcomes (id, recommendation_id, evaluation_date, evaluation_window_days, entry_price_actual, exit_price_actual,
                high_price_during_window, low_price_during_window, days_to_target, days_to_stop, days_held, max_favorable_excursion,
                max_adverse_excursion, direction_correct, predicted_confidence, directional_brier, actual_return_pct, hit_profit_target,
                hit_stop_loss, outcome_status, status, scored_revision)
            VALUES (@id, @recommendationId, @EvaluationDate, @WindowSessions, @EntryPrice, @ExitPrice, @High, @Low, @DaysToTarget, @DaysToStop,
                @DaysHeld, @MaxFavorableExcursion, @MaxAdverseExcursion, @DirectionCorrect, @PredictedConfidence, @DirectionalBrier, @ActualReturn,
                @HitTarget, @HitStop, @Outcome, @Status, @revision)
            ON CONFLICT (recommendation_id) DO UPDATE
            SET evaluation_date = EXCLUDED.evaluation_date, evaluation_window_days = EXCLUDED.evaluation_window_days,
                entry_price_actual = EXCLUDED.entry_price_actual, exit_price_actual = EXCLUDED.exit_price_actual,
                high_price_during_window = EXCLUDED.high_price_during_window, low_price_during_window = EXCLUDED.low_price_during_window,
                days_to_target = EXCLUDED.days_to_target, days_to_stop = EXCLUDED.days_to_stop, days_held = EXCLUDED.days_held,
                max_favorable_excursion = EXCLUDED.max_favorable_excursion, max_adverse_excursion = EXCLUDED.max_adverse_excursion,
                direction_correct = EXCLUDED.direction_correct, predicted_confidence = EXCLUDED.predicted_confidence,
                directional_brier = EXCLUDED.directional_brier, actual_return_pct = EXCLUDED.actual_return_pct,
                hit_profit_target = EXCLUDED.hit_profit_target, hit_stop_loss = EXCLUDED.hit_stop_loss,
                outcome_status = EXCLUDED.outcome_status, status = EXCLUDED.status, scored_revision = EXCLUDED.scored_revision, evaluated_at = now()
            """,
            new
            {
                id = Guid.CreateVersion7(), recommendationId, r.EvaluationDate, r.WindowSessions, r.EntryPrice, r.ExitPrice, r.High, r.Low,
                r.DaysToTarget, r.DaysToStop, r.DaysHeld, r.MaxFavorableExcursion, r.MaxAdverseExcursion, r.DirectionCorrect,
                r.PredictedConfidence, r.DirectionalBrier, r.ActualReturn, r.HitTarget, r.HitStop, r.Outcome, r.Status, revision,
            },
            cancellationToken: ct));
    }

    /// <summary>
    /// The calibration evidence before <paramref name="before"/> (<see cref="CalibrationFitter"/>): every final outcome (closed or
    /// expired) of a call with a rule confidence resolved strictly before that date, signal = the trigger, else the direction (as
    /// <c>kapman recommend backtest</c> labels it). Fully ordered, so the same rows always give the same fit.
    /// </summary>
    public static async Task<IReadOnlyList<CalibrationSample>> CalibrationSamplesAsync(NpgsqlConnection connection, DateOnly before, CancellationToken ct) =>
        (await connection.QueryAsync<(string Signal, double Score, DateOnly ResolvedOn, bool Correct)>(new CommandDefinition(
            """
            SELECT COALESCE(r.trigger, r.direction), r.rule_confidence, o.evaluation_date, o.direction_correct
            FROM recommendation_outcomes o JOIN recommendations r ON r.id = o.recommendation_id
            WHERE COALESCE(r.trigger, r.direction) IS NOT NULL AND r.rule_confidence IS NOT NULL
              AND o.status IN ('closed', 'expired') AND o.evaluation_date < @before
            ORDER BY o.evaluation_date, r.rule_confidence, o.direction_correct, r.id
            """, new { before }, cancellationToken: ct)))
        .Select(c => new CalibrationSample(c.Signal, c.Score, c.ResolvedOn, c.Correct)).ToList();

    /// <summary>
    /// Every evaluated call with its labels: phase or UNKNOWN; strategy, or UNDERLYING for an underlying-only call;
    /// signal = the triggering event, else the alert kind, else the direction (rows stored before triggers were recorded). Ordered by
    /// recommendation id, so the seeded bootstrap over them is deterministic.
    /// </summary>
    public static async Task<IReadOnlyList<ScoredCall>> ScoredCallsAsync(NpgsqlConnection connection, CancellationToken ct) =>
        (await connection.QueryAsync<(double Confidence, bool Correct, string Phase, string Strategy, string Signal)>(new CommandDefinition(
            """
            SELECT o.predicted_confidence, o.direction_correct, COALESCE(r.phase, 'UNKNOWN'), COALESCE(r.strategy, 'UNDERLYING'),
                   COALESCE(r.trigger, r.signal, r.direction)
            FROM recommendation_outcomes o JOIN recommendations r ON r.id = o.recommendation_id
            ORDER BY o.recommendation_id
            """, cancellationToken: ct)))
        .Select(c => new ScoredCall(c.Confidence, c.Correct, c.Phase, c.Strategy, c.Signal)).ToList();

    /// <summary>
    /// The calls to score as of <paramref name="asOf"/>: every ISSUED or underlying-only LONG/SHORT call made before it with an
    /// underlying target and a window end (the first leg's expiry, or <c>window_end</c>), by session then ticker, except those whose
    /// outcome is final (closed or expired) for the call's current revision: seed 000 §5.5 scores a call until its window closes, and
    /// bars after that cannot change it, so the weekly job's work grows with the open calls, not with every call ever made.
    /// </summary>
    public static async Task<IReadOnlyList<OpenCall>> OpenCallsAsync(NpgsqlConnection connection, DateOnly asOf, CancellationToken ct) =>
        (await connection.QueryAsync<OpenCall>(new CommandDefinition(
            """
            SELECT r.id, r.ticker, r.session_date AS Session, r.direction, r.confidence, r.underlying_target AS Target, r.underlying_stop AS Stop,
                   COALESCE(r.expiration, r.window_end) AS Expiration, r.updated_at AS Revision
            FROM recommendations r
            WHERE (r.status = 'ISSUED' OR r.underlying_only) AND r.direction IN ('LONG', 'SHORT') AND r.session_date < @asOf
              AND r.underlying_target IS NOT NULL AND COALESCE(r.expiration, r.window_end) IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM recommendation_outcomes o WHERE o.recommendation_id = r.id
                              AND o.status IN ('closed', 'expired') AND o.scored_revision = r.updated_at)
            ORDER BY r.session_date, r.ticker
            """, new { asOf }, cancellationToken: ct))).ToList();
}
