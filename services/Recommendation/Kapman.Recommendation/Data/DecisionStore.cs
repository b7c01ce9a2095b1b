using System.Text.Json;
using Dapper;
using Kapman.Recommendation.Decision.Structures;
using Kapman.Recommendation.Decisions;
using Kapman.ServiceDefaults.Messaging;

namespace Kapman.Recommendation.Data;

/// <summary>
/// <c>recommendation.decisions</c>: every candidate of a session with its gate trail. A rerun of the session replaces its candidates
/// (the trail is what the latest run decided).
/// </summary>
public static class DecisionStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Deletes the session's candidates in <paramref name="tx"/> and returns their ids by (ticker, structure code), so a rerun
    /// stores the same candidate under the same id (reruns leave every table's content unchanged).
    /// </summary>
    public static async Task<IReadOnlyDictionary<(string Ticker, string Structure), Guid>> ClearSessionAsync(OutboxTransaction tx, DateOnly session, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        var rows = await tx.Connection.QueryAsync<(string Ticker, string Structure, Guid Id)>(new CommandDefinition(
            "DELETE FROM decisions WHERE session_date = @session RETURNING ticker, structure, id", new { session }, tx.Transaction, cancellationToken: ct));
        return rows.ToDictionary(r => (r.Ticker, r.Structure), r => r.Id);
    }

    /// <summary>
    /// Stores one candidate with its trail in <paramref name="tx"/> under <paramref name="id"/> (its earlier id on a rerun, else a
    /// new one), linked to <paramref name="recommendationId"/> when accepted.
    /// </summary>
    public static Task InsertAsync(OutboxTransaction tx, Guid id, GateDecision decision, Guid? recommendationId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tx);
        ArgumentNullException.ThrowIfNull(decision);
        var result = decision.Result;
        var candidate = result.Candidate;
        return tx.Connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO decisions (id, session_date, ticker, structure, decided_at, accepted, failed_stage, failed_reason, pricing, expiration,
                legs, pop, ev_net, credit, trail, recommendation_id)
            VALUES (@id, @session, @ticker, @structure, @decidedAt, @accepted, @failedStage, @failedReason, @pricing, @expiration,
                CAST(@legs AS jsonb), @pop, @evNet, @credit, CAST(@trail AS jsonb), @recommendationId)
            """,
            new
            {
                id, session = decision.Session, ticker = decision.Ticker, structure = decision.Structure.Code(),
                decidedAt = decision.DecidedAt.UtcDateTime, accepted = result.Accepted, failedStage = result.Rejection?.Code, failedReason = result.Rejection?.Reason,
                pricing = decision.Pricing, expiration = candidate?.Expiration,
                legs = candidate is null ? null : JsonSerializer.Serialize(candidate.Legs.Select(DecisionLegDto.From), Json),
                pop = result.Ev?.Pop, evNet = result.Ev?.Value, credit = result.Ev?.CreditAfterSlippage,
                trail = JsonSerializer.Serialize(result.Trail.Select(TrailGateDto.From), Json), recommendationId,
            },
            tx.Transaction, cancellationToken: ct));
    }
}
