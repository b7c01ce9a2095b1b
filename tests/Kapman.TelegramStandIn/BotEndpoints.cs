using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kapman.TelegramStandIn;

/// <summary>
/// The Bot API methods the notification service uses, as documented at https://core.telegram.org/bots/api: requests
/// <c>GET|POST /bot{token}/{method}</c> with a JSON body, a query string or form fields; answers <c>{"ok":true,"result":...}</c> or
/// <c>{"ok":false,"error_code":N,"description":"..."}</c> with the same HTTP status, plus <c>"parameters":{"retry_after":N}</c> on 429.
/// <c>sendMessage</c> takes <c>parse_mode</c> HTML (<see cref="HtmlStyle"/>: a message that does not parse is refused with 400, and the
/// stored text is the visible one) or none; any other mode is refused here. Webhooks: <c>setWebhook</c> (<c>url</c>, <c>secret_token</c>), <c>deleteWebhook</c> (<c>drop_pending_updates</c>) and
/// <c>getWebhookInfo</c>; while a webhook is set, <c>getUpdates</c> answers 409 and <see cref="WebhookPusher"/> POSTs each update to it.
/// </summary>
public static class BotEndpoints
{
    /// <summary>Maps the stand-in's routes onto <paramref name="app"/>.</summary>
    public static void MapTelegramStandIn(this WebApplication app, BotState state)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapMethods("/bot{token}/{method}", ["GET", "POST"], (HttpContext context, string token, string method) => HandleAsync(context, state, token, method));
    }

    private static async Task<IResult> HandleAsync(HttpContext context, BotState state, string token, string method)
    {
        if (!string.Equals(token, state.Token, StringComparison.Ordinal))
        {
            return Error(401, "Unauthorized");
        }

        var parameters = await ReadParametersAsync(context.Request);
        if (state.TakeRateLimit(method) is { } retryAfter)
        {
            state.Record(method, parameters, 429);
            return Results.Json(new JsonObject
            {
                ["ok"] = false,
                ["error_code"] = 429,
                ["description"] = $"Too Many Requests: retry after {retryAfter}",
                ["parameters"] = new JsonObject { ["retry_after"] = retryAfter },
            }, statusCode: 429);
        }

        var (status, result) = method switch
        {
            "getMe" => Ok(state.BotUser()),
            "sendMessage" => SendMessage(state, parameters),
            "getUpdates" when state.WebhookUrl.Length > 0 => (409, JsonValue.Create("Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first")),
            "getUpdates" => await GetUpdatesAsync(state, parameters, context.RequestAborted),
            "setWebhook" => Text(parameters, "url") is { } url
                ? state.SetWebhook(url, Text(parameters, "secret_token")) is { } refused ? Bad(refused) : Ok(true)
                : Bad("Bad Request: parameter \"url\" is required"),
            "deleteWebhook" => DeleteWebhook(state, parameters),
            "getWebhookInfo" => Ok(state.WebhookInfo()),
            "answerCallbackQuery" => Text(parameters, "callback_query_id") is null ? Bad("Bad Request: query is too old and response timeout expired or query ID is invalid") : Ok(true),
            "editMessageText" => Edit(state, parameters, Text(parameters, "text") ?? string.Empty),
            "editMessageReplyMarkup" => Edit(state, parameters, null),
            _ => (404, (JsonNode?)null),
        };
        state.Record(method, parameters, status);
        return status switch
        {
            200 => Results.Json(new JsonObject { ["ok"] = true, ["result"] = result }),
            404 => Error(404, "Not Found"),
            _ => Error(status, (string)result!),
        };
    }

    private static (int, JsonNode?) SendMessage(BotState state, JsonObject parameters)
    {
        if (Number(parameters, "chat_id") is not { } chat)
        {
            return Bad("Bad Request: chat not found");
        }

        if (string.IsNullOrEmpty(Text(parameters, "text")))
        {
            return Bad("Bad Request: message text is empty");
        }

        var text = Text(parameters, "text")!;
        switch (Text(parameters, "parse_mode"))
        {
            case null or "":
                break;
            case "HTML":
                var (visible, error) = HtmlStyle.Parse(text);
                if (error is not null)
                {
                    return Bad(error);
                }

                text = visible!;
                break;
            default:
                return Bad("Bad Request: unsupported parse_mode");
        }

        if (text.Length > 4096)
        {
            return Bad("Bad Request: message is too long");
        }

        var markup = Markup(parameters);
        if (markup?["inline_keyboard"] is JsonArray rows && rows.SelectMany(r => r!.AsArray()).Any(b => b?["callback_data"] is { } d
            && System.Text.Encoding.UTF8.GetByteCount(d.GetValue<string>()) is < 1 or > 64))
        {
            return Bad("Bad Request: BUTTON_DATA_INVALID");
        }

        return Ok(state.Send(chat, text, markup));
    }

    private static async Task<(int, JsonNode?)> GetUpdatesAsync(BotState state, JsonObject parameters, CancellationToken aborted)
    {
        var offset = Number(parameters, "offset") ?? 0;
        var timeout = Math.Clamp(Number(parameters, "timeout") ?? 0, 0, 50);
        var (updates, arrived) = state.Updates(offset);
        if (updates.Count == 0 && timeout > 0)
        {
            try
            {
                await arrived.WaitAsync(TimeSpan.FromSeconds(timeout), state.Clock, aborted);
            }
            catch (TimeoutException)
            {
                // Long poll ended with nothing new.
            }
            catch (OperationCanceledException)
            {
                // The client went away.
            }

            (updates, _) = state.Updates(offset);
        }

        return Ok(updates);
    }

    private static (int, JsonNode?) DeleteWebhook(BotState state, JsonObject parameters)
    {
        state.DeleteWebhook(parameters["drop_pending_updates"] switch
        {
            JsonValue v when v.GetValueKind() is JsonValueKind.True => true,
            JsonValue v when v.TryGetValue<string>(out var s) => string.Equals(s, "true", StringComparison.OrdinalIgnoreCase),
            _ => false,
        });
        return Ok(true);
    }

    private static (int, JsonNode?) Edit(BotState state, JsonObject parameters, string? text)
    {
        if (Number(parameters, "chat_id") is not { } chat || Number(parameters, "message_id") is not { } message)
        {
            return Bad("Bad Request: message identifier is not specified");
        }

        var (edited, error) = state.Edit(chat, message, text, Markup(parameters));
        return edited is null ? Bad(error!) : Ok(edited);
    }

    private static async Task<JsonObject> ReadParametersAsync(HttpRequest request)
    {
        var parameters = new JsonObject();
        foreach (var (key, value) in request.Query)
        {
            parameters[key] = value.ToString();
        }

        if (request.HasJsonContentType())
        {
            if (await JsonNode.ParseAsync(request.Body) is JsonObject body)
            {
                foreach (var (key, value) in body)
                {
                    parameters[key] = value?.DeepClone();
                }
            }
        }
        else if (request.HasFormContentType)
        {
            foreach (var (key, value) in await request.ReadFormAsync())
            {
                parameters[key] = value.ToString();
            }
        }

        return parameters;
    }

    private static JsonNode? Markup(JsonObject parameters) => parameters["reply_markup"] switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => JsonNode.Parse(s),
        { } node => node.DeepClone(),
        null => null,
    };

    private static string? Text(JsonObject parameters, string name) => parameters[name] switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        { } node => node.ToJsonString(),
        null => null,
    };

    private static long? Number(JsonObject parameters, string name) => parameters[name] switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.GetValue<long>(),
        JsonValue v when v.TryGetValue<string>(out var s) && long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    private static (int, JsonNode?) Ok(JsonNode? result) => (200, result);

    private static (int, JsonNode?) Bad(string description) => (400, JsonValue.Create(description));

    private static IResult Error(int code, string description) =>
        Results.Json(new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description }, statusCode: code);
}
