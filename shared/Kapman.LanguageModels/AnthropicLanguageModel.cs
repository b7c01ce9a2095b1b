using Anthropic;
using Anthropic.Models.Messages;

namespace Kapman.LanguageModels;

/// <summary>
/// An Anthropic messages model (Anthropic 13.12.0, <c>POST {endpoint}/v1/messages</c>, key as a bearer <c>Authorization</c> header (what the C# SDK 13.12 sends); the seeds' default
/// provider); a prompt's schema is appended to the system text by the caller. Base URL configurable. Retries (429 after its
/// <c>retry-after</c>, 5xx) are the SDK's.
/// </summary>
public sealed class AnthropicLanguageModel(string model, Uri? endpoint, string? apiKey, TimeSpan timeout, int maxRetries = 0) : ILanguageModel
{
    /// <summary>Most tokens an answer may use.</summary>
    public const int MaxTokens = 1024;

    /// <inheritdoc />
    public string Provider => "anthropic";

    /// <inheritdoc />
    public string Model { get; } = model;

    /// <inheritdoc />
    public string KeyVariable => LanguageModelFactory.AnthropicKeyVariable;

    /// <inheritdoc />
    public bool HasKey => !string.IsNullOrEmpty(apiKey);

    /// <inheritdoc />
    public async Task<ModelCompletion> CompleteAsync(ModelPrompt prompt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        if (!HasKey)
        {
            throw new InvalidOperationException($"{KeyVariable} is not set");
        }

        var client = endpoint is null
            ? new AnthropicClient { ApiKey = apiKey!, Timeout = timeout, MaxRetries = maxRetries }
            : new AnthropicClient { ApiKey = apiKey!, Timeout = timeout, MaxRetries = maxRetries, BaseUrl = endpoint.ToString().TrimEnd('/') };
        var message = await client.Messages.Create(
            new MessageCreateParams
            {
                Model = Model,
                MaxTokens = MaxTokens,
                System = prompt.System,
                Messages = [new UserMessageParam { Content = prompt.User }],
            },
            ct);
        var text = string.Concat(message.Content.Select(block => block.TryPickText(out var t) ? t.Text : string.Empty));
        return new ModelCompletion(text, message.Model.Raw() ?? Model);
    }
}
