namespace Kapman.Recommendation.Decision.Thresholds;

/// <summary>Stage A (docs/domain/decision-engine.md#a-universe-and-data, seed 003 §2.5: spot &gt; 0, expirations available).</summary>
/// <param name="Universe">Tickers the bot may trade; empty = no restriction.</param>
/// <param name="MinExpirations">Expirations on or after today the chain must list (1).</param>
public sealed record UniverseThresholds(IReadOnlyList<string> Universe, int MinExpirations = 1)
{
    /// <summary>No restriction, one expiration.</summary>
    public static UniverseThresholds Default { get; } = new([]);
}
