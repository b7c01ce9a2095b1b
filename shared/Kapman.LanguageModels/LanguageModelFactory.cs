namespace Kapman.LanguageModels;

/// <summary>Chooses the model client from <see cref="LanguageModelSettings"/>; the key is read from the environment only.</summary>
public static class LanguageModelFactory
{
    /// <summary>The OpenAI key's environment variable.</summary>
    public const string OpenAiKeyVariable = "OPENAI_API_KEY";

    /// <summary>The Anthropic key's environment variable.</summary>
    public const string AnthropicKeyVariable = "ANTHROPIC_API_KEY";

    /// <summary>Default OpenAI model when none is configured.</summary>
    public const string DefaultOpenAiModel = "gpt-4o-mini";

    /// <summary>Default Anthropic model when none is configured (the seeds' provider and model).</summary>
    public const string DefaultAnthropicModel = "claude-sonnet-4-20250514";

    /// <summary>The providers a configuration may name (compared ignoring case).</summary>
    public static readonly IReadOnlyList<string> Providers = ["template", "openai", "anthropic"];

    /// <summary>
    /// "openai" and "anthropic" (case-insensitive) give the vendor's client with the key from <paramref name="environment"/>
    /// (only that provider's variable is read); anything else null (the template, no model).
    /// </summary>
    public static ILanguageModel? Create(LanguageModelSettings settings, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(environment);
        return settings.Provider.ToUpperInvariant() switch
        {
            "OPENAI" => new OpenAiLanguageModel(settings.Model ?? DefaultOpenAiModel, settings.Endpoint, environment(OpenAiKeyVariable), settings.Timeout, settings.MaxRetries),
            "ANTHROPIC" => new AnthropicLanguageModel(settings.Model ?? DefaultAnthropicModel, settings.Endpoint, environment(AnthropicKeyVariable), settings.Timeout, settings.MaxRetries),
            _ => null,
        };
    }
}
