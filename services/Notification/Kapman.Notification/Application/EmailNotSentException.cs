namespace Kapman.Notification.Application;

/// <summary>
/// An email that certainly did not go out: no connection, a failed login or TLS handshake, or the server refused it with an SMTP error
/// reply. Its log row is FAILED, so sending it again is safe (the consumer's retry, a held message's next release). The cause is the
/// MailKit or socket exception.
/// </summary>
public sealed class EmailNotSentException(string message, Exception innerException) : Exception(message, innerException);
