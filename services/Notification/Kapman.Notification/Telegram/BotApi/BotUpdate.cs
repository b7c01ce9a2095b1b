namespace Kapman.Notification.Telegram.BotApi;

/// <summary>Bot API <c>Update</c>, the fields this bot asks for (<c>allowed_updates: ["callback_query"]</c>).</summary>
/// <param name="UpdateId">Increasing identifier; <c>getUpdates</c> with <c>offset = UpdateId + 1</c> confirms it.</param>
/// <param name="CallbackQuery">A press of an inline button, if that is what this update is.</param>
public sealed record BotUpdate(long UpdateId, BotCallbackQuery? CallbackQuery);
