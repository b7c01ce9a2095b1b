namespace Kapman.Notification.Telegram.BotApi;

/// <summary>Bot API <c>Chat</c>, the fields this bot reads.</summary>
/// <param name="Id">Chat identifier (negative for groups).</param>
public sealed record BotChat(long Id);
