using System.Net;
using System.Net.Mail;
using System.Net.Sockets;
using Dapper;
using Kapman.Notification.Core;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Kapman.Notification.Email;

/// <summary>
/// Sends a message at most once per dedup key, with no database transaction open during the SMTP call:
/// <list type="number">
/// <item>claim: insert the message as SENDING (or LOGGED without SMTP) in its own committed transaction; a key already
/// SENDING, SENT or LOGGED is not claimed again, a FAILED one is;</item>
/// <item>send, cut off after <see cref="SmtpOptions.TimeoutSeconds"/> (SendMailAsync does not stop on its cancellation token while it waits for the server's answer);</item>
/// <item>mark SENT. If that update or anything after it fails, the row stays SENDING and the retry finds it claimed.</item>
/// </list>
/// A send the server refused or that could not connect is marked FAILED and rethrown, so the consumer's retry sends it.
/// Any other failure leaves the row SENDING (shown as unknown to the operator) and is not retried.
/// </summary>
public sealed class EmailDispatcher(NpgsqlDataSource dataSource, IOptions<SmtpOptions> options, ILogger<EmailDispatcher> logger)
{
    /// <summary>Claims, sends and records <paramref name="message"/>.</summary>
    /// <exception cref="SmtpException">The server refused the message or could not be reached; the row is FAILED.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled (the row is left SENDING if the send had started).</exception>
    /// <exception cref="NpgsqlException">The database failed; if after the send, the row stays SENDING.</exception>
    public async Task<DispatchOutcome> DispatchAsync(ComposedMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var smtp = options.Value;
        var id = await ClaimAsync(message, smtp, ct);
        if (id is not { } claimed)
        {
            logger.LogInformation("Message {DedupKey} was already handled; not sending again", message.DedupKey);
            return DispatchOutcome.AlreadyHandled;
        }

        if (!smtp.Enabled)
        {
            logger.LogInformation("Message {DedupKey} logged (no SMTP configured)", message.DedupKey);
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
            await RecordAsync(claimed, "FAILED", ex.Message);
            throw;
        }
        catch (Exception ex) when (ex is SmtpException or IOException or OperationCanceledException)
        {
            var reason = ex is OperationCanceledException && !ct.IsCancellationRequested ? $"no answer within {smtp.TimeoutSeconds} s" : ex.Message;
            logger.LogError(ex, "Message {DedupKey}: send outcome unknown ({Reason}); it will not be re-sent automatically", message.DedupKey, reason);
            await RecordAsync(claimed, "SENDING", "send outcome unknown: " + reason);
            ct.ThrowIfCancellationRequested();
            return DispatchOutcome.Unknown;
        }

        await RecordAsync(claimed, "SENT", null);
        logger.LogInformation("Message {DedupKey} sent to {Recipient}", message.DedupKey, smtp.To);
        return DispatchOutcome.Sent;
    }

    /// <summary>True when the mail certainly did not go out: the server answered with a refusal, or no connection was made.</summary>
    private static bool NotDelivered(SmtpException ex) =>
        ex.StatusCode != SmtpStatusCode.GeneralFailure || ex.InnerException is SocketException;

    private async Task<Guid?> ClaimAsync(ComposedMessage message, SmtpOptions smtp, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(
            """
            INSERT INTO messages (id, dedup_key, kind, channel, session_date, ticker, subject, body, recipient, status)
            VALUES (@id, @DedupKey, @Kind, 'email', @SessionDate, @Ticker, @Subject, @Body, @recipient, @status)
            ON CONFLICT (dedup_key) DO UPDATE SET status = EXCLUDED.status, error = NULL
            WHERE messages.status = 'FAILED'
            RETURNING id
            """,
            new
            {
                id = Guid.CreateVersion7(), message.DedupKey, message.Kind, message.SessionDate, message.Ticker, message.Subject, message.Body,
                recipient = smtp.To, status = smtp.Enabled ? "SENDING" : "LOGGED",
            },
            cancellationToken: ct));
    }

    /// <summary>Records the send's result; never cancelled, so a shutdown cannot leave a sent mail unrecorded needlessly.</summary>
    private async Task RecordAsync(Guid id, string status, string? error)
    {
        await using var connection = await dataSource.OpenConnectionAsync(CancellationToken.None);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE messages SET status = @status, error = @error, sent_at = CASE WHEN @status = 'SENT' THEN now() END WHERE id = @id",
            new { id, status, error }, cancellationToken: CancellationToken.None));
    }

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
