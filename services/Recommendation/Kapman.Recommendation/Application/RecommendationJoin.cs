using Kapman.Recommendation.Data;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Recommendation.Application;

/// <summary>
/// The recommendation stage waits for two inputs of the same run, Wyckoff and options, which arrive in either order.
/// Each input marks its flag on the run's <c>run_inputs</c> row (<see cref="RunInputsStore"/>) in a transaction of its own (flags only ever turn on,
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
            ready = await RunInputsStore.MarkInputAsync(tx, runId, sessionDate, wyckoffInput, ct);
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
        await RunInputsStore.MarkGeneratedAsync(tx, runId, ct);
        return issued + noTrade;
    }
}
