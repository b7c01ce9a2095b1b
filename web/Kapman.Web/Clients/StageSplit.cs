namespace Kapman.Web.Clients;

/// <summary>
/// One session of a sharded stage split into ticker shards (service API <c>GET /shards</c> of metrics and Wyckoff). Times are UTC.
/// </summary>
/// <param name="SplitId">The split (one per handled MarketSessionIngested).</param>
/// <param name="SessionDate">The session.</param>
/// <param name="ShardCount">Shards the session was split into.</param>
/// <param name="ShardsLeft">Shards not yet done (0 once the stage completed).</param>
/// <param name="Tickers">Tickers stored so far.</param>
/// <param name="StartedAt">When the session was split.</param>
/// <param name="CompletedAt">When its last shard was done, or null.</param>
/// <param name="Shards">The shards done, each with the replica that did it.</param>
public sealed record StageSplit(
    Guid SplitId, DateOnly SessionDate, int ShardCount, int ShardsLeft, int Tickers, DateTimeOffset StartedAt, DateTimeOffset? CompletedAt,
    IReadOnlyList<StageShard> Shards)
{
    /// <summary>The replicas that did this split's shards, in order of their names.</summary>
    public IReadOnlyList<string> Replicas => [.. Shards.Select(s => s.Instance).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
