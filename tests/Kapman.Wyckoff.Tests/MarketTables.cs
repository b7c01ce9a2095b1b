using Dapper;
using Kapman.MarketData;
using Npgsql;
using NpgsqlTypes;

namespace Kapman.Wyckoff.Tests;

/// <summary>
/// Ingestion's base layer in a Wyckoff test database: <c>market.daily_bars</c> in the shape Ingestion's migrations give it, with
/// its read contract <c>market_api.daily_bars_v1</c>, which the Wyckoff host reads its bars from.
/// </summary>
internal static class MarketTables
{
    /// <summary>Creates the table and the view.</summary>
    public static async Task CreateAsync(NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(
            """
            CREATE SCHEMA market;
            CREATE TABLE market.daily_bars (ticker text NOT NULL, session_date date NOT NULL, open double precision NOT NULL,
                high double precision NOT NULL, low double precision NOT NULL, close double precision NOT NULL, volume bigint NOT NULL,
                PRIMARY KEY (ticker, session_date));
            CREATE SCHEMA market_api;
            CREATE VIEW market_api.daily_bars_v1 AS SELECT ticker, session_date, open, high, low, close, volume FROM market.daily_bars;
            """);
    }

    /// <summary>Loads <paramref name="rows"/> (ticker and bar) with a binary COPY.</summary>
    public static async Task CopyAsync(NpgsqlDataSource dataSource, IEnumerable<(string Ticker, Bar Bar)> rows)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY market.daily_bars (ticker, session_date, open, high, low, close, volume) FROM STDIN (FORMAT BINARY)");
        foreach (var (ticker, bar) in rows)
        {
            await writer.StartRowAsync();
            await writer.WriteAsync(ticker, NpgsqlDbType.Text);
            await writer.WriteAsync(bar.Date, NpgsqlDbType.Date);
            await writer.WriteAsync(bar.Open, NpgsqlDbType.Double);
            await writer.WriteAsync(bar.High, NpgsqlDbType.Double);
            await writer.WriteAsync(bar.Low, NpgsqlDbType.Double);
            await writer.WriteAsync(bar.Close, NpgsqlDbType.Double);
            await writer.WriteAsync((long)bar.Volume, NpgsqlDbType.Bigint);
        }

        await writer.CompleteAsync();
    }
}
