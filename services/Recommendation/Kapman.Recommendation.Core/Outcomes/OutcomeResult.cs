namespace Kapman.Recommendation.Core.Outcomes;

/// <summary>
/// An evaluation (docs/domain/recommendations.md#outcome-evaluation, seed 000 §5.1 <c>recommendation_outcomes</c>). Prices $ per share; excursions and return are
/// fractions of the entry (0.05 = 5 %); days count window sessions, the first one being 1.
/// </summary>
/// <param name="EvaluationDate">Last bar used.</param>
/// <param name="WindowSessions">Sessions evaluated.</param>
/// <param name="EntryPrice">Open of the first session after the call.</param>
/// <param name="ExitPrice">Target if hit first, stop if hit first, else the last close.</param>
/// <param name="High">Highest high in the window.</param>
/// <param name="Low">Lowest low in the window.</param>
/// <param name="DaysToTarget">First session reaching the target, or null.</param>
/// <param name="DaysToStop">First session reaching the stop, or null.</param>
/// <param name="DaysHeld">Sessions until exit.</param>
/// <param name="MaxFavorableExcursion">LONG (High − entry)/entry; SHORT (entry − Low)/entry.</param>
/// <param name="MaxAdverseExcursion">LONG (entry − Low)/entry; SHORT (High − entry)/entry.</param>
/// <param name="DirectionCorrect">LONG: exit &gt; entry; SHORT: exit &lt; entry.</param>
/// <param name="PredictedConfidence">p.</param>
/// <param name="DirectionalBrier">(p − o)², o = 1 when the direction was right, else 0.</param>
/// <param name="ActualReturn">(exit − entry)/entry, sign-flipped for SHORT.</param>
/// <param name="HitTarget">Target reached before the stop.</param>
/// <param name="HitStop">Stop reached first (a session touching both counts as the stop: conservative).</param>
/// <param name="Outcome">WIN (target), LOSS (stop) or NEUTRAL.</param>
/// <param name="Status">See <see cref="OutcomeStatus"/>.</param>
public sealed record OutcomeResult(
    DateOnly EvaluationDate,
    int WindowSessions,
    double EntryPrice,
    double ExitPrice,
    double High,
    double Low,
    int? DaysToTarget,
    int? DaysToStop,
    int DaysHeld,
    double MaxFavorableExcursion,
    double MaxAdverseExcursion,
    bool DirectionCorrect,
    double PredictedConfidence,
    double DirectionalBrier,
    double ActualReturn,
    bool HitTarget,
    bool HitStop,
    string Outcome,
    string Status);
