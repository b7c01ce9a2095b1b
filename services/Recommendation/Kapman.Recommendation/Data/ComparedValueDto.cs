using Kapman.Recommendation.Decision.Trail;

namespace Kapman.Recommendation.Data;

/// <summary>One comparison of a gate: <c>Name: Actual Rule Limit</c>; <c>Limit</c> null for an informational value, <c>Actual</c> null when missing.</summary>
public sealed record ComparedValueDto(string Name, double? Actual, string Rule, double? Limit, bool Passed)
{
    /// <summary>The stored form of <paramref name="value"/>.</summary>
    public static ComparedValueDto From(ComparedValue value) => new(value.Name, value.Actual, value.Rule, value.Limit, value.Passed);
}
