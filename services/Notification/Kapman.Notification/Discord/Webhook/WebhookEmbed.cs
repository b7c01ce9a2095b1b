namespace Kapman.Notification.Discord.Webhook;

/// <summary>
/// The embed object of Discord's Execute Webhook body: <c>title</c> (≤ 256), <c>description</c> (≤ 4096), <c>color</c> (RGB integer),
/// <c>timestamp</c> (ISO 8601), <c>footer</c>, <c>fields</c> (≤ 25).
/// </summary>
public sealed record WebhookEmbed(string Title, string Description, int Color, DateTimeOffset Timestamp, WebhookFooter Footer, IReadOnlyList<WebhookField> Fields);
