using System.Text.Json;
using Dapper;
using Npgsql;

namespace Kapman.Recommendation.Data;

/// <summary>The reads of <c>GET /decisions</c> and <c>GET /recommendations/{id}/trail</c> (parameterised SQL over <c>decisions</c>).</summary>
public static class DecisionQueries
{
    private const string Columns = """
        id, session_date AS SessionDate, ticker, structure, decided_at AS DecidedAt, accepted, failed_stage AS FailedStage,
        failed_reason AS FailedReason, pricing, expiration, pop, ev_net AS EvNet, credit, recommendation_id AS RecommendationId,
        legs::text AS Legs, trail::text AS Trail
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// The candidates of <paramref name="session"/> (null: the latest session decided), optionally only those rejected at
    /// <paramref name="stage"/> or only accepted / rejected ones; accepted first, then by ticker and structure.
    /// </summary>
    public static async Task<IReadOnlyList<DecisionDto>> ListAsync(NpgsqlConnection connection, DateOnly? session, string? stage, bool? accepted, CancellationToken ct) =>
        (await connection.QueryAsync<Row>(new CommandDefinition(
            "SELECT " + Columns + """
             FROM decisions
            WHERE session_date = COALESCE(@session, (SELECT max(session_date) FROM decisions))
              AND (@stage::text IS NULL OR failed_stage = @stage)
              AND (@accepted::boolean IS NULL OR accepted = @accepted)
            ORDER BY accepted DESC, ticker, structure
            """, new { session, stage, accepted }, cancellationToken: ct))).Select(r => r.ToDto()).ToList();

    /// <summary>
    /// The trail behind recommendation <paramref name="id"/>: the candidate that became it (a decision-core recommendation), else
    /// every candidate the core decided for the same ticker and session (a Wyckoff-driven one); empty when there are none.
    /// </summary>
    public static async Task<IReadOnlyList<DecisionDto>> ForRecommendationAsync(NpgsqlConnection connection, Guid id, CancellationToken ct) =>
        (await connection.QueryAsync<Row>(new CommandDefinition(
            "SELECT " + Columns + """
             FROM decisions d
            WHERE d.recommendation_id = @id
               OR (NOT EXISTS (SELECT 1 FROM decisions x WHERE x.recommendation_id = @id)
                   AND (d.ticker, d.session_date) = (SELECT r.ticker, r.session_date FROM recommendations r WHERE r.id = @id))
            ORDER BY d.accepted DESC, d.structure
            """, new { id }, cancellationToken: ct))).Select(r => r.ToDto()).ToList();

    private sealed class Row
    {
        public Guid Id { get; init; }

        public DateOnly SessionDate { get; init; }

        public string Ticker { get; init; } = "";

        public string Structure { get; init; } = "";

        public DateTime DecidedAt { get; init; }

        public bool Accepted { get; init; }

        public string? FailedStage { get; init; }

        public string? FailedReason { get; init; }

        public string Pricing { get; init; } = "";

        public DateOnly? Expiration { get; init; }

        public double? Pop { get; init; }

        public double? EvNet { get; init; }

        public double? Credit { get; init; }

        public Guid? RecommendationId { get; init; }

        public string? Legs { get; init; }

        public string Trail { get; init; } = "[]";

        public DecisionDto ToDto() => new(
            Id, SessionDate, Ticker, Structure, new DateTimeOffset(DateTime.SpecifyKind(DecidedAt, DateTimeKind.Utc)), Accepted, FailedStage, FailedReason,
            Pricing, Expiration, Pop, EvNet, Credit, RecommendationId,
            Legs is null ? [] : JsonSerializer.Deserialize<List<DecisionLegDto>>(Legs, Json)!,
            JsonSerializer.Deserialize<List<TrailGateDto>>(Trail, Json)!);
    }
}
