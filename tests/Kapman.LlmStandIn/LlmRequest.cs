using System.Text.Json.Nodes;

namespace Kapman.LlmStandIn;

/// <summary>A request the stand-in received.</summary>
/// <param name="Path"><c>/v1/chat/completions</c> or <c>/v1/messages</c>.</param>
/// <param name="Key">The key presented: <c>x-api-key</c> (Anthropic), else the bearer token of <c>Authorization</c> (OpenAI; the Anthropic C# SDK too), or null.</param>
/// <param name="Body">The JSON body.</param>
/// <param name="Status">The status answered.</param>
/// <param name="At">When it arrived.</param>
public sealed record LlmRequest(string Path, string? Key, JsonNode? Body, int Status, DateTimeOffset At)
{
    /// <summary>The system text: OpenAI's first <c>system</c> message or Anthropic's <c>system</c> field.</summary>
    public string? System => Body?["system"]?.GetValue<string>()
        ?? Body?["messages"]?.AsArray().FirstOrDefault(m => (string?)m?["role"] == "system")?["content"]?.GetValue<string>();

    /// <summary>The last <c>user</c> message's text.</summary>
    public string? User => Body?["messages"]?.AsArray().LastOrDefault(m => (string?)m?["role"] == "user")?["content"] is { } content
        ? content is JsonValue ? content.GetValue<string>() : string.Concat(content.AsArray().Select(p => (string?)p?["text"]))
        : null;
}
