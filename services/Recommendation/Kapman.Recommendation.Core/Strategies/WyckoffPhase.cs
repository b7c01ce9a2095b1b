namespace Kapman.Recommendation.Core.Strategies;

/// <summary>Wyckoff phases of docs/domain/wyckoff-events-and-phases.md#phases (seed 000 §11.1).</summary>
public enum WyckoffPhase
{
    /// <summary>Phase unknown or not given.</summary>
    Unknown,

    /// <summary>A: Accumulation.</summary>
    Accumulation,

    /// <summary>B: Markup.</summary>
    Markup,

    /// <summary>C: Consolidation.</summary>
    Consolidation,

    /// <summary>D: Distribution.</summary>
    Distribution,

    /// <summary>E: Markdown.</summary>
    Markdown,
}
