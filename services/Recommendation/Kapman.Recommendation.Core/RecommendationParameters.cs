namespace Kapman.Recommendation.Core;

/// <summary>Tuning of <see cref="RecommendationEngine"/>.</summary>
/// <param name="MinDte">Shortest days to expiry considered, inclusive (seed 000 §5.4: long calls/puts 30–90 days).</param>
/// <param name="MaxDte">Longest days to expiry considered, inclusive.</param>
/// <param name="TargetAbsDelta">The |delta| sought, 0 &lt; x ≤ 1 (0.50 = at the money).</param>
/// <param name="MinOpenInterest">Smallest open interest a contract needs to be liquid enough, ≥ 0.</param>
/// <param name="ModelVersion">Written into every decision.</param>
public sealed record RecommendationParameters(
    int MinDte = 30,
    int MaxDte = 90,
    double TargetAbsDelta = 0.50,
    long MinOpenInterest = 1,
    string ModelVersion = "recommendation-1.0.0");
