namespace Kapman.Recommendation.Core.Outcomes;

/// <summary>Accuracy overall, by phase, by strategy and by signal, and the reliability table.</summary>
public sealed record AccuracySummary(
    AccuracyGroup Overall,
    IReadOnlyList<AccuracyGroup> ByPhase,
    IReadOnlyList<AccuracyGroup> ByStrategy,
    IReadOnlyList<AccuracyGroup> BySignal,
    IReadOnlyList<ReliabilityBucket> Reliability);
