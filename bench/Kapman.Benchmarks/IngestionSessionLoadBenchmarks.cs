using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Dapper;
using Kapman.Ingestion.Data;
using Kapman.Ingestion.Sources;
using Npgsql;

namespace Kapman.Benchmarks;

/// <summary>
/// One session file (2025-08-26 of ../shared/data/flatfiles, 674 rows): our loader (read the .csv.gz, decompress,
/// validate, binary COPY into a temp table, upsert into the partitioned <c>daily_bars</c>, tickers and quarantine) against
/// <c>psql \copy</c> of the same validated rows (a plain CSV written once) into an identical partitioned table, both
/// on an empty target each iteration. Goal: our loader / psql ≤ 1.5.
/// </summary>
[Config(typeof(IngestionBenchConfig))]
public class IngestionSessionLoadBenchmarks
{
    private static readonly DateOnly Session = new(2025, 8, 26);
    private IngestionBenchDatabase database = null!;
    private string gzPath = null!;
    private string csvPath = null!;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        gzPath = Path.Combine(IngestionBenchData.FlatFiles(), "us_stocks_sip", "day_aggs_v1", "2025", "08", "2025-08-26.csv.gz");
        database = await IngestionBenchDatabase.CreateAsync();
        var parsed = GzipSessionDecoder.Decode(await File.ReadAllBytesAsync(gzPath), Session, "bench").Parsed!;
        var csv = new StringBuilder();
        foreach (var b in parsed.Bars)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{b.Ticker},{b.SessionDate:yyyy-MM-dd},{b.Open:R},{b.High:R},{b.Low:R},{b.Close:R},{b.Volume},{b.Transactions}\n");
        }

        csvPath = Path.Combine(Path.GetTempPath(), $"kapman-bench-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(csvPath, csv.ToString());
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(
            """
            SELECT ensure_daily_bars_partition('2025-08-26');
            CREATE TABLE psql_bars (LIKE daily_bars INCLUDING DEFAULTS, PRIMARY KEY (ticker, session_date)) PARTITION BY RANGE (session_date);
            CREATE TABLE psql_bars_2025_08 PARTITION OF psql_bars FOR VALUES FROM ('2025-08-01') TO ('2025-09-01');
            """);
    }

    [IterationSetup]
    public void Empty()
    {
        using var connection = database.DataSource.OpenConnection();
        connection.Execute("TRUNCATE daily_bars, psql_bars, tickers, quarantined_rows");
    }

    [Benchmark(Baseline = true)]
    public void PsqlCopy()
    {
        var csb = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        var info = new ProcessStartInfo("psql") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-h", csb.Host!, "-p", csb.Port.ToString(CultureInfo.InvariantCulture), "-U", csb.Username!, "-d", csb.Database!, "-v", "ON_ERROR_STOP=1", "-q",
            "-c", $"\\copy market.psql_bars (ticker, session_date, open, high, low, close, volume, transactions) FROM '{csvPath}' WITH (FORMAT csv)" })
        {
            info.ArgumentList.Add(arg);
        }

        if (csb.Password is { } password)
        {
            info.Environment["PGPASSWORD"] = password;
        }
        using var process = Process.Start(info)!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("psql failed: " + process.StandardError.ReadToEnd());
        }
    }

    [Benchmark]
    public void OurLoader() => LoadAsync().GetAwaiter().GetResult();

    private async Task LoadAsync()
    {
        var read = GzipSessionDecoder.Decode(await File.ReadAllBytesAsync(gzPath), Session, "bench");
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await using var tx = await connection.BeginTransactionAsync();
        await BarStore.WriteAsync(connection, tx, read.Parsed!, "bench", CancellationToken.None);
        await tx.CommitAsync();
    }

    private async Task CleanupAsync()
    {
        File.Delete(csvPath);
        await database.DisposeAsync();
    }
}
