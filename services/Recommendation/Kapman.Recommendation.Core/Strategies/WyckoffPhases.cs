namespace Kapman.Recommendation.Core.Strategies;

/// <summary>Reads a stored phase label into <see cref="WyckoffPhase"/>.</summary>
public static class WyckoffPhases
{
    /// <summary>
    /// Accepts the seed's letters "A".."E" or the names ("ACCUMULATION", "Markup", ...), case-insensitively;
    /// anything else, including null, is <see cref="WyckoffPhase.Unknown"/>.
    /// </summary>
    public static WyckoffPhase Parse(string? label) => label?.Trim().ToUpperInvariant() switch
    {
        "A" or "ACCUMULATION" => WyckoffPhase.Accumulation,
        "B" or "MARKUP" => WyckoffPhase.Markup,
        "C" or "CONSOLIDATION" => WyckoffPhase.Consolidation,
        "D" or "DISTRIBUTION" => WyckoffPhase.Distribution,
        "E" or "MARKDOWN" => WyckoffPhase.Markdown,
        _ => WyckoffPhase.Unknown,
    };
}
