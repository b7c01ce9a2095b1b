using Dapper;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Recommendation.Generation;

/// <summary>
/// The recommendation stage waits for two inputs of the same run, Wyckoff and options, which arrive in either order.
/// Each input marks its flag on the run's <c>run_inputs</c> row in a transaction of its own (flags only ever turn on,
/// so a redelivered input marks nothing new); the row lock serialises the two, so the second to commit sees both flags.
/// That input decides and asks the model with no transaction open (<see cref="RecommendationGenerator.DecideAsync"/>),
/// then stores the result in the consumer's transaction (<see cref="CompleteAsync"/>). A later input of a run that
/// already generated (a replay of the Wyckoff events) generates again: the writer upserts per ticker and session.
/// </summary>
public sealed class RecommendationJoin(ServiceDatabase database, RecommendationGenerator generator)
{
    /// <summary>
    /// Marks one input of the run and, when both are in, returns the session's justified decisions; null while the
    /// other input is missing.
    /// </summary>
    /// <param name="wyckoffInput">True for the Wyckoff input, false for the options input.</param>
    public async Task<IReadOnlyList<JustifiedDecision>?> PrepareAsync(Guid runId, DateOnly sessionDate, bool wyckoffInput, CancellationToken ct)
    {
        bool ready;
        await using (var tx = await database.BeginAsync(ct))
        {
            ready = await tx.Connection.QuerySingleAsync<bool>(new CommandDefinition(
                """
                INSERT INTO run_inputs (run_id, session_date, wyckoff_done, options_done) VALUES (@runId, @sessionDate, @wyckoff, @options)
                ON CONFLICT (run_id) DO UPDATE
                SET wyckoff_done = run_inputs.wyckoff_done OR EXCLUDED.wyckoff_done, options_done = run_inputs.options_done OR EXCLUDED.options_done
                RETURNING wyckoff_done AND options_done
                """,
                new { runId, sessionDate, wyckoff = wyckoffInput, options = !wyckoffInput }, tx.Transaction, cancellationToken: ct));
            await tx.CommitAsync(ct);
        }

        if (!ready)
        {
            return null;
        }

        await using var connection = await database.DataSource.OpenConnectionAsync(ct);
        return await generator.DecideAsync(connection, sessionDate, ct);
    }

    /// <summary>Stores the decisions and marks the run generated in <paramref name="tx"/>; returns how many were stored.</summary>
    public static async Task<int> CompleteAsync(OutboxTransaction tx, Guid runId, DateOnly sessionDate, IReadOnlyList<JustifiedDecision> decisions, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        var (issued, noTrade) = await RecommendationGenerator.WriteAsync(tx, runId, sessionDate, decisions, ct);
        await tx.Connection.ExecuteAsync(new CommandDefinition(
            "UPDATE run_inputs SET generated = true WHERE run_id = @runId", new { runId }, tx.Transaction, cancellationToken: ct));
        return issued + noTrade;
    }
}
