using Dapper;
using Npgsql;

namespace Kapman.Notification.Data;

/// <summary>
/// Reads and writes <c>notification.held_messages</c>, the messages that arrived while their channel was paused. Holding is keyed by channel
/// and dedup key, so a redelivered event is held once; releasing marks a row only after its sender handled it, and the senders' own claims
/// keep a message that is released twice (a crash between send and mark, two releasers) from going out twice.
/// </summary>
public sealed class HeldMessageStore(NpgsqlDataSource dataSource)
{
    /// <summary>Holds a message; false when this channel already holds (or held) the same dedup key.</summary>
    public async Task<bool> HoldAsync(string channel, string route, string dedupKey, DateOnly session, string? ticker, string subject, string payload,
        CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO held_messages (id, channel, route, dedup_key, session_date, ticker, subject, payload)
            VALUES (@id, @channel, @route, @dedupKey, @session, @ticker, @subject, CAST(@payload AS jsonb))
            ON CONFLICT (channel, dedup_key) DO NOTHING
            """,
            new { id = Guid.CreateVersion7(), channel, route, dedupKey, session, ticker, subject, payload }, cancellationToken: ct)) > 0;
    }

    /// <summary>The oldest <paramref name="limit"/> messages <paramref name="channel"/> still holds, oldest first.</summary>
    public async Task<IReadOnlyList<HeldMessage>> WaitingAsync(string channel, int limit, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return [.. await connection.QueryAsync<HeldMessage>(new CommandDefinition(
            """
            SELECT id, channel, route, dedup_key AS DedupKey, payload::text AS Payload
            FROM held_messages WHERE channel = @channel AND released_at IS NULL ORDER BY held_at, id LIMIT @limit
            """, new { channel, limit }, cancellationToken: ct))];
    }

    /// <summary>Marks <paramref name="id"/> released (its sender handled it).</summary>
    public async Task ReleasedAsync(Guid id)
    {
        await using var connection = await dataSource.OpenConnectionAsync(CancellationToken.None);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE held_messages SET released_at = now() WHERE id = @id AND released_at IS NULL", new { id }, cancellationToken: CancellationToken.None));
    }
}
