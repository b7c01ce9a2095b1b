namespace Kapman.Notification.Telegram.BotApi;

/// <summary>
/// Every Bot API answer: <c>{"ok":true,"result":...}</c>, or <c>{"ok":false,"error_code":429,"description":"...","parameters":{"retry_after":N}}</c>
/// (https://core.telegram.org/bots/api#making-requests).
/// </summary>
/// <typeparam name="T">The method's result type.</typeparam>
public sealed record BotResponse<T>(bool Ok, T? Result, int? ErrorCode, string? Description, ResponseParameters? Parameters);
