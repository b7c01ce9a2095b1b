namespace Kapman.Recommendation.Core.Outcomes;

/// <summary>Accuracy overall, by phase, by strategy and by signal, and the reliability table.</summary>
/// <param name="Overall">All calls.</param>
/// <param name="ByPhase">By Wyckoff phase.</param>
/// <param name="ByStrategy">By strategy.</param>
/// <param name="BySignal">By signal.</param>
/// <param name="Reliability">Equal-width bins of predicted probability: counts, mean p, observed frequency.</param>
/// <param name="SkillLower">Lower end of the overall Brier skill's percentile-bootstrap interval, when computed (<see cref="Calibration.BrierBootstrap"/>).</param>
/// <param name="SkillUpper">Upper end of that interval.</param>
public sealed record AccuracySummary(
    AccuracyGroup Overall,
    IReadOnlyList<AccuracyGroup> ByPhase,
    IReadOnlyList<AccuracyGroup> ByStrategy,
    IReadOnlyList<AccuracyGroup> BySignal,
    IReadOnlyList<ReliabilityBucket> Reliability,
    double? SkillLower = null,
    double? SkillUpper = null);
