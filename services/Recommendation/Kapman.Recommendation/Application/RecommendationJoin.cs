using Kapman.Recommendation.Data;
using Kapman.Recommendation.Decisions;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Recommendation.Application;

/// <summary>
/// The recommendation stage waits for two inputs of the same run, Wyckoff and options, which arrive in either order.
/// Each input marks its flag on the run's <c>run_inputs</c> row (<see cref="RunInputsStore"/>) in a transaction of its own (flags only ever turn on,
/// so a redelivered input marks nothing new); the row lock serialises the two, so the second to commit sees both flags.
/// That input decides and asks the model with no transaction open (<see cref="RecommendationGenerator.DecideAsync"/>),
/// then stores the result in the consumer's transaction (<see cref="CompleteAsync"/>). A later input of a run that
/// already generated (a replay of the Wyckoff events) generates again: the writer upserts per ticker and session. Beside the
/// Wyckoff-driven recommendations, <paramref name="gates"/> (when given) runs the decision core over every underlying with a
/// stored chain (<see cref="DecisionRunner"/>).
/// </summary>
public sealed class RecommendationJoin(ServiceDatabase database, RecommendationGenerator generator, DecisionRunner? gates = null)
{
    /// <summary>
    /// Marks one input of the run and, when both are in, returns the session's justified decisions; null while the
    /// other input is missing.
    /// </summary>
    /// <param name="wyckoffInput">True for the Wyckoff input, false for the options input.</param>
    public async Task<SessionDecisions?> PrepareAsync(Guid runId, DateOnly sessionDate, bool wyckoffInput, CancellationToken ct)
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

        return await DecideAsync(database, generator, gates, sessionDate, ct);
    }

    /// <summary>The session's Wyckoff-driven decisions and, with <paramref name="gates"/>, the decision core's candidates.</summary>
    public static async Task<SessionDecisions> DecideAsync(
        ServiceDatabase database, RecommendationGenerator generator, DecisionRunner? gates, DateOnly sessionDate, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(generator);
        IReadOnlyList<JustifiedDecision> recommendations;
        await using (var connection = await database.DataSource.OpenConnectionAsync(ct))
        {
            recommendations = await generator.DecideAsync(connection, sessionDate, ct);
        }

        var candidates = gates is null ? [] : await gates.DecideAsync(await generator.ChainTickersAsync(sessionDate, ct), sessionDate, ct);
        return new SessionDecisions(recommendations, candidates);
    }

    /// <summary>
    /// Stores the decisions and the core's candidates and marks the run generated in <paramref name="tx"/>; returns how many
    /// Wyckoff-driven recommendations were stored plus how many candidates the core accepted.
    /// </summary>
    public static async Task<int> CompleteAsync(OutboxTransaction tx, Guid runId, DateOnly sessionDate, SessionDecisions decisions, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentNullException.ThrowIfNull(decisions);
        var (issued, noTrade) = await RecommendationGenerator.WriteAsync(tx, runId, sessionDate, decisions.Recommendations, ct);
        var accepted = await GateDecisionWriter.WriteAsync(tx, runId, sessionDate, decisions.Gates, ct);
        await RunInputsStore.MarkGeneratedAsync(tx, runId, ct);
        return issued + noTrade + accepted;
    }
}
