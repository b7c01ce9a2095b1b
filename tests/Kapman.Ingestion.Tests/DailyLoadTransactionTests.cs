using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Dapper;
using Npgsql;

namespace Kapman.Ingestion.Tests;

/// <summary>
/// The daily pipeline's ingestion stage downloads its session (here from a local Polygon endpoint) before its
/// transaction opens, so a slow source holds no transaction and no inbox row: the endpoint looks at the service's
/// database before it answers each request.
/// </summary>
[NonParallelizable]
public class DailyLoadTransactionTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Test]
    public async Task No_transaction_is_open_while_the_session_downloads()
    {
        var fixture = await File.ReadAllBytesAsync(RepoFiles.SharedData("polygon-api", "v2", "aggs", "grouped", "locale", "us", "market", "stocks", "2005-04-04&adjusted=true.json"));
        var openDuringRequests = new ConcurrentQueue<long>();
        string? database = null;
        await using var server = LocalPolygonServer.Start("/v2/aggs/grouped/locale/us/market/stocks/2005-04-04", fixture,
            async () => openDuringRequests.Enqueue(await OpenInboxTransactionsAsync(database!)));
        Environment.SetEnvironmentVariable("POLYGON_API_KEY", "test-key-123");
        using var scratch = new TestFlatFiles();
        await using var host = await IngestionTestHost.StartAsync(scratch.Root, settings: new Dictionary<string, string>
        {
            ["Kapman:Ingestion:Source"] = "polygon",
            ["Kapman:Ingestion:Polygon:BaseUrl"] = server.BaseUrl,
        });
        database = host.ConnectionString;
        using var http = host.Client();
        await using var db = await host.OpenAsync();

        var start = await http.PostAsJsonAsync("/pipeline/runs", new { sessionDate = "2005-04-04" });
        var loaded = await WaitForLoadedRunAsync(db);

        Assert.That(start.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(loaded, Is.EqualTo((1, 1)), "the session is stored once downloaded (loaded runs, bars)");
        Assert.That(openDuringRequests, Is.Not.Empty.And.All.Zero, "no consumer transaction is open during any download");
    }

    // The consumer's transaction, had it been opened before the download, would sit idle after marking the message in the
    // inbox for as long as the download takes. Other consumers (the run record's stage events) mark their inbox too, but
    // only for a moment: so a transaction counts only when it is still the same one (pid and start) 300 ms later.
    private static async Task<long> OpenInboxTransactionsAsync(string connectionString)
    {
        var first = await IdleInboxTransactionsAsync(connectionString);
        await Task.Delay(300);
        var second = await IdleInboxTransactionsAsync(connectionString);
        return first.Intersect(second).LongCount();
    }

    private static async Task<IReadOnlyList<(int Pid, DateTime Started)>> IdleInboxTransactionsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return (await connection.QueryAsync<(int Pid, DateTime Started)>(
            """
            SELECT pid, xact_start FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%' AND query ILIKE '%inbox%'
            """)).ToList();
    }

    private static async Task<(long Runs, long Bars)> WaitForLoadedRunAsync(NpgsqlConnection db)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var counts = await db.QuerySingleAsync<(long Runs, long Bars)>(
                "SELECT (SELECT count(*) FROM market.ingestion_runs WHERE status = 'loaded'), (SELECT count(*) FROM market.daily_bars)");
            if (counts.Runs > 0 || DateTime.UtcNow > deadline)
            {
                return counts;
            }

            await Task.Delay(200);
        }
    }
}
