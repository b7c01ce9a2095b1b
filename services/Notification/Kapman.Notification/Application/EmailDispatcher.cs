using System.Net.Sockets;
using Kapman.Notification.Core;
using Kapman.Notification.Core.Email;
using Kapman.Notification.Data;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Kapman.Notification.Application;

/// <summary>
/// Sends a message at most once per dedup key, with no database transaction open during the SMTP call:
/// <list type="number">
/// <item>claim: insert the message as SENDING (or LOGGED without SMTP) in its own committed transaction; a key already
/// SENDING, SENT or LOGGED is not claimed again, a FAILED one is;</item>
/// <item>send with MailKit as multipart/alternative (the plain text, and its HTML from <see cref="EmailHtml"/>), cut off after
/// <see cref="SmtpOptions.TimeoutSeconds"/>;</item>
/// <item>mark SENT. If that update or anything after it fails, the row stays SENDING and the retry finds it claimed.</item>
/// </list>
/// A send that certainly did not go out (no connection, a failed login, or the server refused it with an SMTP error reply) is marked
/// FAILED and rethrown, so the consumer's retry sends it. Any other failure once the mail is being handed over leaves the row SENDING (shown as unknown to the operator) and is not retried, and is logged as an error.
/// What happened to each message is in the message log (<see cref="MessageStore"/>); the consumer's own line says it was handled.
/// </summary>
public sealed class EmailDispatcher(MessageStore store, IOptions<SmtpOptions> options, ILogger<EmailDispatcher> logger)
{
    /// <summary>Claims, sends and records <paramref name="message"/>.</summary>
    /// <exception cref="SmtpCommandException">The server refused the login or the message; the row is FAILED.</exception>
    /// <exception cref="SocketException">The server could not be reached; the row is FAILED.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled (the row is left SENDING if the send had started).</exception>
    /// <exception cref="Npgsql.NpgsqlException">The database failed; if after the send, the row stays SENDING.</exception>
    public async Task<DispatchOutcome> DispatchAsync(ComposedMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var smtp = options.Value;
        var html = EmailHtml.For(message);
        var id = await store.ClaimAsync(message, html, smtp.To, smtp.Enabled ? "SENDING" : "LOGGED", ct);
        if (id is not { } claimed)
        {
            return DispatchOutcome.AlreadyHandled;
        }

        if (!smtp.Enabled)
        {
            return DispatchOutcome.Logged;
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(TimeSpan.FromSeconds(smtp.TimeoutSeconds));
        using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        try
        {
            await ConnectAsync(client, smtp, deadline.Token);
        }
        catch (Exception ex) when (ex is SocketException or IOException or MailKit.Security.AuthenticationException or SslHandshakeException
                                       or SmtpCommandException or SmtpProtocolException or OperationCanceledException)
        {
            // Nothing was handed over: the retry may send it.
            await store.RecordAsync(claimed, "FAILED", Reason(ex, smtp, ct));
            throw;
        }

        try
        {
            await client.SendAsync(Mime(smtp, message, html), deadline.Token);
        }
        catch (SmtpCommandException ex)
        {
            // An error reply to MAIL, RCPT or the end of the data: the server did not take the mail.
            await store.RecordAsync(claimed, "FAILED", ex.Message);
            throw;
        }
        catch (Exception ex) when (ex is SmtpProtocolException or IOException or OperationCanceledException or ServiceNotConnectedException)
        {
            var reason = Reason(ex, smtp, ct);
            logger.LogError(ex, "Message {DedupKey}: send outcome unknown ({Reason}); it will not be re-sent automatically", message.DedupKey, reason);
            await store.RecordAsync(claimed, "SENDING", "send outcome unknown: " + reason);
            ct.ThrowIfCancellationRequested();
            return DispatchOutcome.Unknown;
        }

        await store.RecordAsync(claimed, "SENT", null);
        await QuitAsync(client);
        return DispatchOutcome.Sent;
    }

    /// <summary>The MIME message: the plain text and, as its alternative, the HTML rendering (<see cref="EmailHtml.For"/>).</summary>
    private static MimeMessage Mime(SmtpOptions smtp, ComposedMessage message, string html)
    {
        var mail = new MimeMessage { Subject = message.Subject };
        mail.From.Add(MailboxAddress.Parse(smtp.From));
        mail.To.Add(MailboxAddress.Parse(smtp.To));
        mail.Body = new BodyBuilder { TextBody = message.Body, HtmlBody = html }.ToMessageBody();
        return mail;
    }

    private static async Task ConnectAsync(SmtpClient client, SmtpOptions smtp, CancellationToken ct)
    {
        await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.EnableSsl ? SecureSocketOptions.StartTls : SecureSocketOptions.None, ct);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, ct);
        }
    }

    /// <summary>Says goodbye; the mail is already accepted, so a failure here changes nothing.</summary>
    private static async Task QuitAsync(SmtpClient client)
    {
        try
        {
            await client.DisconnectAsync(true, CancellationToken.None);
        }
        catch (Exception ex) when (ex is IOException or SmtpProtocolException or SocketException)
        {
            // The connection is dropped with the client.
        }
    }

    private static string Reason(Exception ex, SmtpOptions smtp, CancellationToken ct) =>
        ex is OperationCanceledException && !ct.IsCancellationRequested ? $"no answer within {smtp.TimeoutSeconds} s" : ex.Message;
}
