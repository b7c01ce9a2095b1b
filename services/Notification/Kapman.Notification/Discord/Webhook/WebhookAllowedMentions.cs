namespace Kapman.Notification.Discord.Webhook;

/// <summary>Discord's allowed mentions object; an empty <c>parse</c> list means no text in a post can ping anyone (<c>@everyone</c> included).</summary>
public sealed record WebhookAllowedMentions(IReadOnlyList<string> Parse);
