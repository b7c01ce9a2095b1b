namespace Kapman.LanguageModels;

/// <summary>A chat model behind a vendor API (OpenAI chat completions or Anthropic messages). Implementations keep the key private and never log it.</summary>
public interface ILanguageModel
{
    /// <summary>"openai" or "anthropic".</summary>
    string Provider { get; }

    /// <summary>The configured model id.</summary>
    string Model { get; }

    /// <summary>The environment variable the key comes from (OPENAI_API_KEY or ANTHROPIC_API_KEY).</summary>
    string KeyVariable { get; }

    /// <summary>True when a key was given; without one <see cref="CompleteAsync"/> is never called by the writers.</summary>
    bool HasKey { get; }

    /// <summary>Asks the model once (plus the configured retries of a 429 or 5xx); returns its text and the model id it reports.</summary>
    /// <exception cref="InvalidOperationException">No key was given.</exception>
    Task<ModelCompletion> CompleteAsync(ModelPrompt prompt, CancellationToken ct);
}
