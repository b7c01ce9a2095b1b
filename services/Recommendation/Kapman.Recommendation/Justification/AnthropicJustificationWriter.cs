using Kapman.LanguageModels;

namespace Kapman.Recommendation.Justification;

/// <summary>
/// Justification by an Anthropic messages model (the shared <see cref="AnthropicLanguageModel"/>, the seeds' default provider); the
/// schema is in the system prompt and the JSON answer is validated. Base URL configurable. Key: ANTHROPIC_API_KEY. No retries.
/// </summary>
public sealed class AnthropicJustificationWriter(string model, Uri? endpoint, string? apiKey, TimeSpan timeout)
    : ModelJustificationWriter(new AnthropicLanguageModel(model, endpoint, apiKey, timeout), timeout);
