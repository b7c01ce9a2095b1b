using Kapman.Recommendation.Data;

namespace Kapman.Recommendation.Apis;

/// <summary>Detail of one recommendation: the row, its legs, the prompt sent to the model (or null) and the latest outcome (or null).</summary>
public sealed record RecommendationDetail(RecommendationDto Recommendation, IReadOnlyList<LegDto> Legs, string? JustificationPrompt, OutcomeDto? Outcome);
