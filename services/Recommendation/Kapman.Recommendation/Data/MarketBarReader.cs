using Dapper;
using Kapman.Recommendation.Core.Outcomes;
using Npgsql;

namespace Kapman.Recommendation.Data;

/// <summary>Reads daily bars through Ingestion's read contract <c>market_api.daily_bars_v1</c> (on its own connection).</summary>
public static class MarketBarReader
{
    /// <summary>The ticker's bars after <paramref name="session"/> through <paramref name="asOf"/> (inclusive), oldest first; prices $ per share.</summary>
    public static Task<IEnumerable<DailyBar>> BarsAfterAsync(NpgsqlConnection marketData, string ticker, DateOnly session, DateOnly asOf, CancellationToken ct) =>
        marketData.QueryAsync<DailyBar>(new CommandDefinition(
            """
            SELECT session_date AS Date, open, high, low, close FROM market_api.daily_bars_v1
            WHERE ticker = @ticker AND session_date > @session AND session_date <= @asOf ORDER BY session_date
            """, new { ticker, session, asOf }, cancellationToken: ct));
}
