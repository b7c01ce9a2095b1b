namespace Kapman.Notification.Data;

/// <summary>
/// A logged message: status SENT (accepted by SMTP), LOGGED (no SMTP configured), FAILED (refused or unreachable; a
/// retry may send it) or UNKNOWN (the send started and was never confirmed: check before sending by hand). Times are UTC.
/// </summary>
/// <param name="Error">Why it failed or is unknown, else null.</param>
/// <param name="Route">Its row of the routing table (GET /routes).</param>
/// <param name="AcknowledgedAt">When the operator acknowledged it (UTC), else null.</param>
/// <param name="ResentFrom">For an operator's resend, the message it copies.</param>
public sealed record MessageDto(
    Guid Id, string Kind, string Channel, DateOnly SessionDate, string? Ticker, string Subject, string Recipient, string Status, string? Error, DateTime CreatedAt,
    DateTime? SentAt, string Route, DateTime? AcknowledgedAt, Guid? ResentFrom);
