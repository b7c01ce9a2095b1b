using System.Diagnostics;
using Dapper;
using Kapman.Ingestion.Loading;
using Kapman.Ingestion.Sources;
using Kapman.ServiceDefaults.Messaging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Kapman.Benchmarks.Growth;

/// <summary>
/// The ingestion stage of the daily pipeline for one session, as its <c>RunDailyPipeline</c> consumer runs it (<see cref="SessionLoader"/>:
/// read and validate the file outside the transaction, then store the bars, split suspects and rolling retention at the service's
/// default 730 sessions, and the run record, in one transaction), on a database holding the sessions before it. The session's rows are
/// deleted first (they were loaded by the backfill); the event the consumer publishes in the same transaction is not written here.
/// </summary>
public static class DailyLoad
{
    /// <summary>Reloads <paramref name="session"/> as the daily step would load it; returns its wall time and the rows stored.</summary>
    /// <exception cref="InvalidOperationException">The session did not load.</exception>
    public static async Task<(TimeSpan Elapsed, int Rows)> RunAsync(NpgsqlDataSource dataSource, GrowthRoot root, DateOnly session)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(root);
        await using (var connection = await dataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync(
                """
                DELETE FROM market.daily_bars WHERE session_date = @session;
                DELETE FROM market.quarantined_rows WHERE session_date = @session;
                DELETE FROM market.split_factors WHERE ex_date = @session;
                DELETE FROM market.ingestion_runs WHERE session_date = @session;
                """, new { session });
        }

        await QuietDatabase.SettleAsync(dataSource);
        var loader = new SessionLoader(new LocalSessionFileSource(root.Files), Microsoft.Extensions.Options.Options.Create(new IngestionOptions()), TimeProvider.System,
            NullLogger<SessionLoader>.Instance);
        var database = new ServiceDatabase(dataSource, new OutboxSignal());
        var watch = Stopwatch.StartNew();
        var fetched = await loader.FetchAsync(session, CancellationToken.None);
        await using var tx = await database.BeginAsync(CancellationToken.None);
        var result = await loader.StoreAsync(fetched, tx, CancellationToken.None);
        await tx.CommitAsync(CancellationToken.None);
        return result.Loaded ? (watch.Elapsed, result.Rows) : throw new InvalidOperationException($"{session} {result.Status}: {result.Error}");
    }
}
