namespace Kapman.Notification.Email;

/// <summary>
/// SMTP settings (<c>Kapman:Smtp:*</c>). With no <see cref="Host"/>, messages are only written to the
/// message log. The password comes only from the environment (<c>Kapman__Smtp__Password</c>) and is never logged.
/// </summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public bool EnableSsl { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "kapman@localhost";

    /// <summary>Recipient of alerts and summaries.</summary>
    public string To { get; set; } = "desk@localhost";

    /// <summary>Longest wait for one send, seconds (default 30); past it the send's outcome is unknown and it is not retried.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>True when an SMTP server is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}
