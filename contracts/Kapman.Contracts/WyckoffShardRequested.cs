namespace Kapman.Contracts;

/// <summary>
/// A command inside the Wyckoff stage: analyse and store the session's tickers in shard <paramref name="Shard"/> of
/// <paramref name="ShardCount"/> (<see cref="TickerShard"/>) and raise their alerts. Wyckoff's session consumer sends one per shard
/// for a <see cref="MarketSessionIngested"/>; only Wyckoff consumes it (queue <c>wyckoff-analysis-shard</c>, competing
/// consumers across replicas). When the last shard of <paramref name="SplitId"/> is stored, Wyckoff publishes
/// <see cref="WyckoffSessionAnalyzed"/> once.
/// </summary>
/// <param name="SplitId">The split of the session this shard belongs to (one per handled <see cref="MarketSessionIngested"/>).</param>
/// <param name="Shard">The shard index, 0 ≤ Shard &lt; ShardCount.</param>
/// <param name="ShardCount">The shards of the split.</param>
public sealed record WyckoffShardRequested(
    Guid RunId, DateOnly SessionDate, Guid SplitId, int Shard, int ShardCount, int SchemaVersion = 1) : IIntegrationEvent;
