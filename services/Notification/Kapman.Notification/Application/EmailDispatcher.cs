using System.Net.Sockets;
using Kapman.Notification.Core;
using System.Text.Json;
using Kapman.Notification.Core.Email;
using Kapman.Notification.Core.Routing;
using Kapman.Notification.Data;
using Kapman.Notification.Routing;
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
/// Before all that, the routing table decides (<see cref="NotificationRouter"/>: a route without email sends nothing), and while the
/// operator has email paused the message is held (<see cref="HeldMessageStore"/>) and sent by <see cref="HeldMessageReleaser"/> on resume.
/// </summary>
public sealed class EmailDispatcher(
    MessageStore store, IOptions<SmtpOptions> options, NotificationRouter router, ChannelControlStore controls, HeldMessageStore held, ILogger<EmailDispatcher> logger)
{
    /// <summary>Routes, then claims, sends and records <paramref name="message"/>, or holds it while email is paused.</summary>
    /// <exception cref="EmailNotSentException">The server could not be reached, refused the login or refused the message; the row is FAILED.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled (the row is left SENDING if the send had started).</exception>
    /// <exception cref="Npgsql.NpgsqlException">The database failed; if after the send, the row stays SENDING.</exception>
    public async Task<DispatchOutcome> DispatchAsync(ComposedMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (NotificationRouter.IsKnown(message.RouteKind) && !router.Sends(message.RouteKind, Channels.Email))
        {
            return DispatchOutcome.NotRouted;
        }

        return await HoldOrDeliverAsync(message, null, ct);
    }

    /// <summary>
    /// The operator's resend of message <paramref name="id"/>: a copy with a dedup key of its own (so it goes out whatever became of the
    /// original), recorded with <c>resent_from</c>; held while email is paused. Null when there is no such message.
    /// </summary>
    public async Task<DispatchOutcome?> ResendAsync(Guid id, CancellationToken ct)
    {
        if (await store.ComposedAsync(id, ct) is not { } original)
        {
            return null;
        }

        var copy = original with { DedupKey = $"{original.DedupKey}:resend:{Guid.CreateVersion7():N}" };
        return await HoldOrDeliverAsync(copy, id, ct);
    }

    /// <summary>Sends a message held while email was paused (the release, <see cref="HeldMessageReleaser"/>); at most once, by its dedup key.</summary>
    public Task<DispatchOutcome> DeliverHeldAsync(ComposedMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        return DeliverAsync(message, null, ct);
    }

    private async Task<DispatchOutcome> HoldOrDeliverAsync(ComposedMessage message, Guid? resentFrom, CancellationToken ct)
    {
        if (await controls.IsPausedAsync(Channels.Email, ct))
        {
            var payload = JsonSerializer.Serialize(message with { Route = message.RouteKind }, JsonSerializerOptions.Web);
            return await held.HoldAsync(Channels.Email, message.RouteKind, message.DedupKey, message.SessionDate, message.Ticker, message.Subject, payload, ct)
                ? DispatchOutcome.Held
                : DispatchOutcome.AlreadyHandled;
        }

        return await DeliverAsync(message, resentFrom, ct);
    }

    private async Task<DispatchOutcome> DeliverAsync(ComposedMessage message, Guid? resentFrom, CancellationToken ct)
    {
        var smtp = options.Value;
        var html = EmailHtml.For(message);
        var id = await store.ClaimAsync(message, html, smtp.To, smtp.Enabled ? "SENDING" : "LOGGED", ct, resentFrom);
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
                                       or SmtpCommandException or SmtpProtocolException or OperationCanceledException or TimeoutException)
        {
            // Nothing was handed over: the retry may send it.
            var reason = Reason(ex, smtp, ct);
            await store.RecordAsync(claimed, "FAILED", reason);
            ct.ThrowIfCancellationRequested();
            throw new EmailNotSentException($"Email {message.DedupKey} not sent: {reason}", ex);
        }

        try
        {
            await client.SendAsync(Mime(smtp, message, html), deadline.Token);
        }
        catch (SmtpCommandException ex)
        {
            // An error reply to MAIL, RCPT or the end of the data: the server did not take the mail.
            await store.RecordAsync(claimed, "FAILED", ex.Message);
            throw new EmailNotSentException($"Email {message.DedupKey} refused: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is SmtpProtocolException or IOException or OperationCanceledException or TimeoutException
                                       or ServiceNotConnectedException)
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

    /// <summary>
    /// Why a send stopped. The deadline and MailKit's own read timeout are the same length, so either may end a silent server:
    /// the deadline as a cancellation, MailKit's as a <see cref="TimeoutException"/> (which one wins depends on scheduling).
    /// </summary>
    private static string Reason(Exception ex, SmtpOptions smtp, CancellationToken ct) =>
        ex is TimeoutException || (ex is OperationCanceledException && !ct.IsCancellationRequested)
            ? $"no answer within {smtp.TimeoutSeconds} s"
            : ex.Message;
}
