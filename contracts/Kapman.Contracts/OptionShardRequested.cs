namespace Kapman.Contracts;

/// <summary>
/// A command inside the options stage: load, price and store the session's chains of the underlyings in shard
/// <paramref name="Shard"/> of <paramref name="ShardCount"/> (<see cref="TickerShard"/>): the snapshot files of the session whose
/// underlying falls in the shard, and the wanted underlyings of <paramref name="Wanted"/> (all in the shard). Options' session consumer
/// sends one per shard for a <see cref="MarketSessionIngested"/>; only Options consumes it (queue <c>options-chain-shard</c>,
/// competing consumers across replicas). When the last shard of <paramref name="SplitId"/> is stored, Options publishes
/// <see cref="OptionMetricsComputed"/> once.
/// </summary>
/// <param name="SplitId">The split of the session this shard belongs to (one per handled <see cref="MarketSessionIngested"/>).</param>
/// <param name="Shard">The shard index, 0 ≤ Shard &lt; ShardCount.</param>
/// <param name="ShardCount">The shards of the split.</param>
/// <param name="Wanted">
/// The underlyings of the shard whose chain is wanted (watchlists, P1 portfolios, the <c>Kapman:Options:Watchlist</c> setting), as the
/// session consumer read them once for the whole split, so that every shard and every redelivery works from the same list.
/// </param>
public sealed record OptionShardRequested(
    Guid RunId, DateOnly SessionDate, Guid SplitId, int Shard, int ShardCount, IReadOnlyList<WantedChain> Wanted, int SchemaVersion = 1) : IIntegrationEvent;
