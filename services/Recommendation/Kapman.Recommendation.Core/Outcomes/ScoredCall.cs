namespace Kapman.Recommendation.Core.Outcomes;

/// <summary>One scored directional call with the labels it is grouped by.</summary>
/// <param name="Confidence">p, 0..1.</param>
/// <param name="DirectionCorrect">o = 1 when true.</param>
/// <param name="Phase">Wyckoff phase label, or "UNKNOWN".</param>
/// <param name="Strategy">Strategy code, or "UNDERLYING" for a call without a chain.</param>
/// <param name="Signal">Triggering event / alert, e.g. "SPRING_ENTRY".</param>
public sealed record ScoredCall(double Confidence, bool DirectionCorrect, string Phase, string Strategy, string Signal);
