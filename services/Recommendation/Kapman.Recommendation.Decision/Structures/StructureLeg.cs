using Kapman.Recommendation.Decision.Chain;

namespace Kapman.Recommendation.Decision.Structures;

/// <summary>One leg of a structure: a contract and its signed quantity per structure (−1 sold, +1 bought).</summary>
/// <param name="Quote">The contract.</param>
/// <param name="Quantity">Signed contracts per one structure.</param>
/// <param name="Delta">The delta used to select it (per share; from the feed or the model).</param>
public sealed record StructureLeg(ChainQuote Quote, int Quantity, double Delta)
{
    /// <summary>True for a sold leg.</summary>
    public bool IsShort => Quantity < 0;
}
