namespace Kapman.Notification.Discord.Webhook;

/// <summary>The embed footer object of Discord's Execute Webhook body (<c>text</c>, ≤ 2048 characters).</summary>
public sealed record WebhookFooter(string Text);
