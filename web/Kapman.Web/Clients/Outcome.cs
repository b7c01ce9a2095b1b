namespace Kapman.Web.Clients;

/// <summary>The latest evaluation of a recommendation (recommendation API, <c>outcome</c>).</summary>
/// <param name="EvaluationDate">When it was evaluated.</param>
/// <param name="EvaluationWindowDays">Window evaluated, days.</param>
/// <param name="DirectionCorrect">Whether the underlying moved the predicted way.</param>
/// <param name="DirectionalBrier">(confidence - hit)², 0 best, 1 worst.</param>
/// <param name="ActualReturnPct">Return as a fraction of the entry.</param>
/// <param name="HitProfitTarget">Whether the target was reached.</param>
/// <param name="HitStopLoss">Whether the stop was hit.</param>
/// <param name="OutcomeStatus">The service's outcome label.</param>
public sealed record Outcome(
    DateOnly EvaluationDate, int EvaluationWindowDays, bool DirectionCorrect, double DirectionalBrier, double ActualReturnPct,
    bool HitProfitTarget, bool HitStopLoss, string OutcomeStatus);
