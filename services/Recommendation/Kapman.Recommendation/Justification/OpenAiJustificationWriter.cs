using System.ClientModel;
using Kapman.Recommendation.Core.Justification;
using OpenAI;
using OpenAI.Chat;

namespace Kapman.Recommendation.Justification;

/// <summary>
/// Justification by an OpenAI chat-completions model (OpenAI 2.15.0) with strict JSON-schema output; endpoint and
/// model configurable, so any OpenAI-compatible server works. Key: OPENAI_API_KEY.
/// </summary>
public sealed class OpenAiJustificationWriter(string model, Uri? endpoint, string? apiKey, TimeSpan timeout)
    : ModelJustificationWriter("openai", model, apiKey, timeout, "OPENAI_API_KEY")
{
    /// <inheritdoc />
    protected override async Task<(string Text, string Model)> CompleteAsync(string apiKey, string system, string user, CancellationToken ct)
    {
        var options = new OpenAIClientOptions { NetworkTimeout = Timeout, RetryPolicy = new System.ClientModel.Primitives.ClientRetryPolicy(0) };
        if (endpoint is not null)
        {
            options.Endpoint = endpoint;
        }

        var client = new ChatClient(Model, new ApiKeyCredential(apiKey), options);
        var completion = (await client.CompleteChatAsync(
            [new SystemChatMessage(system), new UserChatMessage(user)],
            new ChatCompletionOptions
            {
                Temperature = 0,
                ResponseFormat = ChatResponseFormat.CreateJsonSchemaFormat(JustificationSchema.Name, BinaryData.FromString(JustificationSchema.Json), jsonSchemaIsStrict: true),
            },
            ct)).Value;
        return (string.Concat(completion.Content.Select(part => part.Text)), completion.Model ?? Model);
    }
}
