using Dapper;
using Kapman.Contracts;
using Kapman.Recommendation.Generation;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Recommendation.IntegrationEvents.EventHandling;

/// <summary>
/// The recommendation stage waits for two inputs of the same run, Wyckoff and options, which arrive in either
/// order. Each input marks its flag on the run's <c>run_inputs</c> row; the row lock serialises the two, so
/// exactly one of them sees both flags set and generates. A later input of a run that already generated (a replay of
/// the Wyckoff events from the Ops page or <c>kapman replay</c>) generates again: the writer upserts per ticker and
/// session, so the stage finishes with the fresh decisions instead of staying "running".
/// </summary>
public abstract class RecommendationJoinConsumer<T>(ServiceDatabase database, TimeProvider clock, RecommendationGenerator generator)
    : IdempotentConsumer<T>(database, clock) where T : class, IIntegrationEvent
{
    protected override string Stage => PipelineStages.Recommendation;

    /// <summary>True for the Wyckoff input, false for the options input.</summary>
    protected abstract bool IsWyckoffInput { get; }

    protected override async Task<StageOutcome?> HandleAsync(T message, OutboxTransaction tx, CancellationToken ct)
    {
        var ready = await tx.Connection.QuerySingleAsync<bool>(new CommandDefinition(
            """
            INSERT INTO run_inputs (run_id, session_date, wyckoff_done, options_done) VALUES (@RunId, @SessionDate, @wyckoff, @options)
            ON CONFLICT (run_id) DO UPDATE
            SET wyckoff_done = run_inputs.wyckoff_done OR EXCLUDED.wyckoff_done, options_done = run_inputs.options_done OR EXCLUDED.options_done
            RETURNING wyckoff_done AND options_done
            """,
            new { message.RunId, message.SessionDate, wyckoff = IsWyckoffInput, options = !IsWyckoffInput }, tx.Transaction, cancellationToken: ct));
        if (!ready)
        {
            return null;
        }

        var (issued, noTrade) = await generator.GenerateAsync(tx, message.RunId, message.SessionDate, ct);
        await tx.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE run_inputs SET generated = true WHERE run_id = @RunId", new { message.RunId }, tx.Transaction, cancellationToken: ct));
        return StageOutcome.Succeeded(issued + noTrade);
    }
}
