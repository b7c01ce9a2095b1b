using Dapper;
using Npgsql;

namespace Kapman.Benchmarks.Growth;

/// <summary>
/// Lets every timed step start alike: waits (up to a minute) for autovacuum to finish with the database (it would compete for the
/// two cores while analysing the rows just loaded), then forces a checkpoint, so the WAL a step writes does not trigger a checkpoint
/// that the previous step's writes made due.
/// </summary>
public static class QuietDatabase
{
    /// <summary>Waits for the database to be idle, then checkpoints (needs a superuser connection, as the bench databases have).</summary>
    public static async Task SettleAsync(NpgsqlDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var connection = await dataSource.OpenConnectionAsync();
        var idleBy = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < idleBy && await connection.ExecuteScalarAsync<bool>(
                   "SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE backend_type = 'autovacuum worker' AND datname = current_database())"))
        {
            await Task.Delay(100);
        }

        // Dapper takes a lone word for a procedure name unless told it is text.
        await connection.ExecuteAsync("CHECKPOINT", commandType: System.Data.CommandType.Text);
    }
}
