namespace Kapman.Notification.Application;

/// <summary>What <see cref="TelegramAlertRoute.SendAsync"/> did with an alert.</summary>
/// <param name="Routed">True when the routing table sends its kind to Telegram.</param>
/// <param name="Held">True when Telegram was paused and the alert was held for the resume.</param>
/// <param name="Chats">How many chats this call reached (0 when each already had it).</param>
public sealed record TelegramAlertOutcome(bool Routed, bool Held, int Chats);
