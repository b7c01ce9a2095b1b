using Anthropic;
using Anthropic.Models.Messages;

namespace Kapman.Recommendation.Justification;

/// <summary>
/// Justification by an Anthropic messages model (Anthropic 13.12.0, the seeds' default provider); the schema is
/// in the system prompt and the JSON answer is validated. Base URL configurable. Key: ANTHROPIC_API_KEY.
/// </summary>
public sealed class AnthropicJustificationWriter(string model, Uri? endpoint, string? apiKey, TimeSpan timeout)
    : ModelJustificationWriter("anthropic", model, apiKey, timeout, "ANTHROPIC_API_KEY")
{
    /// <inheritdoc />
    protected override async Task<(string Text, string Model)> CompleteAsync(string apiKey, string system, string user, CancellationToken ct)
    {
        var client = endpoint is null
            ? new AnthropicClient { ApiKey = apiKey, Timeout = Timeout, MaxRetries = 0 }
            : new AnthropicClient { ApiKey = apiKey, Timeout = Timeout, MaxRetries = 0, BaseUrl = endpoint.ToString().TrimEnd('/') };
        var message = await client.Messages.Create(
            new MessageCreateParams
            {
                Model = Model,
                MaxTokens = 1024,
                System = system,
                Messages = [new UserMessageParam { Content = user }],
            },
            ct);
        var text = string.Concat(message.Content.Select(block => block.TryPickText(out var t) ? t.Text : string.Empty));
        return (text, message.Model.Raw() ?? Model);
    }
}
