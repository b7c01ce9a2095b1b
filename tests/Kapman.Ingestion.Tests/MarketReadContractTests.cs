using Dapper;
using Kapman.Ingestion.Data;

namespace Kapman.Ingestion.Tests;

/// <summary>
/// The market data's published read contract (services/Ingestion/README.md): <c>market_api.daily_bars_v1</c> has exactly the
/// listed columns and types, shows the stored bars, and may be read by the app role. A change that breaks a reader fails here.
/// </summary>
public class MarketReadContractTests
{
    [Test]
    public async Task Daily_bars_v1_has_the_published_columns_and_shows_the_stored_bars()
    {
        await using var database = await ServiceTestDatabase.CreateAsync("market", typeof(BarStore).Assembly);
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(
            """
            SELECT market.ensure_daily_bars_partition('2025-08-26');
            INSERT INTO market.daily_bars (ticker, session_date, open, high, low, close, volume, transactions)
            VALUES ('SPY', '2025-08-26', 640.5, 645.25, 639.75, 644.0, 51234567, 612345);
            """);

        var columns = (await connection.QueryAsync<(string Name, string Type)>(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'market_api' AND table_name = 'daily_bars_v1' ORDER BY ordinal_position")).ToList();
        var row = await connection.QuerySingleAsync<(string Ticker, DateOnly Session, double Open, double High, double Low, double Close, long Volume)>(
            "SELECT ticker, session_date, open, high, low, close, volume FROM market_api.daily_bars_v1");
        var granted = await connection.ExecuteScalarAsync<bool>(
            "SELECT NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kapman_app') OR has_table_privilege('kapman_app', 'market_api.daily_bars_v1', 'SELECT')");

        Assert.That(columns, Is.EqualTo(new[]
        {
            ("ticker", "text"), ("session_date", "date"), ("open", "double precision"), ("high", "double precision"),
            ("low", "double precision"), ("close", "double precision"), ("volume", "bigint"),
        }));
        Assert.That(row, Is.EqualTo(("SPY", new DateOnly(2025, 8, 26), 640.5, 645.25, 639.75, 644.0, 51_234_567L)));
        Assert.That(granted, Is.True, "the app role may read the contract");
    }
}
