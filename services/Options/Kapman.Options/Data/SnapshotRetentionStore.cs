using Kapman.ServiceDefaults.Data;
using Npgsql;

namespace Kapman.Options.Data;

/// <summary>
/// Retention of the options snapshot columns (seed 000 §5.6, daily snapshots 2 years): <c>dealer_metrics</c>, <c>volatility_metrics</c> and
/// <c>daily_summary</c> by <c>as_of</c>, in batches (none is partitioned). The chains themselves (<c>contracts</c>) are not touched here.
/// </summary>
public static class SnapshotRetentionStore
{
    /// <summary>Deletes rows dated before <paramref name="cutoff"/>; returns the count per table.</summary>
    public static async Task<IReadOnlyList<(string Table, long DeletedRows)>> PruneAsync(NpgsqlDataSource dataSource, DateOnly cutoff, int batch, CancellationToken ct) =>
    [
        ("options.dealer_metrics", await BatchedDelete.RunAsync(dataSource,
            "DELETE FROM dealer_metrics WHERE ctid = ANY(ARRAY(SELECT ctid FROM dealer_metrics WHERE as_of < @cutoff LIMIT @batch))", cutoff, batch, ct)),
        ("options.volatility_metrics", await BatchedDelete.RunAsync(dataSource,
            "DELETE FROM volatility_metrics WHERE ctid = ANY(ARRAY(SELECT ctid FROM volatility_metrics WHERE as_of < @cutoff LIMIT @batch))", cutoff, batch, ct)),
        ("options.daily_summary", await BatchedDelete.RunAsync(dataSource,
            "DELETE FROM daily_summary WHERE ctid = ANY(ARRAY(SELECT ctid FROM daily_summary WHERE as_of < @cutoff LIMIT @batch))", cutoff, batch, ct)),
    ];
}
