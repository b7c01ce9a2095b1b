using Dapper;
using Kapman.Contracts;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Ingestion.Data;

/// <summary>The weekly run's record (issue 22 items 1, 4, 5): a <c>pipeline_runs</c> row of kind <c>weekly</c>, at most one per session.</summary>
public static class WeeklyRunStore
{
    /// <summary>The newest session whose daily run has finished (no stage pending or running, whatever the outcome), or null.</summary>
    public static Task<DateOnly?> NewestFinishedDailySessionAsync(OutboxTransaction tx, CancellationToken ct) =>
        tx.Connection.ExecuteScalarAsync<DateOnly?>(new CommandDefinition(
            """
            SELECT max(r.session_date) FROM pipeline_runs r
            WHERE r.kind = 'daily'
              AND NOT EXISTS (SELECT 1 FROM pipeline_stages s WHERE s.run_id = r.run_id AND s.status IN (@pending, @running))
            """, new { pending = StageStatuses.Pending, running = StageStatuses.Running }, tx.Transaction, cancellationToken: ct));

    /// <summary>
    /// Creates the weekly run of <paramref name="command"/>'s session with the stages of <see cref="PipelineStages.Weekly"/> pending and
    /// queues the command, unless the session already has a weekly run.
    /// </summary>
    /// <returns>True when the run was created.</returns>
    public static async Task<bool> TryCreateAsync(OutboxTransaction tx, RunWeeklyMaintenance command, string trigger, CancellationToken ct)
    {
        var created = await tx.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO pipeline_runs (run_id, session_date, scope, trigger, kind) VALUES (@RunId, @SessionDate, 'all', @trigger, 'weekly')
            ON CONFLICT (session_date) WHERE kind = 'weekly' DO NOTHING
            """, new { command.RunId, command.SessionDate, trigger }, tx.Transaction, cancellationToken: ct));
        if (created == 0)
        {
            return false;
        }

        await tx.Connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO pipeline_stages (run_id, stage, ordinal, status) VALUES (@runId, @stage, @ordinal, @status)",
            PipelineStages.Weekly.Select((stage, i) => new { runId = command.RunId, stage, ordinal = i, status = StageStatuses.Pending }),
            tx.Transaction, cancellationToken: ct));
        await tx.PublishAsync(command, ct);
        return true;
    }
}
