using Kapman.Recommendation.Data;

namespace Kapman.Recommendation.Apis;

/// <summary>
/// Detail of one recommendation: the row, its legs, the prompt sent to the model (or null), the latest directional outcome (or null) and
/// the latest option-level mark (issue 22 item 5, or null).
/// </summary>
public sealed record RecommendationDetail(
    RecommendationDto Recommendation, IReadOnlyList<LegDto> Legs, string? JustificationPrompt, OutcomeDto? Outcome, OptionOutcomeDto? OptionOutcome);
