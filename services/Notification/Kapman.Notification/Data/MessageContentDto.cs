namespace Kapman.Notification.Data;

/// <summary>What one email said: its plain text and the HTML part it was sent with (null for a message logged before HTML parts).</summary>
public sealed record MessageContentDto(Guid Id, string Kind, DateOnly SessionDate, string Subject, string Body, string? Html);
