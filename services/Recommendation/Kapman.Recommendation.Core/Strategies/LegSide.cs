namespace Kapman.Recommendation.Core.Strategies;

/// <summary>Whether a leg is bought or sold.</summary>
public enum LegSide
{
    /// <summary>Bought (long the option).</summary>
    Buy,

    /// <summary>Sold (short the option).</summary>
    Sell,
}
