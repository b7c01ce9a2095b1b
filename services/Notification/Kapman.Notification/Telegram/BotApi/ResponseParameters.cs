namespace Kapman.Notification.Telegram.BotApi;

/// <summary>Bot API <c>ResponseParameters</c>: why a request failed and how to retry it.</summary>
/// <param name="RetryAfter">On 429: seconds to wait before repeating the request.</param>
/// <param name="MigrateToChatId">The group moved to this supergroup id.</param>
public sealed record ResponseParameters(int? RetryAfter, long? MigrateToChatId);
