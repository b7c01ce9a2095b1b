using Kapman.LanguageModels;

namespace Kapman.Recommendation.Justification;

/// <summary>Chooses the writer from <see cref="JustificationOptions"/>; keys are read from the environment only.</summary>
public static class JustificationWriterFactory
{
    /// <summary>Default OpenAI model when none is configured.</summary>
    public const string DefaultOpenAiModel = LanguageModelFactory.DefaultOpenAiModel;

    /// <summary>Default Anthropic model when none is configured (the seeds' provider and model).</summary>
    public const string DefaultAnthropicModel = LanguageModelFactory.DefaultAnthropicModel;

    /// <summary>The providers a configuration may name (compared ignoring case).</summary>
    public static readonly IReadOnlyList<string> Providers = LanguageModelFactory.Providers;

    /// <summary>
    /// "openai" and "anthropic" (case-insensitive) give the model writers with the key from
    /// <paramref name="environment"/> (OPENAI_API_KEY, ANTHROPIC_API_KEY); anything else the template writer.
    /// </summary>
    public static IJustificationWriter Create(JustificationOptions options, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        var timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
        return options.Provider.ToUpperInvariant() switch
        {
            "OPENAI" => new OpenAiJustificationWriter(options.Model ?? DefaultOpenAiModel, options.Endpoint, environment(LanguageModelFactory.OpenAiKeyVariable), timeout),
            "ANTHROPIC" => new AnthropicJustificationWriter(options.Model ?? DefaultAnthropicModel, options.Endpoint, environment(LanguageModelFactory.AnthropicKeyVariable), timeout),
            _ => new TemplateJustificationWriter(),
        };
    }
}
