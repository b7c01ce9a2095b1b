using System.Globalization;
using System.Text.Json.Nodes;

namespace Kapman.LlmStandIn;

/// <summary>
/// The two documented wire formats, non-streaming:
/// <list type="bullet">
/// <item>OpenAI Chat Completions, <c>POST /v1/chat/completions</c>, <c>Authorization: Bearer KEY</c>, body <c>{model, messages:[{role, content}], ...}</c>;
/// answer <c>{id, object:"chat.completion", created, model, choices:[{index, message:{role:"assistant", content, refusal}, logprobs, finish_reason:"stop"}], usage}</c>;
/// errors <c>{error:{message, type, param, code}}</c> (429 <c>rate_limit_exceeded</c>, 500 <c>server_error</c>).</item>
/// <item>Anthropic Messages, <c>POST /v1/messages</c>, <c>x-api-key</c> (or <c>Authorization: Bearer</c>, which the C# SDK 13.12 sends) and <c>anthropic-version</c> headers, body <c>{model, max_tokens, system?, messages}</c>;
/// answer <c>{id:"msg_…", type:"message", role:"assistant", model, content:[{type:"text", text}], stop_reason:"end_turn", stop_sequence, usage}</c>;
/// errors <c>{type:"error", error:{type, message}}</c> (429 <c>rate_limit_error</c>, 500 <c>api_error</c>, 529 <c>overloaded_error</c>).</item>
/// </list>
/// A 429 carries <c>retry-after</c> in seconds. A request without its key is answered 401; one without <c>model</c> or <c>messages</c> 400.
/// </summary>
public static class LlmEndpoints
{
    /// <summary>Maps both endpoints on <paramref name="app"/>.</summary>
    public static void MapLlmStandIn(this IEndpointRouteBuilder app, LlmState state)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost("/v1/chat/completions", context => AnswerAsync(context, state, openAi: true));
        app.MapPost("/v1/messages", context => AnswerAsync(context, state, openAi: false));
    }

    private static async Task AnswerAsync(HttpContext context, LlmState state, bool openAi)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body);
        var bearer = context.Request.Headers.Authorization.FirstOrDefault() is { } auth && auth.StartsWith("Bearer ", StringComparison.Ordinal) ? auth[7..] : null;
        var key = openAi ? bearer : context.Request.Headers["x-api-key"].FirstOrDefault() ?? bearer;
        var at = state.Clock.GetUtcNow();
        if (string.IsNullOrEmpty(key) || (state.ExpectedKey is { } expected && key != expected)
            || (!openAi && string.IsNullOrEmpty(context.Request.Headers["anthropic-version"].FirstOrDefault())))
        {
            state.Record(new LlmRequest(context.Request.Path, key, body, 401, at));
            await Error(context, openAi, 401, openAi ? "invalid_request_error" : "authentication_error", "invalid api key ");
            return;
        }

        var model = (string?)body?["model"];
        if (string.IsNullOrEmpty(model) || body?["messages"] is not JsonArray { Count: > 0 } || (!openAi && body?["max_tokens"] is null))
        {
            state.Record(new LlmRequest(context.Request.Path, key, body, 400, at));
            await Error(context, openAi, 400, "invalid_request_error", "model, messages (and max_tokens for messages) are required");
            return;
        }

        var reply = state.Next();
        state.Record(new LlmRequest(context.Request.Path, key, body, reply.Status, at));
        switch (reply.Status)
        {
            case 200:
                await context.Response.WriteAsJsonAsync(openAi ? OpenAiAnswer(reply) : AnthropicAnswer(reply));
                return;
            case 429:
                context.Response.Headers["retry-after"] = reply.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                await Error(context, openAi, 429, openAi ? "rate_limit_exceeded" : "rate_limit_error", "Rate limit reached; retry after the retry-after header.");
                return;
            default:
                await Error(context, openAi, reply.Status, openAi ? "server_error" : reply.Status == 529 ? "overloaded_error" : "api_error", "The server had an error.");
                return;
        }
    }

    private static JsonObject OpenAiAnswer(LlmReply reply) => new()
    {
        ["id"] = "chatcmpl-" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture),
        ["object"] = "chat.completion",
        ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["model"] = reply.Model,
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = reply.Text, ["refusal"] = null },
            ["logprobs"] = null,
            ["finish_reason"] = "stop",
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 100, ["completion_tokens"] = 50, ["total_tokens"] = 150 },
    };

    private static JsonObject AnthropicAnswer(LlmReply reply) => new()
    {
        ["id"] = "msg_" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture),
        ["type"] = "message",
        ["role"] = "assistant",
        ["model"] = reply.Model,
        ["content"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = reply.Text }),
        ["stop_reason"] = "end_turn",
        ["stop_sequence"] = null,
        ["usage"] = new JsonObject { ["input_tokens"] = 100, ["output_tokens"] = 50 },
    };

    private static Task Error(HttpContext context, bool openAi, int status, string type, string message)
    {
        context.Response.StatusCode = status;
        JsonObject body = openAi
            ? new() { ["error"] = new JsonObject { ["message"] = message, ["type"] = type, ["param"] = null, ["code"] = type } }
            : new() { ["type"] = "error", ["error"] = new JsonObject { ["type"] = type, ["message"] = message } };
        return context.Response.WriteAsJsonAsync(body);
    }
}
