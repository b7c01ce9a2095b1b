using Dapper;

namespace Kapman.Options.Tests;

/// <summary>
/// A stand-in for Ingestion's read contract in an options test database: a table <c>market_api.daily_bars_v1</c> with the
/// view's columns (services/Ingestion/README.md), created once per database, loaded with (ticker, date, close) bars.
/// </summary>
internal static class MarketBarsContract
{
    public static async Task CreateAsync(ServiceTestDatabase database, IEnumerable<(string Ticker, DateOnly Date, double Close)> bars)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(
            """
            CREATE SCHEMA IF NOT EXISTS market_api;
            CREATE TABLE IF NOT EXISTS market_api.daily_bars_v1 (ticker text NOT NULL, session_date date NOT NULL, open double precision NOT NULL,
                high double precision NOT NULL, low double precision NOT NULL, close double precision NOT NULL, volume bigint NOT NULL,
                PRIMARY KEY (ticker, session_date));
            """);
        foreach (var (ticker, date, close) in bars)
        {
            await connection.ExecuteAsync(
                "INSERT INTO market_api.daily_bars_v1 VALUES (@ticker, @date, @close, @close, @close, @close, 1000)", new { ticker, date, close });
        }
    }
}
