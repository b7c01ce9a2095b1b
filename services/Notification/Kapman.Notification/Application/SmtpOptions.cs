using System.ComponentModel.DataAnnotations;

namespace Kapman.Notification.Application;

/// <summary>
/// SMTP settings, section <c>Kapman:Smtp</c>. With no <see cref="Host"/>, messages are only written to the
/// message log. The password comes only from the environment (<c>Kapman__Smtp__Password</c>) and is never logged.
/// An invalid value stops the service at start, naming its key.
/// </summary>
public sealed class SmtpOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Kapman:Smtp";

    /// <summary>SMTP server host name or address; none (default) = only log messages.</summary>
    public string? Host { get; set; }

    /// <summary>SMTP port, 1-65535; default 25.</summary>
    [Range(1, 65535, ErrorMessage = Section + ":Port must be a TCP port, 1-65535.")]
    public int Port { get; set; } = 25;

    /// <summary>Whether to use TLS (STARTTLS); default false.</summary>
    public bool EnableSsl { get; set; }

    /// <summary>Login user, or none for an open relay (default).</summary>
    public string? UserName { get; set; }

    /// <summary>Login password, from the environment only.</summary>
    public string? Password { get; set; }

    /// <summary>Sender address; default kapman@localhost.</summary>
    [Required(ErrorMessage = Section + ":From is required.")]
    [EmailAddress(ErrorMessage = Section + ":From must be an email address.")]
    public string From { get; set; } = "kapman@localhost";

    /// <summary>Recipient of alerts and summaries; default desk@localhost.</summary>
    [Required(ErrorMessage = Section + ":To is required.")]
    [EmailAddress(ErrorMessage = Section + ":To must be an email address.")]
    public string To { get; set; } = "desk@localhost";

    /// <summary>Longest wait for one send, seconds, 1-3600 (default 30); past it the send's outcome is unknown and it is not retried.</summary>
    [Range(1, 3600, ErrorMessage = Section + ":TimeoutSeconds must be 1-3600 seconds.")]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>True when an SMTP server is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}
