namespace Kapman.Recommendation.Justification;

/// <summary>A written justification and its provenance, stored with the recommendation.</summary>
/// <param name="Text">The justification text.</param>
/// <param name="Writer">"template", "openai" or "anthropic": who wrote <paramref name="Text"/> (the template after a fallback).</param>
/// <param name="ModelVersion">The model that answered (as reported by the server), or the template version.</param>
/// <param name="Prompt">The prompt sent (system + user), or null when no model was asked.</param>
/// <param name="FallbackReason">Why a model answer was not used (rejection, timeout, error, no key), or null.</param>
public sealed record JustificationResult(string Text, string Writer, string ModelVersion, string? Prompt, string? FallbackReason);
