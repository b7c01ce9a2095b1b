namespace Kapman.Web.Clients;

/// <summary>Recommendation API <c>GET /recommendations/accuracy</c>.</summary>
/// <param name="Overall">All scored calls.</param>
/// <param name="ByPhase">By Wyckoff phase.</param>
/// <param name="ByStrategy">By strategy.</param>
/// <param name="BySignal">By signal.</param>
/// <param name="Reliability">The reliability table for the calibration plot.</param>
public sealed record AccuracySummary(
    AccuracyGroup Overall,
    IReadOnlyList<AccuracyGroup> ByPhase,
    IReadOnlyList<AccuracyGroup> ByStrategy,
    IReadOnlyList<AccuracyGroup> BySignal,
    IReadOnlyList<ReliabilityBucket> Reliability);
