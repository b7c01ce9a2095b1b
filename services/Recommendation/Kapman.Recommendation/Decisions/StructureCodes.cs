using Kapman.Recommendation.Decision.Structures;

namespace Kapman.Recommendation.Decisions;

/// <summary>Parses the seed's structure codes (<c>iron_condor</c>, ...) back into <see cref="StructureType"/>.</summary>
public static class StructureCodes
{
    /// <summary>
    /// True when <paramref name="code"/> (case-insensitive) names a structure the core builds; <c>iron_butterfly</c> is an alias
    /// of <c>iron_fly</c> (<see cref="StructureTypes.TryParse"/>).
    /// </summary>
    public static bool TryParse(string? code, out StructureType type) => StructureTypes.TryParse(code, out type);
}
