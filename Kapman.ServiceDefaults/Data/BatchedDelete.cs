using Dapper;
using Npgsql;

namespace Kapman.ServiceDefaults.Data;

/// <summary>
/// Runs a service's batched DELETE until it removes fewer rows than a batch (retention of tables that are not partitioned, issue 22 item 4).
/// Each statement is its own short transaction, so pruning a large backlog never holds one long lock; a failure leaves the batches
/// already done deleted, and the next run continues. The statement comes from the service's Data folder and must take
/// <c>@cutoff</c> (date) and <c>@batch</c> (int) and delete at most <c>@batch</c> rows dated before <c>@cutoff</c>.
/// </summary>
public static class BatchedDelete
{
    /// <summary>Runs <paramref name="sql"/> repeatedly; returns the rows deleted in all.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="batch"/> &lt; 1.</exception>
    public static async Task<long> RunAsync(NpgsqlDataSource dataSource, string sql, DateOnly cutoff, int batch, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentOutOfRangeException.ThrowIfLessThan(batch, 1);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        long total = 0;
        int deleted;
        do
        {
            deleted = await connection.ExecuteAsync(new CommandDefinition(sql, new { cutoff, batch }, cancellationToken: ct));
            total += deleted;
        }
        while (deleted >= batch);

        return total;
    }
}
