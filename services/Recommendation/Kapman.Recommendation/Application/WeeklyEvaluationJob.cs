namespace Kapman.Recommendation.Application;

/// <summary>Runs <see cref="OutcomeEvaluationService"/> once a week (docs/domain/recommendations.md#outcome-evaluation, seed 000 §5.5 and FR-009: Brier calculated weekly), as of today UTC.</summary>
public sealed class WeeklyEvaluationJob(OutcomeEvaluationService evaluation, TimeProvider clock, ILogger<WeeklyEvaluationJob> logger) : BackgroundService
{
    /// <summary>Time between evaluations.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromDays(7);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var asOf = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            try
            {
                var stored = await evaluation.EvaluateAsync(asOf, stoppingToken);
                logger.LogInformation("Weekly evaluation as of {AsOf}: {Count} outcomes stored", asOf, stored);
            }
            catch (Npgsql.NpgsqlException e)
            {
                logger.LogError(e, "Weekly evaluation as of {AsOf} failed", asOf);
            }
        }
    }
}
