using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kapman.Notification.Telegram.BotApi;

/// <summary>The Bot API's JSON: snake_case field names, optional fields left out (https://core.telegram.org/bots/api#making-requests).</summary>
public static class BotJson
{
    /// <summary>Serializer options for requests and responses.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
