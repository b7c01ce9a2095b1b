namespace Kapman.Recommendation.Core.Outcomes;

/// <summary>A directional call to evaluate.</summary>
/// <param name="SessionDate">Session the call was made on (after its close).</param>
/// <param name="Direction">"LONG" or "SHORT" (a NEUTRAL call is not scored).</param>
/// <param name="Confidence">p, the stated probability that the direction is right, 0..1.</param>
/// <param name="Target">Underlying profit target, $ per share.</param>
/// <param name="Stop">Underlying stop, $ per share.</param>
/// <param name="WindowEnd">Last day of the evaluation window (the option's expiry, or session + N days for underlying-only calls).</param>
public sealed record OutcomeRequest(DateOnly SessionDate, string Direction, double Confidence, double Target, double Stop, DateOnly WindowEnd);
