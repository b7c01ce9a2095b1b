namespace Kapman.Notification.Telegram.BotApi;

/// <summary>Bot API <c>InlineKeyboardButton</c> with <c>callback_data</c> (1-64 bytes).</summary>
/// <param name="Text">Label.</param>
/// <param name="CallbackData">Sent back in the <c>callback_query</c> when pressed.</param>
public sealed record InlineButton(string Text, string CallbackData);
