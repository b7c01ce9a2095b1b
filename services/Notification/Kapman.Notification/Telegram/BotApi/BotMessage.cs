namespace Kapman.Notification.Telegram.BotApi;

/// <summary>Bot API <c>Message</c>, the fields this bot reads.</summary>
/// <param name="MessageId">Identifier inside its chat.</param>
/// <param name="Chat">The chat it is in.</param>
/// <param name="Text">Its text.</param>
public sealed record BotMessage(long MessageId, BotChat Chat, string? Text);
