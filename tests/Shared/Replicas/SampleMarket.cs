using System.Globalization;
using System.IO.Compression;
using Dapper;
using Npgsql;

namespace Kapman.Testing;

/// <summary>
/// The bundled sample session files (data/sample/flatfiles/us_stocks_sip/day_aggs_v1: 290 real sessions of SPY, QQQ, IWM and the
/// watchlist names, columns ticker,volume,open,close,high,low,window_start(ns),transactions) loaded into Ingestion's
/// <c>market.daily_bars</c> of a test database (the columns and key of Ingestion's migrations, unpartitioned) with its read contract
/// <c>market_api.daily_bars_v1</c> beside it, as the analytics services read them.
/// </summary>
internal static class SampleMarket
{
    /// <summary>Creates the table and view, loads every sample file from <c>COPY ... CSV</c>, and returns the sessions loaded, ascending.</summary>
    public static async Task<IReadOnlyList<DateOnly>> LoadAsync(NpgsqlDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var connection = await dataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(
            """
            CREATE SCHEMA market;
            CREATE TABLE market.daily_bars (
                ticker text NOT NULL, session_date date NOT NULL, open double precision NOT NULL, high double precision NOT NULL,
                low double precision NOT NULL, close double precision NOT NULL, volume bigint NOT NULL,
                PRIMARY KEY (ticker, session_date));
            CREATE SCHEMA market_api;
            CREATE VIEW market_api.daily_bars_v1 AS SELECT ticker, session_date, open, high, low, close, volume FROM market.daily_bars;
            """);
        var root = Path.Combine(RepoFiles.Root, "data", "sample", "flatfiles", "us_stocks_sip", "day_aggs_v1");
        var sessions = new List<DateOnly>();
        await using (var copy = await connection.BeginTextImportAsync("COPY market.daily_bars (ticker, session_date, open, high, low, close, volume) FROM STDIN (FORMAT CSV)"))
        {
            foreach (var file in Directory.GetFiles(root, "*.csv.gz", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                sessions.Add(DateOnly.ParseExact(Path.GetFileName(file)[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture));
                using var reader = new StreamReader(new GZipStream(File.OpenRead(file), CompressionMode.Decompress));
                await reader.ReadLineAsync();
                while (await reader.ReadLineAsync() is { Length: > 0 } line)
                {
                    var f = line.Split(',');
                    // Volumes are whole shares written as decimals in some files.
                    var volume = (long)decimal.Parse(f[1], NumberStyles.Float, CultureInfo.InvariantCulture);
                    await copy.WriteLineAsync($"{f[0]},{sessions[^1]:yyyy-MM-dd},{f[2]},{f[4]},{f[5]},{f[3]},{volume}");
                }
            }
        }

        await connection.ExecuteAsync("ANALYZE market.daily_bars");
        sessions.Sort();
        return sessions;
    }
}
