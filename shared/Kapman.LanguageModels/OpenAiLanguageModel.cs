using System.ClientModel;
using System.ClientModel.Primitives;
using OpenAI;
using OpenAI.Chat;

namespace Kapman.LanguageModels;

/// <summary>
/// An OpenAI chat-completions model (OpenAI 2.15.0, <c>POST {endpoint}/chat/completions</c>, key as <c>Authorization: Bearer</c>) at
/// temperature 0, with strict JSON-schema output when the prompt has a schema; endpoint and model configurable, so any
/// OpenAI-compatible server works. Retries (429 after its <c>retry-after</c>, 5xx) are the SDK's <see cref="ClientRetryPolicy"/>.
/// </summary>
public sealed class OpenAiLanguageModel(string model, Uri? endpoint, string? apiKey, TimeSpan timeout, int maxRetries = 0) : ILanguageModel
{
    /// <inheritdoc />
    public string Provider => "openai";

    /// <inheritdoc />
    public string Model { get; } = model;

    /// <inheritdoc />
    public string KeyVariable => LanguageModelFactory.OpenAiKeyVariable;

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

        var options = new OpenAIClientOptions { NetworkTimeout = timeout, RetryPolicy = new ClientRetryPolicy(maxRetries) };
        if (endpoint is not null)
        {
            options.Endpoint = endpoint;
        }

        var client = new ChatClient(Model, new ApiKeyCredential(apiKey!), options);
        var chat = new ChatCompletionOptions { Temperature = 0 };
        if (prompt.Schema is { } schema)
        {
            chat.ResponseFormat = ChatResponseFormat.CreateJsonSchemaFormat(schema.Name, BinaryData.FromString(schema.Json), jsonSchemaIsStrict: true);
        }

        var completion = (await client.CompleteChatAsync([new SystemChatMessage(prompt.System), new UserChatMessage(prompt.User)], chat, ct)).Value;
        return new ModelCompletion(string.Concat(completion.Content.Select(part => part.Text)), completion.Model ?? Model);
    }
}
