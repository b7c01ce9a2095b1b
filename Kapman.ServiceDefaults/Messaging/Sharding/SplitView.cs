namespace Kapman.ServiceDefaults.Messaging.Sharding;

/// <summary>One split of a session into ticker shards, as <c>GET /shards</c> returns it.</summary>
/// <param name="SplitId">The split (one per handled <c>MarketSessionIngested</c>).</param>
/// <param name="RunId">The pipeline run.</param>
/// <param name="SessionDate">The session.</param>
/// <param name="ShardCount">Shards the session was split into.</param>
/// <param name="ShardsLeft">Shards not yet done (0 once the stage completed).</param>
/// <param name="Tickers">Tickers stored so far over its shards.</param>
/// <param name="Alerts">Alerts raised so far (Wyckoff; 0 for metrics).</param>
/// <param name="StartedAt">When the session was split (UTC).</param>
/// <param name="CompletedAt">When its last shard was done (UTC), or null.</param>
/// <param name="Shards">The shards done, by shard index, each with the replica that did it.</param>
public sealed record SplitView(
    Guid SplitId, Guid RunId, DateOnly SessionDate, int ShardCount, int ShardsLeft, int Tickers, int Alerts,
    DateTimeOffset StartedAt, DateTimeOffset? CompletedAt, IReadOnlyList<ShardView> Shards);
