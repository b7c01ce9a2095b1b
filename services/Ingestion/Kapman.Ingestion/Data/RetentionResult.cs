namespace Kapman.Ingestion.Data;

/// <summary>What a retention pass removed.</summary>
/// <param name="Cutoff">The first session kept, or null when retention is off or nothing is stored.</param>
/// <param name="DroppedPartitions">Whole month partitions dropped.</param>
/// <param name="DeletedRows">Rows deleted at the edge partition.</param>
public sealed record RetentionResult(DateOnly? Cutoff, int DroppedPartitions, long DeletedRows);
