namespace Kapman.Notification.Discord.Webhook;

/// <summary>The embed field object (<c>name</c> ≤ 256, <c>value</c> ≤ 1024 characters, <c>inline</c>).</summary>
public sealed record WebhookField(string Name, string Value, bool Inline);
