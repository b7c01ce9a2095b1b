namespace Kapman.Web.Clients;

/// <summary>A channel's control state (<c>GET /api/notification/channels</c>).</summary>
/// <param name="Channel">email, telegram or discord.</param>
/// <param name="Paused">True while paused.</param>
/// <param name="Reason">The operator's reason for the last change, if given.</param>
/// <param name="ChangedAt">When it was last paused or resumed (UTC).</param>
/// <param name="Held">Messages waiting for the resume (email, Telegram).</param>
public sealed record NotificationChannel(string Channel, bool Paused, string? Reason, DateTime? ChangedAt, int Held);
