namespace Kapman.ServiceDefaults.Messaging.Sharding;

/// <summary>A split whose shards are all done: the totals of its shards and when its work began.</summary>
public sealed record SplitCompletion
{
    /// <summary>Shards not yet done (0 for a completion).</summary>
    public int ShardsLeft { get; init; }

    /// <summary>Tickers stored over all shards.</summary>
    public int Tickers { get; init; }

    /// <summary>Alerts raised over all shards.</summary>
    public int Alerts { get; init; }

    /// <summary>When the split was opened (UTC).</summary>
    public DateTimeOffset StartedAt { get; init; }
}
