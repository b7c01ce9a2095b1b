namespace Kapman.Notification.Apis;

/// <summary>A logged message: status SENT (delivered to SMTP) or LOGGED (no SMTP configured). Times are UTC.</summary>
public sealed record MessageDto(Guid Id, string Kind, string Channel, DateOnly SessionDate, string? Ticker, string Subject, string Recipient, string Status, DateTime CreatedAt, DateTime? SentAt);
