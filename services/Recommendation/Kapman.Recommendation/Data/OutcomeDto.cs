namespace Kapman.Recommendation.Data;

/// <summary>A stored evaluation (docs/domain/recommendations.md#outcome-evaluation, seed 000 §5.1 recommendation_outcomes): prices $ per share, excursions and return as fractions of the entry.</summary>
public sealed record OutcomeDto(
    DateOnly EvaluationDate, int EvaluationWindowDays, double EntryPriceActual, double ExitPriceActual, double HighPriceDuringWindow,
    double LowPriceDuringWindow, int? DaysToTarget, int? DaysToStop, int DaysHeld, double MaxFavorableExcursion, double MaxAdverseExcursion,
    bool DirectionCorrect, double PredictedConfidence, double DirectionalBrier, double ActualReturnPct, bool HitProfitTarget, bool HitStopLoss,
    string OutcomeStatus, string Status);
