using System.Text.Json;
using Kapman.Notification.Core.Discord;

namespace Kapman.Notification.Discord.Webhook;

/// <summary>
/// The JSON body of Discord's Execute Webhook (<c>POST /api/webhooks/{webhook.id}/{webhook.token}</c>): <c>content</c> (≤ 2000
/// characters) or <c>embeds</c> (≤ 10) is required. Kapman posts one embed and no content, with mentions disabled.
/// </summary>
public sealed record WebhookBody(string? Content, IReadOnlyList<WebhookEmbed> Embeds, WebhookAllowedMentions AllowedMentions)
{
    /// <summary>Discord's JSON: snake_case names, nulls left out.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The body posting <paramref name="embed"/>.</summary>
    public static WebhookBody From(DiscordEmbed embed)
    {
        ArgumentNullException.ThrowIfNull(embed);
        return new(null,
            [new WebhookEmbed(embed.Title, embed.Description, embed.Color, embed.Timestamp, new WebhookFooter(embed.Footer),
                embed.Fields.Select(f => new WebhookField(f.Name, f.Value, f.Inline)).ToArray())],
            new WebhookAllowedMentions([]));
    }

    /// <summary>This body as Discord's JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
