using System.Net;
using System.Net.Mail;
using System.Net.Sockets;
using Kapman.Notification.Core;
using System.Text.Json;
using Kapman.Notification.Core.Routing;
using Kapman.Notification.Data;
using Kapman.Notification.Routing;
using Microsoft.Extensions.Options;

namespace Kapman.Notification.Application;

/// <summary>
/// Sends a message at most once per dedup key, with no database transaction open during the SMTP call:
/// <list type="number">
/// <item>claim: insert the message as SENDING (or LOGGED without SMTP) in its own committed transaction; a key already
/// SENDING, SENT or LOGGED is not claimed again, a FAILED one is;</item>
/// <item>send, cut off after <see cref="SmtpOptions.TimeoutSeconds"/> (SendMailAsync does not stop on its cancellation token while it waits for the server's answer);</item>
/// <item>mark SENT. If that update or anything after it fails, the row stays SENDING and the retry finds it claimed.</item>
/// </list>
/// A send the server refused or that could not connect is marked FAILED and rethrown, so the consumer's retry sends it.
/// Any other failure leaves the row SENDING (shown as unknown to the operator) and is not retried, and is logged as an error.
/// What happened to each message is in the message log (<see cref="MessageStore"/>); the consumer's own line says it was handled.
/// Before all that, the routing table decides (<see cref="NotificationRouter"/>: a route without email sends nothing), and while the
/// operator has email paused the message is held (<see cref="HeldMessageStore"/>) and sent by <see cref="HeldMessageReleaser"/> on resume.
/// </summary>
public sealed class EmailDispatcher(
    MessageStore store, IOptions<SmtpOptions> options, NotificationRouter router, ChannelControlStore controls, HeldMessageStore held, ILogger<EmailDispatcher> logger)
{
    /// <summary>Routes, then claims, sends and records <paramref name="message"/>, or holds it while email is paused.</summary>
    /// <exception cref="SmtpException">The server refused the message or could not be reached; the row is FAILED.</exception>
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
        var id = await store.ClaimAsync(message, smtp.To, smtp.Enabled ? "SENDING" : "LOGGED", ct, resentFrom);
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
        try
        {
            await SendAsync(smtp, message, deadline.Token);
        }
        catch (SmtpException ex) when (NotDelivered(ex))
        {
            await store.RecordAsync(claimed, "FAILED", ex.Message);
            throw;
        }
        catch (Exception ex) when (ex is SmtpException or IOException or OperationCanceledException)
        {
            var reason = ex is OperationCanceledException && !ct.IsCancellationRequested ? $"no answer within {smtp.TimeoutSeconds} s" : ex.Message;
            logger.LogError(ex, "Message {DedupKey}: send outcome unknown ({Reason}); it will not be re-sent automatically", message.DedupKey, reason);
            await store.RecordAsync(claimed, "SENDING", "send outcome unknown: " + reason);
            ct.ThrowIfCancellationRequested();
            return DispatchOutcome.Unknown;
        }

        await store.RecordAsync(claimed, "SENT", null);
        return DispatchOutcome.Sent;
    }

    /// <summary>True when the mail certainly did not go out: the server answered with a refusal, or no connection was made.</summary>
    private static bool NotDelivered(SmtpException ex) =>
        ex.StatusCode != SmtpStatusCode.GeneralFailure || ex.InnerException is SocketException;

    private static async Task SendAsync(SmtpOptions smtp, ComposedMessage message, CancellationToken ct)
    {
        // Timeout bounds each network step; the cancellation token is not honoured while waiting for the answer to the
        // mail's data, so WaitAsync gives the hard bound and disposing the client then drops the connection.
        using var client = new SmtpClient(smtp.Host, smtp.Port) { EnableSsl = smtp.EnableSsl, Timeout = (smtp.TimeoutSeconds + 1) * 1000 };
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        }

        using var mail = new MailMessage(smtp.From, smtp.To, message.Subject, message.Body);
        var send = client.SendMailAsync(mail, ct);
        _ = send.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        await send.WaitAsync(ct);
    }
}
