using Kapman.Recommendation.Core.Calibration;
using Kapman.Recommendation.Data;
using Kapman.ServiceDefaults.History;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Recommendation.Application;

/// <summary>
/// The recommendation history path (issue 22: after <c>kapman demo</c> the Accuracy page had no scored call, since only the demo
/// session was decided): for every session with stored bars in the range, in session order, the session's Wyckoff-driven
/// decisions exactly as the daily run makes them (<see cref="RecommendationGenerator.DecideAsync"/>: the same inputs, the
/// walk-forward calibration of the session's week, <see cref="CalibrationService"/>) stored by the daily writer's upsert; and on
/// the last session of each week, and on the range's last, the weekly outcome stage as the weekly run does it
/// (<see cref="IntegrationEvents.EventHandling.RunWeeklyMaintenanceConsumer"/>'s steps: directional scores, option marks, then the refit), so later weeks are
/// calibrated on the calls resolved before them. Run after the Wyckoff history (it reads the snapshots). Nothing is published:
/// old calls are not re-announced to notification or execution. The decision core's candidates (<see cref="Decisions.DecisionRunner"/>)
/// are not run for past sessions (they decide at a time of the session day on that day's chains). A rerun upserts the same rows.
/// </summary>
public sealed class RecommendationHistory(
    ServiceDatabase database, RecommendationGenerator generator, RecommendationInputs inputs, OutcomeEvaluationService directional,
    OptionOutcomeService options, CalibrationService calibration)
    : IHistoryComputer
{
    /// <inheritdoc />
    public string Unit => "sessions";

    /// <inheritdoc />
    public async Task RunAsync(DateOnly first, DateOnly last, HistoryProgress progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var sessions = await inputs.SessionsAsync(first, last, ct);
        progress.Plan(sessions.Count);
        for (var i = 0; i < sessions.Count; i++)
        {
            var session = sessions[i];
            IReadOnlyList<JustifiedDecision> decisions;
            await using (var connection = await database.DataSource.OpenConnectionAsync(ct))
            {
                decisions = await generator.DecideAsync(connection, session, ct);
            }

            await using (var tx = await database.BeginAsync(ct))
            {
                foreach (var (stored, justification) in decisions)
                {
                    await RecommendationWriter.UpsertAsync(tx, stored, justification, ct);
                }

                await tx.CommitAsync(ct);
            }

            var scored = EndsWeek(sessions, i) ? await WeeklyOutcomesAsync(session, ct) : 0;
            progress.Committed(1, decisions.Count + scored);
        }
    }

    /// <summary>True on the last session of its week (Monday-based, as <see cref="CalibrationSchedule.FittedThrough"/>) and on the last of all.</summary>
    public static bool EndsWeek(IReadOnlyList<DateOnly> sessions, int index)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        return index == sessions.Count - 1 || CalibrationSchedule.FittedThrough(sessions[index + 1]) != CalibrationSchedule.FittedThrough(sessions[index]);
    }

    private async Task<int> WeeklyOutcomesAsync(DateOnly session, CancellationToken ct)
    {
        var scored = await directional.EvaluateAsync(session, ct) + await options.MarkAsync(session, ct);
        await using var connection = await database.DataSource.OpenConnectionAsync(ct);
        await calibration.ForSessionAsync(connection, session, ct);
        return scored;
    }
}
