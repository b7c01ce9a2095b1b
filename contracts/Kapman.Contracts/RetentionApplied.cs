namespace Kapman.Contracts;

/// <summary>
/// A service pruned one of its own tables for a weekly run (<see cref="RunWeeklyMaintenance"/>; seed 000 §5.6: daily snapshots 2 years,
/// job run logs 90 days). Ingestion adds the counts to the run record (<c>pipeline_runs.retention</c>), shown on the Ops page.
/// </summary>
/// <param name="Table">Schema-qualified table, e.g. <c>wyckoff.snapshot_versions</c>.</param>
/// <param name="Cutoff">The first session date kept: rows dated before it were removed.</param>
/// <param name="DroppedPartitions">Whole partitions dropped (0 for a table that is not partitioned).</param>
/// <param name="DeletedRows">Rows deleted (in batches) outside dropped partitions.</param>
/// <param name="OccurredAt">When the pruning committed (UTC).</param>
public sealed record RetentionApplied(
    Guid RunId, DateOnly SessionDate, string Table, DateOnly Cutoff, int DroppedPartitions, long DeletedRows, DateTimeOffset OccurredAt, int SchemaVersion = 1)
    : IIntegrationEvent;
