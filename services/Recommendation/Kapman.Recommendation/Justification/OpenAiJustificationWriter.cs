using Kapman.LanguageModels;

namespace Kapman.Recommendation.Justification;

/// <summary>
/// Justification by an OpenAI chat-completions model (the shared <see cref="OpenAiLanguageModel"/>) with strict JSON-schema output;
/// endpoint and model configurable, so any OpenAI-compatible server works. Key: OPENAI_API_KEY. No retries.
/// </summary>
public sealed class OpenAiJustificationWriter(string model, Uri? endpoint, string? apiKey, TimeSpan timeout)
    : ModelJustificationWriter(new OpenAiLanguageModel(model, endpoint, apiKey, timeout), timeout);
