using Dapper;
using Npgsql;

namespace Kapman.Ingestion.Tests;

/// <summary>Waits in a test until some backend of the test's database is waiting on a lock (a statement held up by another transaction).</summary>
internal static class LockWait
{
    /// <summary>Polls <c>pg_stat_activity</c> every 50 ms for up to 30 s; fails the test with <paramref name="what"/> when nothing waits.</summary>
    public static async Task UntilABackendWaitsAsync(NpgsqlDataSource dataSource, string what)
    {
        await using var probe = await dataSource.OpenConnectionAsync();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await probe.ExecuteScalarAsync<bool>(
                   "SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock')"))
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"{what}: no backend waited on a lock within 30 s");
            }

            await Task.Delay(50);
        }
    }
}
