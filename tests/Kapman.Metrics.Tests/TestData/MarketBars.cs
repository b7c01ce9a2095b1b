using Dapper;
using Kapman.MarketData;
using Npgsql;
using NpgsqlTypes;

namespace Kapman.Metrics.Tests.TestData;

/// <summary>
/// Creates Ingestion's <c>market.daily_bars</c> in a test database (the same columns, range-partitioned by month with the
/// (ticker, session_date) key as Ingestion's migrations 004 and 006 leave it) and its read contract
/// <c>market_api.daily_bars_v1</c> (as migration 007), and loads bars into it with binary COPY.
/// </summary>
internal static class MarketBars
{
    public static async Task LoadAsync(ServiceTestDatabase database, IReadOnlyDictionary<string, Bar[]> bars)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(
            """
            CREATE SCHEMA market;
            CREATE TABLE market.daily_bars (
                ticker text NOT NULL, session_date date NOT NULL, open double precision NOT NULL, high double precision NOT NULL,
                low double precision NOT NULL, close double precision NOT NULL, volume bigint NOT NULL, transactions bigint,
                loaded_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (ticker, session_date)
            ) PARTITION BY RANGE (session_date);
            CREATE SCHEMA market_api;
            CREATE VIEW market_api.daily_bars_v1 AS SELECT ticker, session_date, open, high, low, close, volume FROM market.daily_bars;
            """);
        var months = bars.Values.SelectMany(b => b).Select(b => new DateOnly(b.Date.Year, b.Date.Month, 1)).Distinct().Order();
        foreach (var month in months)
        {
            // DDL takes no parameters; the name and bounds are formatted from dates.
            await connection.ExecuteAsync(
                $"CREATE TABLE market.daily_bars_{month:yyyy_MM} PARTITION OF market.daily_bars FOR VALUES FROM ('{month:yyyy-MM-dd}') TO ('{month.AddMonths(1):yyyy-MM-dd}')");
        }

        await using (var copy = await connection.BeginBinaryImportAsync("COPY market.daily_bars (ticker, session_date, open, high, low, close, volume) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (ticker, series) in bars)
            {
                foreach (var bar in series)
                {
                    await copy.StartRowAsync();
                    await copy.WriteAsync(ticker, NpgsqlDbType.Text);
                    await copy.WriteAsync(bar.Date, NpgsqlDbType.Date);
                    await copy.WriteAsync(bar.Open, NpgsqlDbType.Double);
                    await copy.WriteAsync(bar.High, NpgsqlDbType.Double);
                    await copy.WriteAsync(bar.Low, NpgsqlDbType.Double);
                    await copy.WriteAsync(bar.Close, NpgsqlDbType.Double);
                    await copy.WriteAsync((long)bar.Volume, NpgsqlDbType.Bigint);
                }
            }

            await copy.CompleteAsync();
        }

        await connection.ExecuteAsync("ANALYZE market.daily_bars");
    }

    /// <summary>Runs <see cref="Application.DailyIndicatorStep"/> for one session in its own committed transaction.</summary>
    public static async Task<Application.DailyStepOutcome> StepAsync(ServiceTestDatabase database, DateOnly session)
    {
        using var signal = new Kapman.ServiceDefaults.Messaging.OutboxSignal();
        await using var tx = await new Kapman.ServiceDefaults.Messaging.ServiceDatabase(database.DataSource, signal).BeginAsync(CancellationToken.None);
        var outcome = await Application.DailyIndicatorStep.RunAsync(tx, database.DataSource, session, CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
        return outcome;
    }

    /// <summary>Opens a plain connection to the test database.</summary>
    public static ValueTask<NpgsqlConnection> OpenAsync(ServiceTestDatabase database) => database.DataSource.OpenConnectionAsync();
}
