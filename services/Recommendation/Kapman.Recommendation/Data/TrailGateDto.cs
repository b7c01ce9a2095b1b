using Kapman.Recommendation.Decision.Trail;

namespace Kapman.Recommendation.Data;

/// <summary>One stage's verdict as stored in <c>decisions.trail</c> and served by the API: the stage letter, its name, passed or not, the reason and every comparison.</summary>
public sealed record TrailGateDto(string Code, string Stage, bool Passed, string Reason, IReadOnlyList<ComparedValueDto> Compared)
{
    /// <summary>The stored form of <paramref name="verdict"/>.</summary>
    public static TrailGateDto From(GateVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        return new TrailGateDto(verdict.Code, verdict.Stage.ToString(), verdict.Passed, verdict.Reason, verdict.Compared.Select(ComparedValueDto.From).ToList());
    }
}
