using Kapman.ServiceDefaults.Data;
using Npgsql;

namespace Kapman.Metrics.Data;

/// <summary>Retention of the indicator snapshots (seed 000 §5.6, 2 years): <c>indicators</c> by session date, in batches (not partitioned).</summary>
public static class SnapshotRetentionStore
{
    /// <summary>Deletes rows dated before <paramref name="cutoff"/>; returns the count per table.</summary>
    public static async Task<IReadOnlyList<(string Table, long DeletedRows)>> PruneAsync(NpgsqlDataSource dataSource, DateOnly cutoff, int batch, CancellationToken ct) =>
    [
        ("metrics.indicators", await BatchedDelete.RunAsync(dataSource,
            "DELETE FROM indicators WHERE ctid = ANY(ARRAY(SELECT ctid FROM indicators WHERE session_date < @cutoff LIMIT @batch))", cutoff, batch, ct)),
    ];
}
