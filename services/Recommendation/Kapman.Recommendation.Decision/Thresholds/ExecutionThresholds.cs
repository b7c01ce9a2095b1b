namespace Kapman.Recommendation.Decision.Thresholds;

/// <summary>Stage H (docs/domain/decision-engine.md#h-execution-window, seed 003 §2.5 stage H).</summary>
/// <param name="NoEntryMinutesBeforeClose">No entry in the last this-many minutes of the session (30, the seed's).</param>
public sealed record ExecutionThresholds(int NoEntryMinutesBeforeClose = 30);
