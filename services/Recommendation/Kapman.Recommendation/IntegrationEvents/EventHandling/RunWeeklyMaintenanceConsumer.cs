using Kapman.Contracts;
using Kapman.Recommendation.Application;
using Kapman.ServiceDefaults.Messaging;
using Npgsql;

namespace Kapman.Recommendation.IntegrationEvents.EventHandling;

/// <summary>
/// The weekly run's <see cref="PipelineStages.Outcomes"/> stage (seed 000 §5.5 weekly until expiration, FR-009 Brier weekly): scores the
/// directional calls (<see cref="OutcomeEvaluationService"/>) and re-marks the option positions (<see cref="OptionOutcomeService"/>) as of the
/// run's session, before the consumer's transaction opens (both write their own rows, and a redelivery writes the same values again);
/// then, on those outcomes, the weekly refit of the walk-forward calibration (<see cref="CalibrationService"/>, issue 21 item 1): the
/// parameter set of the run's session, stored unless it already is.
/// </summary>
public sealed class RunWeeklyMaintenanceConsumer(
    ServiceDatabase database, TimeProvider clock, NpgsqlDataSource dataSource, OutcomeEvaluationService directional, OptionOutcomeService options,
    CalibrationService calibration)
    : IdempotentConsumer<RunWeeklyMaintenance>(database, clock)
{
    private int evaluated;

    protected override string Stage => PipelineStages.Outcomes;

    protected override async Task PrepareAsync(RunWeeklyMaintenance message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        evaluated = await directional.EvaluateAsync(message.SessionDate, ct) + await options.MarkAsync(message.SessionDate, ct);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await calibration.ForSessionAsync(connection, message.SessionDate, ct);
    }

    protected override Task<StageOutcome?> HandleAsync(RunWeeklyMaintenance message, OutboxTransaction tx, CancellationToken ct) =>
        Task.FromResult<StageOutcome?>(StageOutcome.Succeeded(evaluated));
}
