namespace Kapman.Web.Clients;

/// <summary>Recommendation API <c>GET /recommendations/accuracy</c>.</summary>
/// <param name="Overall">All scored calls.</param>
/// <param name="ByPhase">By Wyckoff phase.</param>
/// <param name="ByStrategy">By strategy.</param>
/// <param name="BySignal">By signal.</param>
/// <param name="Reliability">The reliability table for the calibration plot.</param>
/// <param name="SkillLower">Lower end of the overall Brier skill's 95 % bootstrap interval, when the service computed it.</param>
/// <param name="SkillUpper">Upper end of that interval.</param>
public sealed record AccuracySummary(
    AccuracyGroup Overall,
    IReadOnlyList<AccuracyGroup> ByPhase,
    IReadOnlyList<AccuracyGroup> ByStrategy,
    IReadOnlyList<AccuracyGroup> BySignal,
    IReadOnlyList<ReliabilityBucket> Reliability,
    double? SkillLower = null,
    double? SkillUpper = null);
