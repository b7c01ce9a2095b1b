using Microsoft.Extensions.Configuration;

namespace Kapman.ServiceDefaults.Messaging.Sharding;

/// <summary>
/// A stage's fixed shard count, read from one setting (e.g. <c>Kapman:Metrics:Shards</c>): each session's tickers are split into
/// this many shards, handled by competing consumers on every replica. Fixed, not derived from the replicas: a shard's
/// tickers must not depend on how many processes run.
/// </summary>
/// <param name="Count">Shards per session, 1..<see cref="MaxShards"/>.</param>
public sealed record ShardSettings(int Count)
{
    /// <summary>Shards per session when the setting is absent.</summary>
    public const int DefaultShards = 4;

    /// <summary>The largest shard count accepted.</summary>
    public const int MaxShards = 256;

    /// <summary>Reads <paramref name="key"/> from <paramref name="configuration"/>.</summary>
    /// <exception cref="InvalidOperationException">The value is not a whole number in 1..<see cref="MaxShards"/>.</exception>
    public static ShardSettings From(IConfiguration configuration, string key)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return new(DefaultShards);
        }

        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) && count is >= 1 and <= MaxShards
            ? new(count)
            : throw new InvalidOperationException($"{key} must be a whole number from 1 to {MaxShards}; it is '{text}'.");
    }
}
