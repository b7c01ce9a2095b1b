namespace Kapman.Web.Clients;

/// <summary>Recommendation API <c>GET /recommendations/{id}</c>.</summary>
/// <param name="Recommendation">The recommendation.</param>
/// <param name="Legs">Its legs.</param>
/// <param name="JustificationPrompt">The prompt sent to the model, null for the template writer.</param>
/// <param name="Outcome">Its latest evaluation, null before one.</param>
/// <param name="OptionOutcome">Its latest option-level mark (weekly until expiry), null before one or for a call without contracts.</param>
public sealed record RecommendationDetail(
    RecommendationTerms Recommendation, IReadOnlyList<Leg> Legs, string? JustificationPrompt, Outcome? Outcome, OptionOutcome? OptionOutcome = null);
