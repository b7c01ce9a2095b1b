using Dapper;
using Kapman.Notification.Core;
using Npgsql;

namespace Kapman.Notification.Data;

/// <summary>
/// Reads and writes <c>notification.messages</c>, the outbound message log: one row per dedup key, status SENDING, SENT,
/// LOGGED or FAILED. Each call runs on a connection of its own, outside any transaction, so a claim is committed before the send.
/// </summary>
public sealed class MessageStore(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// Inserts <paramref name="message"/> with its <paramref name="html"/> part for <paramref name="recipient"/> with <paramref name="status"/>
    /// and returns its id; a key
    /// already SENDING, SENT or LOGGED is not claimed again (null), a FAILED one is (its status is replaced, its error cleared).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public async Task<Guid?> ClaimAsync(ComposedMessage message, string html, string recipient, string status, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(
            """
            INSERT INTO messages (id, dedup_key, kind, channel, session_date, ticker, subject, body, html, recipient, status)
            VALUES (@id, @DedupKey, @Kind, 'email', @SessionDate, @Ticker, @Subject, @Body, @html, @recipient, @status)
            ON CONFLICT (dedup_key) DO UPDATE SET status = EXCLUDED.status, error = NULL
            WHERE messages.status = 'FAILED'
            RETURNING id
            """,
            new { id = Guid.CreateVersion7(), message.DedupKey, message.Kind, message.SessionDate, message.Ticker, message.Subject, message.Body, html, recipient, status },
            cancellationToken: ct));
    }

    /// <summary>Records a send's result (<paramref name="status"/>, <paramref name="error"/>); SENT also stamps <c>sent_at</c>. Never cancelled.</summary>
    public async Task RecordAsync(Guid id, string status, string? error)
    {
        await using var connection = await dataSource.OpenConnectionAsync(CancellationToken.None);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE messages SET status = @status, error = @error, sent_at = CASE WHEN @status = 'SENT' THEN now() END WHERE id = @id",
            new { id, status, error }, cancellationToken: CancellationToken.None));
    }

    /// <summary>The latest <paramref name="limit"/> messages, newest first; a SENDING row reads UNKNOWN.</summary>
    public async Task<IEnumerable<MessageDto>> RecentAsync(int limit, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QueryAsync<MessageDto>(new CommandDefinition(
            """
            SELECT id, kind, channel, session_date AS SessionDate, ticker, subject, recipient,
                   CASE status WHEN 'SENDING' THEN 'UNKNOWN' ELSE status END AS status, error, created_at AS CreatedAt, sent_at AS SentAt
            FROM messages ORDER BY created_at DESC LIMIT @limit
            """, new { limit }, cancellationToken: ct));
    }

    /// <summary>One message with its plain text and HTML parts, or null when <paramref name="id"/> is not in the log.</summary>
    public async Task<MessageContentDto?> ContentAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<MessageContentDto>(new CommandDefinition(
            "SELECT id, kind, session_date AS SessionDate, subject, body, html FROM messages WHERE id = @id", new { id }, cancellationToken: ct));
    }
}
