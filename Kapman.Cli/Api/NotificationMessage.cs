namespace Kapman.Cli.Api;

/// <summary>One row of <c>GET /api/notification/messages</c>.</summary>
/// <param name="Kind">Message kind.</param>
/// <param name="Subject">Subject line.</param>
/// <param name="Recipient">Recipient address.</param>
/// <param name="Status">SENT, LOGGED or FAILED.</param>
/// <param name="CreatedAt">When queued.</param>
/// <param name="SentAt">When delivered, if it was.</param>
internal sealed record NotificationMessage(
    string Kind, DateOnly SessionDate, string Subject, string Recipient, string Status, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);
