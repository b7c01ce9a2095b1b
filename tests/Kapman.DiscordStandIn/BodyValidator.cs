using System.Text.Json.Nodes;

namespace Kapman.DiscordStandIn;

/// <summary>
/// Checks an Execute Webhook body against Discord's documented limits: one of <c>content</c>, <c>embeds</c> (or files, not served here)
/// is required; content ≤ 2000 characters; ≤ 10 embeds; per embed a title ≤ 256, description ≤ 4096, ≤ 25 fields, field name ≤ 256 and
/// value ≤ 1024, footer text ≤ 2048; all embeds' text together ≤ 6000. Answers Discord's error objects: <c>{"code": 50006, "message":
/// "Cannot send an empty message"}</c>, or <c>{"code": 50035, "message": "Invalid Form Body", "errors": {...}}</c> with an
/// <c>_errors</c> list at the offending path.
/// </summary>
public static class BodyValidator
{
    /// <summary>The error body for <paramref name="body"/>, or null when Discord would take it.</summary>
    public static JsonObject? Problem(JsonNode? body)
    {
        if (body is not JsonObject message)
        {
            return new JsonObject { ["code"] = 50109, ["message"] = "The request body contains invalid JSON." };
        }

        var content = message["content"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? message["content"]!.GetValue<string>() : null;
        var embeds = message["embeds"] as JsonArray;
        if (string.IsNullOrEmpty(content) && (embeds is null || embeds.Count == 0))
        {
            return new JsonObject { ["code"] = 50006, ["message"] = "Cannot send an empty message" };
        }

        var errors = new JsonObject();
        if (content is { Length: > 2000 })
        {
            errors["content"] = TooLong(2000);
        }

        if (embeds is { Count: > 10 })
        {
            errors["embeds"] = TooLong(10);
        }
        else if (embeds is not null)
        {
            var total = 0;
            var perEmbed = new JsonObject();
            for (var i = 0; i < embeds.Count; i++)
            {
                var embed = embeds[i] as JsonObject ?? [];
                var found = new JsonObject();
                total += Check(embed, "title", 256, found) + Check(embed, "description", 4096, found);
                if (embed["footer"] is JsonObject footer)
                {
                    var footerErrors = new JsonObject();
                    total += Check(footer, "text", 2048, footerErrors);
                    if (footerErrors.Count > 0)
                    {
                        found["footer"] = footerErrors;
                    }
                }

                if (embed["fields"] is JsonArray fields)
                {
                    if (fields.Count > 25)
                    {
                        found["fields"] = TooLong(25);
                    }

                    var perField = new JsonObject();
                    for (var f = 0; f < fields.Count; f++)
                    {
                        var field = fields[f] as JsonObject ?? [];
                        var fieldErrors = new JsonObject();
                        total += Check(field, "name", 256, fieldErrors) + Check(field, "value", 1024, fieldErrors);
                        if (fieldErrors.Count > 0)
                        {
                            perField[f.ToString(System.Globalization.CultureInfo.InvariantCulture)] = fieldErrors;
                        }
                    }

                    if (perField.Count > 0 && found["fields"] is null)
                    {
                        found["fields"] = perField;
                    }
                }

                if (found.Count > 0)
                {
                    perEmbed[i.ToString(System.Globalization.CultureInfo.InvariantCulture)] = found;
                }
            }

            if (perEmbed.Count > 0)
            {
                errors["embeds"] = perEmbed;
            }
            else if (total > 6000)
            {
                errors["embeds"] = new JsonObject { ["_errors"] = new JsonArray(new JsonObject { ["code"] = "MAX_EMBED_SIZE_EXCEEDED", ["message"] = "Embed size exceeds maximum size of 6000" }) };
            }
        }

        return errors.Count == 0 ? null : new JsonObject { ["code"] = 50035, ["message"] = "Invalid Form Body", ["errors"] = errors };
    }

    /// <summary>Adds an error for <paramref name="name"/> to <paramref name="errors"/> when it is longer than <paramref name="max"/>; returns its length.</summary>
    private static int Check(JsonObject parent, string name, int max, JsonObject errors)
    {
        var value = parent[name]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? parent[name]!.GetValue<string>() : null;
        if (value is { Length: var length } && length > max)
        {
            errors[name] = TooLong(max);
        }

        return value?.Length ?? 0;
    }

    private static JsonObject TooLong(int max) => new()
    {
        ["_errors"] = new JsonArray(new JsonObject
        {
            ["code"] = "BASE_TYPE_MAX_LENGTH",
            ["message"] = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Must be {max} or fewer in length."),
        }),
    };
}
