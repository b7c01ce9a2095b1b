using System.Net;
using System.Net.Mail;
using Dapper;
using Kapman.Notification.Core;
using Kapman.ServiceDefaults.Messaging;
using Microsoft.Extensions.Options;

namespace Kapman.Notification.Email;

/// <summary>
/// Records a message once per dedup key and sends it through System.Net.Mail when SMTP is configured.
/// The insert comes first, in the consumer's transaction: a concurrent duplicate waits on the unique key and
/// then finds it taken; a send failure rolls the insert back so the retry sends again.
/// </summary>
public sealed class EmailDispatcher(IOptions<SmtpOptions> options, TimeProvider clock, ILogger<EmailDispatcher> logger)
{
    /// <summary>Returns true when the message was new (sent or logged), false when it had already been handled.</summary>
    public async Task<bool> DispatchAsync(OutboxTransaction tx, ComposedMessage message, CancellationToken ct)
    {
        var smtp = options.Value;
        var id = await tx.Connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(
            """
            INSERT INTO messages (id, dedup_key, kind, channel, session_date, ticker, subject, body, recipient, status, sent_at)
            VALUES (@id, @DedupKey, @Kind, 'email', @SessionDate, @Ticker, @Subject, @Body, @recipient, @status, @sentAt)
            ON CONFLICT (dedup_key) DO NOTHING
            RETURNING id
            """,
            new
            {
                id = Guid.CreateVersion7(), message.DedupKey, message.Kind, message.SessionDate, message.Ticker, message.Subject, message.Body,
                recipient = smtp.To, status = smtp.Enabled ? "SENT" : "LOGGED", sentAt = smtp.Enabled ? clock.GetUtcNow() : (DateTimeOffset?)null,
            },
            tx.Transaction, cancellationToken: ct));
        if (id is null)
        {
            logger.LogInformation("Message {DedupKey} was already handled; not sending again", message.DedupKey);
            return false;
        }

        if (smtp.Enabled)
        {
            using var client = new SmtpClient(smtp.Host, smtp.Port) { EnableSsl = smtp.EnableSsl };
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
            }

            using var mail = new MailMessage(smtp.From, smtp.To, message.Subject, message.Body);
            await client.SendMailAsync(mail, ct);
        }

        logger.LogInformation("Message {DedupKey} {Status} to {Recipient}", message.DedupKey, smtp.Enabled ? "sent" : "logged", smtp.To);
        return true;
    }
}
