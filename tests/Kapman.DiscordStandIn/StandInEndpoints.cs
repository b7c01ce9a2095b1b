using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kapman.DiscordStandIn;

/// <summary>
/// Discord's Execute Webhook (<c>POST /api/webhooks/{webhook.id}/{webhook.token}</c>, also under <c>/api/v10/</c>): 404
/// <c>{"message": "Unknown Webhook", "code": 10015}</c> for an unknown id or a wrong token, a scripted 429 or error first, then 400 for
/// a body Discord refuses (<see cref="BodyValidator"/>), else the created message object with <c>?wait=true</c> (200) or 204 without.
/// Answers carry the <c>X-RateLimit-*</c> headers; every request is recorded with its arrival time.
/// </summary>
public static class StandInEndpoints
{
    private const string Bucket = "a06de1d1c5e5a1f2b4d3f6c5e8b7a9d0";

    /// <summary>Maps the webhook endpoint onto <paramref name="app"/>.</summary>
    public static void MapDiscordStandIn(this WebApplication app, StandInState state)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(state);
        app.MapPost("/api/webhooks/{id}/{token}", (HttpContext context, string id, string token, bool? wait) => ExecuteAsync(context, state, id, token, wait ?? false));
        app.MapPost("/api/v10/webhooks/{id}/{token}", (HttpContext context, string id, string token, bool? wait) => ExecuteAsync(context, state, id, token, wait ?? false));
    }

    private static async Task<IResult> ExecuteAsync(HttpContext context, StandInState state, string id, string token, bool wait)
    {
        var arrivedAt = state.Clock.GetUtcNow();
        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException)
        {
            body = null;
        }

        if (state.IsKnown(id, token) && state.PeekHang(id) is { } hold)
        {
            state.Record(new ReceivedPost(id, body, arrivedAt, 504, null));
            await Task.Delay(TimeSpan.FromSeconds(hold), CancellationToken.None);
            return Json(504, new JsonObject { ["message"] = "Gateway Timeout", ["code"] = 0 });
        }

        var (result, status, messageId) = Answer(context.Response, state, id, token, wait, body, arrivedAt);
        state.Record(new ReceivedPost(id, body, arrivedAt, status, messageId));
        return result;
    }

    private static (IResult Result, int Status, string? MessageId) Answer(HttpResponse response, StandInState state, string id, string token, bool wait,
        JsonNode? body, DateTimeOffset now)
    {
        if (!state.IsKnown(id, token))
        {
            return (Json(404, new JsonObject { ["message"] = "Unknown Webhook", ["code"] = 10015 }), 404, null);
        }

        if (state.NextScript(id) is { } script)
        {
            if (script.Status == 429)
            {
                var headers = response.Headers;
                headers["Retry-After"] = Math.Ceiling(script.RetryAfterSeconds).ToString(CultureInfo.InvariantCulture);
                RateLimitHeaders(response, now, 0, script.RetryAfterSeconds);
                headers["X-RateLimit-Scope"] = script.Global ? "global" : "shared";
                if (script.Global)
                {
                    headers["X-RateLimit-Global"] = "true";
                }

                return (Json(429, new JsonObject
                {
                    ["message"] = "You are being rate limited.",
                    ["retry_after"] = script.RetryAfterSeconds,
                    ["global"] = script.Global,
                }), 429, null);
            }

            return (Json(script.Status, new JsonObject { ["message"] = Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(script.Status), ["code"] = 0 }), script.Status, null);
        }

        if (BodyValidator.Problem(body) is { } problem)
        {
            return (Json(400, problem), 400, null);
        }

        RateLimitHeaders(response, now, 4, 1);
        var messageId = state.NewMessageId();
        if (!wait)
        {
            return (Results.NoContent(), 204, messageId);
        }

        var message = (JsonObject)body!;
        var embeds = message["embeds"] is JsonArray sent ? (JsonArray)sent.DeepClone() : [];
        foreach (var embed in embeds.OfType<JsonObject>())
        {
            embed["type"] = "rich";
        }

        return (Json(200, new JsonObject
        {
            ["id"] = messageId,
            ["type"] = 0,
            ["content"] = message["content"]?.DeepClone() ?? "",
            ["channel_id"] = "1200000000000000" + id[^Math.Min(3, id.Length)..],
            ["author"] = new JsonObject { ["bot"] = true, ["id"] = id, ["username"] = "Kapman", ["avatar"] = null, ["discriminator"] = "0000" },
            ["attachments"] = new JsonArray(),
            ["embeds"] = embeds,
            ["mentions"] = new JsonArray(),
            ["mention_roles"] = new JsonArray(),
            ["pinned"] = false,
            ["mention_everyone"] = false,
            ["tts"] = false,
            ["timestamp"] = now.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture),
            ["edited_timestamp"] = null,
            ["flags"] = 0,
            ["components"] = new JsonArray(),
            ["webhook_id"] = id,
        }), 200, messageId);
    }

    private static void RateLimitHeaders(HttpResponse response, DateTimeOffset now, int remaining, double resetAfter)
    {
        var headers = response.Headers;
        headers["X-RateLimit-Limit"] = "5";
        headers["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = ((now.ToUnixTimeMilliseconds() / 1000.0) + resetAfter).ToString("0.000", CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset-After"] = resetAfter.ToString("0.000", CultureInfo.InvariantCulture);
        headers["X-RateLimit-Bucket"] = Bucket;
    }

    private static IResult Json(int status, JsonObject body) => Results.Content(body.ToJsonString(), "application/json", null, status);
}
