using System.Diagnostics;
using System.Globalization;
using Dapper;
using Npgsql;

namespace Kapman.Benchmarks.Growth;

/// <summary>
/// The baseline the backfill is held against (issue 23: "at most 0.75 of the time of psql \copy of the same rows into a keyed
/// table"): the rows the backfill stored are exported to a CSV file (untimed), in the order a backfill meets them (session by
/// session, tickers in order), then <c>psql -c "\copy ..."</c> loads them into a fresh ordinary table with the same columns and
/// the same primary key (ticker, session_date), in the same database, after <see cref="QuietDatabase.SettleAsync"/>. The time is
/// psql's wall time as a process (start, connect, read the file, COPY, commit).
/// </summary>
public static class PsqlCopyBaseline
{
    private const string Columns = "ticker, session_date, open, high, low, close, volume, transactions";

    /// <summary>The export of the stored bars, in key order; a constant (no value is interpolated into SQL).</summary>
    private const string Export = "COPY (SELECT " + Columns + " FROM market.daily_bars ORDER BY session_date, ticker) TO STDOUT (FORMAT csv)";

    /// <summary>Runs the baseline for the rows in <c>market.daily_bars</c>; returns the rows psql copied and its wall time.</summary>
    /// <param name="dataSource">The bench database (superuser connection).</param>
    /// <param name="csvPath">Scratch file for the export (deleted afterwards).</param>
    /// <exception cref="InvalidOperationException">psql failed (its standard error is in the message).</exception>
    public static async Task<(long Rows, TimeSpan Elapsed)> RunAsync(NpgsqlDataSource dataSource, string csvPath)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using (var connection = await dataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync(
                $"""
                DROP SCHEMA IF EXISTS baseline CASCADE;
                CREATE SCHEMA baseline;
                CREATE TABLE baseline.keyed_bars (
                    ticker text NOT NULL, session_date date NOT NULL, open double precision NOT NULL, high double precision NOT NULL,
                    low double precision NOT NULL, close double precision NOT NULL, volume bigint NOT NULL, transactions bigint,
                    loaded_at timestamptz NOT NULL DEFAULT now(),
                    PRIMARY KEY (ticker, session_date));
                """);
            await using var export = await connection.BeginTextExportAsync(
                Export);
            await using var file = new StreamWriter(csvPath);
            var buffer = new char[1 << 16];
            int read;
            while ((read = await export.ReadAsync(buffer)) > 0)
            {
                await file.WriteAsync(buffer.AsMemory(0, read));
            }
        }

        try
        {
            await QuietDatabase.SettleAsync(dataSource);
            var target = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);
            var psql = new ProcessStartInfo("psql") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { "-X", "-v", "ON_ERROR_STOP=1", "-h", target.Host!, "-p", target.Port.ToString(CultureInfo.InvariantCulture), "-U", target.Username!, "-d", target.Database!,
                         "-c", $"\\copy baseline.keyed_bars ({Columns}) FROM '{csvPath}' WITH (FORMAT csv)" })
            {
                psql.ArgumentList.Add(arg);
            }

            if (!string.IsNullOrEmpty(target.Password))
            {
                psql.Environment["PGPASSWORD"] = target.Password;
            }

            var watch = Stopwatch.StartNew();
            using var process = Process.Start(psql) ?? throw new InvalidOperationException("psql did not start.");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var elapsed = watch.Elapsed;
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"psql \\copy failed ({process.ExitCode}): {await error}");
            }

            // psql prints "COPY n".
            var rows = long.Parse((await output).Trim().Split(' ')[^1], CultureInfo.InvariantCulture);
            return (rows, elapsed);
        }
        finally
        {
            File.Delete(csvPath);
        }
    }

    /// <summary>Drops the baseline table (frees its disk before the next root).</summary>
    public static async Task DropAsync(NpgsqlDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var connection = await dataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("DROP SCHEMA IF EXISTS baseline CASCADE");
    }
}
