namespace Kapman.ServiceDefaults.Messaging.Sharding;

/// <summary>What one shard of a split stored.</summary>
/// <param name="SplitId">The split.</param>
/// <param name="Shard">The shard index.</param>
/// <param name="Tickers">Tickers stored by the shard.</param>
/// <param name="Alerts">Alerts raised by the shard (0 for stages without alerts).</param>
/// <param name="StartedAt">When the shard's work began (UTC).</param>
/// <param name="FinishedAt">When it finished (UTC).</param>
public sealed record ShardResult(Guid SplitId, int Shard, int Tickers, int Alerts, DateTimeOffset StartedAt, DateTimeOffset FinishedAt);
