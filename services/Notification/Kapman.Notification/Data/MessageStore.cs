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
    /// <param name="resentFrom">For an operator's resend, the message it copies.</param>
    public async Task<Guid?> ClaimAsync(ComposedMessage message, string html, string recipient, string status, CancellationToken ct, Guid? resentFrom = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(
            """
            INSERT INTO messages (id, dedup_key, kind, route, channel, session_date, ticker, subject, body, html, recipient, status, resent_from)
            VALUES (@id, @DedupKey, @Kind, @RouteKind, 'email', @SessionDate, @Ticker, @Subject, @Body, @html, @recipient, @status, @resentFrom)
            ON CONFLICT (dedup_key) DO UPDATE SET status = EXCLUDED.status, error = NULL
            WHERE messages.status = 'FAILED'
            RETURNING id
            """,
            new
            {
                id = Guid.CreateVersion7(), message.DedupKey, message.Kind, message.RouteKind, message.SessionDate, message.Ticker, message.Subject, message.Body,
                html, recipient, status, resentFrom,
            },
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
            "SELECT " + Columns + " FROM messages ORDER BY created_at DESC LIMIT @limit", new { limit }, cancellationToken: ct));
    }

    /// <summary>One message with its plain text and HTML parts, or null when <paramref name="id"/> is not in the log.</summary>
    public async Task<MessageContentDto?> ContentAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<MessageContentDto>(new CommandDefinition(
            "SELECT id, kind, session_date AS SessionDate, subject, body, html FROM messages WHERE id = @id", new { id }, cancellationToken: ct));
    }

    /// <summary>The message <paramref name="id"/>, or null.</summary>
    public async Task<MessageDto?> FindAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<MessageDto>(new CommandDefinition(
            "SELECT " + Columns + " FROM messages WHERE id = @id", new { id }, cancellationToken: ct));
    }

    /// <summary>
    /// The message <paramref name="id"/> as it was composed (for a resend): its dedup key, kind, route, session, ticker, subject and body;
    /// null when there is no such message.
    /// </summary>
    public async Task<ComposedMessage?> ComposedAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<(string DedupKey, string Kind, string? Route, DateTime Session, string? Ticker, string Subject, string Body)>(
            new CommandDefinition("SELECT dedup_key, kind, route, session_date, ticker, subject, body FROM messages WHERE id = @id", new { id }, cancellationToken: ct));
        return row.DedupKey is null ? null : new ComposedMessage(row.DedupKey, row.Kind, DateOnly.FromDateTime(row.Session), row.Ticker, row.Subject, row.Body, Route: row.Route);
    }

    /// <summary>Records the operator's acknowledgement of message <paramref name="id"/> (the first one stands); false when there is no such message.</summary>
    public async Task<bool> AcknowledgeAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            """
            WITH acked AS (UPDATE messages SET acknowledged_at = COALESCE(acknowledged_at, now()) WHERE id = @id RETURNING 1)
            SELECT EXISTS (SELECT 1 FROM acked)
            """, new { id }, cancellationToken: ct));
    }

    private const string Columns =
        """
        id, kind, channel, session_date AS SessionDate, ticker, subject, recipient,
        CASE status WHEN 'SENDING' THEN 'UNKNOWN' ELSE status END AS status, error, created_at AS CreatedAt, sent_at AS SentAt,
        COALESCE(route, kind) AS route, acknowledged_at AS AcknowledgedAt, resent_from AS ResentFrom
        """;
}
