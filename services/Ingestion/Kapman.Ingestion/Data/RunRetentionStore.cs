using Dapper;
using Kapman.ServiceDefaults.Messaging;
using Npgsql;

namespace Kapman.Ingestion.Data;

/// <summary>
/// Retention of the job runs (seed 000 §5.6: job run logs 90 days) and the run record's retention counts. <c>pipeline_runs</c> is not
/// partitioned, so old runs are deleted in batches, each its own short transaction (their stages go with them, ON DELETE CASCADE).
/// </summary>
public static class RunRetentionStore
{
    /// <summary>The table name the counts are recorded under.</summary>
    public const string RunsTable = "market.pipeline_runs";

    /// <summary>Deletes the runs of sessions before <paramref name="cutoff"/>, <paramref name="batch"/> at a time; returns how many.</summary>
    public static async Task<long> PruneRunsAsync(NpgsqlDataSource dataSource, DateOnly cutoff, int batch, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batch, 1);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        long total = 0;
        int deleted;
        do
        {
            deleted = await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM pipeline_runs WHERE run_id IN (SELECT run_id FROM pipeline_runs WHERE session_date < @cutoff LIMIT @batch)",
                new { cutoff, batch }, cancellationToken: ct));
            total += deleted;
        }
        while (deleted == batch);

        return total;
    }

    /// <summary>Adds one table's counts to the run's <c>retention</c> JSON (replacing that table's earlier counts).</summary>
    public static Task RecordAsync(OutboxTransaction tx, Guid runId, string table, DateOnly cutoff, int droppedPartitions, long deletedRows, CancellationToken ct) =>
        tx.Connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE pipeline_runs
            SET retention = retention || jsonb_build_object(CAST(@table AS text),
                jsonb_build_object('cutoff', CAST(@cutoff AS date), 'droppedPartitions', CAST(@droppedPartitions AS int), 'deletedRows', CAST(@deletedRows AS bigint)))
            WHERE run_id = @runId
            """, new { runId, table, cutoff, droppedPartitions, deletedRows }, tx.Transaction, cancellationToken: ct));
}
