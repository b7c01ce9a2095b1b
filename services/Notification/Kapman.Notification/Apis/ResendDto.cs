namespace Kapman.Notification.Apis;

/// <summary>The answer to a resend.</summary>
/// <param name="ResentFrom">The message copied.</param>
/// <param name="Outcome">Sent, Logged (no SMTP configured), Held (email paused) or Unknown (the send was not confirmed).</param>
public sealed record ResendDto(Guid ResentFrom, string Outcome);
