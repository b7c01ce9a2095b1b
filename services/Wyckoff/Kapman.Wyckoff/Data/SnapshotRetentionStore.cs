using Kapman.ServiceDefaults.Data;
using Npgsql;

namespace Kapman.Wyckoff.Data;

/// <summary>Retention of Wyckoff's daily snapshots (seed 000 §5.6, 2 years): <c>snapshot_versions</c> and <c>dealer_context</c>, by session date, in batches (neither is partitioned).</summary>
public static class SnapshotRetentionStore
{
    /// <summary>Deletes rows dated before <paramref name="cutoff"/>; returns the count per table.</summary>
    public static async Task<IReadOnlyList<(string Table, long DeletedRows)>> PruneAsync(NpgsqlDataSource dataSource, DateOnly cutoff, int batch, CancellationToken ct) =>
    [
        ("wyckoff.snapshot_versions", await BatchedDelete.RunAsync(dataSource,
            "DELETE FROM snapshot_versions WHERE ctid = ANY(ARRAY(SELECT ctid FROM snapshot_versions WHERE session_date < @cutoff LIMIT @batch))", cutoff, batch, ct)),
        ("wyckoff.dealer_context", await BatchedDelete.RunAsync(dataSource,
            "DELETE FROM dealer_context WHERE ctid = ANY(ARRAY(SELECT ctid FROM dealer_context WHERE session_date < @cutoff LIMIT @batch))", cutoff, batch, ct)),
    ];
}
