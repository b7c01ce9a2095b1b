namespace Kapman.ServiceDefaults.Messaging.Sharding;

/// <summary>One shard done, as <c>GET /shards</c> returns it.</summary>
/// <param name="SplitId">Its split.</param>
/// <param name="Shard">The shard index.</param>
/// <param name="Instance">The replica that did it: host name and process id (<see cref="ShardLedger.Instance"/>).</param>
/// <param name="Tickers">Tickers it stored.</param>
/// <param name="Alerts">Alerts it raised.</param>
/// <param name="StartedAt">When its work began (UTC).</param>
/// <param name="FinishedAt">When it was recorded done (UTC).</param>
public sealed record ShardView(Guid SplitId, int Shard, string Instance, int Tickers, int Alerts, DateTimeOffset StartedAt, DateTimeOffset FinishedAt);
