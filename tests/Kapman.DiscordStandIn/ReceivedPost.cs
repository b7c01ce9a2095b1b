using System.Text.Json.Nodes;

namespace Kapman.DiscordStandIn;

/// <summary>An Execute Webhook request the stand-in received.</summary>
/// <param name="WebhookId">The webhook id of the path.</param>
/// <param name="Body">The JSON body as sent (null when it was not JSON).</param>
/// <param name="ArrivedAt">When it arrived, by the stand-in's clock.</param>
/// <param name="StatusCode">What the stand-in answered.</param>
/// <param name="MessageId">The created message's id on a 2xx, else null.</param>
public sealed record ReceivedPost(string WebhookId, JsonNode? Body, DateTimeOffset ArrivedAt, int StatusCode, string? MessageId);
