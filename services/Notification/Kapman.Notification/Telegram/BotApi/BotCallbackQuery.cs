namespace Kapman.Notification.Telegram.BotApi;

/// <summary>Bot API <c>CallbackQuery</c>: a press of an inline keyboard button.</summary>
/// <param name="Id">Identifier to pass to <c>answerCallbackQuery</c>.</param>
/// <param name="From">Who pressed it.</param>
/// <param name="Message">The message the button was on (absent when it is too old).</param>
/// <param name="Data">The button's <c>callback_data</c>.</param>
public sealed record BotCallbackQuery(string Id, BotUser From, BotMessage? Message, string? Data);
