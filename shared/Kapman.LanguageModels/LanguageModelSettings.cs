namespace Kapman.LanguageModels;

/// <summary>
/// How a service reaches its model; each service binds these from its own configuration section. Keys never come from
/// configuration, only from the environment variables <see cref="LanguageModelFactory.OpenAiKeyVariable"/> and
/// <see cref="LanguageModelFactory.AnthropicKeyVariable"/>.
/// </summary>
/// <param name="Provider">"template", "openai" or "anthropic", in any case (anything else: template, no model).</param>
/// <param name="Model">Model id; null = the provider's default (<see cref="LanguageModelFactory.DefaultOpenAiModel"/>, <see cref="LanguageModelFactory.DefaultAnthropicModel"/>).</param>
/// <param name="Endpoint">Base address of an OpenAI-compatible server (".../v1") or of the Anthropic API; null = the vendor's.</param>
/// <param name="Timeout">Longest wait for one answer, retries included.</param>
/// <param name="MaxRetries">How many times a 429 (after its <c>retry-after</c>) or a 5xx is retried by the vendor client, 0 = never.</param>
public sealed record LanguageModelSettings(string Provider, string? Model, Uri? Endpoint, TimeSpan Timeout, int MaxRetries = 0);
