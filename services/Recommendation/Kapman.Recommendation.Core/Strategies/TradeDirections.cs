namespace Kapman.Recommendation.Core.Strategies;

/// <summary>Direction of a recommendation (docs/domain/recommendations.md#strategy-selection, seed 000 §5.1 <c>recommendations.direction</c>).</summary>
public static class TradeDirections
{
    /// <summary>Bullish: profits when the underlying rises (or does not fall, for short puts).</summary>
    public const string Bullish = "LONG";

    /// <summary>Bearish: profits when the underlying falls.</summary>
    public const string Bearish = "SHORT";

    /// <summary>No directional view.</summary>
    public const string Neutral = "NEUTRAL";
}
