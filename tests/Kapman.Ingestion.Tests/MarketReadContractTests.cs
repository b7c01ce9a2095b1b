using Dapper;
using Kapman.Ingestion.Data;

namespace Kapman.Ingestion.Tests;

/// <summary>
/// The market data's published read contract (services/Ingestion/README.md): <c>market_api.daily_bars_v1</c> has exactly the
/// listed columns and types, shows the stored bars, and may be read by the app role; <c>chain_underlyings_v1</c> lists who wants
/// option chains. A change that breaks a reader fails here.
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

    [Test]
    public async Task Chain_underlyings_v1_lists_watchlist_tickers_and_p1_portfolio_tickers_with_the_reason()
    {
        await using var database = await ServiceTestDatabase.CreateAsync("market", typeof(BarStore).Assembly);
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO market.watchlists (name) VALUES ('core');
            INSERT INTO market.watchlist_tickers (watchlist, ticker) VALUES ('core', 'NVDA'), ('core', 'MSFT');
            INSERT INTO market.portfolios (id, name) VALUES (1, 'Growth');
            INSERT INTO market.portfolio_tickers (portfolio_id, ticker, priority) VALUES (1, 'MSFT', 'P1'), (1, 'AMD', 'P1'), (1, 'KO', 'P2');
            """);

        var rows = (await connection.QueryAsync<(string, string)>("SELECT ticker, wanted_by FROM market_api.chain_underlyings_v1 ORDER BY ticker, wanted_by")).ToList();
        var granted = await connection.ExecuteScalarAsync<bool>(
            "SELECT NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kapman_app') OR has_table_privilege('kapman_app', 'market_api.chain_underlyings_v1', 'SELECT')");

        Assert.Multiple(() =>
        {
            Assert.That(rows, Is.EqualTo(new[]
            {
                ("AMD", "portfolio Growth P1"), ("MSFT", "portfolio Growth P1"), ("MSFT", "watchlist core"), ("NVDA", "watchlist core"),
            }), "P2 tickers (KO) want no chain");
            Assert.That(granted, Is.True);
        });
    }
}
