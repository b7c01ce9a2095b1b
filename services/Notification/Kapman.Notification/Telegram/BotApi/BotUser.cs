namespace Kapman.Notification.Telegram.BotApi;

/// <summary>Bot API <c>User</c>, the fields this bot reads.</summary>
/// <param name="Id">User identifier.</param>
/// <param name="FirstName">First name.</param>
/// <param name="Username">@username without the @, when set.</param>
public sealed record BotUser(long Id, string? FirstName, string? Username);
