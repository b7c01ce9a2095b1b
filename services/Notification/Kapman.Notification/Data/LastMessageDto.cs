namespace Kapman.Notification.Data;

/// <summary>The latest message of one route on one channel, from the channel's own log.</summary>
/// <param name="Route">The routing-table kind.</param>
/// <param name="Channel">email, telegram or discord.</param>
/// <param name="MessageId">The email message's id (for acknowledge and resend); null for Telegram, Discord and held messages.</param>
/// <param name="At">When it was recorded (UTC).</param>
/// <param name="Status">The channel's status: SENT, LOGGED, FAILED, UNKNOWN (email, Telegram), PENDING, SENDING, PARKED (Discord), HELD (paused).</param>
/// <param name="Subject">Its subject (email), or what it is (Telegram, Discord, held).</param>
/// <param name="Ticker">The ticker it is about, if any.</param>
/// <param name="AcknowledgedAt">When the operator acknowledged it (email only).</param>
public sealed record LastMessageDto(
    string Route, string Channel, Guid? MessageId, DateTime At, string Status, string Subject, string? Ticker, DateTime? AcknowledgedAt);
