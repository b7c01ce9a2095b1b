using Kapman.Recommendation.Decision.Structures;

namespace Kapman.Recommendation.Decisions;

/// <summary>Parses the seed's structure codes (<c>iron_condor</c>, ...) back into <see cref="StructureType"/>.</summary>
public static class StructureCodes
{
    /// <summary>True when <paramref name="code"/> (case-insensitive) names a structure the core builds.</summary>
    public static bool TryParse(string? code, out StructureType type)
    {
        foreach (var candidate in Enum.GetValues<StructureType>())
        {
            if (string.Equals(candidate.Code(), code, StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }
}
