using Dapper;
using Npgsql;

namespace Kapman.Recommendation.Apis;

/// <summary>The list query of <c>GET /recommendations</c> (parameterised SQL over <c>recommendations</c>).</summary>
public static class RecommendationQueries
{
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
}
