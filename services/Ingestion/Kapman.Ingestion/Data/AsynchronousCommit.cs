using Npgsql;

namespace Kapman.Ingestion.Data;

/// <summary>
/// <c>synchronous_commit = off</c> for a backfill's connections: a commit does not wait for the WAL flush, so a PostgreSQL crash
/// may lose the last few hundred milliseconds of commits, each whole (see <see cref="Loading.BackfillRunner"/>).
/// </summary>
public static class AsynchronousCommit
{
    /// <summary>
    /// Turns it on for the connection's session; Npgsql resets the connection (<c>RESET ALL</c>) when it goes back to the pool,
    /// so other users of the pool are not affected.
    /// </summary>
    public static async Task EnableAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SET synchronous_commit = off", connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
