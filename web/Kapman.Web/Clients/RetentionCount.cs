namespace Kapman.Web.Clients;

/// <summary>What a weekly run pruned from one table (ingestion API): rows dated before <see cref="Cutoff"/>.</summary>
public sealed record RetentionCount(DateOnly Cutoff, int DroppedPartitions, long DeletedRows);
