namespace Kapman.Notification.Telegram.BotApi;

/// <summary>Bot API <c>WebhookInfo</c> (<c>getWebhookInfo</c>), the fields this bot reads.</summary>
/// <param name="Url">The webhook URL; empty when no webhook is set (then <c>getUpdates</c> works).</param>
/// <param name="PendingUpdateCount">Updates awaiting delivery.</param>
/// <param name="LastErrorDate">Unix time of the latest delivery error, seconds, if any.</param>
/// <param name="LastErrorMessage">That error in words, if any.</param>
public sealed record BotWebhookInfo(string Url, int PendingUpdateCount, long? LastErrorDate, string? LastErrorMessage);
