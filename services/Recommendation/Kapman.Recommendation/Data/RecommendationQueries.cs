using System.Text.Json;
using Dapper;
using Npgsql;

namespace Kapman.Recommendation.Data;

/// <summary>The reads of <c>GET /recommendations</c> and <c>GET /recommendations/{id}</c> (parameterised SQL over <c>recommendations</c>).</summary>
public static class RecommendationQueries
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The recommendations matching <paramref name="filter"/>: trades first, then by confidence (highest first) and ticker.</summary>
    public static async Task<IReadOnlyList<RecommendationDto>> ListAsync(NpgsqlConnection connection, RecommendationFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return (await connection.QueryAsync<RecommendationDto>(new CommandDefinition(
            $"""
            SELECT {RecommendationSql.Columns}
            FROM recommendations
            WHERE session_date = COALESCE(@Session, (SELECT max(session_date) FROM recommendations))
              AND (@Strategy::text IS NULL OR strategy = upper(@Strategy) OR structure = upper(@Strategy))
              AND (@Direction::text IS NULL OR direction = upper(@Direction))
              AND (@Status::text IS NULL OR status = upper(@Status))
              AND (@MinConfidence::double precision IS NULL OR confidence >= @MinConfidence)
              AND (@Trigger::text IS NULL OR trigger = upper(@Trigger))
              AND CASE WHEN @UnderlyingOnly::boolean IS NULL THEN NOT underlying_only OR signal IS NOT NULL
                       ELSE underlying_only = @UnderlyingOnly::boolean END
            ORDER BY status, confidence DESC, ticker
            """, filter, cancellationToken: ct))).ToList();
    }

    /// <summary>The recommendation <paramref name="id"/>, or null when there is none.</summary>
    public static Task<RecommendationDto?> FindAsync(NpgsqlConnection connection, Guid id, CancellationToken ct) =>
        connection.QuerySingleOrDefaultAsync<RecommendationDto>(new CommandDefinition(
            "SELECT " + RecommendationSql.Columns + " FROM recommendations WHERE id = @id", new { id }, cancellationToken: ct));

    /// <summary>The stored legs (none for a no-trade) and the prompt sent to the model (or null) of an existing recommendation.</summary>
    /// <exception cref="InvalidOperationException">There is no recommendation <paramref name="id"/>.</exception>
    public static async Task<(IReadOnlyList<LegDto> Legs, string? Prompt)> LegsAndPromptAsync(NpgsqlConnection connection, Guid id, CancellationToken ct)
    {
        var (legs, prompt) = await connection.QuerySingleAsync<(string?, string?)>(new CommandDefinition(
            "SELECT legs::text, justification_prompt FROM recommendations WHERE id = @id", new { id }, cancellationToken: ct));
        return (legs is null ? [] : JsonSerializer.Deserialize<List<LegDto>>(legs, Json)!, prompt);
    }
}
