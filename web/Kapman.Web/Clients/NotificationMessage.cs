namespace Kapman.Web.Clients;

/// <summary>The latest message of a route on a channel, as notification logged it.</summary>
/// <param name="MessageId">The email message's id (acknowledge, resend); null for Telegram, Discord and held messages.</param>
/// <param name="At">When it was recorded (UTC).</param>
/// <param name="Status">SENT, LOGGED, FAILED, UNKNOWN, PENDING, SENDING, PARKED or HELD.</param>
/// <param name="Subject">Its subject, or what it is.</param>
/// <param name="Ticker">The ticker it is about, if any.</param>
/// <param name="AcknowledgedAt">When the operator acknowledged it (UTC), if so.</param>
public sealed record NotificationMessage(Guid? MessageId, DateTime At, string Status, string Subject, string? Ticker, DateTime? AcknowledgedAt);
